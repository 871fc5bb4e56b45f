import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { QuoteMatch } from '../../../lib/match/types';
import { sampleMatch } from '../ui/fixtures';

// The matcher is replaced by a counter: these tests are about what gets matched, and how often.
const matched: string[] = [];
vi.mock('../../../services/match-service', () => ({
  getMatcher: () => ({
    match: (text: string): QuoteMatch => {
      matched.push(text);
      return sampleMatch({ verdict: text.includes('altered') ? 'altered' : 'verbatim' });
    },
  }),
}));
vi.mock('../../../services/history-hook', () => ({ recordToHistory: vi.fn() }));

const { scanPageText, reorderPage } = await import('../../../services/page-scan');
const { getTab } = await import('../../../services/tab-state');

const PAGE = 'https://news.example/article';
const para = (quote: string, who = 'Stoltenberg') => `“${quote},” ${who} said.`;
const scan = (tabId: number, texts: string[], reset = false, url = PAGE) =>
  scanPageText(tabId, { url, title: 'A page', reset, segments: texts.map((text) => ({ text, regions: [] })) });

describe('scanPageText (background side of a page scan)', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    matched.length = 0;
  });

  it('extracts, matches and returns quotes with offsets into the segment text', async () => {
    const text = `NATO met today. ${para('We will defend every inch of Allied territory')}`;
    const { segments } = await scan(1, [text], true);
    const [quote] = segments[0]!;
    expect(quote).toBeDefined();
    expect(text.slice(quote!.start, quote!.end)).toBe(quote!.text);
    expect(quote!.match?.verdict).toBe('verbatim');
    expect(matched).toHaveLength(1);
  });

  it('never re-matches a quote already matched on the tab, and keeps the list in page order', async () => {
    await scan(2, [para('We will defend every inch of Allied territory')], true);
    await scan(2, [para('We will defend every inch of Allied territory'), para('This is an altered sentence about the war')]);
    expect(matched).toEqual(['We will defend every inch of Allied territory,', 'This is an altered sentence about the war,']);
    const state = await getTab(2);
    expect(state?.quotes.map((q) => q.match?.verdict)).toEqual(['verbatim', 'altered']);
    await reorderPage(2, { url: PAGE, order: [state!.quotes[1]!.key] });
    expect((await getTab(2))?.quotes.map((q) => q.match?.verdict)).toEqual(['altered']);
  });

  it('starts over on a new page (reset or another address)', async () => {
    await scan(3, [para('We will defend every inch of Allied territory')], true);
    await scan(3, [para('We will defend every inch of Allied territory')], false, 'https://news.example/other');
    expect(matched).toHaveLength(2);
    expect((await getTab(3))?.url).toBe('https://news.example/other');
  });

  it('persists the tab list in storage.session, so a restarted worker finds it', async () => {
    await scan(4, [para('We will defend every inch of Allied territory')], true);
    await vi.waitFor(async () => expect(await fakeBrowser.storage.session.get('tab:4')).toHaveProperty('tab:4'));
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import {
  bodySnapshot, foreignRequests, highlightsOf, launchExtension, sampleNames, sampleUrl, startServer,
  type ExtensionSession, type HighlightMap, type StaticServer,
} from './harness';

/**
 * The sample news pages (tests/fixtures/pages, from the shared samples) in real Chromium with the
 * built extension: what is highlighted under which verdict, what never is, and that the page
 * itself is left exactly as it was.
 */
describe('sample news pages (real Chromium, built extension)', () => {
  let session: ExtensionSession;
  let server: StaticServer;
  const results = new Map<string, { h: HighlightMap; pristine: string; snapshotBeforeScan: boolean; after: string; pageScriptIntact: boolean }>();

  async function load(name: string): Promise<void> {
    const page: Page = await session.context.newPage();
    // Snapshot the body before the content script can act (document_end runs after this script).
    await page.addInitScript(() => {
      document.addEventListener('readystatechange', () => {
        if (document.readyState === 'interactive') {
          (window as unknown as { __pristine: string }).__pristine = new XMLSerializer().serializeToString(document.body);
          (window as unknown as { __before: string }).__before = document.documentElement.dataset.verbatim ?? 'not started';
        }
      }, { once: true });
    });
    await page.goto(sampleUrl(server, name));
    await page.waitForFunction(() => document.documentElement.dataset.verbatim === 'done', null, { timeout: 20_000 });
    results.set(name, {
      h: await highlightsOf(page),
      pristine: await page.evaluate(() => (window as unknown as { __pristine: string }).__pristine),
      snapshotBeforeScan: await page.evaluate(() => (window as unknown as { __before: string }).__before === 'not started'),
      after: await bodySnapshot(page),
      pageScriptIntact: await page.evaluate(() => !('analytics' in window) || typeof (window as unknown as { analytics: object }).analytics === 'object'),
    });
    await page.close();
  }

  beforeAll(async () => {
    server = await startServer();
    session = await launchExtension();
    for (const name of sampleNames()) await load(name);
  }, 120_000);
  afterAll(async () => {
    await session?.close();
    await server?.close();
  });

  const texts = (h: HighlightMap) => Object.values(h).flat();
  const has = (list: string[], words: string) => list.some((t) => t.includes(words));

  it('scans every sample page and finds quotes on each', () => {
    expect(results.size).toBeGreaterThanOrEqual(5);
    for (const [name, { h }] of results) expect(texts(h).length, name).toBeGreaterThan(0);
  });

  it('leaves every page’s DOM and scripts exactly as they were', () => {
    for (const [name, r] of results) {
      expect(r.snapshotBeforeScan, name).toBe(true); // the comparison is against the page before we ran
      expect(r.after, name).toBe(r.pristine);
      expect(r.pageScriptIntact, name).toBe(true);
    }
  });

  it('DoD summit preview: the Stoltenberg press-conference quotes are verbatim', () => {
    const { h } = results.get('000-dod-stoltenberg-summit-preview')!;
    expect(has(h.verbatim, 'The first step is the deployment of four new NATO battlegroups')).toBe(true);
    expect(has(h.verbatim, 'Putin must end this war')).toBe(true);
  });

  it('DoD summit preview: nothing outside the article text is highlighted (navigation, scripts, unmatched fragments)', () => {
    const all = texts(results.get('000-dod-stoltenberg-summit-preview')!.h);
    for (const words of ['main content', 'World', 'not a quote', 'pivotal moment']) expect(has(all, words), words).toBe(false);
  });

  it('State Department transcript: the Secretary General’s words are verbatim', () => {
    const { h } = results.get('003-state-dept-transcript')!;
    expect(has(h.verbatim, 'NATO Allies have implemented unprecedented sanctions')).toBe(true);
  });

  it('scare quotes, titles and names are never highlighted as statements', () => {
    const all = texts(results.get('101-scare-quotes-and-titles')!.h);
    for (const term of ['360-degree approach', 'Tiger Team', 'Strategic Concept', 'All Quiet on the Western Front', 'special military operation', 'economic banditry', 'watershed moment']) {
      expect(all.includes(term), term).toBe(false);
    }
  });

  it('made no network request to any host but 127.0.0.1', () => {
    expect(foreignRequests(session.requests)).toEqual([]);
  });
});

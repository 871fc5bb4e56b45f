// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { partsOf, rangeOf, readPage } from '../../../entrypoints/quotes.content/scan';
import { PageQuotes, type FoundQuote } from '../../../entrypoints/quotes.content/page-quotes';
import { sampleMatch } from '../ui/fixtures';
import type { QuoteMatch } from '../../../lib/match/types';

function paragraphs(count: number, words = 50): string {
  return Array.from({ length: count }, (_, i) => `<p>${`word${i} `.repeat(words)}</p>`).join('');
}

function setBody(html: string): void {
  document.body.replaceChildren(...new DOMParser().parseFromString(html, 'text/html').body.childNodes);
}

describe('partsOf (bounded reading slices)', () => {
  it('keeps a normal article whole, so speaker cues in one paragraph reach the next', () => {
    setBody(`<article>${paragraphs(20)}</article>`);
    expect(partsOf(document.body, 40_000)).toEqual([[document.body]]);
  });

  it('splits a huge page into runs of consecutive paragraphs under the limit, in order, losing no text', () => {
    setBody(`<article>${paragraphs(200)}</article><aside>${paragraphs(3)}</aside>`);
    const limit = 15_000;
    const parts = partsOf(document.body, limit);
    const size = (run: Node[]) => run.reduce((n, node) => n + (node.textContent ?? '').length, 0);
    expect(parts.length).toBeGreaterThan(3);
    expect(parts.every((run) => size(run) <= limit)).toBe(true);
    expect(parts.length).toBeLessThan(12); // 203 paragraphs read in a few runs, not one part each
    expect(parts.flat().map((n) => n.textContent).join('')).toBe(document.body.textContent);
  });
});

describe('readPage + rangeOf (text offsets back to the DOM)', () => {
  it('maps a quote found in the flattened text to a Range over exactly those words', async () => {
    setBody('<p>Intro. <b>He said</b>: “We must <i>end</i> this war,” Stoltenberg said.</p><p>Second “paragraph” here.</p>');
    const [part] = await readPage(document.body);
    const words = 'We must end this war,';
    const start = part!.text.indexOf(words);
    expect(start).toBeGreaterThan(0);
    const range = rangeOf(part!, start, start + words.length);
    expect(range?.toString()).toBe(words);
  });

  it('maps offsets in every part of a page read in several parts', async () => {
    setBody(`<article>${Array.from({ length: 900 }, (_, i) => `<p>Filler paragraph number ${i} with some words. “Quote ${i} here,” he said.</p>`).join('')}</article>`);
    const parts = await readPage(document.body);
    expect(parts.length).toBeGreaterThan(1);
    const last = parts[parts.length - 1]!;
    const words = 'Quote 899 here,';
    const at = last.text.indexOf(words);
    expect(rangeOf(last, at, at + words.length)?.toString()).toBe(words);
  });

  it('returns null for offsets that do not map, instead of a wrong range', async () => {
    setBody('<p>Some text.</p>');
    const [part] = await readPage(document.body);
    expect(rangeOf(part!, 5, 5)).toBeNull();
    document.body.replaceChildren();
    expect(rangeOf(part!, 0, 4)).toBeNull(); // nodes no longer in the document
  });
});

function found(key: string, node: Text, kind: FoundQuote['kind'] = 'statement', match: QuoteMatch | null = null): FoundQuote {
  const range = document.createRange();
  range.selectNodeContents(node);
  return { key, text: node.data, speaker: null, speakerCue: null, kind, match, range };
}

describe('PageQuotes (incremental bookkeeping)', () => {
  it('keeps page order across partial rescans and keeps the first match of a known quote', () => {
    document.body.replaceChildren();
    const [a, b, c] = ['first quote', 'second quote', 'third quote'].map((t) => {
      const p = document.createElement('p');
      p.append(document.createTextNode(t));
      document.body.append(p);
      return p.firstChild as Text;
    });
    const page = new PageQuotes();
    page.replaceAll([found('qa', a!, 'statement', sampleMatch({ verdict: 'verbatim' })), found('qc', c!)]);
    page.replaceWithin([b!.parentNode!], [found('qb', b!)]);
    expect(page.order()).toEqual(['qa', 'qb', 'qc']);
    page.replaceWithin([a!.parentNode!], [found('qa', a!, 'statement', sampleMatch({ verdict: 'altered' }))]);
    expect(page.quotes.get('qa')?.match?.verdict).toBe('verbatim');
    expect(page.order()).toEqual(['qa', 'qb', 'qc']);
  });

  it('drops quotes whose text left the page', () => {
    document.body.replaceChildren();
    const p = document.body.appendChild(document.createElement('p'));
    const text = p.appendChild(document.createTextNode('gone soon'));
    const page = new PageQuotes();
    page.replaceAll([found('qg', text)]);
    p.remove();
    page.replaceWithin([document.body], []);
    expect(page.order()).toEqual([]);
  });

  it('draws statements once matched, fragments only when found, terms never', () => {
    document.body.replaceChildren();
    const nodes = ['s', 'f', 'g', 't', 'u'].map((t) => document.body.appendChild(document.createTextNode(`${t} text`)));
    const page = new PageQuotes();
    page.replaceAll([
      found('qs', nodes[0]!, 'statement', sampleMatch({ verdict: 'not-found' })),
      found('qf', nodes[1]!, 'fragment', sampleMatch({ verdict: 'close', attribution: 'differs' })),
      found('qg', nodes[2]!, 'fragment', sampleMatch({ verdict: 'not-found' })),
      found('qt', nodes[3]!, 'term', sampleMatch({ verdict: 'verbatim' })),
      found('qu', nodes[4]!, 'statement', null),
    ]);
    expect(page.marks().map((m) => [m.key, m.verdict, m.misattributed])).toEqual([
      ['qs', 'not-found', false],
      ['qf', 'close', true],
    ]);
  });
});

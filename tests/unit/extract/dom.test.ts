// The DOM layer in happy-dom (the same function runs in the browser and in the Node CLI).
import { Window } from 'happy-dom';
import { afterAll, describe, expect, it } from 'vitest';
import { extractQuotesFromDom, type DomQuote } from '../../../lib/extract/dom';
import { combineScores } from '../../../lib/extract/score';
import { STOLTENBERG } from '../../../lib/speakers';
import { evaluateDomFixtures } from '../../../scripts/eval-extract';

const window = new Window();
afterAll(() => window.close());

// happy-dom 21: Ranges only work in a Window's own document, not in a DOMParser document,
// so the parsed tree is imported into window.document (the CLI must do the same).
function body(html: string): Node {
  const parsed = new window.DOMParser().parseFromString(`<!doctype html><html><body>${html}</body></html>`, 'text/html');
  const doc = window.document;
  doc.body.replaceChildren(...Array.from(parsed.body.childNodes).map((n) => doc.importNode(n, true)));
  return doc.body as unknown as Node;
}
const flatSpace = (s: string) => s.replace(/\s+/g, ' ');
const run = (html: string, maxChars?: number) => extractQuotesFromDom(body(html), { maxChars });
const texts = (found: DomQuote[]) => found.map((q) => q.text);

describe('extractQuotesFromDom', () => {
  it('maps every quote to a Range over exactly its words', () => {
    const found = run('<p>“We face a <a href="#">new reality</a>,” he said. “So we must <em>reset</em> our <span>defence</span>.”</p>');
    expect(texts(found)).toEqual(['We face a new reality,', 'So we must reset our defence.']);
    for (const q of found) expect(flatSpace(q.range.toString())).toBe(q.text);
    expect(found[0]!.range.startContainer).not.toBe(found[0]!.range.endContainer); // across the <a>
  });

  it('keeps a hidden element inside a quote out of its parts', () => {
    const [q] = run('<p>“We will <span hidden>SECRET</span>act now,” Stoltenberg said.</p>');
    expect(q!.text).toBe('We will act now,');
    expect(q!.parts.map((p) => p.node.data.slice(p.start, p.end)).join('')).toBe('We will act now,');
    expect(q!.range.toString()).toBe('We will SECRETact now,');
  });

  it('skips scripts, styles, forms, hidden parts, navigation, comments and footers', () => {
    const html = `
      <nav><a>“Menu quote in the navigation bar”</a></nav>
      <script>var s = "a quoted string in a script";</script><style>p::before { content: "a quoted css string"; }</style>
      <noscript>“No script quote is here”</noscript><textarea>“A typed quote in a textarea”</textarea>
      <div contenteditable="true">“An editable quote in the editor”</div>
      <div hidden>“A hidden quote for later use”</div><div aria-hidden="true">“An aria hidden quote here”</div>
      <div style="color: red; display:none">“A display none quote here”</div>
      <section id="comments"><p>“A reader's comment quote here,” wrote Bob.</p></section>
      <footer><p>“A footer quote in the page”</p></footer>
      <article><p>“The only real quote is here,” Stoltenberg said.</p></article>`;
    const found = run(html);
    expect(texts(found)).toEqual(['The only real quote is here,']);
    expect(found[0]!.speaker).toBe(STOLTENBERG);
  });

  it('treats <q> and <blockquote> as quotes, with the speaker from cite or figcaption', () => {
    const found = run(`
      <p>Stoltenberg called it <q>a watershed moment for all of us in Europe</q> on Monday.</p>
      <blockquote><p>We will defend every inch of Allied territory.</p><footer>— <cite>Jens Stoltenberg</cite></footer></blockquote>
      <figure><blockquote>Ukraine must win this war and we will help.</blockquote><figcaption>Tony Blinken, US Secretary of State</figcaption></figure>`);
    expect(found.map((q) => [q.text, q.speaker])).toEqual([
      ['a watershed moment for all of us in Europe', STOLTENBERG],
      ['We will defend every inch of Allied territory.', STOLTENBERG],
      ['Ukraine must win this war and we will help.', 'Antony J. Blinken'],
    ]);
    expect(found[1]!.kind).toBe('statement');
  });

  it('treats block elements as paragraph breaks: an unclosed mark does not swallow the next paragraph', () => {
    const found = run('<p>He said “we are ready to act now and</p><div>The next block is the reporter’s own text.</div>');
    expect(texts(found)).toEqual(['we are ready to act now and']);
  });

  it('joins a quote split by a <br> line break only as separate paragraphs', () => {
    const found = run('<p>“First line of the quote.<br>“Second line of the same quote.”</p>');
    expect(texts(found)).toEqual(['First line of the quote.', 'Second line of the same quote.']);
    expect(found[0]!.group).toBe(found[1]!.group);
  });

  it('stops at maxChars on a huge page', () => {
    const paragraph = '<p>“We are ready to act now,” he said.</p>';
    const found = run(paragraph.repeat(5_000), 10_000);
    expect(found.length).toBeGreaterThan(0);
    expect(found.length).toBeLessThan(400);
    expect(found[found.length - 1]!.end).toBeLessThanOrEqual(10_000);
  });

  it('maps the quotes of every HTML sample back to their words in the page', () => {
    for (const r of evaluateDomFixtures()) {
      const found = extractQuotesFromDom(body(r.fixture.html!.replace(/^[\s\S]*<body>|<\/body>[\s\S]*$/g, '')));
      expect(found.length, r.fixture.name).toBe(r.predicted.length);
      for (const q of found) expect(flatSpace(q.range.toString())).toBe(flatSpace(q.text));
    }
  });

  it('returns nothing for an empty root', () => {
    expect(run('')).toEqual([]);
  });

  it('finds the golden statements in the HTML renderings of the samples', () => {
    const results = evaluateDomFixtures();
    expect(results.length).toBeGreaterThanOrEqual(7);
    const s = combineScores(results.map((r) => r.score));
    expect(s.precision).toBeGreaterThanOrEqual(0.95);
    expect(s.recall).toBeGreaterThanOrEqual(0.95);
    expect(s.speakerAccuracy).toBeGreaterThanOrEqual(0.9);
  });
});

describe('extractQuotesFromDom on random markup', () => {
  const TAGS = ['p', 'em', 'a', 'span', 'q', 'blockquote', 'div', 'script', 'br', 'strong', 'li', 'nav', 'textarea'];
  const TEXT = ['“', '”', '"', "'", '‘', '’', '«', '»', 'We will', ' act ', 'now,', ' he said. ', 'Stoltenberg', '\u200b', '\u00a0', 'ש', '\n', '…'];

  function build(doc: Document, parent: Element, rng: () => number, depth: number): void {
    const n = Math.floor(rng() * 5);
    for (let i = 0; i < n; i++) {
      if (depth > 3 || rng() < 0.5) {
        parent.appendChild(doc.createTextNode(Array.from({ length: 1 + Math.floor(rng() * 6) }, () => TEXT[Math.floor(rng() * TEXT.length)]).join('')));
      } else {
        const el = doc.createElement(TAGS[Math.floor(rng() * TAGS.length)]!);
        parent.appendChild(el);
        build(doc, el, rng, depth + 1);
      }
    }
  }

  it('never throws; the visible parts spell the quote and bound its Range', async () => {
    const fc = (await import('fast-check')).default;
    fc.assert(
      fc.property(fc.integer(), (seed) => {
        let state = seed >>> 0 || 1;
        const rng = () => ((state = (state * 1664525 + 1013904223) >>> 0) / 2 ** 32);
        const doc = window.document as unknown as Document;
        doc.body.replaceChildren();
        build(doc, doc.body, rng, 0);
        for (const q of extractQuotesFromDom(doc.body)) {
          expect(q.start).toBeLessThan(q.end);
          // The visible parts spell the quote exactly; the Range spans from the first part to the last.
          expect(flatSpace(q.parts.map((p) => p.node.data.slice(p.start, p.end)).join(''))).toBe(flatSpace(q.text.replace(/\n/g, '')));
          expect(q.range.startContainer).toBe(q.parts[0]!.node);
          expect(q.range.endOffset).toBe(q.parts[q.parts.length - 1]!.end);
        }
      }),
      { numRuns: 150 },
    );
  });
});

describe('blockquote with a <cite> after whitespace', () => {
  it('the citation line is the speaker, never a quote of its own', () => {
    const found = run('<blockquote>\n<p>“We condemn the plan to hold so-called ‘referenda’ on joining Russia…”</p>\n<cite>North Atlantic Council, 22 September 2022</cite>\n</blockquote>');
    expect(found.filter((q) => q.kind !== 'term').map((q) => [q.text, q.speaker])).toEqual([
      ['We condemn the plan to hold so-called ‘referenda’ on joining Russia…', 'North Atlantic Council'],
    ]);
  });
});

describe('blockquote with its attribution inline after a dash', () => {
  it('ends the quote at the closing mark and takes the speaker from the dash line', () => {
    const found = run('<blockquote>“We have gathered in Madrid as war has returned to the European continent.” — NATO leaders, Madrid Summit Declaration</blockquote>');
    expect(found.map((q) => [q.text, q.speaker])).toEqual([
      ['We have gathered in Madrid as war has returned to the European continent.', 'NATO Heads of State and Government'],
    ]);
    expect(found[0]!.range.toString()).toBe(found[0]!.text);
  });

  it('leaves a dash inside an unquoted blockquote alone', () => {
    const [q] = run('<blockquote>Allies will decide — not Moscow — who joins the Alliance.</blockquote>');
    expect(q!.text).toBe('Allies will decide — not Moscow — who joins the Alliance.');
  });
});

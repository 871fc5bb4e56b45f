import { describe, expect, it } from 'vitest';
import { Window } from 'happy-dom';
import { guessKind, guessSpeaker, prefillFromHtml, prefillFromText, type HtmlParser } from '../../../lib/sources';
import { transcriptFile } from './fixtures';

const parseHtml: HtmlParser = (html) => new new Window().DOMParser().parseFromString(html, 'text/html') as never;

describe('prefillFromText', () => {
  it('fills every field from a corpus-format header and keeps only the body as text', () => {
    const p = prefillFromText(transcriptFile());
    expect(p.headerFound).toBe(true);
    expect(p.fields).toEqual({
      title: expect.stringMatching(/^Press conference by NATO Secretary General/),
      speaker: 'Jens Stoltenberg',
      date: '2023-10-12',
      kind: 'press-conference',
      place: 'Brussels',
      url: 'https://example.org/verbatim-tests/synthetic-defence-ministers-press-conference',
    });
    expect(p.text.startsWith('Press conference\n')).toBe(true);
    expect(p.text).not.toMatch(/^speaker:/m);
  });

  it('prefers official_url, and still fills the other fields when one value is wrong', () => {
    const p = prefillFromText('\uFEFFtitle: T\r\ndate: 2023-02-30\r\nurl: https://a.example/x\r\nofficial_url: https://b.example/y\r\n---\r\nText here now.');
    expect(p.fields).toEqual({ title: 'T', date: '2023-02-30', url: 'https://b.example/y' });
    expect(p.text).toBe('Text here now.');
  });

  it('treats text without a header (or with a --- rule inside prose) as all text', () => {
    expect(prefillFromText('Just a transcript.\nNo header.')).toEqual({ fields: {}, text: 'Just a transcript.\nNo header.', headerFound: false });
    const prose = 'Q: Is this a header?\nIt is a transcript line.\n---\nMore text.';
    expect(prefillFromText(prose)).toMatchObject({ headerFound: false, text: prose });
    const unknownKeys = 'foo: bar\n---\nbody';
    expect(prefillFromText(unknownKeys).headerFound).toBe(false);
  });
});

describe('prefillFromHtml', () => {
  const page = `<!doctype html><html><head><title>Fallback title</title>
    <meta property="og:title" content="Remarks by the Secretary General">
    <link rel="canonical" href="https://www.example.org/remarks.htm">
    <meta property="article:published_time" content="2023-10-12T14:00:00Z">
    <style>p { color: red }</style><script>var secret = 1;</script></head>
    <body><nav>Home | News | Contact</nav>
    <article><h1>Remarks</h1><p>Good afternoon.<br>Welcome to <b>NATO</b>&nbsp;headquarters.</p>
    <p>Moderator: First question.</p><ul><li>One</li><li>Two</li></ul></article>
    <footer>Copyright</footer><script>alert(2)</script></body></html>`;

  it('strips tags, scripts, styles and page furniture, keeping paragraphs and line breaks', () => {
    const p = prefillFromHtml(page, parseHtml);
    expect(p.text).toBe('Remarks\n\nGood afternoon.\nWelcome to NATO headquarters.\n\nModerator: First question.\n\nOne\n\nTwo');
  });

  it('takes title, canonical url and date from the page metadata', () => {
    expect(prefillFromHtml(page, parseHtml).fields).toEqual({
      title: 'Remarks by the Secretary General',
      url: 'https://www.example.org/remarks.htm',
      date: '2023-10-12',
      kind: 'remarks',
    });
  });

  it('ignores a non-web canonical link and falls back to <title>', () => {
    const p = prefillFromHtml('<html><head><title> Plain  page </title><link rel="canonical" href="javascript:x"></head><body><p>Hi there all.</p></body></html>', parseHtml);
    expect(p.fields).toEqual({ title: 'Plain page' });
    expect(p.text).toBe('Hi there all.');
  });
});

describe('guesses from a page title', () => {
  it.each([
    ['Joint press conference by NATO Secretary General Jens Stoltenberg and Secretary Blinken', 'joint-press-conference', 'Jens Stoltenberg; Antony J. Blinken'],
    ['Secretary Antony J. Blinken At a Press Availability', 'press-availability', 'Antony J. Blinken'],
    ['Doorstep statement by NATO Secretary General Jens Stoltenberg', 'doorstep', 'Jens Stoltenberg'],
    ['Interview with the Prime Minister of Estonia', 'interview', undefined],
    ['Weather in Brussels', undefined, undefined],
  ])('%s', (title, kind, speaker) => {
    expect(guessKind(title)).toBe(kind);
    expect(guessSpeaker(title)).toBe(speaker);
  });
});

/**
 * Text of an HTML transcript (a saved official page), with the tags stripped. The parsing is
 * done by a DOM parser passed in (DOMParser in the extension page, happy-dom in tests), so
 * this module stays DOM-free: it only walks nodes through the small interfaces below.
 */
import type { Prefill } from './header';
import { withGuesses } from './guess';

export interface NodeLike {
  nodeType: number;
  nodeName: string;
  nodeValue: string | null;
  childNodes: ArrayLike<NodeLike>;
}
export interface ElementLike extends NodeLike {
  getAttribute(name: string): string | null;
}
export interface DocumentLike {
  title: string;
  body: NodeLike | null;
  querySelector(selectors: string): ElementLike | null;
}
export type HtmlParser = (html: string) => DocumentLike;

const TEXT_NODE = 3;
const ELEMENT_NODE = 1;
/** Never text a reader sees as part of the transcript. */
const SKIPPED = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'HEAD', 'IFRAME', 'NAV', 'FOOTER', 'ASIDE', 'FORM', 'BUTTON', 'SELECT']);
/** Paragraph-like blocks: a blank line after each, as in the corpus source format. */
const PARAGRAPHS = new Set(['P', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'LI', 'BLOCKQUOTE', 'PRE', 'TR', 'DT', 'DD', 'FIGCAPTION']);
const BLOCKS = new Set(['DIV', 'SECTION', 'ARTICLE', 'MAIN', 'HEADER', 'UL', 'OL', 'DL', 'TABLE', 'TBODY', 'HR', 'FIGURE', 'ADDRESS']);
/** A main/article element with fewer words than this is a teaser, not the transcript. */
const MIN_MAIN_WORDS = 100;

function walk(node: NodeLike, out: string[]): void {
  if (node.nodeType === TEXT_NODE) {
    out.push((node.nodeValue ?? '').replace(/[ \t\r\n\f]+/g, ' '));
    return;
  }
  if (node.nodeType !== ELEMENT_NODE && node.nodeType !== 9 && node.nodeType !== 11) return;
  const name = node.nodeName.toUpperCase();
  if (SKIPPED.has(name)) return;
  if (name === 'BR') return void out.push('\n');
  const breakAfter = PARAGRAPHS.has(name) ? '\n\n' : BLOCKS.has(name) ? '\n' : '';
  if (breakAfter) out.push('\n');
  for (let i = 0; i < node.childNodes.length; i++) walk(node.childNodes[i]!, out);
  if (breakAfter) out.push(breakAfter);
}

/** Lines trimmed, at most one blank line in a row. */
function tidy(text: string): string {
  return text
    .split('\n')
    .map((line) => line.replace(/\u00a0/g, ' ').replace(/ {2,}/g, ' ').trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

export function textOfNode(node: NodeLike): string {
  const out: string[] = [];
  walk(node, out);
  return tidy(out.join(''));
}

/** The transcript's text: the page's main or article element when it holds the text, else the body. */
export function textOfDocument(doc: DocumentLike): string {
  const main = doc.querySelector('main article') ?? doc.querySelector('article') ?? doc.querySelector('main') ?? doc.querySelector('[role="main"]');
  if (main) {
    const text = textOfNode(main);
    if (text.split(/\s+/).length >= MIN_MAIN_WORDS) return text;
  }
  return doc.body ? textOfNode(doc.body) : '';
}

function attr(doc: DocumentLike, selector: string, name: string): string {
  return doc.querySelector(selector)?.getAttribute(name)?.trim() ?? '';
}

/** Title, canonical link and publication date a page declares, where it declares them. */
export function metadataOfDocument(doc: DocumentLike): Prefill['fields'] {
  const fields: Prefill['fields'] = {};
  const title = attr(doc, 'meta[property="og:title"]', 'content') || doc.title.trim();
  if (title) fields.title = title.replace(/\s+/g, ' ');
  const url = attr(doc, 'link[rel="canonical"]', 'href') || attr(doc, 'meta[property="og:url"]', 'content');
  if (/^https?:\/\//i.test(url)) fields.url = url;
  const when =
    attr(doc, 'meta[property="article:published_time"]', 'content') ||
    attr(doc, 'meta[name="date"]', 'content') ||
    attr(doc, 'time[datetime]', 'datetime');
  const date = /^(\d{4}-\d{2}-\d{2})/.exec(when)?.[1];
  if (date) fields.date = date;
  return fields;
}

/** Prefill for an .html file: the page's own metadata and its text without tags. */
export function prefillFromHtml(html: string, parse: HtmlParser): Prefill {
  const doc = parse(html);
  return withGuesses({ fields: metadataOfDocument(doc), text: textOfDocument(doc), headerFound: false });
}

/**
 * Builds the result view of one match (hover card, context-menu card, popup details, manual check)
 * as DOM nodes. Text goes in through textContent only, never as HTML. Takes the Document to
 * build in, so it has no dependency on a global page and can be tested with happy-dom.
 */
import type { QuoteMatch } from '../match/types';
import { attributionWarning, formatScore, sourceLine } from './format';
import { diffRuns, diffSummary, hasDifferences } from './diff-view';
import { MISATTRIBUTED_STYLE, verdictStyle } from './verdict';
import { safeHref } from './dom';
import { isOwnSource, OWN_SOURCE_NOTE, OWN_SOURCE_TITLE } from '../sources/label';

export interface RenderOptions {
  /** What the page claims: canonical speaker or its own words ("the NATO chief"). */
  claimed?: string | null;
  /** Include diff and surrounding sentences (the popup shows them on demand). */
  details?: boolean;
}

type Build = <K extends keyof HTMLElementTagNameMap>(
  tag: K,
  className?: string,
  text?: string,
) => HTMLElementTagNameMap[K];

function builder(doc: Document): Build {
  return (tag, className, text) => {
    const el = doc.createElement(tag);
    if (className) el.className = className;
    if (text !== undefined) el.textContent = text;
    return el;
  };
}

/** The whole result block for a match, or the "too short to check" note for null. */
export function renderMatch(doc: Document, match: QuoteMatch | null, options: RenderOptions = {}): HTMLElement {
  const el = builder(doc);
  const root = el('div', 'vb-result');
  if (!match) {
    root.append(el('p', 'vb-note', 'Too short or too generic to check against the corpus.'));
    return root;
  }
  root.classList.add(`vb-v-${match.verdict}`);
  root.dataset.verdict = match.verdict;
  root.append(renderHead(el, match));
  const warning = attributionWarning(match, options.claimed ?? null);
  if (warning) root.append(el('p', 'vb-warn', `${MISATTRIBUTED_STYLE.icon} ${warning}`));
  if (match.verdict === 'not-found') {
    root.append(el('p', 'vb-note', verdictStyle('not-found').description));
    if (match.score > 0 && match.sourceText && options.details !== false) root.append(renderClosest(el, match));
    return root;
  }
  root.append(renderSource(el, match));
  if (options.details !== false) root.append(...renderDetails(el, match));
  return root;
}

function renderHead(el: Build, match: QuoteMatch): HTMLElement {
  const style = verdictStyle(match.verdict);
  const head = el('div', 'vb-head');
  const badge = el('span', 'vb-badge', `${style.icon} ${style.label}`);
  badge.title = style.description;
  const score = el('span', 'vb-score', `${formatScore(match.score)} match`);
  head.append(badge, score);
  if (isOwnSource(match)) head.append(titled(el('span', 'vb-flag vb-own', OWN_SOURCE_TITLE), OWN_SOURCE_NOTE));
  if (match.flags.includes('stitched')) head.append(el('span', 'vb-flag', 'spans several sentences'));
  return head;
}

function renderSource(el: Build, match: QuoteMatch): HTMLElement {
  const box = el('div', 'vb-source');
  box.append(el('div', 'vb-source-line', sourceLine(match)));
  const own = isOwnSource(match);
  const title = match.event || (own ? OWN_SOURCE_TITLE : 'Official transcript');
  const href = safeUrl(match.url);
  box.append(href ? titled(link(el, href, title), own ? 'Open your source' : 'Open the official transcript') : el('div', 'vb-event', title));
  return box;
}

function renderClosest(el: Build, match: QuoteMatch): HTMLElement {
  const box = el('div', 'vb-closest');
  box.append(el('div', 'vb-label', `Closest statement (${formatScore(match.score)}), not a match:`));
  box.append(el('blockquote', 'vb-quote', match.sourceText));
  box.append(el('div', 'vb-source-line', sourceLine(match)));
  return box;
}

function renderDetails(el: Build, match: QuoteMatch): HTMLElement[] {
  const parts: HTMLElement[] = [];
  if (hasDifferences(match.diff)) {
    parts.push(el('div', 'vb-label', `Differences from the source: ${diffSummary(match.diff)}`));
    parts.push(renderDiff(el, match));
  }
  parts.push(el('div', 'vb-label', 'In the source'));
  parts.push(renderContext(el, match));
  return parts;
}

/** Word diff: inserted words underlined, dropped words struck through, changes as "source → quote". */
export function renderDiff(el: Build, match: Pick<QuoteMatch, 'diff'>): HTMLElement {
  const box = el('p', 'vb-diff');
  for (const run of diffRuns(match.diff)) {
    if (box.childNodes.length) box.append(' ');
    if (run.op === 'same') box.append(el('span', 'vb-same', run.text));
    else if (run.op === 'added') box.append(titled(el('ins', 'vb-added', run.text), 'Not in the source'));
    else if (run.op === 'dropped') box.append(titled(el('del', 'vb-dropped', run.text), 'In the source, left out of the quote'));
    else {
      box.append(titled(el('del', 'vb-dropped', run.source), 'The source says'));
      box.append(' ', titled(el('ins', 'vb-added', run.text), 'The quote says'));
    }
  }
  return box;
}

function renderContext(el: Build, match: QuoteMatch): HTMLElement {
  const box = el('blockquote', 'vb-context');
  const before = match.context.before.join(' ');
  const after = match.context.after.join(' ');
  if (before) box.append(el('span', 'vb-around', `${before} `));
  box.append(el('mark', 'vb-matched', match.sourceText));
  if (after) box.append(el('span', 'vb-around', ` ${after}`));
  return box;
}

function link(el: Build, href: string, text: string): HTMLAnchorElement {
  const a = el('a', 'vb-event', text);
  a.href = href;
  a.target = '_blank';
  a.rel = 'noopener noreferrer';
  return a;
}

function titled<T extends HTMLElement>(node: T, title: string): T {
  node.title = title;
  return node;
}

/** Only http(s) links leave the card: a stored or imported url can never run script. */
export const safeUrl = (url: string): string | null => safeHref(url);

// <q> and <blockquote> are quotations whatever their text looks like: each becomes a region of
// the flattened text (one per paragraph of a blockquote), with the speaker its <cite>, <footer>
// or <figcaption> names.
import { trimRange } from './chars';
import type { TextSegment } from './dom-text';
import type { QuoteRegion } from './index';
import { LIMITS } from './limits';
import { isQuoteGlyph } from './quote-marks';

const ATTRIBUTION = 'cite, footer, figcaption';

function textRange(el: Element, index: Map<Text, number>, segments: TextSegment[], skip: (t: Text) => boolean): [number, number] | null {
  const doc = el.ownerDocument;
  const walker = doc.createTreeWalker(el, 0x4);
  let start = -1;
  let end = -1;
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const i = index.get(n as Text);
    // Whitespace between elements (after a <cite>) must not stretch the quote over the attribution.
    if (i === undefined || skip(n as Text) || !/\S/.test((n as Text).data)) continue;
    const seg = segments[i]!;
    if (start < 0) start = seg.start;
    end = seg.start + seg.node.data.length;
  }
  return start < 0 ? null : [start, end];
}

/** "— Jens Stoltenberg, NATO Secretary General" → "Jens Stoltenberg". */
export function speakerFromAttribution(raw: string): string | undefined {
  const text = raw.replace(/^[\s—–―-]+/, '').trim();
  const name = text.split(/[,(|]/)[0]!.trim();
  return name && name.split(/\s+/).length <= 6 && /^\p{Lu}/u.test(name) ? name : undefined;
}

function blockquoteSpeaker(el: Element): string | undefined {
  const inner = el.querySelector(ATTRIBUTION);
  const caption = el.parentElement?.tagName.toUpperCase() === 'FIGURE' ? el.parentElement.querySelector('figcaption') : null;
  const source = inner ?? caption;
  return source?.textContent ? speakerFromAttribution(source.textContent) : undefined;
}

/**
 * A blockquote paragraph written as `“…” — Name, title` carries its own attribution inline: the
 * quote ends at the closing mark and the dash line names the speaker. Returns the new end and
 * the speaker, or null when the paragraph has no such tail.
 */
export function inlineAttribution(flat: string, s: number, e: number): { end: number; speaker: string | undefined } | null {
  if (!isQuoteGlyph(flat[s])) return null;
  const tail = /[”"»“’']\s*[—–―]\s*([^\n]{1,120})$/u.exec(flat.slice(s, e));
  if (!tail) return null;
  return { end: s + tail.index + 1, speaker: speakerFromAttribution(tail[1]!) };
}

/** Split a region at paragraph breaks and trim whitespace and edge quote marks from each part. */
function paragraphsOf(flat: string, start: number, end: number, speaker: string | undefined, block: boolean, out: QuoteRegion[]): void {
  let from = start;
  for (let i = start; i <= end; i++) {
    if (i < end && flat[i] !== '\n') continue;
    let [s, e] = trimRange(flat, from, i);
    const inline = block ? inlineAttribution(flat, s, e) : null;
    if (inline) e = inline.end;
    const partSpeaker = inline?.speaker ?? speaker;
    while (s < e && isQuoteGlyph(flat[s])) s++;
    while (e > s && isQuoteGlyph(flat[e - 1])) e--;
    [s, e] = trimRange(flat, s, e);
    if (e > s && /[\p{L}\p{N}]/u.test(flat.slice(s, e))) out.push({ start: s, end: e, speaker: partSpeaker, block });
    from = i + 1;
  }
}

export function collectRegions(root: Node, segments: TextSegment[], flat: string): QuoteRegion[] {
  const container = root as ParentNode;
  if (typeof container.querySelectorAll !== 'function' || segments.length === 0) return [];
  const index = new Map<Text, number>();
  segments.forEach((seg, i) => index.set(seg.node, i));
  const regions: QuoteRegion[] = [];
  const elements = Array.from(container.querySelectorAll('blockquote, q')).slice(0, LIMITS.maxQuotes);
  for (const el of elements) {
    if (el.parentElement?.closest('blockquote, q')) continue; // the outer quote covers it
    const isBlock = el.tagName.toUpperCase() === 'BLOCKQUOTE';
    const range = textRange(el, index, segments, (t) => isBlock && !!t.parentElement?.closest(ATTRIBUTION));
    if (!range) continue;
    paragraphsOf(flat, range[0], range[1], isBlock ? blockquoteSpeaker(el) : undefined, isBlock, regions);
  }
  return regions.sort((a, b) => a.start - b.start);
}

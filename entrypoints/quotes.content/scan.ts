/**
 * Reads the page's text for the background to scan: the extraction library's flattenDom turns a
 * subtree into text (plus <q>/<blockquote> regions) and remembers which text node each offset
 * came from, so quotes found in the text map back to DOM Ranges here. A huge page is read in
 * large subtrees (a normal article stays whole, so a speaker named in one paragraph still
 * reaches the quote in the next), giving the page the main thread back between them.
 */
import { flattenDom, type TextSegment } from '@/lib/extract/dom-text';
import type { QuoteRegion } from '@/lib/extract';
import { slice, slicer } from './yield';

export interface PagePart {
  text: string;
  regions: QuoteRegion[];
  nodes: TextSegment[];
}

/** One flattened part covers at most this much text (keeps each task well under 50 ms). */
const PART_CHARS = 20_000;
/** Stop reading a page after this much text: bounded work on endless pages. */
export const MAX_PAGE_CHARS = 2_000_000;

export async function readPage(root: Node, budget = { chars: MAX_PAGE_CHARS }): Promise<PagePart[]> {
  const parts: PagePart[] = [];
  const pause = slicer(8);
  for (const group of partsOf(root, PART_CHARS)) {
    if (budget.chars <= 0) break;
    await pause();
    const part = slice(() => flattenGroup(group, budget.chars));
    budget.chars -= part.text.length;
    if (part.text.trim()) parts.push(part);
  }
  return parts;
}

/** Consecutive sibling subtrees read as one text, blocks separated by "\n" as flattenDom does. */
function flattenGroup(group: readonly Node[], maxChars: number): PagePart {
  const part: PagePart = { text: '', regions: [], nodes: [] };
  for (const node of group) {
    const offset = part.text.length === 0 ? 0 : part.text.length + 1;
    const flat = flattenDom(node, Math.max(0, maxChars - offset));
    if (!flat.text) continue;
    part.text = offset === 0 ? flat.text : `${part.text}\n${flat.text}`;
    part.nodes.push(...flat.segments.map((s) => ({ node: s.node, start: s.start + offset })));
    part.regions.push(...flat.regions.map((r) => ({ ...r, start: r.start + offset, end: r.end + offset })));
  }
  return part;
}

/** The DOM Range for text offsets [start, end) of a part, or null when they do not map. */
export function rangeOf(part: PagePart, start: number, end: number): Range | null {
  const first = part.nodes[nodeAt(part.nodes, start)];
  const last = part.nodes[nodeAt(part.nodes, end - 1)];
  if (!first || !last || end <= start || !first.node.isConnected || !last.node.isConnected) return null;
  const range = document.createRange();
  range.setStart(first.node, Math.min(first.node.data.length, Math.max(0, start - first.start)));
  range.setEnd(last.node, Math.min(last.node.data.length, Math.max(0, end - last.start)));
  return range.collapsed ? null : range;
}

/** Index of the last node starting at or before `offset` (binary search; nodes are in order). */
function nodeAt(nodes: readonly TextSegment[], offset: number): number {
  let lo = 0;
  let hi = nodes.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (nodes[mid]!.start <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/**
 * The page in parts of at most `limit` characters, in document order: a normal article is one
 * part (the root). A bigger node is split into runs of consecutive children, so each part still
 * reads as continuous text; a node with text of its own is never split (that text would be lost).
 */
export function partsOf(root: Node, limit: number): Node[][] {
  const size = root.textContent?.length ?? 0;
  const children = root instanceof Element ? Array.from(root.children).filter((c) => !SKIP.has(c.localName)) : [];
  if (size <= limit || children.length === 0 || hasOwnText(root)) return size > 0 ? [[root]] : [];
  const parts: Node[][] = [];
  let run: Node[] = [];
  let runSize = 0;
  const flush = () => {
    if (run.length) parts.push(run);
    run = [];
    runSize = 0;
  };
  for (const child of children) {
    const childSize = child.textContent?.length ?? 0;
    if (childSize > limit) {
      flush();
      parts.push(...partsOf(child, limit));
      continue;
    }
    if (runSize + childSize > limit) flush();
    run.push(child);
    runSize += childSize;
  }
  flush();
  return parts;
}

const SKIP = new Set(['script', 'style', 'noscript', 'template', 'svg', 'canvas', 'iframe']);

function hasOwnText(node: Node): boolean {
  for (const child of Array.from(node.childNodes)) {
    if (child.nodeType === Node.TEXT_NODE && (child.textContent ?? '').trim().length > 40) return true;
  }
  return false;
}

// Flattens a DOM subtree to text for the text extractor, and maps text offsets back to nodes.
// Text nodes keep their length (line breaks inside them become spaces) so offsets map 1:1;
// a "\n" separates blocks. <q> and <blockquote> become quote regions.
import type { QuoteRegion } from './index';
import { BLOCK_TAGS, isSkipped } from './dom-skip';
import { collectRegions } from './dom-regions';

export interface TextSegment {
  node: Text;
  /** Offset of the node's first character in the flattened text. */
  start: number;
}

export interface FlatText {
  text: string;
  segments: TextSegment[];
  regions: QuoteRegion[];
  truncated: boolean;
}

const SHOW_ELEMENT = 0x1;
const SHOW_TEXT = 0x4;
const FILTER_ACCEPT = 1;
const FILTER_REJECT = 2;
const FILTER_SKIP = 3;

interface Builder {
  parts: string[];
  length: number;
  segments: TextSegment[];
  lastBlock: Element | null;
}

function blockOf(node: Node, root: Node): Element | null {
  for (let el = node.parentElement; el; el = el.parentElement) {
    if (BLOCK_TAGS.has(el.tagName.toUpperCase()) || el.tagName.toUpperCase() === 'BR' || el === root) return el;
  }
  return null;
}

function push(b: Builder, s: string): void {
  b.parts.push(s);
  b.length += s.length;
}

export function flattenDom(root: Node, maxChars: number): FlatText {
  const doc = root.ownerDocument ?? (root as Document);
  const b: Builder = { parts: [], length: 0, segments: [], lastBlock: null };
  const walker = doc.createTreeWalker(root, SHOW_ELEMENT | SHOW_TEXT, {
    acceptNode: (node: Node) => (node.nodeType === 1 ? (isSkipped(node as Element) ? FILTER_REJECT : FILTER_SKIP) : FILTER_ACCEPT),
  });
  let truncated = false;
  let lastText: Text | null = null;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = node as Text;
    const value = text.data;
    if (!value) continue;
    if (b.length + value.length > maxChars) {
      truncated = true;
      break;
    }
    const block = blockOf(text, root);
    if (b.length > 0 && (block !== b.lastBlock || brBetween(lastText, text))) push(b, '\n');
    b.lastBlock = block;
    b.segments.push({ node: text, start: b.length });
    push(b, value.replace(/[\n\r\u2028\u2029]/g, ' '));
    lastText = text;
  }
  const flat = b.parts.join('');
  return { text: flat, segments: b.segments, regions: collectRegions(root, b.segments, flat), truncated };
}

/** A <br> between two consecutive text nodes of the same block is a line break. */
function brBetween(prev: Text | null, next: Text): boolean {
  if (!prev) return false;
  let steps = 0;
  for (let n: Node | null = next.previousSibling; n && steps++ < 50; n = n.previousSibling) {
    if (n === prev) return false;
    if (n.nodeType === 1 && (n as Element).tagName.toUpperCase() === 'BR') return true;
    if (n.nodeType === 3 && (n as Text).data.trim()) return false;
  }
  const prevEl = next.parentElement?.previousElementSibling;
  return !!prevEl && prevEl.tagName.toUpperCase() === 'BR' && next.parentElement?.previousSibling === prevEl;
}


// Facts about the matched source span: which statements it touches, which one is "the"
// source, its original text, whether the quote is only a fragment, and the context around it.
import type { Step } from './align';
import { sourceSlice } from './diff';
import type { StatementIndex } from './shingle-index';
import type { SourceWindow } from './windows';

export interface SpanFacts {
  /** Slots the span touches, in document order. */
  slots: number[];
  /** The slot holding most of the matched words. */
  primarySlot: number;
  text: string;
  /** The quote covers only a small part of the statements it touches. */
  fragment: boolean;
}

/** Share of the touched statements' words below which a quote is a fragment. */
const FRAGMENT_SHARE = 0.7;
const CONTEXT_SENTENCES = 2;

function spanOf(steps: Step[]): [number, number] {
  let from = -1;
  let to = -1;
  for (const st of steps) {
    if (st.s < 0 || st.op === 'dropped' || st.op === 'marked') continue;
    if (from < 0) from = st.s;
    to = st.s2 ?? st.s;
  }
  return [from, to];
}

export function spanFacts(index: StatementIndex, window: SourceWindow, steps: Step[]): SpanFacts {
  const [from, to] = spanOf(steps);
  if (from < 0) return { slots: [window.slots[0]!], primarySlot: window.slots[0]!, text: '', fragment: false };
  const votes = new Map<number, number>();
  for (const st of steps) {
    if (st.op !== 'same') continue;
    const slot = window.slots[window.owner[st.s]!]!;
    votes.set(slot, (votes.get(slot) ?? 0) + 1);
  }
  const slots = window.slots.slice(window.owner[from]!, window.owner[to]! + 1);
  const primarySlot = [...votes].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0]?.[0] ?? slots[0]!;
  const touchedWords = slots.reduce((n, s) => n + index.slots[s]!.tokens.ids.length, 0);
  return {
    slots,
    primarySlot,
    text: sourceSlice(index, window, from, to),
    fragment: to - from + 1 < FRAGMENT_SHARE * touchedWords,
  };
}

/** Up to two statements of the same document before and after the span. */
export function sourceContext(index: StatementIndex, slots: number[]): { before: string[]; after: string[] } {
  const first = index.slots[slots[0]!]!.statement;
  const doc = index.docs.get(first.docId) ?? [];
  const at = doc.indexOf(slots[0]!);
  const end = doc.indexOf(slots[slots.length - 1]!);
  const text = (s: number) => index.slots[s]!.statement.text;
  return {
    before: at < 0 ? [] : doc.slice(Math.max(0, at - CONTEXT_SENTENCES), at).map(text),
    after: end < 0 ? [] : doc.slice(end + 1, end + 1 + CONTEXT_SENTENCES).map(text),
  };
}

/** Turns the matcher's word diff into display runs: adjacent ops of the same kind merged. */
import type { DiffOp } from '../match/types';

export interface DiffRun {
  op: DiffOp['op'];
  /** What the reader sees: the quote's words, or the source's words for dropped. */
  text: string;
  /** For changed: the source's words (shown struck through / in a tooltip). */
  source: string;
}

export function diffRuns(diff: readonly DiffOp[]): DiffRun[] {
  const runs: DiffRun[] = [];
  for (const op of diff) {
    const text = op.op === 'dropped' ? op.source : op.quote;
    const last = runs[runs.length - 1];
    if (last && last.op === op.op) {
      last.text = joinWords(last.text, text);
      if (op.op === 'changed') last.source = joinWords(last.source, op.source);
    } else {
      runs.push({ op: op.op, text, source: op.op === 'changed' ? op.source : '' });
    }
  }
  return runs.filter((r) => r.text || r.source);
}

/** True when the diff has anything other than identical words (nothing to show otherwise). */
export function hasDifferences(diff: readonly DiffOp[]): boolean {
  return diff.some((op) => op.op !== 'same');
}

/** Counts for a one-line summary: "2 words changed, 1 dropped". */
export function diffSummary(diff: readonly DiffOp[]): string {
  // An omission the page marks ("…", "[the Ukrainians]") is honest editing: counted apart.
  const count = (kind: DiffOp['op'], marked = false) =>
    diff
      .filter((d) => d.op === kind && !!d.marked === marked)
      .reduce((n, d) => n + wordCount(kind === 'dropped' ? d.source : d.quote), 0);
  const parts: string[] = [];
  const changed = count('changed');
  const added = count('added');
  const dropped = count('dropped');
  const markedOut = count('dropped', true) + count('changed', true);
  if (changed) parts.push(`${changed} word${changed === 1 ? '' : 's'} changed`);
  if (added) parts.push(`${added} added`);
  if (dropped) parts.push(`${dropped} dropped`);
  if (markedOut) parts.push(`${markedOut} left out where the page marks it`);
  return parts.length ? parts.join(', ') : 'No word differences';
}

function wordCount(text: string): number {
  return text.trim() ? text.trim().split(/\s+/).length : 0;
}

function joinWords(a: string, b: string): string {
  return a && b ? `${a} ${b}` : a || b;
}

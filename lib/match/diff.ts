// Turns alignment steps into a word-level diff in ORIGINAL spelling on both sides.
import type { Step } from './align';
import type { StatementIndex } from './shingle-index';
import type { DiffOp } from './types';
import type { SourceWindow } from './windows';
import type { PreparedQuote } from './quote-side';
import { WILD } from './vocab';

/**
 * Original text of window tokens [from..to] (inclusive). Across statements, each sentence
 * keeps its own punctuation up to its end, and they are joined with a space.
 */
export function sourceSlice(index: StatementIndex, win: SourceWindow, from: number, to: number): string {
  const parts: string[] = [];
  let k = from;
  while (k <= to) {
    const owner = win.owner[k]!;
    const { statement, tokens } = index.slots[win.slots[owner]!]!;
    let last = k;
    while (last + 1 <= to && win.owner[last + 1] === owner) last++;
    const start = k === from ? tokens.starts[win.local[k]!]! : 0;
    const end = last === to ? tokens.ends[win.local[last]!]! : statement.text.length;
    parts.push(statement.text.slice(start, end).trim());
    k = last + 1;
  }
  return parts.join(' ');
}

function quoteSlice(quote: PreparedQuote, from: number, to: number): string {
  return quote.text.slice(quote.packed.starts[from]!, quote.packed.ends[to]!);
}

type RunKind = DiffOp['op'] | 'marked-drop' | 'marked-add';

function kindOf(step: Step, quote: PreparedQuote): RunKind | null {
  if (step.op !== 'marked') return step.op;
  if (step.s >= 0) return 'marked-drop';
  // An unused ellipsis says nothing; an unused "[...]" is an editorial addition.
  return quote.packed.ids[step.q] === WILD ? 'marked-add' : null;
}

interface Run {
  kind: RunKind;
  q: number[];
  s: number[];
}

function runsOf(steps: Step[], quote: PreparedQuote): Run[] {
  const runs: Run[] = [];
  for (const step of steps) {
    const kind = kindOf(step, quote);
    if (kind === null) continue;
    let run = runs[runs.length - 1];
    if (!run || run.kind !== kind) runs.push((run = { kind, q: [], s: [] }));
    if (step.q >= 0) run.q.push(step.q, step.q2 ?? step.q);
    if (step.s >= 0) run.s.push(step.s, step.s2 ?? step.s);
  }
  return runs;
}

function toOp(run: Run, quote: PreparedQuote, index: StatementIndex, win: SourceWindow): DiffOp {
  const q = run.q.length ? quoteSlice(quote, Math.min(...run.q), Math.max(...run.q)) : '';
  const s = run.s.length ? sourceSlice(index, win, Math.min(...run.s), Math.max(...run.s)) : '';
  if (run.kind === 'marked-drop') return { op: 'dropped', quote: '', source: s, marked: true, marker: q };
  if (run.kind === 'marked-add') return { op: 'added', quote: q, source: '', marked: true };
  return { op: run.kind, quote: run.kind === 'dropped' ? '' : q, source: run.kind === 'added' ? '' : s };
}

/** An "added" next to a "dropped" reads better as one "changed". */
function mergeNeighbours(ops: DiffOp[]): DiffOp[] {
  const out: DiffOp[] = [];
  for (const op of ops) {
    const prev = out[out.length - 1];
    const pair = prev && !prev.marked && !op.marked && new Set([prev.op, op.op]);
    if (pair && pair.size === 2 && pair.has('added') && pair.has('dropped')) {
      out[out.length - 1] = { op: 'changed', quote: prev.quote || op.quote, source: prev.source || op.source };
    } else if (prev && prev.op === 'changed' && op.op === 'changed' && !prev.marked && !op.marked) {
      out[out.length - 1] = { op: 'changed', quote: `${prev.quote} ${op.quote}`, source: `${prev.source} ${op.source}` };
    } else out.push(op);
  }
  return out;
}

export function diffFor(steps: Step[], quote: PreparedQuote, index: StatementIndex, win: SourceWindow): DiffOp[] {
  return mergeNeighbours(runsOf(steps, quote).map((run) => toOp(run, quote, index, win)));
}

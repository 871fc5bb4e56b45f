// Word-level alignment of a quote against a source window: the whole quote, any span of the
// source (semi-global). Costs are per word; marked edits — an editorial "[...]" standing for
// source words, or an ellipsis over dropped words — cost a fraction of unmarked ones.
import { GAP, WILD } from './vocab';

export type StepOp = 'same' | 'changed' | 'added' | 'dropped' | 'marked';

/** One step of the alignment: q = quote token index or -1, s = window token index or -1. */
export interface Step {
  op: StepOp;
  q: number;
  s: number;
  /** Second window token for a quote word matching two source words ("battlegroups" / "battle groups"). */
  s2?: number;
  /** Second quote token for two quote words matching one source word. */
  q2?: number;
}

export interface Alignment {
  steps: Step[];
  /** First and last window tokens the quote covers (inclusive); -1 when nothing aligned. */
  spanStart: number;
  spanEnd: number;
  matched: number;
  changed: number;
  added: number;
  dropped: number;
  /** Source words consumed by an ellipsis or an editorial insertion. */
  marked: number;
  score: number;
}

export interface QuoteSide {
  ids: Int32Array;
  /** For quote word i: the ids of two source words whose concatenation it is ([-1,-1] if none). */
  splitA: Int32Array;
  splitB: Int32Array;
  /** For quote word i ≥ 1: id of the source word equal to words i-1 and i joined (-1 if none). */
  joined: Int32Array;
}

const MARK_COST = 0.1;
/** Marked omissions weigh this much in the score, against 1 for an unmarked one. */
export const MARKED_WEIGHT = 0.1;

const enum T {
  Stop, Same, Changed, Added, Dropped, MarkSkip, MarkTake, SplitSource, JoinQuote,
}

let scoreBuf = new Float64Array(0);
let traceBuf = new Uint8Array(0);

function buffers(cells: number): [Float64Array, Uint8Array] {
  if (scoreBuf.length < cells) {
    scoreBuf = new Float64Array(cells * 2);
    traceBuf = new Uint8Array(cells * 2);
  }
  return [scoreBuf, traceBuf];
}

/** Fills one row of a quote word (hot loop: plain locals, no allocation per cell). */
function fillWordRow(q: QuoteSide, s: Int32Array, H: Float64Array, tr: Uint8Array, i: number, w: number): void {
  const qi = q.ids[i - 1]!;
  const splitA = q.splitA[i - 1]!;
  const splitB = q.splitB[i - 1]!;
  const joined = i >= 2 ? q.joined[i - 1]! : -1;
  const row = i * w;
  for (let j = 1; j < w; j++) {
    const c = row + j;
    const sj = s[j - 1]!;
    const same = qi === sj;
    let best = H[c - w - 1]! + (same ? 1 : -1);
    let how = same ? T.Same : T.Changed;
    const up = H[c - w]! - 1;
    if (up > best) {
      best = up;
      how = T.Added;
    }
    const left = H[c - 1]! - 1;
    if (left > best) {
      best = left;
      how = T.Dropped;
    }
    if (splitB === sj && j >= 2 && splitA === s[j - 2] && H[c - w - 2]! + 1 > best) {
      best = H[c - w - 2]! + 1;
      how = T.SplitSource;
    }
    if (joined === sj && H[c - 2 * w - 1]! + 1 > best) {
      best = H[c - 2 * w - 1]! + 1;
      how = T.JoinQuote;
    }
    H[c] = best;
    tr[c] = how;
  }
}

function fillMarkRow(H: Float64Array, tr: Uint8Array, i: number, w: number): void {
  const row = i * w;
  for (let j = 1; j < w; j++) {
    const c = row + j;
    const skip = H[c - w]!;
    const take = H[c - 1]! - MARK_COST;
    H[c] = skip >= take ? skip : take;
    tr[c] = skip >= take ? T.MarkSkip : T.MarkTake;
  }
}

function fill(q: QuoteSide, s: Int32Array, H: Float64Array, tr: Uint8Array): void {
  const n = q.ids.length;
  const w = s.length + 1;
  H.fill(0, 0, w);
  tr.fill(T.Stop, 0, w);
  for (let i = 1; i <= n; i++) {
    const qi = q.ids[i - 1]!;
    const mark = qi === WILD || qi === GAP;
    const row = i * w;
    H[row] = H[row - w]! - (mark ? 0 : 1);
    tr[row] = mark ? T.MarkSkip : T.Added;
    if (mark) fillMarkRow(H, tr, i, w);
    else fillWordRow(q, s, H, tr, i, w);
  }
}

function traceback(tr: Uint8Array, w: number, n: number, endJ: number): Step[] {
  const steps: Step[] = [];
  let i = n;
  let j = endJ;
  while (i > 0) {
    const how = tr[i * w + j]! as T;
    if (how === T.Same || how === T.Changed) steps.push({ op: how === T.Same ? 'same' : 'changed', q: --i, s: --j });
    else if (how === T.Added) steps.push({ op: 'added', q: --i, s: -1 });
    else if (how === T.Dropped) steps.push({ op: 'dropped', q: -1, s: --j });
    else if (how === T.MarkSkip) steps.push({ op: 'marked', q: --i, s: -1 });
    else if (how === T.MarkTake) steps.push({ op: 'marked', q: i - 1, s: --j });
    else if (how === T.SplitSource) {
      j -= 2;
      steps.push({ op: 'same', q: --i, s: j, s2: j + 1 });
    } else if (how === T.JoinQuote) {
      i -= 2;
      steps.push({ op: 'same', q: i, q2: i + 1, s: --j });
    } else break;
  }
  return steps.reverse();
}

function summarise(steps: Step[]): Alignment {
  const a: Alignment = { steps, spanStart: -1, spanEnd: -1, matched: 0, changed: 0, added: 0, dropped: 0, marked: 0, score: 0 };
  for (const st of steps) {
    if (st.op === 'same') a.matched += st.q2 !== undefined ? 2 : 1;
    else if (st.op === 'changed') a.changed++;
    else if (st.op === 'added') a.added++;
    else if (st.op === 'dropped') a.dropped++;
    else if (st.s >= 0) a.marked++;
    const last = st.s2 ?? st.s;
    if (st.s >= 0) {
      if (a.spanStart < 0) a.spanStart = st.s;
      a.spanEnd = last;
    }
  }
  const denominator = a.matched + a.changed + a.added + a.dropped + MARKED_WEIGHT * a.marked;
  a.score = denominator > 0 ? a.matched / denominator : 0;
  return a;
}

/** Trims source words dropped at the span's edges (they are not part of the quoted span). */
function trimEdges(steps: Step[]): Step[] {
  let from = 0;
  let to = steps.length;
  while (from < to && (steps[from]!.op === 'dropped' || (steps[from]!.op === 'marked' && steps[from]!.s >= 0))) from++;
  while (to > from && (steps[to - 1]!.op === 'dropped' || (steps[to - 1]!.op === 'marked' && steps[to - 1]!.s >= 0))) to--;
  return steps.slice(from, to);
}

/**
 * Best alignment of the whole quote against any span of `source`. `owner[k]` says which
 * sentence source word k belongs to: on a tie the span ends later within the same sentence
 * (a last word replaced reads better as "changed" than as "added"), never in the next one.
 */
export function alignQuote(q: QuoteSide, source: Int32Array, owner?: Int32Array): Alignment {
  const n = q.ids.length;
  const w = source.length + 1;
  const [H, tr] = buffers((n + 1) * w);
  fill(q, source, H, tr);
  let endJ = 0;
  for (let j = 1; j <= source.length; j++) {
    const h = H[n * w + j]!;
    const best = H[n * w + endJ]!;
    if (h > best || (h === best && endJ > 0 && owner !== undefined && owner[j - 1] === owner[endJ - 1])) endJ = j;
  }
  return summarise(trimEdges(traceback(tr, w, n, endJ)));
}

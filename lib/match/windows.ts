// A window: consecutive statements of one document around a candidate, concatenated, because
// a news quote often runs across two or three source sentences.
import type { StatementIndex } from './shingle-index';

export interface SourceWindow {
  docId: string;
  /** Slots of the statements in the window, in document order. */
  slots: number[];
  ids: Int32Array;
  /** For each window token: which entry of `slots` it belongs to, and its index in that statement. */
  owner: Int32Array;
  local: Int32Array;
}

/** Most statements taken on each side of the candidate (sources split into short lines need several). */
const MAX_SIDE = 8;

/** Statements around `slot`, extended on each side until they hold about `quoteLength` tokens. */
export function windowAround(index: StatementIndex, slot: number, quoteLength: number): SourceWindow {
  const statement = index.slots[slot]!.statement;
  const doc = index.docs.get(statement.docId) ?? [slot];
  const at = Math.max(0, doc.indexOf(slot));
  const need = Math.max(quoteLength, 4);
  let from = at;
  for (let have = 0; from > 0 && at - from < MAX_SIDE && have < need; ) {
    from--;
    have += index.slots[doc[from]!]!.tokens.ids.length;
  }
  let to = at;
  for (let have = 0; to < doc.length - 1 && to - at < MAX_SIDE && have < need; ) {
    to++;
    have += index.slots[doc[to]!]!.tokens.ids.length;
  }
  return buildWindow(index, statement.docId, doc.slice(from, to + 1));
}

export function buildWindow(index: StatementIndex, docId: string, slots: number[]): SourceWindow {
  let total = 0;
  for (const s of slots) total += index.slots[s]!.tokens.ids.length;
  const ids = new Int32Array(total);
  const owner = new Int32Array(total);
  const local = new Int32Array(total);
  let k = 0;
  slots.forEach((s, which) => {
    const tokenIds = index.slots[s]!.tokens.ids;
    for (let i = 0; i < tokenIds.length; i++, k++) {
      ids[k] = tokenIds[i]!;
      owner[k] = which;
      local[k] = i;
    }
  });
  return { docId, slots, ids, owner, local };
}

/**
 * Size limits for an imported source. A long official transcript runs to ~30,000 words; the
 * caps leave ten times that, and stop a wrong file (a PDF, a database dump) before it is
 * split, indexed and stored.
 */
export const MAX_TEXT_CHARS = 2_000_000;
export const MAX_TEXT_WORDS = 300_000;
/** Words a source needs before it is worth indexing (one short sentence). */
export const MIN_TEXT_WORDS = 3;
export const MAX_FIELD_CHARS = { title: 500, speaker: 300, kind: 60, place: 200, url: 2048 } as const;

export function countWords(text: string): number {
  let count = 0;
  for (const _ of text.matchAll(/[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu)) count++;
  return count;
}

/** "2,000,000 characters" for messages. */
export function formatCount(n: number, unit: string): string {
  return `${n.toLocaleString('en-US')} ${unit}`;
}

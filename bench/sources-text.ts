/**
 * The benchmark transcript: ~20,000 words assembled from the bundled corpus's own sentences
 * (real official prose, shuffled with a fixed seed) under Q&A speaker labels, so the import
 * pipeline does its real work. Shared by bench/sources.ts and bench/sources-browser.ts.
 */
import type { Statement } from '../lib/corpus/schema';
import { countWords } from '../lib/sources';
import { seededRandom } from './stats';

export const TARGET_WORDS = 20_000;

/** ~20,000 words: turns of 2–6 sentences, alternating the speaker's answers and questions. */
export function benchTranscript(statements: readonly Statement[], seed = 20_000): string {
  const next = seededRandom(seed);
  const pick = () => statements[Math.floor(next() * statements.length)]!.text;
  const turns: string[] = [];
  let words = 0;
  for (let turn = 0; words < TARGET_WORDS; turn++) {
    // Whole turns until the target; the last one overshoots by at most one turn (~100 words).
    const label = turn % 2 === 0 ? 'NATO Secretary General Jens Stoltenberg:' : turn % 4 === 1 ? 'Q:' : 'Moderator:';
    const body = Array.from({ length: 2 + Math.floor(next() * 5) }, pick).join(' ');
    const turnText = `${label} ${body}`;
    words += countWords(turnText);
    turns.push(turnText);
  }
  return turns.join('\n\n');
}

// Names in apposition: the person a sentence is about even when no cue verb follows.
import { cleanName } from './names';
import type { Sentence } from './sentences';

/**
 * Full names set off by commas after a role ("Ukraine’s president, Volodymyr Zelensky, addressed",
 * "For the head of American diplomacy, Antony Blinken, the Kremlin…"): the person the sentence
 * is about, and the one a following "he said" refers to.
 */
export function appositiveNames(masked: string, s: Sentence): { pos: number; name: string }[] {
  const out: { pos: number; name: string }[] = [];
  const re = /, ((?:\p{Lu}[\p{L}’'.-]+ ){1,3}\p{Lu}[\p{L}’'-]+),/gu;
  const sentence = masked.slice(s.start, s.end);
  for (let m = re.exec(sentence); m && out.length < 4; m = re.exec(sentence)) {
    const name = cleanName(m[1]!);
    if (name.includes(' ')) out.push({ pos: s.start + m.index + 2, name });
  }
  return out;
}

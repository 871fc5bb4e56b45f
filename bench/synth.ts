// Grows the real corpus to a target size, reproducibly: new documents modelled on real ones,
// each sentence recombined with another real sentence and given random word substitutions.
// The result is harder than real growth would be: lots of near-duplicates of real sentences.
import type { Statement } from '../lib/corpus/schema';
import { seededRandom } from './stats';

const SUBSTITUTION_RATE = 0.2;
const SPLICE_RATE = 0.4;

function wordsOf(statements: Statement[]): string[] {
  const words = new Set<string>();
  for (const s of statements) for (const w of s.text.split(/\s+/)) if (/^[A-Za-z]{3,}$/.test(w)) words.add(w);
  return [...words].sort();
}

function groupByDoc(statements: Statement[]): Statement[][] {
  const docs = new Map<string, Statement[]>();
  for (const s of statements) docs.set(s.docId, [...(docs.get(s.docId) ?? []), s]);
  return [...docs.values()];
}

export function growCorpus(base: Statement[], target: number, seed = 20220324): Statement[] {
  const random = seededRandom(seed);
  const pick = <T>(xs: T[]): T => xs[Math.floor(random() * xs.length)]!;
  const vocabulary = wordsOf(base);
  const docs = groupByDoc(base);
  const out = [...base];
  const mutate = (text: string): string => {
    let words = text.split(/\s+/);
    if (random() < SPLICE_RATE) {
      const other = pick(base).text.split(/\s+/);
      words = [...words.slice(0, Math.ceil(words.length / 2)), ...other.slice(Math.floor(other.length / 2))];
    }
    return words.map((w) => (random() < SUBSTITUTION_RATE ? pick(vocabulary) : w)).join(' ');
  };
  for (let k = 0; out.length < target; k++) {
    const model = pick(docs);
    const docId = `synthetic-${k}-${model[0]!.docId}`;
    for (const s of model) {
      if (out.length >= target) break;
      out.push({ ...s, docId, id: `${docId}:${String(s.ordinal).padStart(4, '0')}`, text: mutate(s.text) });
    }
  }
  return out;
}

// Candidate retrieval: score statements by the quote bigrams and rare words they share,
// weighted by rarity, and keep the best few for alignment. Very common shingles ("of the")
// are skipped: they cost the most and tell the least.
import { bigramKey, type StatementIndex } from './shingle-index';

export interface Candidate {
  slot: number;
  score: number;
}

/** A word is "rare" when at most 1 statement in RARE_SHARE (or RARE_MIN statements) holds it. */
const RARE_SHARE = 200;
const RARE_MIN = 50;

interface Probe {
  postings: number[];
  weight: number;
}

/** Postings longer than this are skipped (unless nothing rarer exists). */
function postingCap(size: number): number {
  return Math.max(300, Math.floor(size * 0.01));
}

function collectProbes(index: StatementIndex, ids: Int32Array): Probe[] {
  const probes: Probe[] = [];
  const size = index.size + 1;
  for (let i = 0; i < ids.length; i++) {
    const id = ids[i]!;
    if (id < 0) continue;
    const uni = index.unigrams.get(id);
    // Single words only when rare: common ones cost much and are covered by the bigrams.
    if (uni && uni.length <= Math.max(RARE_MIN, size / RARE_SHARE)) probes.push({ postings: uni, weight: 0.5 * Math.log(size / uni.length) });
    const prev = i > 0 ? ids[i - 1]! : -1;
    if (prev < 0) continue;
    const bi = index.bigrams.get(bigramKey(prev, id));
    if (bi) probes.push({ postings: bi, weight: 1 + Math.log(size / bi.length) });
  }
  return probes;
}

/** Reusable accumulator so a query allocates nothing proportional to the corpus. */
class Accumulator {
  scores = new Float64Array(0);
  touched: number[] = [];

  reset(size: number): void {
    for (const slot of this.touched) this.scores[slot] = 0;
    this.touched.length = 0;
    if (this.scores.length < size) this.scores = new Float64Array(Math.max(size, this.scores.length * 2));
  }

  add(slot: number, weight: number): void {
    if (this.scores[slot] === 0) this.touched.push(slot);
    this.scores[slot]! += weight;
  }
}

const accumulators = new WeakMap<StatementIndex, Accumulator>();

function selectProbes(probes: Probe[], cap: number): Probe[] {
  const cheap = probes.filter((p) => p.postings.length <= cap);
  if (cheap.length >= 2) return cheap;
  // Only common words: fall back to the rarest few so the quote still gets candidates.
  return [...probes].sort((a, b) => a.postings.length - b.postings.length).slice(0, 3);
}

function topK(acc: Accumulator, index: StatementIndex, k: number): Candidate[] {
  const best: Candidate[] = [];
  for (const slot of acc.touched) {
    const score = acc.scores[slot]!;
    if (best.length === k && score <= best[k - 1]!.score) continue;
    if (!index.slots[slot]!.alive) continue;
    let i = Math.min(best.length, k - 1);
    while (i > 0 && best[i - 1]!.score < score) i--;
    best.splice(i, 0, { slot, score });
    if (best.length > k) best.pop();
  }
  return best;
}

/** The k statements sharing the most (rarity-weighted) shingles with the quote, best first. */
export function findCandidates(index: StatementIndex, ids: Int32Array, k: number): Candidate[] {
  let acc = accumulators.get(index);
  if (!acc) accumulators.set(index, (acc = new Accumulator()));
  acc.reset(index.slots.length);
  for (const probe of selectProbes(collectProbes(index, ids), postingCap(index.size))) {
    for (const slot of probe.postings) acc.add(slot, probe.weight);
  }
  return topK(acc, index, k);
}

// Inverted index over word bigrams and single words of every statement. Built once per corpus,
// then grown (add) and shrunk (removeDocument) in place for imported sources: no rebuild.
import type { Statement } from '../corpus/schema';
import { SpeakerSet } from './speaker-set';
import { tokenizeSource, Vocabulary, type TokenizedText } from './vocab';

export interface IndexedStatement {
  statement: Statement;
  tokens: TokenizedText;
  alive: boolean;
}

/**
 * A bigram of two word ids hashed to a 30-bit integer (a small integer for V8, so Map lookups
 * stay fast). Collisions are possible but rare, and only add a little retrieval noise.
 */
export function bigramKey(a: number, b: number): number {
  return (Math.imul(a + 1, 0x9e3779b1) ^ Math.imul(b + 7, 0x85ebca6b)) & 0x3fffffff;
}

const EMPTY_TOKENS: TokenizedText = { ids: new Int32Array(0), starts: new Int32Array(0), ends: new Int32Array(0) };

function push(map: Map<number, number[]>, key: number, slot: number): void {
  const list = map.get(key);
  if (list === undefined) map.set(key, [slot]);
  else if (list[list.length - 1] !== slot) list.push(slot);
}

export class StatementIndex {
  readonly vocab = new Vocabulary();
  readonly slots: IndexedStatement[] = [];
  /** Word id → slots containing it; doubles as document frequency. */
  readonly unigrams = new Map<number, number[]>();
  readonly bigrams = new Map<number, number[]>();
  /** Live statements per word id (document frequency for IDF, kept exact on removal). */
  private df = new Int32Array(1024);
  /** docId → live slots in ordinal order. */
  readonly docs = new Map<string, number[]>();
  /** Speakers of live statements. */
  readonly speakers = new SpeakerSet();
  private dead = 0;

  get size(): number {
    return this.slots.length - this.dead;
  }

  add(statements: readonly Statement[]): void {
    const touchedDocs = new Set<string>();
    for (const statement of statements) {
      const slot = this.slots.length;
      const tokens = tokenizeSource(statement.text, this.vocab);
      this.slots.push({ statement, tokens, alive: true });
      this.post(slot, tokens.ids);
      this.speakers.add(statement.speaker);
      const list = this.docs.get(statement.docId) ?? [];
      list.push(slot);
      this.docs.set(statement.docId, list);
      touchedDocs.add(statement.docId);
    }
    for (const docId of touchedDocs) this.sortDoc(docId);
  }

  removeDocument(docId: string): void {
    const list = this.docs.get(docId);
    if (!list) return;
    for (const slot of list) {
      const entry = this.slots[slot]!;
      entry.alive = false;
      this.dead++;
      this.speakers.remove(entry.statement.speaker);
      for (const id of new Set(entry.tokens.ids)) this.df[id]!--;
      // The slot number stays (postings refer to it); its tokens are no longer needed.
      entry.tokens = EMPTY_TOKENS;
    }
    this.docs.delete(docId);
    if (this.dead > 1000 && this.dead > this.slots.length / 2) this.compactPostings();
  }

  /** Document frequency of a word id among live statements. */
  docFreq(id: number): number {
    return id >= 0 && id < this.df.length ? this.df[id]! : 0;
  }

  /** Inverse document frequency, smoothed; unseen words get the maximum. */
  idf(id: number): number {
    return Math.log((this.size + 1) / (this.docFreq(id) + 0.5));
  }

  private post(slot: number, ids: Int32Array): void {
    const seen = new Set<number>();
    for (let i = 0; i < ids.length; i++) {
      const id = ids[i]!;
      push(this.unigrams, id, slot);
      if (!seen.has(id)) {
        seen.add(id);
        this.bumpDf(id);
      }
      if (i > 0) push(this.bigrams, bigramKey(ids[i - 1]!, id), slot);
    }
  }

  private bumpDf(id: number): void {
    if (id >= this.df.length) {
      const grown = new Int32Array(Math.max(this.df.length * 2, id + 1));
      grown.set(this.df);
      this.df = grown;
    }
    this.df[id]!++;
  }

  private sortDoc(docId: string): void {
    this.docs.get(docId)!.sort((a, b) => this.slots[a]!.statement.ordinal - this.slots[b]!.statement.ordinal);
  }

  /** Drops dead slots from the postings once they are most of them (removals stay O(doc)). */
  private compactPostings(): void {
    for (const map of [this.unigrams, this.bigrams]) {
      for (const [key, list] of map) {
        const live = list.filter((slot) => this.slots[slot]!.alive);
        if (live.length === 0) map.delete(key);
        else map.set(key, live);
      }
    }
  }
}

// Who speaks in the corpus (live statements only), by comparable key and by surname, so the
// matcher can tell "a corpus speaker, possibly misattributed" from "someone the corpus never quotes".
import { speakerKey } from './attribution';

function surnameOf(key: string): string {
  return key.split(' ').pop() ?? key;
}

export class SpeakerSet {
  private readonly keys = new Map<string, number>();
  private readonly surnames = new Map<string, number>();

  add(speaker: string): void {
    const key = speakerKey(speaker);
    this.keys.set(key, (this.keys.get(key) ?? 0) + 1);
    this.surnames.set(surnameOf(key), (this.surnames.get(surnameOf(key)) ?? 0) + 1);
  }

  remove(speaker: string): void {
    const key = speakerKey(speaker);
    for (const [map, k] of [[this.keys, key], [this.surnames, surnameOf(key)]] as const) {
      const n = (map.get(k) ?? 0) - 1;
      if (n > 0) map.set(k, n);
      else map.delete(k);
    }
  }

  /** The corpus holds words of this person or body (full name, role, or surname as written). */
  has(claimed: string): boolean {
    const key = speakerKey(claimed);
    return this.keys.has(key) || this.surnames.has(surnameOf(key));
  }
}

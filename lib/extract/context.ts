// Everything the attribution step reads, computed lazily and cached: sentences per paragraph,
// cue verbs per sentence with their resolved subjects, and pronoun antecedents found by looking
// back a bounded distance. Work is proportional to the text around quotes, not to the page.
import { NAC, NATO_LEADERS } from '../speakers';
import { canonicalSpeaker, UNNAMED } from './aliases';
import { INVERTIBLE, isParticiple } from './cue-words';
import { LIMITS } from './limits';
import { appositiveNames } from './appositive';
import { NameRegistry } from './names';
import type { Paragraph } from './paragraphs';
import { cueMatches, lastAtOrBefore, splitSentences, type Sentence } from './sentences';
export { lastAtOrBefore, type Sentence } from './sentences';
import { declared, sentenceSubject, subjectAfter, subjectBefore, type Subject } from './subjects';

export interface CueHit {
  pos: number;
  end: number;
  verb: string;
  subject: Subject | null;
  /** Resolved speaker (via speakerOf): canonical, a name as written, or null (unnamed source or unresolved pronoun). */
  speaker: string | null | undefined;
}

const DESCRIBED_PERSON = /^The\s+(?:[\p{L}’'-]+\s+){0,3}?(?:minister|president|chancellor|diplomat|leader|official|spokesman|spokeswoman|ambassador|envoy)\b/u;

interface Antecedent {
  pos: number;
  speaker: string | null;
  plural: boolean;
}

export class AttributionContext {
  readonly registry: NameRegistry;
  private readonly sentenceCache = new Map<number, Sentence[]>();
  private readonly cueCache = new Map<Sentence, CueHit[]>();
  private readonly antecedentCache = new Map<Sentence, Antecedent[]>();

  constructor(
    readonly text: string,
    readonly masked: string,
    readonly paragraphs: Paragraph[],
  ) {
    this.registry = new NameRegistry(masked);
  }

  paragraphAt(pos: number): number {
    return lastAtOrBefore(this.paragraphs, pos, (p) => p.start);
  }

  sentencesOf(p: number): Sentence[] {
    let sentences = this.sentenceCache.get(p);
    if (!sentences) {
      sentences = splitSentences(this.masked, this.paragraphs[p]!, p);
      this.sentenceCache.set(p, sentences);
    }
    return sentences;
  }

  sentenceAt(pos: number): Sentence | null {
    const p = this.paragraphAt(pos);
    if (p < 0) return null;
    const sentences = this.sentencesOf(p);
    return sentences[lastAtOrBefore(sentences, pos, (s) => s.start)] ?? null;
  }

  nextSentence(s: Sentence): Sentence | null {
    return this.sentencesOf(s.para)[s.index + 1] ?? null;
  }

  previousSentence(s: Sentence): Sentence | null {
    if (s.index > 0) return this.sentencesOf(s.para)[s.index - 1] ?? null;
    for (let p = s.para - 1; p >= 0; p--) {
      const sentences = this.sentencesOf(p);
      if (sentences.length > 0) return sentences[sentences.length - 1]!;
    }
    return null;
  }

  /** Cue verbs of one sentence with their subjects resolved. */
  cuesOf(s: Sentence): CueHit[] {
    let cues = this.cueCache.get(s);
    if (!cues) {
      cues = this.findCues(s);
      this.cueCache.set(s, cues);
    }
    return cues;
  }

  /** Subjects only; speakers are resolved on demand (speakerOf) so that pronouns look back lazily. */
  private findCues(s: Sentence): CueHit[] {
    const cues: CueHit[] = [];
    let opener: Subject | null | undefined;
    const context = () => this.neighbourhood(s.para);
    for (const m of cueMatches(this.masked, s)) {
      const verb = m[0].toLowerCase();
      let subject = verb === 'according to' || verb === 'in a statement' ? null : subjectBefore(this.masked, m.index, s.start, context);
      if (!subject && INVERTIBLE.has(verb)) subject = subjectAfter(this.masked, m.index + m[0].length, s.end);
      if (!subject && isParticiple(verb)) subject = opener ??= sentenceSubject(this.masked, s.start, s.end);
      if (subject && /statement|declaration|communiqu/i.test(this.masked.slice(s.start, s.end))) subject = declared(subject, context);
      cues.push({ pos: m.index, end: m.index + m[0].length, verb, subject, speaker: undefined });
    }
    return cues;
  }

  speakerOf(cue: CueHit): string | null {
    if (cue.speaker === undefined) cue.speaker = cue.subject ? this.resolve(cue.subject, cue.pos) : null;
    return cue.speaker;
  }

  /** The paragraph and its neighbours, for context words ("summit", "NATO"). */
  private neighbourhood(p: number): string {
    const from = this.paragraphs[Math.max(0, p - 1)]!.start;
    const to = this.paragraphs[Math.min(this.paragraphs.length - 1, p + 1)]!.end;
    return this.masked.slice(from, Math.min(to, from + 6000));
  }

  /** Turn a subject into the speaker the page claims. */
  resolve(subject: Subject, pos: number): string | null {
    switch (subject.kind) {
      case 'role':
      case 'org':
        return subject.name;
      case 'unnamed':
        return null;
      case 'name':
        return canonicalSpeaker(subject.name) ?? this.registry.widen(subject.name, pos);
      case 'pronoun':
        return subject.name === 'he' || subject.name === 'she' || subject.name === 'they' ? this.antecedent(pos, subject.name === 'they') : null;
    }
  }

  /** Known people a sentence names as a subject: its opening name and the subjects of its cue verbs. */
  private antecedentsOf(s: Sentence): Antecedent[] {
    let found = this.antecedentCache.get(s);
    if (found) return found;
    found = [];
    const opener = sentenceSubject(this.masked, s.start, s.end);
    // "The former Norwegian prime minister … was firm. ‘…,’ he said": someone the page describes but
    // does not name here — "he" is that person, not whoever was named before.
    if (!opener && DESCRIBED_PERSON.test(this.masked.slice(s.start, s.start + 80))) found.push({ pos: s.start, speaker: null, plural: false });
    if (opener?.kind === 'name' && this.isKnownPerson(opener.name, s.start)) {
      const speaker = this.resolve(opener, s.start);
      found.push({ pos: s.start, speaker, plural: speaker === NATO_LEADERS || speaker === NAC }); // "Allies, he added, …"
    }
    for (const named of appositiveNames(this.masked, s)) {
      if (!found.some((a) => a.pos >= named.pos - 2)) found.push({ pos: named.pos, speaker: canonicalSpeaker(named.name) ?? this.registry.widen(named.name, named.pos), plural: false });
    }
    for (const cue of this.cuesOf(s)) {
      const subject = cue.subject;
      if (subject && subject.kind !== 'pronoun') found.push({ pos: cue.pos, speaker: this.speakerOf(cue), plural: subject.plural });
    }
    found.sort((a, b) => a.pos - b.pos);
    this.antecedentCache.set(s, found);
    return found;
  }

  isKnownPerson(name: string, pos: number): boolean {
    return name.includes(' ') || canonicalSpeaker(name) !== null || this.registry.widen(name, pos) !== name;
  }

  /** The last person (or group, for "they") named before `pos`, looking back a bounded distance. */
  private antecedent(pos: number, plural: boolean): string | null {
    for (let s = this.sentenceAt(pos); s && pos - s.end <= LIMITS.maxPronounChars; s = this.previousSentence(s)) {
      const candidates = this.antecedentsOf(s);
      for (let i = candidates.length - 1; i >= 0; i--) {
        const a = candidates[i]!;
        if (a.pos >= pos) continue;
        if (pos - a.pos > LIMITS.maxPronounChars) return null;
        if (a.plural === plural) return a.speaker === UNNAMED ? null : a.speaker;
      }
    }
    return null;
  }
}

export function buildContext(text: string, masked: string, paragraphs: Paragraph[]): AttributionContext {
  return new AttributionContext(text, masked, paragraphs);
}

// Pairs quote marks into spans, one paragraph at a time, in a single pass with a small stack.
// Handles nesting, mixed styles, multi-paragraph quotes, unclosed and unopened quotes.
import { countWords, hasWordChar, isWordChar, trimRange } from './chars';
import { LIMITS } from './limits';
import { endsSentenceAt, sentenceStartBefore, type Paragraph } from './paragraphs';
import { markAt, type Mark } from './quote-marks';
import type { RawSpan } from './spans';

interface Pairing {
  text: string;
  spans: RawSpan[];
  stack: Mark[];
  /** Chain a multi-paragraph quote continues into the next paragraph's first opening mark. */
  pending: { family: Mark['family']; chain: number } | null;
  chainOf: Map<Mark, number>;
  nextChain: number;
  /** Position after the last mark handled in this paragraph (bounds recovery look-back). */
  floor: number;
}

export function pairQuoteMarks(text: string, paragraphs: Paragraph[]): RawSpan[] {
  const state: Pairing = { text, spans: [], stack: [], pending: null, chainOf: new Map(), nextChain: 1, floor: 0 };
  const glyphs = new GlyphScanner(text);
  for (let p = 0; p < paragraphs.length && state.spans.length < LIMITS.maxQuotes * 2; p++) {
    const para = paragraphs[p]!;
    pairParagraph(state, para, paragraphs[p + 1], glyphs.marksIn(para));
  }
  return state.spans;
}

/** One forward regex pass over the whole text, handed out paragraph by paragraph. */
class GlyphScanner {
  private readonly re = /["'“”„‟″＂‘’‚‛«»‹›「」『』]/g;
  private next: RegExpExecArray | null;

  constructor(private readonly text: string) {
    this.next = this.re.exec(text);
  }

  marksIn(para: Paragraph): Mark[] {
    const marks: Mark[] = [];
    while (this.next && this.next.index < para.start) this.next = this.re.exec(this.text);
    while (this.next && this.next.index < para.end) {
      const mark = markAt(this.text, this.next.index);
      if (mark) marks.push(mark);
      this.next = this.re.exec(this.text);
    }
    return marks;
  }
}

/** For each single-family weak close: is there a strong single close later, before the next single opener? */
function strongCloseAhead(marks: Mark[]): boolean[] {
  const ahead = new Array<boolean>(marks.length).fill(false);
  let seen = false;
  for (let k = marks.length - 1; k >= 0; k--) {
    ahead[k] = seen;
    const m = marks[k]!;
    if (m.family !== 'single') continue;
    if (m.canOpen && !m.canClose) seen = false;
    else if (m.canClose && !m.weak) seen = true;
  }
  return ahead;
}

function pairParagraph(state: Pairing, para: Paragraph, next: Paragraph | undefined, marks: Mark[]): void {
  const ahead = strongCloseAhead(marks);
  state.stack = [];
  state.floor = para.start;
  for (let k = 0; k < marks.length; k++) {
    const mark = marks[k]!;
    dropStale(state, mark.pos);
    handleMark(state, mark, para, ahead[k] ?? false);
    state.floor = mark.pos + 1;
  }
  finishParagraph(state, para, next);
}

function dropStale(state: Pairing, pos: number): void {
  while (state.stack.length > 0 && pos - state.stack[0]!.pos > LIMITS.maxQuoteChars) state.stack.shift();
}

function closes(opener: Mark, mark: Mark): boolean {
  if (opener.family !== mark.family || !mark.canClose) return false;
  if (opener.family === 'angle' || opener.family === 'angle1') return opener.glyph !== mark.glyph;
  return true;
}

function handleMark(state: Pairing, mark: Mark, para: Paragraph, betterCloseAhead: boolean): void {
  const { stack } = state;
  let k = stack.length - 1;
  while (k >= 0 && !closes(stack[k]!, mark)) k--;
  if (k >= 0 && !(mark.weak && betterCloseAhead)) {
    const opener = stack[k]!;
    stack.length = k;
    if (k === 0) emit(state, opener.pos + 1, mark.pos, opener.pos, mark.pos, 'marks', state.chainOf.get(opener));
    return;
  }
  if (mark.canOpen && stack.length < LIMITS.maxDepth) {
    if (mark.family === 'double') closeOpenDouble(state, mark);
    if (state.pending && stack.length === 0 && state.pending.family === mark.family) {
      state.chainOf.set(mark, state.pending.chain);
    }
    state.pending = null;
    stack.push(mark);
    return;
  }
  if (stack.length === 0 && mark.canClose && mark.family !== 'single' && mark.glyph !== '″') recover(state, mark, para);
}

/** A second double opening mark while one is open: the first quote was left unclosed. */
function closeOpenDouble(state: Pairing, mark: Mark): void {
  const k = state.stack.findIndex((m) => m.family === 'double');
  if (k < 0) return;
  const opener = state.stack[k]!;
  state.stack.length = k;
  if (k === 0) emit(state, opener.pos + 1, mark.pos, opener.pos, -1, 'unclosed', state.chainOf.get(opener));
}

/** A closing mark with no opening one ("…the use.” We want…"): take the sentence it ends. */
function recover(state: Pairing, mark: Mark, para: Paragraph): void {
  const { text } = state;
  const prev = text[mark.pos - 1];
  if (!(isWordChar(prev) || '.,!?…;)]'.includes(prev ?? '')) || /\d/.test(prev ?? '')) return;
  const floor = Math.max(para.start, state.floor, mark.pos - LIMITS.maxRecoverChars);
  const start = sentenceStartBefore(text, mark.pos, floor);
  if (countWords(text.slice(start, mark.pos)) >= 3) emit(state, start, mark.pos, -1, mark.pos, 'recovered');
}

function finishParagraph(state: Pairing, para: Paragraph, next: Paragraph | undefined): void {
  dropStale(state, para.end);
  const opener = state.stack[0];
  state.stack = [];
  if (!opener) return;
  const nextMark = next ? markAt(state.text, next.start) : null;
  if (nextMark && nextMark.canOpen && nextMark.family === opener.family) {
    const chain = state.chainOf.get(opener) ?? state.nextChain++;
    emit(state, opener.pos + 1, para.end, opener.pos, -1, 'continued', chain);
    state.pending = { family: opener.family, chain };
    return;
  }
  if (opener.family !== 'single') emit(state, opener.pos + 1, para.end, opener.pos, -1, 'unclosed', state.chainOf.get(opener));
}

function emit(state: Pairing, from: number, to: number, open: number, close: number, origin: RawSpan['origin'], chain?: number): void {
  const [start, trimmedEnd] = trimRange(state.text, from, to);
  let end = trimmedEnd;
  if (origin === 'unclosed') end = trimToSentence(state.text, start, end);
  if (end <= start || !hasWordChar(state.text, start, end)) return;
  if (origin === 'marks' && state.stack.length === 0 && open >= 0 && state.text[open] !== '"' && isTiny(state.text, start, end, open)) return;
  state.spans.push({ start, end, open, close, origin, chain });
}

/** One-letter single-quoted bits ('n', ‘s’) are not quotations. */
function isTiny(text: string, start: number, end: number, open: number): boolean {
  const glyph = text[open];
  return (glyph === "'" || glyph === '‘') && end - start < 2;
}

/** An unclosed quote stops at its last complete sentence when more words trail after it. */
function trimToSentence(text: string, start: number, end: number): number {
  for (let i = end - 1; i > start; i--) {
    if (endsSentenceAt(text, i, end)) return i + 1;
  }
  return end;
}

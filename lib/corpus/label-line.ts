/**
 * Speaker labels at the start of a transcript line: "SECRETARY BLINKEN:  Good afternoon.",
 * White House "Q    Mr. President, …", or a name alone on its line ("Jonathan Beale (BBC)").
 */
import { JOURNALIST, type LabelContext, type SpeakerRef, anonymousQuestion, namesSomeone, speakerFromLabel } from './labels';

export interface LabelledLine {
  ref: SpeakerRef;
  /** Text on the same line after the label ('' when the label stands alone). */
  rest: string;
}

/** Who a standalone line names when the whole line is a label. */
function standaloneLabel(line: string, ctx: LabelContext): SpeakerRef | null {
  if (/[.,;:?!…”’"\-–—]$/u.test(line) || line.length > 80) return null;
  const ref = speakerFromLabel(line, ctx);
  if (!ref) return null;
  // Bare lines are only labels when they name someone, not when they are a heading in capitals.
  const anonymous = ref.speaker === JOURNALIST && !/\(|,/u.test(line);
  return !anonymous && namesSomeone(line, ctx) ? ref : null;
}

/** Reads a speaker label at the start of a line, or returns null when the line is plain text. */
export function parseLabelLine(rawLine: string, ctx: LabelContext): LabelledLine | null {
  const line = rawLine.replace(/\u00a0/gu, ' ').trim();
  const q = /^Q(?:\s{2,}|:\s*)(.*)$/u.exec(line);
  if (q) return { ref: anonymousQuestion(), rest: q[1] ?? '' };
  const colon = /^([^:]{1,80}?):(?:\s+(.*))?$/u.exec(line);
  if (colon) {
    const ref = speakerFromLabel(colon[1] ?? '', ctx);
    return ref ? { ref, rest: (colon[2] ?? '').trim() } : null;
  }
  const ref = standaloneLabel(line, ctx);
  return ref ? { ref, rest: '' } : null;
}

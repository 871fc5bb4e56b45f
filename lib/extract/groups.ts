// Group ids: the paragraphs of one multi-paragraph quote or transcript turn, and quotes split
// by an attribution ("“…,” he said. “…”"), share a group.
import { outerEnd, outerStart } from './attribute';
import { countWords, MASK } from './chars';
import type { AttributionContext } from './context';
import { CUE_RE } from './cue-words';
import type { RawSpan } from './spans';
import type { ExtractedQuote } from './types';

const MAX_GAP = 120;

function splitByAttribution(ctx: AttributionContext, a: RawSpan, b: RawSpan): boolean {
  const gap = ctx.masked.slice(outerEnd(a), outerStart(b));
  if (gap.length > MAX_GAP || gap.includes(MASK) || gap.includes('\n')) return false;
  // Only an attribution between them: ", he said. " / " Stoltenberg said, " — no sentence of its own before it.
  if (!/[,.;:—–-]\s*$/.test(gap) || countWords(gap) > 8) return false;
  CUE_RE.lastIndex = 0;
  const cue = CUE_RE.exec(gap);
  return !!cue && !/[.!?]/.test(gap.slice(0, cue.index));
}

export function assignGroups(ctx: AttributionContext, spans: RawSpan[], quotes: ExtractedQuote[]): void {
  let next = 1;
  const byChain = new Map<number, number>();
  quotes.forEach((quote, i) => {
    const span = spans[i]!;
    if (quote.kind === 'term') return;
    if (span.chain !== undefined) {
      const group = byChain.get(span.chain) ?? next++;
      byChain.set(span.chain, group);
      quote.group = group;
      return;
    }
    const prev = quotes[i - 1];
    if (prev && prev.kind !== 'term' && prev.speaker === quote.speaker && splitByAttribution(ctx, spans[i - 1]!, span)) {
      quote.group = prev.group ?? (prev.group = next++);
    }
  });
}

/**
 * The halves of a split statement are statements: “But we will continue …,” said Stoltenberg,
 * “because Ukraine has …” and “The alliance,” he said, “is united.”
 */
export function promoteSplitContinuations(quotes: ExtractedQuote[]): void {
  for (let i = 1; i < quotes.length; i++) {
    const q = quotes[i]!;
    const prev = quotes[i - 1]!;
    if (q.group === undefined || prev.group !== q.group) continue;
    if (q.kind === 'fragment' && prev.kind === 'statement') q.kind = 'statement';
    else if (prev.kind === 'fragment' && q.kind === 'statement' && /^[\p{Lu}\d[…]/u.test(prev.text)) prev.kind = 'statement';
  }
}

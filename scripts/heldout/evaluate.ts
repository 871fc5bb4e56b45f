// End-to-end quality on the held-out pages: extraction (text or DOM, as the CLI does it),
// then matching, against the hand-written labels. Used by scripts/eval-heldout.ts and
// tests/unit/heldout.test.ts.
import { extractQuotesFromHtml } from '../../cli/html';
import { extractQuotesFromText } from '../../lib/extract/index';
import type { ExtractedQuote } from '../../lib/extract/types';
import type { Statement } from '../../lib/corpus/schema';
import { detailedMatcher, metricsOf, type LabelledQuote, type Metrics, type Outcome } from '../../lib/match/evaluate';
import { loadHeldout, type HeldoutQuote, type LoadedPage } from './labels';
import { overlap, pairQuotes, PAIR_MIN_OVERLAP, sameSpeakerLoose } from './pair';

export interface ExtractionCounts {
  gold: number;
  predicted: number;
  matched: number;
  speakerRight: number;
  kindPaired: number;
  kindRight: number;
  /** Kind agreement once the project's golden-file convention is applied to the labels (see conventionalKind). */
  kindRightByConvention: number;
}

export interface HeldoutReport {
  extraction: ExtractionCounts;
  /** Matching the LABELLED text with the labelled speaker: the matcher alone. */
  matchOnLabels: Metrics;
  /** Matching what extraction found, with the speaker it found (missed quotes count as not-found). */
  endToEnd: Metrics;
  errors: string[];
}

const isSpeech = (k: string) => k === 'statement' || k === 'fragment';
const cut = (t: string) => (t.length > 80 ? `${t.slice(0, 77)}…` : t).replace(/\s+/g, ' ');

function extract(page: LoadedPage): ExtractedQuote[] {
  const found = page.html ? extractQuotesFromHtml(page.content) : extractQuotesFromText(page.content);
  return found.filter((q) => !page.ignore.some((t) => overlap(t, q.text) >= PAIR_MIN_OVERLAP));
}

function toLabelled(page: string, q: HeldoutQuote, n: number, text = q.text, speaker = q.speaker): LabelledQuote {
  const expect = q.expect ?? { statementIds: [], verdict: 'not-found' as const };
  return { id: `${page}#${n}`, group: 'sample', origin: page, text, speaker, expect, split: 'holdout', note: q.note };
}

export function evaluateHeldout(statements: Statement[], pages: LoadedPage[] = loadHeldout()): HeldoutReport {
  const match = detailedMatcher(statements);
  const ex: ExtractionCounts = { gold: 0, predicted: 0, matched: 0, speakerRight: 0, kindPaired: 0, kindRight: 0, kindRightByConvention: 0 };
  const onLabels: Outcome[] = [];
  const endToEnd: Outcome[] = [];
  const errors: string[] = [];
  for (const page of pages) {
    const predicted = extract(page);
    const { byLabel, unpaired, parts } = pairQuotes(page.quotes, predicted);
    ex.predicted += predicted.filter((p, i) => isSpeech(p.kind) && !parts.includes(i)).length;
    page.quotes.forEach((q, n) => {
      const p = byLabel[n]! >= 0 ? predicted[byLabel[n]!]! : null;
      const tag = `${page.name} “${cut(q.text)}”`;
      if (p) {
        ex.kindPaired++;
        if (p.kind === q.kind) ex.kindRight++;
        if (p.kind === conventionalKind(q)) ex.kindRightByConvention++;
        else errors.push(`kind     ${conventionalKind(q)} → ${p.kind}: ${tag}`);
      }
      if (!isSpeech(q.kind)) {
        if (p && isSpeech(p.kind)) errors.push(`extra    term extracted as ${p.kind}: ${tag}`);
        return;
      }
      ex.gold++;
      if (!p || !isSpeech(p.kind)) errors.push(`missed   ${tag}${p ? ` (found as ${p.kind})` : ''}`);
      else {
        ex.matched++;
        if (sameSpeakerLoose(p.speaker, q.speaker)) ex.speakerRight++;
        else errors.push(`speaker  ${p.speaker ?? 'null'} ≠ ${q.speaker ?? 'null'}: ${tag}`);
      }
      const labelled = toLabelled(page.name, q, n);
      onLabels.push(runOne(match, labelled));
      endToEnd.push(p && isSpeech(p.kind) ? runOne(match, { ...labelled, text: p.text, speaker: p.speaker }) : missed(labelled));
    });
    for (const i of unpaired) {
      const p = predicted[i]!;
      if (isSpeech(p.kind)) errors.push(`extra    ${p.kind} by ${p.speaker ?? 'null'}: ${page.name} “${cut(p.text)}”`);
    }
  }
  return { extraction: ex, matchOnLabels: metricsOf(onLabels), endToEnd: metricsOf(endToEnd), errors };
}

/**
 * The golden files' convention (tests/fixtures/extract, "reviewed"): a quoted passage of 12 or
 * more words is a statement even inside the reporter's sentence. The held-out labels called
 * some of those fragments; this reads them by the project's rule.
 */
function conventionalKind(q: HeldoutQuote): HeldoutQuote['kind'] {
  return q.kind === 'fragment' && q.text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length >= 12 ? 'statement' : q.kind;
}

function runOne(match: ReturnType<typeof detailedMatcher>, item: LabelledQuote): Outcome {
  const found = match(item.text, item.speaker);
  return { item, match: found?.match ?? null, evidence: found?.evidence ?? null, verdict: found?.match.verdict ?? 'not-found' };
}

function missed(item: LabelledQuote): Outcome {
  return { item, match: null, evidence: null, verdict: 'not-found' };
}

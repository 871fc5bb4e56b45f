// One quote → QuoteMatch: retrieve, align, detect stitching, then score, verdict, diff,
// attribution and context.
import type { Statement } from '../corpus/schema';
import type { Step } from './align';
import { assemble, informationOf, keptSteps, matchedInformationOf } from './assemble';
import { attributionFor } from './attribution';
import { bestAlignment } from './best-alignment';
import { prepareQuote } from './quote-side';
import type { StatementIndex } from './shingle-index';
import { sourceContext, spanFacts, type SpanFacts } from './span';
import { findStitch, type Stitch } from './stitch';
import type { QuoteMatch } from './types';
import { flagsFor, THRESHOLDS, verdictFor, type VerdictInput } from './verdict';
import { WILD } from './vocab';

function emptyMatch(): QuoteMatch {
  return {
    verdict: 'not-found', score: 0, flags: [], statementId: '', speaker: '', date: '', event: '', url: '',
    sourceText: '', attribution: 'unattributed', diff: [], role: '', kind: '', place: '', origin: 'bundled',
    context: { before: [], after: [] }, statementIds: [],
  };
}

function describeSource(statement: Statement): Pick<QuoteMatch, 'statementId' | 'speaker' | 'date' | 'event' | 'url' | 'role' | 'kind' | 'place' | 'origin'> {
  const { id, speaker, date, event, url, role, kind, place, origin } = statement;
  return { statementId: id, speaker, date, event, url, role, kind, place, origin };
}

/** Source text of the span; for a stitched quote both pieces, in the quote's order. */
function spanText(main: SpanFacts, piece: SpanFacts | null, stitch: Stitch | null, kept: Step[]): string {
  if (!piece || !stitch) return main.text;
  const firstKept = kept.find((st) => st.op === 'same')?.q ?? 0;
  return stitch.from < firstKept ? `${piece.text} … ${main.text}` : `${main.text} … ${piece.text}`;
}

export interface DetailedMatch {
  match: QuoteMatch;
  /** What the verdict was decided from (for calibration and explanations). */
  evidence: VerdictInput | null;
}

/** The full match of one quote, or null when it has no words to check. */
export function matchQuote(index: StatementIndex, text: string, claimedSpeaker: string | null): QuoteMatch | null {
  return matchQuoteDetailed(index, text, claimedSpeaker)?.match ?? null;
}

export function matchQuoteDetailed(index: StatementIndex, text: string, claimedSpeaker: string | null): DetailedMatch | null {
  const quote = prepareQuote(text, index.vocab);
  if (quote.wordCount === 0) return null;
  const best = bestAlignment(index, quote, claimedSpeaker);
  if (!best || best.alignment.spanStart < 0) return { match: emptyMatch(), evidence: null };
  const stitch = best.alignment.score < 1 ? findStitch(index, quote, best) : null;
  const result = assemble(index, quote, best, stitch);
  const kept = keptSteps(best, stitch);
  const span = spanFacts(index, best.window, kept);
  const piece = stitch ? spanFacts(index, stitch.piece.window, stitch.piece.alignment.steps) : null;
  const information = informationOf(index, quote);
  const sharedSteps = stitch ? [...kept, ...stitch.piece.alignment.steps] : kept;
  const input: VerdictInput = {
    alignment: { ...result.exactCounts, score: result.score },
    hasEditorial: quote.side.ids.includes(WILD),
    stitched: stitch !== null,
    meaningChanged: result.meaningChanged,
    wordCount: quote.wordCount,
    information,
    matchedInformation: matchedInformationOf(index, quote, sharedSteps),
    speakerOutsideCorpus: claimedSpeaker !== null && claimedSpeaker.trim() !== '' && !index.speakers.has(claimedSpeaker),
  };
  const primary = index.slots[span.primarySlot]!.statement;
  const attribution = attributionFor(claimedSpeaker, primary.speaker);
  input.creditedElsewhere = attribution === 'differs';
  const pieceFirst = stitch !== null && stitch.from < (kept.find((st) => st.op === 'same')?.q ?? 0);
  const ordered = pieceFirst ? [...piece!.slots, ...span.slots] : [...span.slots, ...(piece?.slots ?? [])];
  const ids = ordered.map((s) => index.slots[s]!.statement.id);
  const match: QuoteMatch = {
    verdict: verdictFor(input),
    score: Math.round(result.score * 1000) / 1000,
    flags: flagsFor({ ...input, fragment: span.fragment && !stitch && result.score >= THRESHOLDS.altered, imported: primary.origin === 'imported' }),
    ...describeSource(primary),
    sourceText: spanText(span, piece, stitch, kept),
    attribution,
    diff: result.diff,
    context: sourceContext(index, span.slots),
    statementIds: [...new Set(ids)],
    information: Math.round(information * 100) / 100,
  };
  return { match, evidence: input };
}

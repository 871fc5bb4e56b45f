/**
 * Hand-written checks for what reaches the content script. zod would add ~60 kB to a bundle
 * whose budget is 50 kB, so the content script validates the few shapes it receives here,
 * and the background/popup validate every message with the zod schemas of services/messaging.ts.
 */
import type { QuoteMatch } from '@/lib/match/types';
import type { PageSettings, ScannedQuote } from '@/services/messaging';

type Obj = Record<string, unknown>;

export const isObject = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const isString = (v: unknown): v is string => typeof v === 'string';
const isStringArray = (v: unknown): v is string[] => Array.isArray(v) && v.every(isString);
const VERDICTS = ['verbatim', 'close', 'altered', 'not-found'];
const ATTRIBUTIONS = ['agrees', 'differs', 'unattributed'];
const OPS = ['same', 'added', 'dropped', 'changed'];

export function isQuoteMatch(v: unknown): v is QuoteMatch {
  if (!isObject(v)) return false;
  const strings = ['statementId', 'speaker', 'date', 'event', 'url', 'sourceText', 'role', 'kind', 'place', 'origin'];
  if (!strings.every((k) => isString(v[k]))) return false;
  if (!VERDICTS.includes(v.verdict as string) || !ATTRIBUTIONS.includes(v.attribution as string)) return false;
  if (typeof v.score !== 'number' || !(v.score >= 0 && v.score <= 1) || !isStringArray(v.flags)) return false;
  const ctx = v.context;
  if (!isObject(ctx) || !isStringArray(ctx.before) || !isStringArray(ctx.after)) return false;
  return Array.isArray(v.diff) && v.diff.every((d) => isObject(d) && OPS.includes(d.op as string) && isString(d.quote) && isString(d.source));
}

const KINDS = ['statement', 'fragment', 'term'];
const isNullableString = (v: unknown): v is string | null => v === null || isString(v);

/** One quote of a scanText reply (services/messaging.ts ScannedQuote). */
export function isScannedQuote(v: unknown): v is ScannedQuote {
  return (
    isObject(v) &&
    Number.isInteger(v.start) &&
    Number.isInteger(v.end) &&
    isString(v.key) &&
    isString(v.text) &&
    isNullableString(v.speaker) &&
    isNullableString(v.speakerCue) &&
    KINDS.includes(v.kind as string) &&
    (v.match === null || isQuoteMatch(v.match))
  );
}

export function isScanReply(v: unknown): v is { segments: ScannedQuote[][] } {
  return isObject(v) && Array.isArray(v.segments) && v.segments.every((s) => Array.isArray(s) && s.every(isScannedQuote));
}

export const isOk = (v: unknown): v is { ok: true } => isObject(v) && v.ok === true;

export function isPageSettings(v: unknown): v is PageSettings {
  return (
    isObject(v) &&
    typeof v.scan === 'boolean' &&
    typeof v.automatic === 'boolean' &&
    isString(v.host) &&
    ['underline', 'background', 'outline'].includes(v.highlightStyle as string)
  );
}

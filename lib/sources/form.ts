/**
 * The import form: what a user must give for a source, validated with zod, with one clear
 * message per field so the page can show it next to that field.
 */
import { z } from 'zod';
import { MAX_FIELD_CHARS, MAX_TEXT_CHARS, MAX_TEXT_WORDS, MIN_TEXT_WORDS, countWords, formatCount } from './limits';

export const FIELD_NAMES = ['title', 'speaker', 'date', 'kind', 'place', 'url', 'text'] as const;
export type FieldName = (typeof FIELD_NAMES)[number];
export type FieldErrors = Partial<Record<FieldName, string>>;

function isRealDate(s: string): boolean {
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().startsWith(s);
}

function isWebUrl(s: string): boolean {
  try {
    const u = new URL(s);
    return (u.protocol === 'http:' || u.protocol === 'https:') && u.hostname.length > 0;
  } catch {
    return false;
  }
}

const text = (field: string, max: number) =>
  z
    .string({ error: `${field} is missing` })
    .trim()
    .min(1, `${field} is missing`)
    .max(max, `${field} is too long (at most ${max} characters)`);

export const SourceText = z
  .string({ error: 'The text is missing' })
  .max(MAX_TEXT_CHARS, `The text is too large (over ${formatCount(MAX_TEXT_CHARS, 'characters')}); split it into several sources`)
  .refine((s) => !s.includes('\u0000'), 'This looks like a binary file (PDF, Word…), not text: save it as .txt or .html first')
  .refine((s) => s.trim().length > 0, 'The text is empty: paste the transcript or choose a file')
  .refine((s) => countWords(s) >= MIN_TEXT_WORDS, `The text is too short to check quotes against (at least ${MIN_TEXT_WORDS} words)`)
  .refine((s) => countWords(s) <= MAX_TEXT_WORDS, `The text is too long (over ${formatCount(MAX_TEXT_WORDS, 'words')}); split it into several sources`);

/** Metadata of a source: the same facts a corpus source file header gives. */
export const SourceMetadata = z.object({
  title: text('The event title', MAX_FIELD_CHARS.title),
  /** One or more names separated by ';' for joint events, as in corpus source headers. */
  speaker: text('The speaker', MAX_FIELD_CHARS.speaker).refine(
    (s) => s.split(';').some((n) => /\p{L}/u.test(n)),
    'The speaker needs a name (several names: separate them with ";")',
  ),
  date: z
    .string({ error: 'The date is missing' })
    .trim()
    .min(1, 'The date is missing')
    .regex(/^\d{4}-\d{2}-\d{2}$/, 'Enter the date as YYYY-MM-DD, e.g. 2023-07-11')
    .refine(isRealDate, 'This is not a real calendar date')
    // A transcript cannot be from the future: most likely a typo in the year (a day's slack for time zones).
    .refine((s) => Date.parse(`${s}T00:00:00Z`) <= Date.now() + 86_400_000, 'This date is in the future: check the year'),
  kind: text('The kind', MAX_FIELD_CHARS.kind),
  place: z.string().trim().max(MAX_FIELD_CHARS.place, `The place is too long (at most ${MAX_FIELD_CHARS.place} characters)`).default(''),
  url: text('The link to the transcript', MAX_FIELD_CHARS.url).refine(isWebUrl, 'Enter the web address of the transcript, starting with http:// or https://'),
});
export type SourceMetadata = z.infer<typeof SourceMetadata>;

export const SourceForm = SourceMetadata.extend({ text: SourceText });
export type SourceForm = z.infer<typeof SourceForm>;

export type Validated<T> = { ok: true; value: T } | { ok: false; errors: FieldErrors };

/** Field-by-field errors from a zod error: the first message for each field. */
export function fieldErrors(error: z.ZodError): FieldErrors {
  const errors: FieldErrors = {};
  for (const issue of error.issues) {
    const field = issue.path[0];
    if (typeof field === 'string' && (FIELD_NAMES as readonly string[]).includes(field)) {
      errors[field as FieldName] ??= issue.message;
    }
  }
  return errors;
}

/** Anything that is not an object is read as an empty form, so every field gets its message. */
const asForm = (input: unknown): unknown => (typeof input === 'object' && input !== null && !Array.isArray(input) ? input : {});

export function validateSourceForm(input: unknown): Validated<SourceForm> {
  const parsed = SourceForm.safeParse(asForm(input));
  return parsed.success ? { ok: true, value: parsed.data } : { ok: false, errors: fieldErrors(parsed.error) };
}

export function validateMetadata(input: unknown): Validated<SourceMetadata> {
  const parsed = SourceMetadata.safeParse(asForm(input));
  return parsed.success ? { ok: true, value: parsed.data } : { ok: false, errors: fieldErrors(parsed.error) };
}

import { z } from 'zod';

/** ISO calendar date, checked for being a real day (2022-02-30 fails). */
export const IsoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'expected YYYY-MM-DD')
  .refine((s) => {
    const d = new Date(`${s}T00:00:00Z`);
    return !Number.isNaN(d.getTime()) && d.toISOString().startsWith(s);
  }, 'not a real calendar date');

/** Where a statement comes from: the bundled, verified corpus or a source the user imported. */
export const StatementOrigin = z.enum(['bundled', 'imported']);
export type StatementOrigin = z.infer<typeof StatementOrigin>;

/**
 * One sentence (or short passage) of an official source, attributed to the person or
 * body that said it. `docId` + `ordinal` let matching rejoin neighbouring sentences.
 */
export const Statement = z.object({
  /** Stable across rebuilds: `${docId}:${ordinal padded to 4}`; never derived from array order. */
  id: z.string().min(1),
  docId: z.string().min(1),
  /** Position of this statement within its document, counting every passage kept (0-based). */
  ordinal: z.number().int().nonnegative(),
  /** Canonical speaker name (see lib/speakers.ts). */
  speaker: z.string().min(1),
  /** The speaker's role at the time, e.g. "NATO Secretary General". */
  role: z.string(),
  date: IsoDate,
  /** The document title. */
  event: z.string().min(1),
  kind: z.string().min(1),
  place: z.string(),
  /** official_url from the header when present, else url. */
  url: z.string().url(),
  text: z.string().min(1),
  origin: StatementOrigin.default('bundled'),
});
export type Statement = z.infer<typeof Statement>;

export const Corpus = z.object({
  version: z.literal(1),
  builtFrom: z.number().int().nonnegative(),
  statements: z.array(Statement),
});
export type Corpus = z.infer<typeof Corpus>;

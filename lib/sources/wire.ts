/** Shapes of the sources messages (services/messaging.ts protocol entries `sources*`). */
import { z } from 'zod';
import { FIELD_NAMES } from './form';
import { ImportedSource } from './record';

export const SourceSummarySchema = ImportedSource.omit({ text: true }).extend({
  words: z.number().int().nonnegative(),
  statements: z.number().int().nonnegative(),
});

export const FieldErrorsSchema = z.partialRecord(z.enum(FIELD_NAMES), z.string());

/** Result of adding or editing a source: the new summary, or a message per field. */
export const SourceChangeResult = z.union([
  z.object({ ok: z.literal(true), source: SourceSummarySchema }),
  z.object({ ok: z.literal(false), errors: FieldErrorsSchema }),
]);

export const SourcesListResult = z.object({
  sources: z.array(SourceSummarySchema),
  /** Stored sources that could not be loaded (set aside in quarantine), as readable lines. */
  problems: z.array(z.string()),
});

/** The text of the page in a tab, for "add this page as a source". */
export const PageTextResult = z.object({
  url: z.string().max(4096),
  title: z.string().max(2000),
  text: z.string(),
  /** What the page declares about itself (lib/sources/html.ts metadataOfDocument). */
  fields: z.object({ title: z.string().optional(), url: z.string().optional(), date: z.string().optional() }),
});

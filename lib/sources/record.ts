/** An imported source as stored: the raw text and its metadata. Statements are derived at load. */
import { z } from 'zod';
import { SourceMetadata, SourceText } from './form';
import { IMPORTED_ID_RE } from './doc-id';

export const ImportedSource = SourceMetadata.extend({
  docId: z.string().regex(IMPORTED_ID_RE, 'not an imported source id'),
  text: SourceText,
  /** Epoch ms. */
  addedAt: z.number().int().nonnegative(),
  updatedAt: z.number().int().nonnegative(),
  /** The file it came from, if any (shown in the list). */
  fileName: z.string().max(300).optional(),
});
export type ImportedSource = z.infer<typeof ImportedSource>;

/** What the list shows: everything but the (large) text. */
export interface SourceSummary extends Omit<ImportedSource, 'text'> {
  words: number;
  statements: number;
}

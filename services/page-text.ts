/**
 * Content-script side of "add this page as a source": the page's text (tags stripped the same
 * way as an imported .html file) and what it declares about itself. Zod-free on purpose: the
 * content script keeps zod out of its bundle; the sources page validates the reply.
 */
import type { TabRequestOf, TabResponseOf } from './messaging';
import { metadataOfDocument, textOfDocument } from '../lib/sources/html';
import { MAX_TEXT_CHARS } from '../lib/sources/limits';

export const pageTextHandler = {
  accept: (p: unknown): p is TabRequestOf<'pageText'> => typeof p === 'object' && p !== null,
  run: (): TabResponseOf<'pageText'> => ({
    url: location.href.slice(0, 4096),
    title: document.title.slice(0, 2000),
    text: textOfDocument(document).slice(0, MAX_TEXT_CHARS),
    fields: metadataOfDocument(document),
  }),
};

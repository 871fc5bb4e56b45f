export { MAX_TEXT_CHARS, MAX_TEXT_WORDS, countWords } from './limits';
export {
  FIELD_NAMES, SourceForm, SourceMetadata, SourceText, validateSourceForm, validateMetadata, fieldErrors,
  type FieldName, type FieldErrors, type Validated,
} from './form';
export { prefillFromText, type Prefill } from './header';
export { prefillFromHtml, textOfDocument, textOfNode, metadataOfDocument, type HtmlParser, type DocumentLike, type NodeLike } from './html';
export { importedDocId, isImportedDocId, slugify, textHash, IMPORTED_ID_RE } from './doc-id';
export { ImportedSource, type SourceSummary } from './record';
export { canonicalSpeaker, canonicalSpeakerLine } from './speakers';
export { importedStatements, statementsOfSources, toSourceDocument, type ImportableDocument } from './statements';
export { addSource, deriveStatements, indexProblem, updateMetadata, removeSource, mergeSources, summarise, type Change, type MergeResult } from './collection';
export { exportSources, exportFileName, parseSourcesFile, SOURCES_FILE_FORMAT, type ParsedSourcesFile, type Skipped } from './transfer';
export { readStoredSources, toStored, SOURCES_STORAGE_VERSION, type StoredSources, type RejectedSource } from './stored';
export { SourceSummarySchema, FieldErrorsSchema, SourceChangeResult, SourcesListResult, PageTextResult } from './wire';
export { OWN_SOURCE_LABEL, OWN_SOURCE_NOTE, isOwnSource } from './label';
export { guessKind, guessSpeaker, withGuesses } from './guess';

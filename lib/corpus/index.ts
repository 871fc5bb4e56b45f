export { buildCorpus, type SourceFile } from './build';
export { parseSource, docIdFromName, SourceError, SourceHeader, type SourceDocument } from './source';
export { statementsFromDocument, statementId, type StatementOptions } from './statements';
export { speakerFromLabel, type SpeakerRef, type LabelContext } from './labels';
export { parseLabelLine, type LabelledLine } from './label-line';
export { ISSUING_BODIES, KNOWN_DOCUMENT_SPEAKERS, NATO_FOREIGN_MINISTERS, knownRole } from './bodies';

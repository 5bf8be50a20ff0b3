// The importer (issue 15, in progress): the agreements people already have, read into .dpa
// models. `source.ts` is the shape every reader produces.
export type { HeadingBlock, ListItemBlock, ParagraphBlock, SourceBlock, SourceDocument, SourceFormat, SourceLocation, TableBlock } from './source.js';
export { IMPORT_LIMITS, ImportError, readSource, SOURCE_EXTENSIONS, sourceFormat, type ImportErrorCode } from './read/index.js';

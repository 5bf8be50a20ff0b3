// The importer (issue 15): the agreements people already have, read into .dpa models.
// `source.ts` is the shape every reader produces; `recognise/` turns it into a .dpa agreement.
export type { HeadingBlock, ListItemBlock, ParagraphBlock, SourceBlock, SourceDocument, SourceFormat, SourceLocation, TableBlock } from './source.js';
export { IMPORT_LIMITS, ImportError, readSource, SOURCE_EXTENSIONS, sourceFormat, type ImportErrorCode } from './read/index.js';
export { importAgreement, type Destination, type ImportFacts, type ImportOptions, type Placement } from './recognise/index.js';

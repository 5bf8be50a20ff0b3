export * from './generated/ast.js';
export { DpaLanguageMetaData } from './generated/module.js';
export { createDpaServices, DpaModule, makeParsers, type DpaServices, type DpaAddedServices } from './dpa-module.js';
export { DpaSettings } from './settings.js';
export * from './countries.js';
export * from './transfers.js';
export * from './messages.js';
export * from './i18n/index.js';
export { LANGUAGE_MESSAGES } from './i18n/texts.js';
export { compilePattern, compiledPatterns, findPatternMatches, withoutOverlaps, type CompiledPattern, type TextMatch } from './validation/text/patterns.js';
export { fillPlaceholders, findPlaceholders, type PlaceholderMatch } from './validation/text/placeholders.js';
export * from './workspace.js';
export * from './template-fill.js';
export * from './template-choices.js';
export { clauseKeyword, findReferences, fillReferences, referenceNames, resolveReference, type ReferenceMatch, type ReferenceTarget } from './references.js';
export { contactFor, generalContact, hasContactPoint } from './party-contacts.js';
export { implementedRules, RULE_OWNERS } from './validation/modules.js';
// What the rules read, for the generated docs/rules.md: the prose table and the kinds of text.
export { PROSE_CHECKS } from './validation/checks.js';
export type { ProseEntry } from './validation/prose.js';
export { textKindOf, textTokens, type TextKind, type TextToken } from './validation/text/index.js';
export type { CheckContext, RuleOwner } from './validation/check-module.js';
export { isFixData, type Fix, type FixData } from './validation/fixes.js';
export { ART28_ELEMENTS, providedElements, shortfalls, type Art28Element } from './validation/art28.js';
export { glossaryEntry, type GlossaryEntry } from './glossary.js';
export { DpaExtensions } from './lsp/extensions.js';
export { guardConnection, type DocumentLookup } from './lsp/guarded-connection.js';
export { isFullyChecked, VALIDATION_FAILED, VALIDATION_SKIPPED, TOO_MANY_FINDINGS } from './validation/incomplete.js';
export * from './model-facts.js';
export { declaresEnglish, hasEnglishVersion } from './translations.js';
export { parsePlaybook, PLAYBOOK_FILE_NAMES, PlaybookSource, type LoadedPlaybook, type Playbook } from './playbook/index.js';
export { isReviewDefect, reviewImport, type ElementStatus, type ImportTrace, type Review, type ReviewDefect, type ReviewedElement } from './review.js';
// For the importer (issue 15): the clause-reading and clause data and the custom-clause reader,
// so that it recognises elements in imported prose with the language's own knowledge.
export { CLAUSES_DATA, CLAUSE_READING_DATA } from './data/index.js';
export { readClause, readsIn, type ElementReading } from './validation/rules/custom-clauses/reading.js';
export { sentences, type Sentence } from './validation/text/index.js';

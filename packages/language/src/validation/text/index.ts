// The text engine of the prose rules: tokens of the document's text, sentences, pattern families
// from the data files, replacement tables and negation scope. Every regular expression a check
// runs on the agreement's text is compiled through `compilePattern` (see patterns.ts); a pattern
// runs only on texts that contain one of its required literals, when it has some (literals.ts).
export { byPosition, compilePattern, compilePatterns, compiledPatterns, findAll, findFirst, findPatternMatches, matchesOf, mayMatch, overlapsAny, patternLiterals, testAny, withoutOverlaps, wordAt, type CompiledPattern, type TextMatch } from './patterns.js';
export { fillPlaceholders, findPlaceholders, type PlaceholderMatch } from './placeholders.js';
export { sentenceAround, sentences, Sentences, type Sentence } from './sentences.js';
export { actorAt, compileFamily, context, findFamily, isNegated, mentions, positions, type Context, type Family, type FamilyMatch, type Variant } from './families.js';
export { matchCase, ReplacementTable, type Replacement, type ReplacementEntry } from './replacements.js';
export { isProperty, rangeOf, replaceInToken, textKindOf, textTokens, type TextKind, type TextToken } from './tokens.js';

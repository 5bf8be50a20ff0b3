import { isCustomClause, type CustomClause } from './generated/ast.js';

/**
 * Whether a custom clause has its English version: a title (`en "…"`) and as many `text en`
 * paragraphs as Dutch ones. A partial translation does not count: the English output would
 * otherwise drop or misalign paragraphs, so it shows the Dutch text, marked (DPA-R62).
 */
export function hasEnglishVersion(clause: CustomClause): boolean {
    return clause.titleEn !== undefined && clause.paragraphsEn.length === clause.paragraphs.length;
}

/** Whether the agreement gives an English version of any of its own clauses: it means to be read in English too. */
export function declaresEnglish(clauses: readonly unknown[]): boolean {
    return clauses.some(c => isCustomClause(c) && (c.titleEn !== undefined || c.paragraphsEn.length > 0));
}

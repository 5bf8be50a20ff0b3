import { WORDING_DATA } from '../../../data/index.js';
import * as ast from '../../../generated/ast.js';
import { clauseKeyword } from '../../../references.js';
import { art28Element, providedElements } from '../../art28.js';
import { readClause } from '../custom-clauses/reading.js';
import { LANGUAGE_MESSAGES } from '../../../i18n/texts.js';
import type { CheckContext, RuleOwner } from '../../check-module.js';
import { fix, type Fix } from '../../fixes.js';
import { pieces, where, type Piece } from '../../prose.js';
import { articleNumber } from './cross-references.js';

/** Normalised paragraph text for comparison: case, whitespace and final punctuation ignored. */
function normalise(text: string): string {
    return text.toLowerCase().replace(/\\(.)/g, '$1').replace(/\s+/g, ' ').trim().replace(/[\s.;:,]+$/u, '');
}

/** Removes a paragraph (`text "…"`) from its clause: its whole line when it stands alone on it. */
function removeParagraph(context: CheckContext, piece: Piece): Fix | undefined {
    const siblings = piece.token.cst.container?.content ?? [];
    const index = siblings.indexOf(piece.token.cst);
    const keyword = siblings.slice(0, index).reverse().find(n => !n.hidden);
    if (!keyword || keyword.text !== 'text') return undefined;
    const document = context.document.textDocument;
    const source = document.getText();
    const start = keyword.offset;
    const end = piece.token.cst.end;
    const lineStart = source.lastIndexOf('\n', start - 1) + 1;
    const lineEnd = source.indexOf('\n', end);
    const alone = source.slice(lineStart, start).trim() === '' && source.slice(end, lineEnd === -1 ? source.length : lineEnd).trim() === '';
    const [from, to] = alone && lineEnd !== -1 ? [lineStart, lineEnd + 1] : [start, end];
    return fix(LANGUAGE_MESSAGES.text(context.lang, 'fix.removeDuplicate'), [{ range: { start: document.positionAt(from), end: document.positionAt(to) }, newText: '' }]);
}

/** DPA-R47: a custom paragraph repeats another one (in the same or another clause). */
export function duplicateParagraphs(agreement: ast.Agreement, context: CheckContext): void {
    const first = new Map<string, { piece: Piece; index: number }>();
    const indexIn = new Map<ast.CustomClause, number>();
    for (const piece of pieces(agreement)) {
        if (piece.kind !== 'paragraph') continue;
        const clause = piece.clause!;
        const index = (indexIn.get(clause) ?? 0) + 1;
        indexIn.set(clause, index);
        const key = normalise(piece.token.text);
        if (key.length < WORDING_DATA.duplicateMinLength) continue;
        const original = first.get(key);
        if (!original) {
            first.set(key, { piece, index });
            continue;
        }
        const other = original.piece.clause!;
        const x = other === clause
            ? LANGUAGE_MESSAGES.text(context.lang, 'r47.sameArticle', { index: original.index })
            : LANGUAGE_MESSAGES.text(context.lang, 'r47.otherArticle', { n: articleNumber(agreement, other), index: original.index, title: other.title });
        context.report.rule('DPA-R47', where(context, piece, 0, piece.token.text.length), { x }, [removeParagraph(context, piece)]);
    }
}

/**
 * DPA-R47: a custom clause that `covers` an Art. 28(3) element, with every part of it (clause-reading.json) in its text,
 * that a standard clause of the agreement already provides: the article is there twice, and two
 * texts of one obligation drift apart. Information, at the clause's title. A custom clause that
 * falls short of the element (a flag) contradicts the standard clause instead, and is reported
 * as such by the element's rule (absent-elements.ts), not here.
 */
export function repeatedStandardClauses(agreement: ast.Agreement, context: CheckContext): void {
    const provided = providedElements(agreement);
    for (const clause of agreement.clauses.filter(ast.isCustomClause)) {
        for (const reading of readClause(clause)) {
            const standard = provided.get(reading.element);
            if (!standard || !ast.isClause(standard) || ast.isCustomClause(standard)) continue;
            if (!reading.explicit || !reading.read || reading.flags.length > 0 || reading.missing.length > 0 || reading.found.length === 0) continue;
            const element = art28Element(reading.element);
            const y = `\`${clauseKeyword(standard)}\` (${context.lang === 'nl' ? `${element.articleNl} AVG` : `Art. ${element.article}`})`;
            context.report.rule('DPA-R47', { node: clause, property: 'title' }, { x: clause.title, y }, [], { message: 'repeatsStandard', severity: 'info' });
        }
    }
}

export const owner: RuleOwner = { name: 'duplicate-paragraphs', rules: ['DPA-R47'] };

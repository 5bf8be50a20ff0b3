import * as ast from '../../../generated/ast.js';
import { LANGUAGE_MESSAGES } from '../../../i18n/texts.js';
import type { CheckContext, RuleOwner } from '../../check-module.js';
import { where, type Piece } from '../../prose.js';

/** Internal cross-references: "artikel 5", "art. 5.2", "bijlage 2". */
const ARTICLE_REFERENCE = /(?<!\p{L})(?:artikel|art\.)\s*(\d+)(?:\.(\d+))?(?![\d\p{L}])/giu;
const ANNEX_REFERENCE = /(?<!\p{L})bijlage\s+(\d+)(?![\d\p{L}])/giu;
/** What follows a reference to another instrument: "artikel 28 lid 3 AVG", "artikel 7:454 BW", "artikel 4 van de Hoofdovereenkomst". */
const EXTERNAL_REFERENCE = /^(?:\s*(?:,\s*)?(?:lid|sub|onder)\s+[\da-z]+)*\s*(?:,\s*)?(?::\d|(?:van|uit)\s+(?:de|het|der)\s+(?!(?:deze|verwerkersovereenkomst|bijlage)(?!\p{L}))|der\s|(?:AVG|UAVG|GDPR|BW|AWR|Wbp|Awb|Sr|Rv|SCC)(?!\p{L})|\p{L}*(?:wet|besluit|verordening|richtlijn|code)(?!\p{L})|\()/iu;

/** The annexes the generator always produces: processing, measures, sub-processors. */
const ANNEXES = 3;
/** The articles the generator puts before the clauses (definitions, subject) and after them (governing law). */
const ARTICLES_BEFORE_CLAUSES = 2;

/** The article number the generator gives a clause: definitions, subject, then the clauses in source order, then law. */
export function articleNumber(agreement: ast.Agreement, clause: ast.Clause): number {
    const index = agreement.clauses.indexOf(clause);
    return index === -1 ? 0 : index + ARTICLES_BEFORE_CLAUSES + 1;
}

/**
 * DPA-R48 (text): a reference to an article or annex the generated agreement does not have.
 * The generator numbers the articles: 1 definitions, 2 subject, then the clauses in source order,
 * then governing law; the annexes are 1 (processing), 2 (measures) and 3 (sub-processors). Only
 * what the agreement has is checked (the article, the paragraph of a custom article, the annex
 * exists), never what a sentence seems to mean: "de verwerking van artikel 1" is right where the
 * source's article 1 holds the purposes, wrong where it holds the definitions, and the model does
 * not know the source's numbering.
 */
export function crossReferences(piece: Piece, context: CheckContext): void {
    const { agreement, lang } = context;
    const articles = agreement.clauses.length + ARTICLES_BEFORE_CLAUSES + 1;
    const customAt = (n: number) => {
        const clause = agreement.clauses[n - ARTICLES_BEFORE_CLAUSES - 1];
        return clause && ast.isCustomClause(clause) ? clause : undefined;
    };
    const text = piece.sentences.text;
    const wrong = (start: number, end: number, key: Parameters<typeof LANGUAGE_MESSAGES.text>[1], args: Record<string, string | number>) =>
        context.report.rule('DPA-R48', where(context, piece, start, end), { x: LANGUAGE_MESSAGES.text(lang, key, args) });
    for (const m of text.matchAll(ARTICLE_REFERENCE)) {
        const end = m.index + m[0].length;
        if (EXTERNAL_REFERENCE.test(text.slice(end, end + 80))) continue;
        const n = Number(m[1]);
        const sub = m[2] === undefined ? undefined : Number(m[2]);
        const ref = m[0];
        if (n === 0 || n > articles) {
            wrong(m.index, end, 'r48.noSuchArticle', { ref, articles });
        } else if (sub !== undefined) {
            const clause = customAt(n);
            if (clause && (sub === 0 || sub > clause.paragraphs.length)) {
                wrong(m.index, end, 'r48.noSuchParagraph', { ref, n, paragraphs: clause.paragraphs.length });
            }
        }
    }
    for (const m of text.matchAll(ANNEX_REFERENCE)) {
        const end = m.index + m[0].length;
        const n = Number(m[1]);
        if ((n === 0 || n > ANNEXES) && !EXTERNAL_REFERENCE.test(text.slice(end, end + 80))) {
            wrong(m.index, end, 'r48.noSuchAnnex', { ref: m[0], annexes: ANNEXES });
        }
    }
}

export const owner: RuleOwner = { name: 'cross-references', rules: ['DPA-R48'] };

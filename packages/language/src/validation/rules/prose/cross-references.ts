import { GrammarUtils } from 'langium';
import * as ast from '../../../generated/ast.js';
import { LANGUAGE_MESSAGES } from '../../../i18n/texts.js';
import { ANNEX_NAMES, ARTICLES_BEFORE_CLAUSES, articleNumber, findReferences, referenceName, resolveReference } from '../../../references.js';
import type { CheckContext, RuleOwner } from '../../check-module.js';
import { fix } from '../../fixes.js';
import { where, type Piece } from '../../prose.js';
import { otherPartyNames } from './party-names.js';
import { matchesOf, replaceInToken } from '../../text/index.js';

export { articleNumber } from '../../../references.js';

/** Internal cross-references: "artikel 5", "art. 5.2", "Article 5", "clause 5.2", "bijlage 2", "Annex 2". */
const ARTICLE_REFERENCE = /(?<!\p{L})(?:artikel|art\.|article|clause)\s*(\d+)(?:\.(\d+))?(?![\d\p{L}])/giu;
const ANNEX_REFERENCE = /(?<!\p{L})(?:bijlage|annex)\s+(\d+)(?![\d\p{L}])/giu;
/** What follows a reference to another instrument: "artikel 28 lid 3 AVG", "artikel 7:454 BW", "artikel 4 van de Hoofdovereenkomst", "artikel 28 lid 3 van Verordening (EU) 2016/679", "Article 28(3) GDPR", "clause 4 of the Main Agreement". */
const EXTERNAL_REFERENCE = /^(?:\s*(?:,\s*)?(?:lid|sub|onder|paragraph|point)\s+[\da-z]+)*\s*(?:,\s*)?(?::\d|(?:van|uit)\s+(?:de|het|der)\s+(?!(?:deze|verwerkersovereenkomst|bijlage)(?!\p{L}))|der\s|(?:of|in|under)\s+the\s+(?!(?:this|data processing agreement|annex)(?!\p{L}))|(?:(?:van|uit|of|under)\s+)?(?:AVG|UAVG|GDPR|BW|AWR|Wbp|Awb|Sr|Rv|SCC|DPF)(?!\p{L})|(?:(?:van|uit|of|under)\s+)?\p{L}*(?:wet|besluit|verordening|richtlijn|code|act|regulation|directive)(?!\p{L})|\()/iu;

/** What comes just before a reference to another instrument: "(algemene voorwaarden, artikel 8)", "the Main Agreement, clause 4". */
const INSTRUMENT_BEFORE = /(?:hoofdovereenkomst|voorwaarden|main agreement|terms|conditions|AVG|UAVG|GDPR|Wbp)(?!\p{L})[^.;]{0,25}$/iu;

type MessageKey = Parameters<typeof LANGUAGE_MESSAGES.text>[1];

/**
 * DPA-R48 (text): a reference to an article or annex the generated agreement does not have.
 * The generator numbers the articles: 1 definitions, 2 subject, then the clauses in source order,
 * then governing law; the annexes are 1 (processing), 2 (measures) and 3 (sub-processors). Only
 * what the agreement has is checked (the article, the paragraph of a custom article, the annex
 * exists), never what a sentence seems to mean: "de verwerking van artikel 1" is right where the
 * source's article 1 holds the purposes, wrong where it holds the definitions, and the model does
 * not know the source's numbering. A reference by name (`{{ref Audit}}`, references.ts) must name
 * an article or annex; a clause that refers to itself (by name, or by its own number: "artikel
 * 2.3" in paragraph 2.3) is reported; a literal article or paragraph number ("artikel 4",
 * "artikel 4.1") that exists today is information,
 * with the fix to refer by name, so the number cannot go stale (annex numbers do not move).
 * In a record of an existing agreement (`record-of`) the text's numbers are the source's, which the
 * generated numbering does not keep: one the generated agreement lacks is not reported wrong, only
 * as a literal number (when the generated article has a name to refer to).
 * Another name for a party than the agreement gives it ("Opdrachtgever" where the controller is
 * "Klant") is reported too (party-names.ts).
 */
export function crossReferences(piece: Piece, context: CheckContext): void {
    const { agreement, lang } = context;
    const articles = agreement.clauses.length + ARTICLES_BEFORE_CLAUSES + 1;
    const customAt = (n: number) => {
        const clause = agreement.clauses[n - ARTICLES_BEFORE_CLAUSES - 1];
        return clause && ast.isCustomClause(clause) ? clause : undefined;
    };
    const text = piece.sentences.text;
    const wrong = (start: number, end: number, key: MessageKey, args: Record<string, string | number>) =>
        context.report.rule('DPA-R48', where(context, piece, start, end), { x: LANGUAGE_MESSAGES.text(lang, key, args) });
    const self = (start: number, end: number) =>
        context.report.rule('DPA-R48', where(context, piece, start, end), { x: piece.clause?.title ?? '', y: text.slice(start, end) }, [], { message: 'self' });
    const literal = (start: number, end: number, target: { kind: 'article'; number: number }) => {
        const name = referenceName(agreement, target);
        if (!name) return;
        const ref = `{{ref ${name}}}`;
        const edit = replaceInToken(context.document, piece.token, start, end, ref);
        context.report.rule('DPA-R48', where(context, piece, start, end), { x: text.slice(start, end), y: ref }, [fix(LANGUAGE_MESSAGES.text(lang, 'fix.replaceWith', { text: ref }), [edit], true)], { message: 'literal', severity: 'info' });
    };
    for (const m of matchesOf(ARTICLE_REFERENCE, text)) {
        const end = m.index + m[0].length;
        if (EXTERNAL_REFERENCE.test(text.slice(end, end + 80))) continue;
        const n = Number(m[1]);
        const sub = m[2] === undefined ? undefined : Number(m[2]);
        const ref = m[0];
        if (agreement.recordOf !== undefined && (n === 0 || n > articles || (sub !== undefined && (sub === 0 || sub > (customAt(n)?.paragraphs.length ?? Infinity))))) {
            // A record of an existing agreement keeps the text's numbers, which are the source's: the
            // generated numbering (standard clauses as articles of their own) is not the source's,
            // so a number it lacks is not wrong in the source; it is a fixed number all the same.
            literal(m.index, end, { kind: 'article', number: n });
        } else if (n === 0 || n > articles) {
            wrong(m.index, end, 'r48.noSuchArticle', { ref, articles });
        } else if (INSTRUMENT_BEFORE.test(text.slice(Math.max(0, m.index - 60), m.index))) {
            continue;
        } else if (isOwn(piece, agreement, n, sub)) {
            self(m.index, end);
        } else if (sub !== undefined) {
            const clause = customAt(n);
            if (clause && (sub === 0 || sub > clause.paragraphs.length)) {
                wrong(m.index, end, 'r48.noSuchParagraph', { ref, n, paragraphs: clause.paragraphs.length });
            } else {
                // "artikel 4.1" copied from the source: its number goes stale as "artikel 4" does
                // (legal review C-07), so it is information with the fix to refer by name.
                literal(m.index, end, { kind: 'article', number: n });
            }
        } else {
            literal(m.index, end, { kind: 'article', number: n });
        }
    }
    for (const m of matchesOf(ANNEX_REFERENCE, text)) {
        const end = m.index + m[0].length;
        if (EXTERNAL_REFERENCE.test(text.slice(end, end + 80))) continue;
        const n = Number(m[1]);
        // The annexes keep their numbers (the generator writes processing, measures, sub-processors and
        // contacts in that order): a literal one cannot go stale.
        if (n === 0 || n > ANNEX_NAMES.length) wrong(m.index, end, 'r48.noSuchAnnex', { ref: m[0], annexes: ANNEX_NAMES.length });
    }
    for (const other of otherPartyNames(piece, agreement, lang)) {
        const y = other.known.map(name => `‘${name}’`).join(lang === 'nl' ? ' of ' : ' or ');
        context.report.rule('DPA-R48', where(context, piece, other.start, other.end), { x: other.name, y }, [], { message: 'otherName' });
    }
    for (const r of findReferences(text)) {
        const target = resolveReference(agreement, r.name);
        if (!target) wrong(r.start, r.end, 'r48.unknownName', { ref: r.text });
        else if (target.kind === 'article' && piece.clause !== undefined && target.clause === piece.clause) self(r.start, r.end);
    }
}

/**
 * Whether "artikel n.sub" is the paragraph's own place: a paragraph that refers to itself. Found
 * only for a text that refers to an article (the place is linear in the clauses to find: for
 * every paragraph it would be quadratic).
 */
function isOwn(piece: Piece, agreement: ast.Agreement, n: number, sub: number | undefined): boolean {
    if (!piece.clause || piece.kind !== 'paragraph' || n !== articleNumber(agreement, piece.clause)) return false;
    if (sub === undefined) return piece.clause.paragraphs.length === 1;
    return sub === GrammarUtils.findNodesForProperty(piece.clause.$cstNode, 'paragraphs').indexOf(piece.token.cst) + 1;
}

export const owner: RuleOwner = { name: 'cross-references', rules: ['DPA-R48'] };

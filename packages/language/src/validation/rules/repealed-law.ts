import { GrammarUtils } from 'langium';
import { REPLACEMENTS_DATA, WORDING_DATA } from '../../data/index.js';
import type * as ast from '../../generated/ast.js';
import { LANGUAGE_MESSAGES } from '../../i18n/texts.js';
import type { CheckContext, RuleOwner } from '../check-module.js';
import { fix, replaceRange } from '../fixes.js';
import { compilePattern, findPatternMatches, matchCase, rangeOf, replaceInToken, ReplacementTable, sentenceAround, textTokens, type Replacement, type TextMatch } from '../text/index.js';

const R02 = REPLACEMENTS_DATA['DPA-R02'];
const wbpCitations = new ReplacementTable(R02.citations, 'replacements.json DPA-R02.citations');
const wbpArticle = compilePattern(R02.articleCitation, 'giu', 'replacements.json DPA-R02.articleCitation');
const wbpArticles: Readonly<Record<string, string>> = R02.articles;
/** A number right before a bare "Wbp" ("artikel 1, sub d, Wbp"): replacing only "Wbp" would cite a wrong AVG article. */
const CITED_NUMBER_BEFORE = /\d[^.;]{0,25}$/u;
/** A sentence that speaks of the Wbp as history ("is ingetrokken", "vervangen door de AVG"). */
const HISTORICAL = compilePattern(WORDING_DATA.context.historical, 'iu', 'wording.json context.historical');

/** The current AVG/UAVG counterpart of a Wbp citation (table 7.6), if the table knows it. */
export function wbpReplacement(text: string, match: TextMatch): Replacement | undefined {
    for (const m of text.matchAll(wbpArticle)) {
        const end = m.index + m[0].length;
        if (m.index > match.start || end < match.end) continue;
        const article = m[1]!.toLowerCase();
        const detail = m[2]!.trim().toLowerCase().replace(/\s+/g, ' ');
        const replacement = wbpArticles[detail ? `${article} ${detail}` : article]
            ?? (detail.startsWith('lid') ? wbpArticles[article] : undefined);
        return replacement ? { start: m.index, end, replacement: matchCase(m[0], replacement) } : undefined;
    }
    const found = wbpCitations.find(text, match.start, match.end);
    if (found && /^wbp$/i.test(text.slice(found.start, found.end)) && CITED_NUMBER_BEFORE.test(text.slice(0, found.start))) return undefined;
    return found;
}

/**
 * DPA-R02: citations of the repealed Wbp (or Directive 95/46/EC) as applicable law; not where
 * the sentence speaks of it as repealed or replaced.
 */
export function repealedLaw(agreement: ast.Agreement, context: CheckContext): void {
    const { report, document } = context;
    for (const token of textTokens(agreement)) {
        context.checkTime();
        for (const match of findPatternMatches('DPA-R02', token.text)) {
            if (HISTORICAL.test(sentenceAround(token.text, match.start, match.end))) continue;
            const replacement = token.isString ? wbpReplacement(token.text, match) : undefined;
            const fixes = replacement
                ? [fix(LANGUAGE_MESSAGES.text(context.lang, 'fix.replaceWith', { text: replacement.replacement }),
                    [replaceInToken(document, token, replacement.start, replacement.end, replacement.replacement)], true)]
                : [];
            report.rule('DPA-R02', { node: token.node, range: rangeOf(document, token, match.start, match.end) }, {}, fixes);
        }
    }
}

/** DPA-R02: `legal-frame wbp`: the agreement rests on the repealed Wbp. */
export function repealedFrame(clause: ast.LegalFrameClause, context: CheckContext): void {
    if (clause.law !== 'wbp') return;
    const cst = GrammarUtils.findNodeForProperty(clause.$cstNode, 'law');
    const edit = cst ? replaceRange(cst.range, 'avg') : undefined;
    context.report.rule('DPA-R02', { node: clause, property: 'law' }, {}, [fix(LANGUAGE_MESSAGES.text(context.lang, 'fix.replaceWith', { text: 'avg' }), [edit], true)], { message: 'frame' });
}

/** DPA-R02: `controller-warranties wbp-notification`: the Wbp's notification to the regulator. */
export function repealedNotification(clause: ast.ControllerWarrantiesClause, context: CheckContext): void {
    const index = clause.items.indexOf('wbp-notification');
    if (index < 0) return;
    context.report.rule('DPA-R02', { node: clause, property: 'items', index }, {}, [], { message: 'notification' });
}

export const owner: RuleOwner = { name: 'repealed-law', rules: ['DPA-R02'] };

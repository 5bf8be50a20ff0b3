import * as ast from '../../../generated/ast.js';
import { joinAnd, LANGUAGE_MESSAGES, type TextKey } from '../../../i18n/texts.js';
import type { CheckContext, RuleOwner } from '../../check-module.js';
import { compilePattern, findFirst, findPatternMatches, testAny, type TextMatch } from '../../text/index.js';
import { clausesOf, rangeIn, type Paragraph } from './shared.js';

// DPA-R63 (review D-01): a custom clause that excludes early termination next to a standard clause
// that grants a right to terminate. The batch agreements of the itzz template say "Partijen kunnen
// deze overeenkomst niet tussentijds opzeggen" while the standard `duration` clause lets the
// controller terminate (or rescind, art. 6:265 BW) for breach and on the grounds of SCC
// 2021/915 clause 10: which of the two prevails is unclear.

/** A sentence that makes an exception to the exclusion is no contradiction. */
const EXCEPTION = [compilePattern('(?<!\\p{L})(?:behalve|behoudens|tenzij|met uitzondering van|except|unless|save where|other than|subject to)(?!\\p{L})', 'iu', 'termination-rights exception')];
const SENTENCE_END = [compilePattern('[.;!?](?:\\s|$)', 'gu', 'termination-rights sentence end')];

/** The catalogue parts naming the standard clauses of the agreement that grant a right to terminate. */
function terminationGrants(agreement: ast.Agreement): TextKey[] {
    const grants: TextKey[] = [];
    // `duration` always lets the controller terminate for breach (templates/*/articles/duration.hbs).
    if (agreement.clauses.some(ast.isDurationClause)) grants.push('r63.duration');
    const terminatesOnObjection = (c: ast.SubprocessingClause) => c.objection
        && (c.afterObjection.length === 0 || c.afterObjection.includes('controller-may-terminate') || c.afterObjection.includes('processor-may-terminate'));
    if (agreement.clauses.some(c => ast.isSubprocessingClause(c) && terminatesOnObjection(c))) grants.push('r63.subprocessing');
    return grants;
}

/** The sentence of the paragraph around a match. */
function sentenceAround(text: string, match: TextMatch): string {
    let start = 0;
    for (let i = match.start - 1; i >= 0; i--) {
        if (text[i] === '.' || text[i] === ';') {
            start = i + 1;
            break;
        }
    }
    const end = findFirst(SENTENCE_END, text.slice(match.end));
    return text.slice(start, end ? match.end + end.start : text.length);
}

/** DPA-R63: early termination excluded in a custom clause, while a standard clause grants a right to terminate. */
export function earlyTerminationExcluded(agreement: ast.Agreement, context: CheckContext): void {
    const grants = terminationGrants(agreement);
    if (grants.length === 0) return;
    const y = joinAnd(grants.map(key => LANGUAGE_MESSAGES.text(context.lang, key)), context.lang);
    for (const paragraph of clausesOf(agreement).paragraphs) report(paragraph, y, context);
}

function report(paragraph: Paragraph, y: string, context: CheckContext): void {
    for (const match of findPatternMatches('DPA-R63', paragraph.text)) {
        if (testAny(EXCEPTION, sentenceAround(paragraph.text, match))) continue;
        context.report.rule('DPA-R63', { node: paragraph.clause, range: rangeIn(context, paragraph, match) }, { x: paragraph.clause.title, y });
    }
}

export const owner: RuleOwner = { name: 'termination-rights', rules: ['DPA-R63'] };

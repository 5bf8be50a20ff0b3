import { GrammarUtils } from 'langium';
import type { Range } from 'vscode-languageserver-types';
import type * as ast from '../../generated/ast.js';
import type { CheckModule } from '../check-module.js';
import { fix, insertBeforeClosingBrace, replaceRange } from '../fixes.js';
import type { Reporter } from '../report.js';

/** DPA-R19: every processing activity states its retention term (bewaartermijn). */
export function checkRetentionPresent(processing: ast.Processing, report: Reporter): void {
    if (processing.retention) return;
    const nl = report.lang === 'nl';
    report.rule('DPA-R19', { node: processing, property: 'name' }, { x: processing.title || processing.name }, [
        fix(nl ? 'Bewaartermijn: looptijd van de overeenkomst + 30 dagen' : 'Retention: the agreement + 30 days', [insertBeforeClosingBrace(processing, ['retention agreement + 30 days'])], true)
    ]);
}

/**
 * DPA-R36: a retention term that names no concrete end: "for the duration of the agreement"
 * with no deletion period after it, or "the statutory period if longer" without the statute.
 */
export function checkRetentionVague(retention: ast.Retention, report: Reporter): void {
    const processing = retention.$container;
    const label = processing.title || processing.name;
    const nl = report.lang === 'nl';
    if (retention.orStatutory && !retention.statutorySource) {
        report.rule('DPA-R36', { node: retention, keyword: 'or', range: orStatutoryRange(retention) }, { x: label });
    } else if (retention.agreement && !retention.grace && !retention.orStatutory) {
        const keyword = GrammarUtils.findNodeForProperty(retention.$cstNode, 'agreement');
        report.rule('DPA-R36', { node: retention, property: 'agreement' }, { x: label }, keyword ? [
            fix(nl ? 'Verwijderen binnen 30 dagen na afloop' : 'Delete within 30 days after the end', [replaceRange(keyword.range, 'agreement + 30 days')], true)
        ] : []);
    }
}

/** From the keyword `or` to the end of the retention term: the "or statutory … if longer" part. */
function orStatutoryRange(retention: ast.Retention): Range | undefined {
    const or = GrammarUtils.findNodeForKeyword(retention.$cstNode, 'or');
    const end = retention.$cstNode?.range.end;
    return or && end ? { start: or.range.start, end } : undefined;
}

export const retentionModule: CheckModule = {
    name: 'retention',
    rules: ['DPA-R19', 'DPA-R36'],
    checks: {
        Processing: (processing, { report }) => checkRetentionPresent(processing, report),
        Retention: (retention, { report }) => checkRetentionVague(retention, report)
    }
};

import { GrammarUtils } from 'langium';
import type { Range } from 'vscode-languageserver-types';
import * as ast from '../../generated/ast.js';
import { LANGUAGE_MESSAGES } from '../../i18n/texts.js';
import type { CheckContext, RuleOwner } from '../check-module.js';
import { fix, insertBeforeClosingBrace, replaceNode, replaceRange } from '../fixes.js';
import { context as wordingContext, findPatternMatches, mentions } from '../text/index.js';

const AGREEMENT_END = wordingContext('agreementEnd');

/**
 * DPA-R19: every processing activity states its retention term (bewaartermijn): its own, one per
 * data category for every category it processes (`retention of Recordings 30 days`), or, for an
 * activity that consists of its storage layers (logging, back-ups), one per layer only.
 */
export function checkRetentionPresent(processing: ast.Processing, { report, lang }: CheckContext): void {
    if (processing.retention) return;
    const parts = processing.partRetentions;
    if (parts.length > 0 && parts.every(p => p.layer !== undefined)) return;
    const covered = new Set(parts.flatMap(p => p.data.map(d => d.ref)));
    if (processing.data.length > 0 && processing.data.every(d => d.ref !== undefined && covered.has(d.ref))) return;
    if (covered.size > 0) {
        // Retention per data category, but not for every category the activity processes.
        const missing = processing.data.filter(d => d.ref === undefined || !covered.has(d.ref)).map(d => d.ref?.label ?? d.$refText);
        report.rule('DPA-R19', { node: processing, property: 'name' }, { x: processing.title || processing.name, y: missing.join(', ') }, [], { message: 'categories' });
        return;
    }
    report.rule('DPA-R19', { node: processing, property: 'name' }, { x: processing.title || processing.name }, [
        fix(LANGUAGE_MESSAGES.text(lang, 'fix.retentionAgreement30'), [insertBeforeClosingBrace(processing, ['retention agreement + 30 days'])], true)
    ]);
}

/**
 * DPA-R36: a retention term that names no concrete end: "for the duration of the agreement"
 * with no deletion period after it, or "the statutory period if longer" without the statute.
 * The event of `retention until "…"` is read as prose: a vague term of the catalogue
 * (text-patterns.json DPA-R36: "zo lang als nodig", "until the customer requests", …), or just
 * the end of the agreement with no deletion period after it, as `retention agreement`.
 */
export function checkRetentionVague(retention: ast.Retention, { report, lang }: CheckContext): void {
    const label = retentionLabel(retention, lang);
    if (retention.unspecified) {
        report.rule('DPA-R36', { node: retention, keyword: 'unspecified' }, { x: label }, [], { message: 'unspecified' });
    } else if (retention.orStatutory && !retention.statutorySource) {
        report.rule('DPA-R36', { node: retention, keyword: 'or', range: orStatutoryRange(retention) }, { x: label });
    } else if (retention.agreement && !retention.grace && !retention.orStatutory) {
        const keyword = GrammarUtils.findNodeForProperty(retention.$cstNode, 'agreement');
        report.rule('DPA-R36', { node: retention, property: 'agreement' }, { x: label }, keyword ? [
            fix(LANGUAGE_MESSAGES.text(lang, 'fix.deleteWithin30Days'), [replaceRange(keyword.range, 'agreement + 30 days')], true)
        ] : []);
    } else if (retention.event !== undefined && !retention.grace && !retention.orStatutory) {
        const atEnd = mentions(AGREEMENT_END, retention.event);
        if (!atEnd && findPatternMatches('DPA-R36', retention.event).length === 0) return;
        report.rule('DPA-R36', { node: retention, property: 'event' }, { x: label }, atEnd ? [
            fix(LANGUAGE_MESSAGES.text(lang, 'fix.deleteWithin30Days'), [replaceNode(retention, 'agreement + 30 days')], true)
        ] : []);
    }
}

/**
 * DPA-R64: a statutory retention period that reaches special categories of personal data (Art. 9
 * AVG) of the activity, which no retention of their own (`retention of SickLeave …`) takes out of
 * it (legal review A-05). Two cases:
 * - `… or statutory 7 years "art. 52 AWR" if longer`: the statutory period, being longer, overrides
 *   the activity's own, shorter term for those data too (a fiscal term keeping sick-leave data for
 *   seven years instead of two), whoever's duty it is;
 * - `7 years statutory "…"` stated as the processor's own retention (no `duty controller`): the
 *   processor presents a statutory period as its own term for special categories of data.
 * A period the controller bears (`duty controller`) as the whole term is its own call, and is not
 * reported. Whether the statute named really covers the data is not read.
 */
export function statutoryOverSpecialData(processing: ast.Processing, { report }: CheckContext): void {
    const retention = processing.retention;
    if (!retention || (!retention.orStatutory && retention.source === undefined)) return;
    const ownTerm = new Set(processing.partRetentions.flatMap(p => p.data.map(d => d.ref)));
    const special = processing.data.map(d => d.ref).filter((d): d is ast.DataCategory => d !== undefined && d.special.length > 0 && !ownTerm.has(d));
    if (special.length === 0) return;
    const values = { x: processing.title || processing.name, y: special.map(d => d.label).join(', ') };
    if (retention.orStatutory) {
        report.rule('DPA-R64', { node: retention, property: 'orStatutory' }, values);
    } else if (retention.duty !== 'controller') {
        report.rule('DPA-R64', { node: retention, property: 'source' }, values, [], { message: 'own' });
    }
}

/** The activity's name, with the storage layer or data categories of a part retention. */
function retentionLabel(retention: ast.Retention, lang: CheckContext['lang']): string {
    const holder = retention.$container;
    if (ast.isProcessing(holder)) return holder.title || holder.name;
    const processing = holder.$container;
    const part = holder.layer !== undefined
        ? [LANGUAGE_MESSAGES.text(lang, holder.layer === 'backups' ? 'retention.layer.backups' : 'retention.layer.logs'), holder.label].filter(Boolean).join(' ')
        : holder.data.map(d => d.ref?.label ?? d.$refText).join(', ');
    return LANGUAGE_MESSAGES.text(lang, 'retention.part', { x: processing.title || processing.name, y: part });
}

/** From the keyword `or` to the end of the retention term: the "or statutory … if longer" part. */
function orStatutoryRange(retention: ast.Retention): Range | undefined {
    const or = GrammarUtils.findNodeForKeyword(retention.$cstNode, 'or');
    const end = retention.$cstNode?.range.end;
    return or && end ? { start: or.range.start, end } : undefined;
}

export const owner: RuleOwner = { name: 'retention', rules: ['DPA-R19', 'DPA-R36', 'DPA-R64'] };

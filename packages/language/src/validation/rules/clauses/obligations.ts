import { GrammarUtils } from 'langium';
import * as ast from '../../../generated/ast.js';
import { joinAnd, type TextKey } from '../../../i18n/texts.js';
import type { CheckContext, RuleOwner } from '../../check-module.js';
import { fix, replaceRange } from '../../fixes.js';
import { findAll, testAny } from '../../text/index.js';
import { readClause } from '../custom-clauses/reading.js';
import { auditRestrictions, deletionShortfalls, type AuditShortfall } from './audit-deletion-terms.js';
import {
    ASSISTANCE_TOPICS, assistanceGap, clausesOf, cstText, DATA, formatDuration, hoursOf, insertStandard, LIMITS, paragraphsOf, PATTERNS, propertyNode,
    replaceByStandard, replaceProperty, reportRule, reportText, say, standard
} from './shared.js';

// The processor's obligations of Art. 28(3) as clause parameters and in custom clause text:
// assistance (DPA-R12), data-subject requests (R33), deletion or return (R15, R34), audits (R35)
// and confidentiality (R51).

/**
 * DPA-R12 (Art. 28(3)(f)): assistance with only some of Art. 32-36 (the catalogue: warning if
 * partial); assistance only "within reasonable limits" or only as far as within the processor's
 * power (information: the law asks for it taking into account the nature of the processing and the
 * information available, not within limits the processor sets).
 */
export function partialAssistance(clause: ast.AssistanceClause, context: CheckContext): void {
    limitedAssistance(clause, 'DPA-R12', context);
    if (clause.topics.length === 0 || clausesOf(context.agreement).covers('assistance').length > 0) return;
    const missing = ASSISTANCE_TOPICS.filter(t => !clause.topics.includes(t));
    if (missing.length === 0) return;
    const topics = GrammarUtils.findNodesForProperty(clause.$cstNode, 'topics');
    const range = topics.length > 0 ? { start: topics[0]!.range.start, end: topics.at(-1)!.range.end } : undefined;
    const fixes = [replaceByStandard(clause, standard('assistance'), say('clauses.fixes.allAssistanceTopics', context.lang))];
    reportRule(context, 'DPA-R12', range ? { node: clause, range } : { node: clause }, assistanceGap(missing, context.lang), fixes, 'warning');
}

/** Assistance only "within reasonable limits" or only "as far as within the processor's power" (information). */
function limitedAssistance(clause: ast.AssistanceClause | ast.DataSubjectRequestsClause, rule: 'DPA-R12' | 'DPA-R33', context: CheckContext): void {
    if (clause.extent !== 'within-reasonable-limits' && clause.extent !== 'within-power') return;
    const fixes = [fix(say('clauses.fixes.asFarAsPossible', context.lang), [replaceProperty(clause, 'extent', 'as-far-as-possible')], true)];
    const message = clause.extent === 'within-power' ? 'withinPower' : 'limited';
    context.report.rule(rule, { node: clause, property: 'extent' }, {}, fixes, { message, severity: 'info' });
}

/** The rights of Art. 15-22 a `rights` list must name, in the order messages list them. */
const SUBJECT_RIGHTS: readonly ast.SubjectRight[] = ['access', 'rectification', 'erasure', 'restriction', 'portability', 'objection', 'automated-decisions'];

/**
 * DPA-R33 (Art. 28(3)(e), 12(3)): the standard clause covers every right of Art. 15-22 unless a
 * `rights` list names fewer: the rights it leaves out (warning). `no-assistance`: requests are
 * only forwarded, without the assistance Art. 28(3)(e) requires (error). The forwarding deadline:
 * none (information: Art. 28(3)(e) does not require one, but the controller must answer within
 * one month), or one that leaves the controller less than half of that month (warning);
 * `forward directly` is prompt. `extent within-reasonable-limits`: information.
 */
export function subjectRequestDeadline(clause: ast.DataSubjectRequestsClause, context: CheckContext): void {
    const { report, lang } = context;
    const fixes = [replaceByStandard(clause, standard('data-subject-requests'), say('clauses.fixes.forward5Days', lang))];
    const forward = clause.forward;
    if (clause.noAssistance) {
        report.rule('DPA-R33', { node: clause, property: 'noAssistance' }, {}, fixes, { message: 'noAssistance', severity: 'error' });
    } else if (clause.rights.length > 0) {
        const missing = SUBJECT_RIGHTS.filter(r => !clause.rights.includes(r));
        const rights = GrammarUtils.findNodesForProperty(clause.$cstNode, 'rights');
        const range = rights.length > 0 ? { start: rights[0]!.range.start, end: rights.at(-1)!.range.end } : undefined;
        const x = joinAnd(missing.map(r => say(`clauses.subjectRights.${r}` as TextKey, lang)), lang);
        if (missing.length > 0) report.rule('DPA-R33', range ? { node: clause, range } : { node: clause }, { x }, fixes, { message: 'rightsMissing' });
    }
    limitedAssistance(clause, 'DPA-R33', context);
    // `forward directly` is prompt; without assistance and without `forward` nothing is forwarded.
    if (clause.directly || (clause.noAssistance && !clause.forwards)) return;
    if (!forward) {
        report.rule('DPA-R33', { node: clause, keyword: 'data-subject-requests' }, {}, fixes, { severity: 'info', message: 'noForwardDeadline' });
    } else if (hoursOf(forward.amount, forward.unit).worst > LIMITS.forwardMaxHours) {
        report.rule('DPA-R33', { node: clause, property: 'forward' }, { x: formatDuration(forward.amount, forward.unit, lang) }, fixes, { message: 'lateForward' });
    }
}

/**
 * DPA-R15 (Art. 28(3)(g)): deletion or return at the controller's choice, so `delete` or `return`
 * alone is not enough. DPA-R34: no deadline for it; deletion `only on-request`,
 * `as-far-as-possible`, or an export window that is only an example (`indicative`).
 */
export function deletionChoice(clause: ast.TerminationClause, context: CheckContext): void {
    const { lang } = context;
    if (clause.choice === undefined) return;
    if (clause.choice !== 'return-or-delete') {
        const fixes = [fix(say('clauses.fixes.returnOrDelete', lang), [replaceProperty(clause, 'choice', 'return-or-delete')], true)];
        reportRule(context, 'DPA-R15', { node: clause, property: 'choice' }, undefined, fixes);
    }
    // An export window is the first phase: deletion follows it, so it stands for the deadline.
    if (!clause.deadline && !clause.exportWindow) {
        const choice = propertyNode(clause, 'choice');
        const edit = choice ? replaceRange({ start: choice.range.end, end: choice.range.end }, ` within ${DATA.defaults.deletionDeadline}`) : undefined;
        reportRule(context, 'DPA-R34', { node: clause }, undefined, [fix(say('clauses.fixes.deletionDeadline', lang), [edit], true)]);
    }
    for (const shortfall of deletionShortfalls(clause)) {
        context.report.rule('DPA-R34', { node: clause, property: shortfall.property }, {}, [], { message: shortfall.message });
    }
}

/**
 * DPA-R34 (Art. 28(3)(g)): copies (back-ups) from which the controller's data cannot be deleted
 * outlive the end of the services; said once per retention term marked `unpurgeable`.
 */
export function unpurgeableCopies(retention: ast.Retention, context: CheckContext): void {
    if (!retention.unpurgeable) return;
    const holder = retention.$container;
    const processing = ast.isProcessing(holder) ? holder : holder.$container;
    context.report.rule('DPA-R34', { node: retention, keyword: 'unpurgeable' }, { x: processing.title || processing.name }, [], { message: 'unpurgeable' });
}

/**
 * DPA-R34 (Art. 28(3)(g)): a custom clause on deletion or return (one that `covers` it, or whose
 * title names it, read by rules/custom-clauses/reading.ts) that gives no deadline, where no
 * standard `termination` clause gives one: deletion that waits for a request or an agreement and
 * has no deadline is not enough. A vague deadline in its text ("redelijke termijn") is reported at
 * the words by `obligationsInCustomText` instead.
 */
export function customDeletionDeadline(clause: ast.CustomClause, context: CheckContext): void {
    if (clausesOf(context.agreement).has(ast.isTerminationClause)) return;
    const reading = readClause(clause).find(r => r.element === 'deletion' && r.provides);
    if (!reading?.missing.some(part => part.rule === 'DPA-R34')) return;
    if (paragraphsOf(clause).some(p => testAny(PATTERNS.deletionVague, p.text))) return;
    reportRule(context, 'DPA-R34', { node: clause, property: 'name' }, undefined, [insertStandard(context.agreement, standard('deletion'), context.lang)]);
}

/**
 * DPA-R35 (Art. 28(3)(h)): audits narrowed. Every restriction of the clause is named in one
 * diagnostic: only an independent auditor (the controller may not audit itself), audits less
 * often than once a year, a frequency limit without audits on indications of non-compliance.
 */
export function narrowedAudit(clause: ast.AuditClause, context: CheckContext): void {
    const { lang } = context;
    const restrictions: { label: string; property?: 'auditor' | 'frequency' | AuditShortfall['property'] }[] = [];
    if (clause.auditor === 'independent-auditor') restrictions.push({ label: say('clauses.auditRestrictions.independentAuditor', lang), property: 'auditor' });
    const frequency = clause.frequency;
    if (frequency && hoursOf(frequency.amount, frequency.unit).nominal > LIMITS.auditMaxIntervalHours) {
        restrictions.push({ label: say('clauses.auditRestrictions.frequency', lang, formatDuration(frequency.amount, frequency.unit, lang)), property: 'frequency' });
    }
    if (frequency && !clause.onSuspicion) restrictions.push({ label: say('clauses.auditRestrictions.noSuspicion', lang) });
    restrictions.push(...auditRestrictions(clause, lang).map(r => ({ label: r.label, property: r.property })));
    if (restrictions.length === 0) return;
    const single = restrictions.length === 1 ? restrictions[0]!.property : undefined;
    const notice = cstText(clause.notice);
    const fixes = [replaceByStandard(clause, `${standard('audit')}${notice ? ` notice ${notice}` : ''}`, say('clauses.fixes.standardAudit', lang))];
    reportRule(context, 'DPA-R35', single ? { node: clause, property: single } : { node: clause }, restrictions.map(r => r.label).join('; '), fixes);
}

/** DPA-R51 (Art. 28(3)(b)): confidentiality for a fixed period instead of as long as data is held. */
export function limitedConfidentiality(clause: ast.ConfidentialityClause, context: CheckContext): void {
    openConfidentialityExceptions(clause, context);
    if (!clause.survives) return;
    const fixes = [fix(say('clauses.fixes.untilDeletion', context.lang), [replaceProperty(clause, 'survives', 'until-deletion')], true)];
    reportRule(context, 'DPA-R51', { node: clause, property: 'survives' }, undefined, fixes);
}

/**
 * DPA-R51 (Art. 28(3)(a),(b), 29): `confidentiality except necessary | legitimate-reason`: a
 * disclosure the processor may make on its own judgement, beside the controller's instruction and
 * a legal duty (`consent`, `legal-duty`: no defect).
 */
function openConfidentialityExceptions(clause: ast.ConfidentialityClause, context: CheckContext): void {
    clause.exceptions.forEach((exception, index) => {
        const key = exception === 'necessary' ? 'clauses.confidentialityExceptions.necessary'
            : exception === 'legitimate-reason' ? 'clauses.confidentialityExceptions.legitimate-reason' : undefined;
        if (key) context.report.rule('DPA-R51', { node: clause, property: 'exceptions', index }, { x: say(key, context.lang) }, [], { message: 'openException' });
    });
}

/**
 * The text of every custom clause on these obligations: data-subject requests (R33), deletion
 * (R34), audit findings (R35), confidentiality (R51). Each list is limited to paragraphs on its
 * subject (or clauses that cover it), so a phrase such as "redelijke termijn" counts only where
 * it is about deletion.
 */
export function obligationsInCustomText(agreement: ast.Agreement, context: CheckContext): void {
    for (const paragraph of clausesOf(agreement).paragraphs) {
        const { text, clause } = paragraph;
        if (clause.covers.includes('data-subject-requests') || testAny(PATTERNS.subjectRequestsScope, text)) {
            for (const m of findAll(PATTERNS.subjectRequestsWeak, text)) reportText(context, 'DPA-R33', paragraph, m);
        }
        if (clause.covers.includes('deletion') || testAny(PATTERNS.deletionScope, text)) {
            for (const m of findAll(PATTERNS.deletionVague, text)) reportText(context, 'DPA-R34', paragraph, m);
        }
        if (clause.covers.includes('audit') || testAny(PATTERNS.auditScope, text)) {
            for (const m of findAll(PATTERNS.auditFindingsOptional, text)) reportText(context, 'DPA-R35', paragraph, m, say('clauses.auditRestrictions.findings', context.lang));
        }
        if (clause.covers.includes('confidentiality') || testAny(PATTERNS.confidentialityScope, text)) {
            for (const m of findAll(PATTERNS.confidentialityWeak, text)) reportText(context, 'DPA-R51', paragraph, m);
        }
    }
}

export const owner: RuleOwner = { name: 'obligations', rules: ['DPA-R12', 'DPA-R15', 'DPA-R33', 'DPA-R34', 'DPA-R35', 'DPA-R51'] };

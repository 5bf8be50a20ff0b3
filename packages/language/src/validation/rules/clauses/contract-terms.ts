import * as ast from '../../../generated/ast.js';
import type { CheckContext, RuleOwner } from '../../check-module.js';
import { fix } from '../../fixes.js';
import { findAll, findFirst, testAny } from '../../text/index.js';
import { clausesOf, LIMITS, PATTERNS, replaceProperty, reportRule, reportText, say } from './shared.js';

// The commercial terms around the obligations: liability (DPA-R43, R30), precedence (R44) and
// termination (R58), as clause parameters and in custom clause text.

/**
 * DPA-R43 (Art. 82, 28(4)): a token cap. The standard liability text already counts loss of
 * personal data as direct damage and never caps sub-processor liability (so `excluding
 * indirect-damage` alone is no defect, nor a cap for DPA-R30).
 */
export function tokenCap(clause: ast.LiabilityClause, context: CheckContext): void {
    if (clause.cap === undefined || clause.cap >= LIMITS.tokenCapEUR) return;
    const amount = new Intl.NumberFormat(context.lang === 'nl' ? 'nl-NL' : 'en-GB').format(clause.cap);
    reportRule(context, 'DPA-R43', { node: clause, property: 'cap' }, say('clauses.liability.tokenCap', context.lang, amount));
}

/**
 * DPA-R43 (Art. 82): the parameters of the liability clause that exclude data-protection liability
 * between the parties: `excluded` (liability excluded as far as the law allows) and `data-loss
 * indirect` (the loss of data counted as excluded indirect damage).
 */
export function liabilityLimits(clause: ast.LiabilityClause, context: CheckContext): void {
    if (clause.excluded && !clause.mainAgreement) reportRule(context, 'DPA-R43', { node: clause, property: 'excluded' }, say('clauses.liability.exclusion', context.lang));
    if (clause.excludeIndirect && clause.dataLoss === 'indirect') reportRule(context, 'DPA-R43', { node: clause, property: 'dataLoss' }, say('clauses.liability.dataLoss', context.lang));
}

/**
 * DPA-R43 (Art. 82(4)-(5), 83): `controller-warranties indemnity-regulators`: the controller
 * indemnifies the processor also against supervisory authorities, so against fines the processor
 * incurs for its own infringements.
 */
export function indemnityAgainstRegulators(clause: ast.ControllerWarrantiesClause, context: CheckContext): void {
    const index = clause.items.indexOf('indemnity-regulators');
    if (index < 0) return;
    context.report.rule('DPA-R43', { node: clause, property: 'items', index }, {}, [], { message: 'indemnityRegulators' });
}

/** DPA-R44: the main agreement prevails over the DPA. */
export function mainAgreementPrevails(clause: ast.PrecedenceClause, context: CheckContext): void {
    if (clause.prevails !== 'main-agreement') return;
    const fixes = [fix(say('clauses.fixes.precedenceDpa', context.lang), [replaceProperty(clause, 'prevails', 'dpa')], true)];
    reportRule(context, 'DPA-R44', { node: clause, property: 'prevails' }, undefined, fixes);
}

/** Whether the processor engages, or may engage, sub-processors. */
function engagesSubprocessors(agreement: ast.Agreement): boolean {
    const clauses = clausesOf(agreement);
    return agreement.subprocessors.length > 0 || clauses.has(ast.isSubprocessingClause) || clauses.covers('subprocessing').length > 0;
}

/** The exclusions and caps of liability together, one list (the text cache keys results by the list object). */
const LIABILITY_LIMITS = [...PATTERNS.liabilityExclusion, ...PATTERNS.liabilityCap];

/**
 * The text of every custom clause: liability exclusions, fines and data loss (DPA-R43), a cap
 * that leaves sub-processors unmentioned (R30), the processor's terms prevailing (R44), no
 * termination (R58).
 */
export function termsInCustomText(agreement: ast.Agreement, context: CheckContext): void {
    const subprocessors = engagesSubprocessors(agreement);
    for (const paragraph of clausesOf(agreement).paragraphs) {
        const { text } = paragraph;
        for (const [list, label] of [['liabilityExclusion', 'clauses.liability.exclusion'], ['liabilityFines', 'clauses.liability.fines'], ['liabilityDataLossIndirect', 'clauses.liability.dataLoss']] as const) {
            for (const m of findAll(PATTERNS[list], text)) reportText(context, 'DPA-R43', paragraph, m, say(label, context.lang));
        }
        if (subprocessors && !testAny(PATTERNS.subprocessorMention, text)) {
            const cap = findFirst(LIABILITY_LIMITS, text);
            if (cap) reportText(context, 'DPA-R30', paragraph, cap);
        }
        for (const m of findAll(PATTERNS.precedenceProcessor, text)) reportText(context, 'DPA-R44', paragraph, m);
        for (const m of findAll(PATTERNS.noTermination, text)) reportText(context, 'DPA-R58', paragraph, m);
    }
}

export const owner: RuleOwner = { name: 'contract-terms', rules: ['DPA-R30', 'DPA-R43', 'DPA-R44', 'DPA-R58'] };

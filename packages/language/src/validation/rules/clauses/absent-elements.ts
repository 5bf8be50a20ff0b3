import * as ast from '../../../generated/ast.js';
import type { TextKey } from '../../../i18n/texts.js';
import { art28Element, ART28_ELEMENTS, contradictions, fallsShort, providedElements, shortfalls, withheldParts } from '../../art28.js';
import type { CheckContext, RuleOwner } from '../../check-module.js';
import { fix, insertClause, replaceNode } from '../../fixes.js';
import { shortfallWhere, shortfallWhy } from '../custom-clauses/shortfall.js';
import { auditShortfalls } from './audit-deletion-terms.js';
import { ASSISTANCE_TOPICS, assistanceGap, cstText, DATA, insertStandard, replaceByStandard, replaceProperty, reportRule, say } from './shared.js';

/**
 * The rules that report an absent Art. 28(3) element (the others belong to DPA-R18). Which
 * element each stands for is data (art28.json); this file reports them all when absent, the
 * topic files their other findings.
 */
const ABSENCE_RULES = new Set(['DPA-R03', 'DPA-R05', 'DPA-R06', 'DPA-R07', 'DPA-R11', 'DPA-R12', 'DPA-R13', 'DPA-R15', 'DPA-R16', 'DPA-R17', 'DPA-R58']);

/**
 * Each Art. 28(3) element (and Art. 33(2)) must be provided by its standard clause or by a custom
 * clause that `covers` it; reported once, on the agreement's name, with the standard clause as
 * the fix; where a custom clause claims or is about the element but its text falls short (read by
 * rules/custom-clauses/reading.ts), at the words that make it fall short, or at its `covers`,
 * with the message variant `read`; a custom clause that falls short of an element a standard clause
 * provides contradicts it (variant `contradicts`, a warning). DPA-R06 also needs at least one `measure` (Bijlage 2): inserting the clause alone
 * would not resolve it then, so that case offers no fix.
 */
export function absentElements(agreement: ast.Agreement, context: CheckContext): void {
    const { lang } = context;
    const provided = providedElements(agreement);
    const short = shortfalls(agreement);
    const where = { node: agreement, property: 'name' as const };
    for (const element of ART28_ELEMENTS) {
        if (!ABSENCE_RULES.has(element.rule) || provided.has(element.id)) continue;
        if (reportWithheld(agreement, element.id, element.rule, context)) continue;
        // A sub-processing or requests clause that falls short of its element reports why itself
        // (DPA-R07/R09, DPA-R33 `no-assistance`); the audit clause's shortfall is reported below, at its parameter.
        if (agreement.clauses.some(c => (ast.isSubprocessingClause(c) || ast.isDataSubjectRequestsClause(c)) && element.provider.includes(c.$type) && fallsShort(c))) continue;
        const clause = element.clause;
        const insertable = clause !== undefined && !(element.rule === 'DPA-R06' && agreement.measures.length === 0);
        const x = element.rule === 'DPA-R12' ? assistanceGap(ASSISTANCE_TOPICS, lang) : undefined;
        const narrowed = element.rule === 'DPA-R16' ? agreement.clauses.find(ast.isAuditClause) : undefined;
        const standardShort = narrowed ? auditShortfalls(narrowed, lang) : [];
        if (narrowed && standardShort.length > 0) {
            // The standard clause is there, but its parameters take the audit away: said there.
            const fixes = [replaceByStandard(narrowed, clause ?? 'audit', say('clauses.fixes.standardAudit', lang))];
            context.report.rule(element.rule, { node: narrowed, property: standardShort[0]!.property }, { x: standardShort.map(s => s.label).join('; ') }, fixes, { message: 'standard' });
            continue;
        }
        const reading = short.get(element.id);
        // A custom clause on this element alone is replaced by the standard clause; a flagged one
        // on several elements is left to the user (inserting beside it would contradict it).
        const replace = reading !== undefined && reading.clause.covers.length <= 1 ? reading.clause : undefined;
        const fixable = insertable && (replace !== undefined || !reading?.flags.length);
        const fixes = fixable ? [replace ? replaceByStandard(replace, clause, say('clauses.replaceByStandardClause', lang, clause)) : insertStandard(agreement, clause, lang)] : [];
        if (element.rule === 'DPA-R07' && fixable) {
            fixes.push(fix(say('clauses.fixes.subprocessingSpecific', lang), [replace ? replaceNode(replace, 'subprocessing specific') : insertClause(agreement, 'subprocessing specific')]));
        }
        if (reading) {
            // A custom clause claims or is about the element but its text falls short: said there.
            context.report.rule(element.rule, shortfallWhere(context, reading), { x: reading.clause.title, y: shortfallWhy(reading, lang) }, fixes, { message: 'read' });
        } else {
            reportRule(context, element.rule, where, x, fixes);
        }
    }
    if (provided.has('security') && agreement.measures.length === 0) reportRule(context, 'DPA-R06', where);
    for (const reading of contradictions(agreement)) {
        const rule = art28Element(reading.element).rule;
        if (!ABSENCE_RULES.has(rule)) continue;
        context.report.rule(rule, shortfallWhere(context, reading), { x: reading.clause.title, y: shortfallWhy(reading, lang) }, [], { message: 'contradicts', severity: 'warning' });
    }
}

const WITHHELD: Readonly<Record<string, TextKey>> = {
    'transfers': 'clauses.withheld.transfers',
    'legal-requirement-notice': 'clauses.withheld.legal-requirement-notice',
    'infringement-notice': 'clauses.withheld.infringement-notice',
    'persons-bound': 'clauses.withheld.persons-bound'
};

/**
 * A standard clause that says it leaves out a part of the element (`instructions without
 * infringement-notice`): reported at its `without`, naming the parts (variant `withheld`).
 */
function reportWithheld(agreement: ast.Agreement, element: string, rule: string, context: CheckContext): boolean {
    const clause = agreement.clauses.find(c => withheldParts(c, element).length > 0);
    if (!clause) return false;
    const withheld = withheldParts(clause, element);
    const parts = withheld.map(part => say(WITHHELD[part] ?? 'clauses.withheld.persons-bound', context.lang)).join('; ');
    const text = restoredText(clause, withheld);
    const fixes = text ? [replaceByStandard(clause, text, say('clauses.replaceByStandardClause', context.lang, text))] : [];
    if (ast.isInstructionsClause(clause)) {
        const index = clause.omitted.findIndex(part => part === withheld[0]);
        context.report.rule(rule, { node: clause, property: 'omitted', index }, { x: parts }, fixes, { message: 'withheld' });
    } else {
        context.report.rule(rule, { node: clause, property: 'withoutPersons' }, { x: parts }, fixes, { message: 'withheld' });
    }
    return true;
}

/** The clause as written, with the withheld parts given back (its other parameters kept). */
function restoredText(clause: ast.Clause, withheld: readonly string[]): string | undefined {
    const list = (keyword: string, values: readonly string[]) => (values.length > 0 ? ` ${keyword} ${values.join(', ')}` : '');
    if (ast.isInstructionsClause(clause)) {
        return `instructions${list('from', clause.sources)}${list('without', clause.omitted.filter(part => !withheld.includes(part)))}`;
    }
    if (ast.isConfidentialityClause(clause)) {
        const survives = clause.untilDeletion ? ' survives until-deletion' : clause.survives ? ` survives ${cstText(clause.survives) ?? ''}` : '';
        return `confidentiality${list('except', clause.exceptions)}${survives}`;
    }
    return undefined;
}

/**
 * DPA-R07 (Art. 28(2)): `subprocessing without-authorisation` holds a text that lets the processor
 * engage sub-processors without the controller's prior written authorisation: the element is
 * written, and falls short; said at the value, with the two lawful forms as fixes.
 */
export function subprocessingWithoutAuthorisation(clause: ast.SubprocessingClause, context: CheckContext): void {
    if (clause.authorisation !== 'without-authorisation') return;
    const { lang } = context;
    const specific = replaceProperty(clause, 'authorisation', 'specific');
    const fixes = [
        replaceByStandard(clause, `subprocessing general notice ${DATA.defaults.subprocessingNotice} objection allowed`, say('clauses.fixes.subprocessingNoticeObjection', lang)),
        specific ? fix(say('clauses.fixes.subprocessingSpecific', lang), [specific]) : undefined
    ];
    context.report.rule('DPA-R07', { node: clause, property: 'authorisation' }, {}, fixes, { message: 'withoutAuthorisation' });
}

/**
 * DPA-R03 (Art. 28(3)(a)): `transfers without-instruction` holds a text that lets the processor
 * transfer personal data outside the EEA on its own, with a Chapter V mechanism but without the
 * controller's documented instruction, which Art. 28(3)(a) requires for transfers too.
 */
export function transfersWithoutInstruction(clause: ast.TransfersClause, context: CheckContext): void {
    if (!clause.withoutInstruction) return;
    context.report.rule('DPA-R03', { node: clause, property: 'withoutInstruction' }, {}, [], { message: 'transfersWithoutInstruction' });
}

/**
 * The absence rules with no other finding. DPA-R12 and R15 (obligations.ts) and R58
 * (contract-terms.ts) are reported here too when their element is absent, through the data.
 */
export const owner: RuleOwner = { name: 'absent-elements', rules: ['DPA-R03', 'DPA-R05', 'DPA-R06', 'DPA-R07', 'DPA-R11', 'DPA-R13', 'DPA-R16', 'DPA-R17'] };

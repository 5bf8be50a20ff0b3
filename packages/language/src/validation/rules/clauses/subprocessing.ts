import { WORDING_DATA } from '../../../data/index.js';
import * as ast from '../../../generated/ast.js';
import type { CheckContext, RuleOwner } from '../../check-module.js';
import { fix, replaceNode } from '../../fixes.js';
import { where as textWhere, type Piece } from '../../prose.js';
import { compileFamily, context as wordingContext, findAll, findFamily, positions, testAny } from '../../text/index.js';
import { readClause } from '../custom-clauses/reading.js';
import { shortfallWhere } from '../custom-clauses/shortfall.js';
import { clausesOf, cstText, DATA, insertStandard, PATTERNS, paragraphsOf, rangeIn, replaceByStandard, replaceProperty, reportRule, say, standard } from './shared.js';

/**
 * DPA-R08 (Art. 28(2)): a general authorisation needs advance notice of each change and a right to
 * object; so does a text that engages sub-processors without any authorisation (at least as wide
 * as a general one, DPA-R07). Without the right to object the controller cannot stop a sub-processor: the catalogue
 * severity (error). With the right to object but no notice period the catalogue names a warning.
 */
export function generalAuthorisation(clause: ast.SubprocessingClause, context: CheckContext): void {
    objectionEffect(clause, context);
    // A specific authorisation needs no notice; a general one for classes of services beside it
    // (`general-for`) still needs the right to object (the notice period is left to the text).
    if (clause.authorisation === 'specific' && (clause.classes.length === 0 || clause.objection)) return;
    if (clause.objection && clause.notice) return;
    const { lang } = context;
    const notice = cstText(clause.notice);
    const fixes = [
        replaceByStandard(clause, `subprocessing general notice ${notice ?? DATA.defaults.subprocessingNotice} objection allowed`, say('clauses.fixes.subprocessingNoticeObjection', lang)),
        fix(say('clauses.fixes.subprocessingSpecific', lang), [replaceNode(clause, `subprocessing specific${notice ? ` notice ${notice}` : ''}`)])
    ];
    reportRule(context, 'DPA-R08', { node: clause, property: 'authorisation' }, undefined, fixes, clause.objection ? 'warning' : undefined);
}

/**
 * DPA-R08 (Art. 28(2)): what follows an objection must leave the controller a real choice. An
 * objection that lets the processor end or suspend the (main) agreement without compensation
 * sanctions objecting (variant `sanction`); consequences that neither keep the sub-processor out
 * nor let the controller leave give the objection no effect (variant `noEffect`). Both warnings,
 * as the catalogue's "objection without consequence".
 */
function objectionEffect(clause: ast.SubprocessingClause, context: CheckContext): void {
    const after = clause.afterObjection;
    if (!clause.objection || after.length === 0) return;
    const where = { node: clause, property: 'afterObjection' as const, index: 0 };
    if (after.includes('processor-may-terminate')) {
        const index = after.indexOf('processor-may-terminate');
        context.report.rule('DPA-R08', { ...where, index }, {}, [], { severity: 'warning', message: 'sanction' });
    } else if (!after.includes('not-engaged') && !after.includes('controller-may-terminate')) {
        context.report.rule('DPA-R08', where, {}, [], { severity: 'warning', message: 'noEffect' });
    }
}

const R08 = compileFamily(WORDING_DATA['DPA-R08'], 'DPA-R08');
const PARTY_PROCESSOR = wordingContext('partyProcessor');
const PARTY_CONTROLLER = wordingContext('partyController');
/** How far after the permission's verb a role word counts as its subject ("kan de Verwerker"). */
const INVERSION_REACH = 16;

/**
 * Who may act on a permission found at [start, end) of a sentence, by Dutch or English role words:
 * one named right after its verb, else the party named last before it, else the first inside it.
 */
function partyOf(text: string, start: number, end: number): 'processor' | 'controller' | undefined {
    const named = [
        ...positions(PARTY_PROCESSOR, text).map(p => ({ p, who: 'processor' as const })),
        ...positions(PARTY_CONTROLLER, text).map(p => ({ p, who: 'controller' as const }))
    ].sort((x, y) => x.p - y.p);
    // Dutch inversion: "dan kan Verwerker … opzeggen" names the actor right after the verb.
    const inverted = named.find(n => n.p >= start && n.p < Math.min(end, start + INVERSION_REACH));
    const before = named.filter(n => n.p < start);
    return (inverted ?? before[before.length - 1] ?? named.find(n => n.p < end))?.who;
}

/**
 * DPA-R08 (Art. 28(2)) in prose: after an objection to a new sub-processor, the processor may
 * terminate or suspend the agreement (wording.json DPA-R08, in a sentence about the objection):
 * objecting is sanctioned, so the controller has no real chance to object (variant `sanction`).
 * The party is the role word named with the permission (partyOf); a controller that may terminate
 * is the lawful consequence and stays quiet.
 */
export function objectionSanction(piece: Piece, context: CheckContext): void {
    for (const m of findFamily(R08, piece.sentences)) {
        if (partyOf(m.sentence.text, m.start - m.sentence.start, m.end - m.sentence.start) !== 'processor') continue;
        context.report.rule('DPA-R08', textWhere(context, piece, m.start, m.end), {}, [], { severity: 'warning', message: 'sanction' });
    }
}

/**
 * DPA-R09 (Art. 28(4)): `flow-down none` holds a text that engages sub-processors without
 * imposing the same data-protection obligations on them; `flow-down relevant` one that imposes
 * only those it calls relevant (the catalogue's warning, "relevante verplichtingen").
 */
export function flowDownOmitted(clause: ast.SubprocessingClause, context: CheckContext): void {
    if (clause.flowDown !== 'none' && clause.flowDown !== 'relevant') return;
    const same = replaceProperty(clause, 'flowDown', 'same');
    const fixes = same ? [fix(say('clauses.fixes.flowDownSame', context.lang), [same], true)] : [];
    if (clause.flowDown === 'relevant') {
        context.report.rule('DPA-R09', { node: clause, property: 'flowDown' }, {}, fixes, { severity: 'warning', message: 'relevant' });
    } else {
        reportRule(context, 'DPA-R09', { node: clause, property: 'flowDown' }, undefined, fixes);
    }
}

/**
 * DPA-R08 (Art. 28(2)) in prose: a custom clause on sub-processors, without a standard
 * `subprocessing` clause, that gives a general authorisation (clause-reading.json condition
 * `general-authorisation`) or lets the processor engage sub-processors without any authorisation
 * (a flag of the element: at least as wide as a general one) must give notice of intended changes
 * and a chance to object (parts `change-notice`, `objection`). Severity as for the standard clause:
 * no right to object is the catalogue's error, a right to object without notice a warning.
 */
export function customGeneralAuthorisation(clause: ast.CustomClause, context: CheckContext): void {
    if (clausesOf(context.agreement).has(ast.isSubprocessingClause)) return;
    const reading = readClause(clause).find(r => r.element === 'subprocessing' && r.read);
    if (!reading || (!reading.conditions.includes('general-authorisation') && reading.flags.length === 0)) return;
    const lacks = (id: string) => reading.missing.some(part => part.id === id);
    if (!lacks('change-notice') && !lacks('objection')) return;
    reportRule(context, 'DPA-R08', shortfallWhere(context, reading), undefined, [], lacks('objection') ? undefined : 'warning');
}

/**
 * DPA-R09 (Art. 28(4)): a custom clause on sub-processors, without a standard `subprocessing`
 * clause (which imposes the same obligations), must impose the same obligations; "relevante
 * verplichtingen" is the catalogue's warning.
 */
export function customSubprocessingClause(clause: ast.CustomClause, context: CheckContext): void {
    if (!clause.covers.includes('subprocessing') || clausesOf(context.agreement).has(ast.isSubprocessingClause)) return;
    const paragraphs = paragraphsOf(clause);
    const insert = [insertStandard(context.agreement, standard('subprocessing'), context.lang)];
    const partial = paragraphs.flatMap(p => findAll(PATTERNS.flowDownPartial, p.text).map(m => ({ p, m })))[0];
    if (partial) {
        reportRule(context, 'DPA-R09', { node: clause, range: rangeIn(context, partial.p, partial.m) }, undefined, insert, 'warning');
    } else if (!paragraphs.some(p => testAny(PATTERNS.flowDown, p.text))) {
        reportRule(context, 'DPA-R09', { node: clause, property: 'name' }, undefined, insert);
    }
}

/**
 * DPA-R09 (Art. 28(4)), the catalogue's warning variant: a sub-processor whose contract is still
 * `pending` is not yet bound by the same obligations, and may not process personal data until it is.
 */
export function pendingSubProcessorContract(sub: ast.SubProcessor, context: CheckContext): void {
    if (sub.contract !== 'pending') return;
    context.report.rule('DPA-R09', { node: sub, property: 'contract' }, { x: sub.legalName?.trim() || sub.name }, [], { severity: 'warning', message: 'pending' });
}

export const owner: RuleOwner = { name: 'subprocessing', rules: ['DPA-R08', 'DPA-R09'] };

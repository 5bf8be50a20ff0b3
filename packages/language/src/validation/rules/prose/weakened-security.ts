import { WORDING_DATA } from '../../../data/index.js';
import type * as ast from '../../../generated/ast.js';
import { LANGUAGE_MESSAGES } from '../../../i18n/texts.js';
import type { CheckContext, RuleOwner } from '../../check-module.js';
import { where, type Piece } from '../../prose.js';
import { actorAt, compileFamily, context as wordingContext, findFamily, mentions } from '../../text/index.js';

const R41 = compileFamily(WORDING_DATA['DPA-R41'], 'DPA-R41');
const SECURITY = wordingContext('security');

/** DPA-R41: the security obligation weakened (best efforts, no guarantee, changes at will, …). */
export function weakenedSecurity(piece: Piece, context: CheckContext): void {
    const clause = piece.clause;
    const aboutSecurity = piece.kind === 'measure' || (clause !== undefined && (clause.covers.includes('security') || mentions(SECURITY, clause.title)));
    for (const m of findFamily(R41, piece.sentences)) {
        if (!aboutSecurity && !mentions(SECURITY, m.sentence.text)) continue;
        // "… en is verantwoordelijk voor …" shares the subject of the sentence: its first party.
        if (m.variant.id === 'controller-responsible' && actorAt(m.sentence, m.sentence.start) !== 'controller') continue;
        context.report.rule('DPA-R41', where(context, piece, m.start, m.end), { x: m.variant.label?.[context.lang] ?? m.text });
    }
}

/**
 * DPA-R41 (Art. 28(3), 32): `legal-frame … within-power`: every obligation of the processor only
 * "as far as within its power", the security obligation included.
 */
export function obligationsWithinPower(clause: ast.LegalFrameClause, context: CheckContext): void {
    if (!clause.withinPower) return;
    context.report.rule('DPA-R41', { node: clause, property: 'withinPower' }, {}, [], { message: 'withinPower' });
}

/** The parameters of a `security` clause that weaken Art. 32, with their message part (`clauses.securityWeakened.*`). */
const WEAKENINGS = ['bestEfforts', 'noGuarantee', 'reasonableLevel', 'acceptedByController', 'controllerResponsible', 'updatesCharged', 'changesAtDiscretion'] as const;

/**
 * DPA-R41 (Art. 28(3)(c), 32): a `security` clause whose parameters say what a weakened text says:
 * one diagnostic per parameter, at its keyword.
 */
export function weakenedSecurityClause(clause: ast.SecurityClause, context: CheckContext): void {
    for (const property of WEAKENINGS) {
        if (clause[property]) context.report.rule('DPA-R41', { node: clause, property }, { x: LANGUAGE_MESSAGES.text(context.lang, `clauses.securityWeakened.${property}`) });
    }
}

export const owner: RuleOwner = { name: 'weakened-security', rules: ['DPA-R41'] };

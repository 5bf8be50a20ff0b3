import { WORDING_DATA } from '../../../data/index.js';
import type * as ast from '../../../generated/ast.js';
import type { CheckContext, RuleOwner } from '../../check-module.js';
import { where, type Piece } from '../../prose.js';
import { compileFamily, findFamily, type FamilyMatch } from '../../text/index.js';

const R32 = compileFamily(WORDING_DATA['DPA-R32'], 'DPA-R32');

/**
 * DPA-R32: the agreement defines a breach itself (the generated definitions already give the one
 * of Art. 4(12)), or with a Wbp-style risk threshold, or limits the processor's notice to some
 * breaches ("only for incidents of large impact": Art. 33(2) knows no threshold). One diagnostic per
 * sentence, on the threshold if there is one.
 */
export function breachDefinition(piece: Piece, context: CheckContext): void {
    const bySentence = new Map<number, FamilyMatch>();
    for (const m of findFamily(R32, piece.sentences)) {
        const seen = bySentence.get(m.sentence.start);
        if (!seen || (seen.variant.id !== 'threshold' && m.variant.id === 'threshold')) bySentence.set(m.sentence.start, m);
    }
    for (const m of bySentence.values()) {
        // A notice only for some breaches ("alleen bij grote impact") narrows Art. 33(2) itself.
        const variant = m.variant.id === 'notice-threshold' ? { message: 'notice' } : {};
        context.report.rule('DPA-R32', where(context, piece, m.start, m.end), {}, [], variant);
    }
}

/**
 * DPA-R32 (Art. 4(12), 33(2)): a `breach` clause that notifies only breaches of large impact
 * (`only-large-impact`), or defines a breach as a breach of the security measures
 * (`definition security-measures`) or by a risk threshold (`definition adverse-effects`), narrower
 * than Art. 4(12).
 */
export function breachClauseScope(clause: ast.BreachClause, context: CheckContext): void {
    if (clause.largeImpactOnly) context.report.rule('DPA-R32', { node: clause, property: 'largeImpactOnly' }, {}, [], { message: 'notice' });
    if (clause.definition === 'security-measures') context.report.rule('DPA-R32', { node: clause, property: 'definition' }, {}, [], { message: 'measures' });
    if (clause.definition === 'adverse-effects') context.report.rule('DPA-R32', { node: clause, property: 'definition' }, {}, [], { message: 'adverseEffects' });
}

export const owner: RuleOwner = { name: 'breach-definition', rules: ['DPA-R32'] };

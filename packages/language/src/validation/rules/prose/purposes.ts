import { GrammarUtils } from 'langium';
import { WORDING_DATA } from '../../../data/index.js';
import type * as ast from '../../../generated/ast.js';
import { LANGUAGE_MESSAGES, type TextKey } from '../../../i18n/texts.js';
import type { CheckContext, RuleOwner } from '../../check-module.js';
import { fix, replaceNode } from '../../fixes.js';
import { where, type Piece } from '../../prose.js';
import { actorAt, compileFamily, findFamily } from '../../text/index.js';

const R04 = compileFamily(WORDING_DATA['DPA-R04'], 'DPA-R04');

/**
 * DPA-R04: the processor may use the data for its own or open-ended purposes (statistics, research,
 * improving or developing its services, benchmarking, training models, anonymised reuse for its
 * own ends: Art. 28(10)); once per sentence. Own use by the controller is none.
 */
export function ownPurposes(piece: Piece, context: CheckContext): void {
    const reported = new Set<number>();
    for (const m of findFamily(R04, piece.sentences)) {
        if (reported.has(m.sentence.start)) continue;
        if (m.variant.id !== 'open-ended' && actorAt(m.sentence, m.start) === 'controller') continue;
        reported.add(m.sentence.start);
        context.report.rule('DPA-R04', where(context, piece, m.start, m.end));
    }
}

const OWN_PURPOSES: Readonly<Record<string, TextKey>> = {
    'statistics': 'clauses.ownPurposes.statistics',
    'service-improvement': 'clauses.ownPurposes.service-improvement',
    'aggregated': 'clauses.ownPurposes.aggregated',
    'benchmarking': 'clauses.ownPurposes.benchmarking',
    'model-training': 'clauses.ownPurposes.model-training'
};

/**
 * DPA-R04 (Art. 28(10), 5(1)(b)): `own-purposes statistics, …` lets the processor use the data for
 * its own ends; every class is reported in one diagnostic (aggregated or anonymised reuse too:
 * anonymising is itself processing for the processor's own purpose).
 */
export function ownPurposesClause(clause: ast.OwnPurposesClause, context: CheckContext): void {
    if (clause.purposes.length === 0) return;
    const { lang } = context;
    const x = clause.purposes.map(p => LANGUAGE_MESSAGES.text(lang, OWN_PURPOSES[p] ?? 'clauses.ownPurposes.aggregated')).join(', ');
    const nodes = GrammarUtils.findNodesForProperty(clause.$cstNode, 'purposes');
    const range = nodes.length > 0 ? { start: nodes[0]!.range.start, end: nodes.at(-1)!.range.end } : undefined;
    const fixes = [fix(LANGUAGE_MESSAGES.text(lang, 'fix.replaceWith', { text: 'own-purposes none' }), [replaceNode(clause, 'own-purposes none')])];
    context.report.rule('DPA-R04', range ? { node: clause, range } : { node: clause }, { x }, fixes, { message: 'clause' });
}

export const owner: RuleOwner = { name: 'purposes', rules: ['DPA-R04'] };

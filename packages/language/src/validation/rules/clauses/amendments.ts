import { GrammarUtils } from 'langium';
import { WORDING_DATA } from '../../../data/index.js';
import type * as ast from '../../../generated/ast.js';
import type { CheckContext, RuleOwner } from '../../check-module.js';
import { fix, replaceRange } from '../../fixes.js';
import { where, type Piece } from '../../prose.js';
import { actorAt, compileFamily, context as wordingContext, findFamily, mentions } from '../../text/index.js';
import { reportRule, say } from './shared.js';

const R45 = compileFamily(WORDING_DATA['DPA-R45'], 'DPA-R45');
const AGREEMENT_OBJECT = wordingContext('agreementObject');

/** DPA-R45: the processor may amend the agreement unilaterally (even with notice). */
export function unilateralAmendments(clause: ast.AmendmentsClause, context: CheckContext): void {
    if (!clause.unilateral) return;
    const keyword = GrammarUtils.findNodeForKeyword(clause.$cstNode, 'amendments');
    const unilateral = GrammarUtils.findNodeForProperty(clause.$cstNode, 'unilateral');
    const end = clause.$cstNode?.range.end;
    if (!keyword || !unilateral || !end) return;
    const fixes = [fix(say('clauses.fixes.amendmentsBoth', context.lang), [replaceRange({ start: keyword.range.end, end }, '')], true)];
    reportRule(context, 'DPA-R45', { node: clause, range: { start: unilateral.range.start, end } }, undefined, fixes);
}

/** DPA-R45 (text): the processor may change the agreement (its terms, its provisions) on its own. */
export function unilateralChange(piece: Piece, context: CheckContext): void {
    for (const m of findFamily(R45, piece.sentences)) {
        if (!mentions(AGREEMENT_OBJECT, piece.sentences.text.slice(m.sentence.start, m.end))) continue;
        if (actorAt(m.sentence, m.start) === 'controller') continue;
        context.report.rule('DPA-R45', where(context, piece, m.start, m.end));
    }
}

export const owner: RuleOwner = { name: 'amendments', rules: ['DPA-R45'] };

import { WORDING_DATA } from '../../../data/index.js';
import type * as ast from '../../../generated/ast.js';
import { LANGUAGE_MESSAGES } from '../../../i18n/texts.js';
import { fix, replaceRange } from '../../fixes.js';
import { GrammarUtils } from 'langium';
import type { CheckContext, RuleOwner } from '../../check-module.js';
import { clauseText, where, type Piece } from '../../prose.js';
import { compileFamily, context as wordingContext, findFamily, isNegated, mentions } from '../../text/index.js';

const R54 = compileFamily(WORDING_DATA['DPA-R54'], 'DPA-R54');
const STATUTORY_ASSISTANCE = wordingContext('statutoryAssistance');
const PROCESSOR_FAULT = wordingContext('processorFault');

/** The Art. 28(3) elements whose assistance is statutory (DPA-R54). */
const STATUTORY_ELEMENTS: readonly string[] = ['data-subject-requests', 'assistance', 'deletion', 'audit', 'breach-notification'];

/**
 * DPA-R54: statutory assistance (breach, rights, deletion, audit, DPIA) charged to the
 * controller, without an exception for the processor's own fault anywhere in the clause. The
 * paragraph, the clause's title or its `covers` must be about statutory assistance. One per
 * sentence.
 */
export function chargedAssistance(piece: Piece, context: CheckContext): void {
    const found = findFamily(R54, piece.sentences);
    if (found.length === 0) return;
    const clause = piece.clause;
    if (clause && mentions(PROCESSOR_FAULT, clauseText(clause))) return;
    const statutory = mentions(STATUTORY_ASSISTANCE, piece.sentences.text)
        || (clause !== undefined && mentions(STATUTORY_ASSISTANCE, clause.title))
        || (clause?.covers ?? []).some(c => STATUTORY_ELEMENTS.includes(c));
    if (!statutory) return;
    const reported = new Set<number>();
    for (const m of found) {
        if (reported.has(m.sentence.start)) continue;
        if (isNegated(piece.sentences.text, m)) continue;
        reported.add(m.sentence.start);
        context.report.rule('DPA-R54', where(context, piece, m.start, m.end));
    }
}

/**
 * DPA-R54 (Art. 28(3)(e),(f)): an `assistance` or `data-subject-requests` clause whose `costs`
 * charge the controller for statutory assistance whatever its cause (`charged`, or
 * `charged-if-substantial`); `controller-caused` and `controller-unless-fault` (no charge where a
 * failure of the processor or a sub-processor made the assistance necessary) are quiet.
 */
export function chargedAssistanceClause(clause: ast.AssistanceClause | ast.DataSubjectRequestsClause, context: CheckContext): void {
    if (clause.costs !== 'charged' && clause.costs !== 'charged-if-substantial') return;
    const cst = GrammarUtils.findNodeForProperty(clause.$cstNode, 'costs');
    const fixes = cst ? [fix(LANGUAGE_MESSAGES.text(context.lang, 'clauses.fixes.controllerCausedCosts'), [replaceRange(cst.range, 'controller-caused')], true)] : [];
    context.report.rule('DPA-R54', { node: clause, property: 'costs' }, {}, fixes);
}

/**
 * DPA-R54: the `costs controller` parameter of the standard `audit` or `termination` clause:
 * audits and deletion are statutory (Art. 28(3)(g), (h)), charged even where the processor falls
 * short. `controller-unless-fault`, `processor` and `agreed` are quiet.
 */
export function chargedStandardClause(clause: ast.AuditClause | ast.TerminationClause, context: CheckContext): void {
    if (clause.costs !== 'controller') return;
    context.report.rule('DPA-R54', { node: clause, property: 'costs' });
}

export const owner: RuleOwner = { name: 'assistance-costs', rules: ['DPA-R54'] };

import { WORDING_DATA } from '../../../data/index.js';
import type { CheckContext, RuleOwner } from '../../check-module.js';
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

export const owner: RuleOwner = { name: 'purposes', rules: ['DPA-R04'] };

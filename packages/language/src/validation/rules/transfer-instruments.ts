import type * as ast from '../../generated/ast.js';
import { REPLACEMENTS_DATA, WORDING_DATA } from '../../data/index.js';
import { lookupTransferMechanism } from '../../transfers.js';
import type { CheckContext, RuleOwner } from '../check-module.js';
import { replaceFix, where, type Piece } from '../prose.js';
import { compileFamily, findFamily, ReplacementTable } from '../text/index.js';
import { mechanismFixes, outsideTransfer, type Destination } from './transfers.js';

// DPA-R24: an invalid transfer instrument (Safe Harbour, Privacy Shield, the old SCC decisions),
// named as a destination's mechanism or in the agreement's text as if it applied.

const R24 = compileFamily(WORDING_DATA['DPA-R24'], 'DPA-R24');
const REPLACEMENTS = new ReplacementTable(REPLACEMENTS_DATA['DPA-R24'], 'replacements.json DPA-R24');

/** DPA-R24: a destination outside the EEA relies on a repealed instrument. */
export function repealedInstrument(node: Destination, context: CheckContext): void {
    const outside = outsideTransfer(node);
    if (!outside) return;
    const country = outside.outside[0]!.country;
    for (const { transfer, mechanism } of outside.written) {
        if (mechanism?.rule !== 'DPA-R24') continue;
        context.report.rule('DPA-R24', { node: transfer, property: 'mechanism' }, { x: mechanism.label[context.lang] }, mechanismFixes(node, country, context.lang, transfer));
    }
}

/** DPA-R24: a repealed instrument among the mechanisms the `transfers` clause allows. */
export function repealedInListedMechanism(clause: ast.TransfersClause, context: CheckContext): void {
    clause.mechanisms.forEach((id, index) => {
        const mechanism = lookupTransferMechanism(id);
        if (mechanism?.rule !== 'DPA-R24') return;
        context.report.rule('DPA-R24', { node: clause, property: 'mechanisms', index }, { x: mechanism.label[context.lang] });
    });
}

/** DPA-R24 (text): an invalid transfer instrument named as if it applied. */
export function invalidInstruments(piece: Piece, context: CheckContext): void {
    for (const m of findFamily(R24, piece.sentences)) {
        const replacement = REPLACEMENTS.find(piece.sentences.text, m.start, m.end);
        context.report.rule('DPA-R24', where(context, piece, m.start, m.end), { x: m.text }, [replaceFix(context, piece, replacement)]);
    }
}

export const owner: RuleOwner = { name: 'transfer-instruments', rules: ['DPA-R24'] };

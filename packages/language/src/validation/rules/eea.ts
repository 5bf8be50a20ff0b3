import { REPLACEMENTS_DATA, WORDING_DATA } from '../../data/index.js';
import { lookupCountry } from '../../countries.js';
import type { CheckContext, RuleOwner } from '../check-module.js';
import { replaceFix, where, type Piece } from '../prose.js';
import { compileFamily, findFamily, ReplacementTable } from '../text/index.js';
import { countryName, placesOf, placeWhere, type Destination } from './destinations.js';

// DPA-R52: the GDPR area is the EEA. A destination in a look-alike territory of an EEA state
// (outside the EEA itself), and "EU" where the text speaks of transfers.

const R52 = compileFamily(WORDING_DATA['DPA-R52'], 'DPA-R52');
const REPLACEMENTS = new ReplacementTable(REPLACEMENTS_DATA['DPA-R52'], 'replacements.json DPA-R52');

/** DPA-R52: a destination in a territory that looks like part of an EEA state but is not in the EEA. */
export function lookalikeTerritory(node: Destination, context: CheckContext): void {
    for (const place of placesOf(node)) {
        const country = lookupCountry(place.code);
        if (!country?.lookalike) continue;
        // Most belong to an EEA state; Gibraltar belongs to the United Kingdom, whose adequacy
        // decision does not cover it: the message must be true of the territory named.
        const state = country.territoryOf !== undefined ? lookupCountry(country.territoryOf) : undefined;
        const outsideState = state !== undefined && (state.status === 'adequate' || state.status === 'partial');
        const args = { x: countryName(country, context.lang), ...(state ? { y: countryName(state, context.lang) } : {}) };
        context.report.rule('DPA-R52', placeWhere(node, place), args, [], { message: outsideState ? 'territoryOfThirdState' : 'territory' });
    }
}

/** DPA-R52 (text): "EU" where transfers are concerned; the GDPR area is the EEA. */
export function euInsteadOfEea(piece: Piece, context: CheckContext): void {
    for (const m of findFamily(R52, piece.sentences)) {
        const replacement = REPLACEMENTS.find(piece.sentences.text, m.start, m.end);
        context.report.rule('DPA-R52', where(context, piece, m.start, m.end), { x: m.text }, [replaceFix(context, piece, replacement, true)]);
    }
}

export const owner: RuleOwner = { name: 'eea', rules: ['DPA-R52'] };

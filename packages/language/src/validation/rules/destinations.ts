import { AstUtils, GrammarUtils, type CstNode, type DiagnosticInfo } from 'langium';
import * as ast from '../../generated/ast.js';
import { lookupCountry, type CountryInfo } from '../../countries.js';
import { processorInEea } from '../../model-facts.js';
import { lookupTransferMechanism, type TransferMechanismInfo } from '../../transfers.js';
import type { Lang } from '../../i18n/lang.js';

// Where personal data go, as the transfer rules read it: a processing location of the processor
// itself, or a sub-processor with its seat and its places of processing. Shared by
// transfers.ts (DPA-R21/22/23/37/38), transfer-instruments.ts (R24) and eea.ts (R52).

/** Where personal data goes: a processing location or a sub-processor. */
export type Destination = ast.Location | ast.SubProcessor;

/** One place a destination names, with the property (and index) that names it. */
export interface Place {
    readonly code: string;
    readonly property: 'country' | 'seat' | 'parent' | 'locations';
    readonly index?: number;
}

/** How a country is named in messages: "Verenigde Staten (US)". */
export function countryName(country: CountryInfo, lang: Lang): string {
    return country.code === 'worldwide' ? country[lang] : `${country[lang]} (${country.code})`;
}

/**
 * Who imports the data, for the SCC module (Decision 2021/914): the processor itself at its place
 * of processing when it is established outside the EEA (controller to processor, module 2); a
 * sub-processor, or another entity that receives the data at the own place abroad of a processor
 * established in the EEA (processor to processor, module 3).
 */
export function kindOf(node: Destination): 'location' | 'subprocessor' {
    return ast.isLocation(node) && !isOwnPlaceOfEeaProcessor(node) ? 'location' : 'subprocessor';
}

/** A place of processing of a processor established in the EEA: its own processing there is no transfer. */
export function isOwnPlaceOfEeaProcessor(node: Destination): node is ast.Location {
    if (!ast.isLocation(node)) return false;
    const agreement = AstUtils.getContainerOfType(node, ast.isAgreement);
    return agreement !== undefined && processorInEea(agreement);
}

/** The transfer mechanisms written for a destination, in order (the first relied on, then fallbacks). */
export function transfersOf(node: Destination): readonly ast.Transfer[] {
    if (ast.isLocation(node)) return node.transfer ? [node.transfer] : [];
    return node.transfers;
}

/**
 * Every place a destination names: a location's country; a sub-processor's `country`, `seat`
 * and `location`s. A sub-processor seated outside the EEA receives the data there even where
 * it stores them inside the EEA (EDPB Guidelines 05/2021: a disclosure to an importer in a
 * third country is a transfer), so its seat counts as a destination too.
 */
export function placesOf(node: Destination): readonly Place[] {
    if (ast.isLocation(node)) return node.country ? [{ code: node.country, property: 'country' }] : [];
    const places: Place[] = [];
    if (node.country !== undefined) places.push({ code: node.country, property: 'country' });
    if (node.seat !== undefined) places.push({ code: node.seat, property: 'seat' });
    // A parent company outside the EEA that the text names (SCCs "for the US parent"): its access
    // is a transfer as the seat's is.
    if (node.parent !== undefined) places.push({ code: node.parent, property: 'parent' });
    node.locations.forEach((code, index) => places.push({ code, property: 'locations', index }));
    return places;
}

/** The diagnostic position of a place: the range of the value that names it. */
export function placeWhere(node: Destination, place: Place): DiagnosticInfo<Destination> {
    const cst = node.$cstNode ? GrammarUtils.findNodesForProperty(node.$cstNode, place.property)[place.index ?? 0] : undefined;
    return cst ? { node, range: cst.range } : { node };
}

/** A country outside the EEA that a destination names (once each), with its first place. */
export interface OutsideCountry {
    readonly country: CountryInfo;
    readonly place: Place;
}

/**
 * A worldwide network (`location worldwide`: edge servers in any country) as a destination: it
 * reaches countries without an adequacy decision, so it needs a mechanism as a third country does.
 */
const WORLDWIDE: CountryInfo = {
    code: 'worldwide', status: 'third',
    nl: 'een wereldwijd netwerk (ook landen zonder adequaatheidsbesluit)', en: 'a worldwide network (countries without an adequacy decision included)'
};

/** The countries outside the EEA a destination names; the EEA, EU, unknown codes and `unknown` are left out. */
export function outsideCountries(node: Destination): readonly OutsideCountry[] {
    const seen = new Map<string, OutsideCountry>();
    for (const place of placesOf(node)) {
        if (seen.has(place.code)) continue;
        if (place.code === 'worldwide') {
            seen.set(place.code, { country: WORLDWIDE, place });
            continue;
        }
        if (ast.isRegion(place.code)) continue;
        const country = lookupCountry(place.code);
        if (country && country.status !== 'eea') seen.set(place.code, { country, place });
    }
    return [...seen.values()];
}

/** A written mechanism with its catalogue entry (undefined for an unknown id). */
export interface WrittenTransfer {
    readonly transfer: ast.Transfer;
    readonly mechanism: TransferMechanismInfo | undefined;
}

export function writtenTransfers(node: Destination): readonly WrittenTransfer[] {
    return transfersOf(node).map(transfer => ({ transfer, mechanism: lookupTransferMechanism(transfer.mechanism) }));
}

/**
 * Whether a transfer to this country rests on an adequacy decision (Art. 45) through this
 * written mechanism: `adequacy` for a country with a full decision, or a certified `dpf` for a
 * country the DPF covers.
 */
export function adequacyApplies(written: WrittenTransfer, country: CountryInfo): boolean {
    const { transfer, mechanism } = written;
    if (!mechanism?.valid) return false;
    if (mechanism.id === 'adequacy') return country.status === 'adequate';
    if (mechanism.id === 'dpf') return (mechanism.countries ?? []).includes(country.code) && transfer.certified;
    return false;
}

/** Whether a written mechanism is valid and can serve this country at all. */
export function mechanismApplies(written: WrittenTransfer, country: CountryInfo): boolean {
    const { mechanism } = written;
    if (!mechanism?.valid) return false;
    if (mechanism.countries && !mechanism.countries.includes(country.code)) return false;
    if (mechanism.id === 'adequacy') return country.status !== 'third' && country.requires === undefined;
    return true;
}

/** The CST node after which a new `transfer` of a sub-processor or location is inserted. */
export function lastPlaceNode(node: Destination): CstNode | undefined {
    if (!node.$cstNode) return undefined;
    const nodes = ['country', 'seat', 'locations']
        .flatMap(property => GrammarUtils.findNodesForProperty(node.$cstNode, property));
    return nodes.sort((a, b) => a.offset - b.offset).at(-1);
}

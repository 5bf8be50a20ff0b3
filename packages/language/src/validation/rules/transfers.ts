import { AstUtils, GrammarUtils } from 'langium';
import * as ast from '../../generated/ast.js';
import { RECIPIENTS_DATA, WORDING_DATA } from '../../data/index.js';
import { countryAlias, lookupCountry, needsTransferMechanism, type CountryInfo } from '../../countries.js';
import { processorInEea, receivesData } from '../../model-facts.js';
import { expectedSccModule, isGdprRegion } from '../../transfers.js';
import type { Lang } from '../../i18n/lang.js';
import { LANGUAGE_MESSAGES } from '../../i18n/texts.js';
import type { CheckContext, RuleOwner } from '../check-module.js';
import { allContents, type DocumentFact } from '../document-facts.js';
import { fix, replaceNode, type Fix, type FixEdit } from '../fixes.js';
import { where as textWhere, type Piece } from '../prose.js';
import { compileFamily, compilePatterns, context as wordingContext, findFamily, mentions } from '../text/index.js';
import { remoteAccessIn } from './remote-access.js';
import {
    adequacyApplies, countryName, isOwnPlaceOfEeaProcessor, kindOf, lastPlaceNode, mechanismApplies, outsideCountries, placesOf, placeWhere,
    writtenTransfers, type Destination, type OutsideCountry, type WrittenTransfer
} from './destinations.js';

export { countryName, type Destination } from './destinations.js';

/** The edit that sets the destination's transfer mechanism to `text` (replacing `replacing`, or added). */
function setTransfer(node: Destination, text: string, replacing: ast.Transfer | undefined): FixEdit | undefined {
    if (replacing) return replaceNode(replacing, text);
    const after = lastPlaceNode(node);
    return after ? { range: { start: after.range.end, end: after.range.end }, newText: ` ${text}` } : undefined;
}

/** The mechanisms that would make a transfer to this country lawful, as quick fixes. */
export function mechanismFixes(node: Destination, country: CountryInfo, lang: Lang, replacing?: ast.Transfer): Fix[] {
    const module = expectedSccModule(kindOf(node));
    const fixes = [fix(LANGUAGE_MESSAGES.text(lang, 'fix.scc', { module }), [setTransfer(node, `transfer scc module ${module}`, replacing)])];
    // The processor established in the EEA cannot be certified under the DPF (DPA-R22 processorInEea).
    if (country.requires === 'dpf' && !isOwnPlaceOfEeaProcessor(node)) {
        fixes.unshift(fix(LANGUAGE_MESSAGES.text(lang, 'fix.dpf'), [setTransfer(node, 'transfer dpf certified', replacing)], true));
    }
    return fixes.filter((f): f is Fix => f !== undefined);
}

/** The transfers of a destination outside the EEA, as written: the countries and the mechanisms. */
export interface OutsideTransfer {
    readonly outside: readonly OutsideCountry[];
    readonly written: readonly WrittenTransfer[];
}

/**
 * The transfers of a destination outside the EEA, unless full adequacy applies to every country
 * (with the `adequacy` mechanism or none at all): then no mechanism is needed.
 */
export function outsideTransfer(node: Destination): OutsideTransfer | undefined {
    const outside = outsideCountries(node);
    if (outside.length === 0) return undefined;
    const written = writtenTransfers(node);
    const fullAdequacy = outside.every(o => o.country.status === 'adequate');
    if (fullAdequacy && written.every(w => w.transfer.mechanism === 'adequacy')) return undefined;
    return { outside, written };
}

/**
 * Chapter V: a destination outside the EEA needs a valid mechanism (DPA-R21), unless adequacy
 * applies: in full, or — for a decision with a scope (US: DPF-certified organisations; Canada:
 * PIPEDA …) — once the recipient is confirmed to be within it (R22, warning). The controller's
 * consent is no mechanism (R23); a stated adequacy must exist and cover the recipient (R22);
 * SCCs need the right module and, when the transfer rests on them, a TIA (R37); an Art. 49
 * derogation does not fit structural transfers (R38). A place still `unknown` is to be verified
 * (R21, warning). Repealed instruments are DPA-R24 (transfer-instruments.ts), look-alike
 * territories of EEA states DPA-R52 (eea.ts).
 */
export function transferMechanism(node: Destination, context: CheckContext): void {
    const { report, lang } = context;
    // A provider declared to receive no personal data (`role not-subprocessor`) transfers none.
    if (ast.isSubProcessor(node) && !receivesData(node)) return;
    for (const place of placesOf(node)) {
        if (place.code === 'unknown') {
            report.rule('DPA-R21', placeWhere(node, place), { x: recipientName(node, lang) }, [], { severity: 'warning', message: 'unknown' });
        } else if (place.property === 'locations' && TEMPLATE_FIELD.test(place.code)) {
            report.rule('DPA-R21', placeWhere(node, place), { x: recipientName(node, lang) }, [], { severity: 'info', message: 'templateField' });
        }
    }
    if (ast.isSubProcessor(node) && !foreignLegalForm(node, context)) knownCompany(node, context);
    const transfers = outsideTransfer(node);
    if (!transfers) return;
    const { outside, written } = transfers;
    if (ast.isSubProcessor(node)) pairedPlaces(node, outside, context);
    const valid = written.filter(w => w.mechanism?.valid);
    const firstInvalid = written.find(w => !w.mechanism?.valid)?.transfer;
    for (const { country, place } of outside) {
        if (!needsTransferMechanism(country)) continue;
        const where = placeWhere(node, place);
        if (valid.length === 0 && isOwnPlaceOfEeaProcessor(node)) {
            // The processor's own processing abroad is no transfer by itself (EDPB Guidelines
            // 05/2021, criterion 2: no other party receives the data); whoever else receives them
            // there is a recipient with its own mechanism (review A-01, round 2).
            report.rule('DPA-R21', where, { x: recipientName(node, lang), y: countryName(country, lang) }, mechanismFixes(node, country, lang, firstInvalid), { severity: 'warning', message: 'ownPlace' });
        } else if (written.length === 0 && country.status === 'partial') {
            // Adequacy with a scope and no mechanism written: lawful for a recipient within the
            // scope (Art. 45(1)), which the parties must confirm; not a transfer without a basis.
            report.rule('DPA-R22', where, { x: countryName(country, lang), y: scopeOf(country, lang) }, mechanismFixes(node, country, lang), { severity: 'warning', message: 'scope' });
        } else if (valid.length === 0) {
            report.rule('DPA-R21', where, { x: countryName(country, lang) }, mechanismFixes(node, country, lang, firstInvalid));
        } else if (outside.length > 1 && !valid.some(w => mechanismApplies(w, country))) {
            report.rule('DPA-R21', where, { x: countryName(country, lang) }, mechanismFixes(node, country, lang));
        }
    }
    for (const w of written) checkWritten(node, w, transfers, context);
}

const TEMPLATE_FIELD = /^\{\{[^}]*\}\}$/u;
const FOREIGN_FORMS = compilePatterns(RECIPIENTS_DATA.foreignLegalForms, 'iu', 'recipients.json foreignLegalForms');

/**
 * DPA-R21, a company form of outside the EEA ("Supabase, Inc.", "… LLC") for a recipient that
 * declares neither seat, parent nor short-form country and only places within the EEA: where it is
 * seated decides whether its access is a transfer, and is not said.
 */
function foreignLegalForm(node: ast.SubProcessor, { report }: CheckContext): boolean {
    if (node.seat !== undefined || node.parent !== undefined || node.country !== undefined || !node.legalName) return false;
    if (node.locations.length === 0 || !node.locations.every(place => isGdprRegion(place) || lookupCountry(place)?.status === 'eea')) return false;
    for (const pattern of FOREIGN_FORMS) {
        const m = pattern.exec(node.legalName);
        if (!m) continue;
        report.rule('DPA-R21', { node, property: 'legalName' }, { x: node.legalName, y: m[0].trim() }, [], { severity: 'warning', message: 'foreignForm' });
        return true;
    }
    return false;
}

/** A name compared without case, punctuation or spacing ("Anthropic, PBC" = "anthropic pbc"). */
function nameKey(name: string): string {
    return name.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

const KNOWN_COMPANIES = new Map(RECIPIENTS_DATA.knownCompanies.flatMap(c => c.names.map(n => [nameKey(n), c] as const)));

/** The forms of a name to look up: the whole, the part before brackets and the part inside them. */
function nameForms(name: string): string[] {
    const trimmed = name.trim();
    const open = trimmed.lastIndexOf('(');
    if (!trimmed.endsWith(')') || open < 0) return [name];
    return [name, trimmed.slice(0, open), trimmed.slice(open + 1, -1)];
}

/**
 * DPA-R21, a well-known provider (recipients.json knownCompanies) named without seat, parent,
 * short-form country or place outside the EEA: the legal entity behind the name is seated in a
 * third country, so its access would be a transfer (Art. 44) that no mechanism covers. An EEA
 * subsidiary named as such ("Google Ireland Limited") is listed with its EEA seat and stays quiet.
 */
function knownCompany(node: ast.SubProcessor, { report, lang }: CheckContext): void {
    if (node.seat !== undefined || node.parent !== undefined || node.country !== undefined) return;
    if (!node.locations.every(place => place === 'unknown' || isGdprRegion(place) || lookupCountry(place)?.status === 'eea')) return;
    // The identifier only when no name is written: "Microsoft Ireland Operations Limited" under
    // the identifier Microsoft is the Irish company.
    const property = node.legalName?.trim() ? 'legalName' as const : 'name' as const;
    // A declaration the parser could not finish may have no name at all.
    const name = node[property];
    if (!name) return;
    const known = nameForms(name).map(n => KNOWN_COMPANIES.get(nameKey(n))).find(k => k !== undefined);
    if (!known) return;
    const country = lookupCountry(known.country);
    if (!country || country.status === 'eea') return;
    report.rule('DPA-R21', { node, property }, { x: name, y: `${known.entity}, ${countryName(country, lang)}` }, [], { severity: 'warning', message: 'knownCompany' });
}

/**
 * DPA-R21 (information), places in pairs: a sub-processor with a place within the EEA and one
 * outside that needs a mechanism ("VS/EU"), and no seat outside the EEA that would put all its data
 * within reach of that country. Nothing says which data or which processing go where, so the
 * instruction on transfers (Art. 28(3)(a)) leaves open what is transferred: agree it, or treat all
 * it receives as transferred (the controller's record and information: Art. 30(1)(e), 13(1)(f)).
 */
function pairedPlaces(node: ast.SubProcessor, outside: readonly OutsideCountry[], { report, lang }: CheckContext): void {
    if ([node.seat, node.parent, node.country].some(code => code !== undefined && lookupCountry(code)?.status !== 'eea')) return;
    const inside = node.locations.find(place => isGdprRegion(place) || lookupCountry(place)?.status === 'eea');
    // A worldwide edge network says what goes abroad: the content it delivers, cached at the edges.
    const abroad = outside.filter(o => o.place.property === 'locations' && o.place.code !== 'worldwide' && needsTransferMechanism(o.country));
    if (!inside || abroad.length === 0) return;
    const y = abroad.map(o => countryName(o.country, lang)).join(', ');
    // The whole list of places ("US, EU"): the pair is what leaves the question open.
    const places = node.$cstNode ? GrammarUtils.findNodesForProperty(node.$cstNode, 'locations') : [];
    const where = places.length > 0 ? { node, range: { start: places[0]!.range.start, end: places.at(-1)!.range.end } } : { node };
    report.rule('DPA-R21', where, { x: recipientName(node, lang), y }, [], { severity: 'info', message: 'pairedPlaces' });
}

/** The checks of one written mechanism against the countries outside the EEA. */
function checkWritten(node: Destination, written: WrittenTransfer, { outside, written: all }: OutsideTransfer, context: CheckContext): void {
    const { report, lang } = context;
    const { transfer, mechanism } = written;
    if (!mechanism) return;
    const where = { node: transfer, property: 'mechanism' as const };
    const first = outside[0]!.country;
    const names = outside.map(o => countryName(o.country, lang)).join(', ');
    const agreement = ast.isLocation(node) ? AstUtils.getContainerOfType(node, ast.isAgreement) : undefined;
    if (mechanism.id === 'dpf' && agreement !== undefined && processorInEea(agreement)) {
        // The processor's own place abroad: a processor established in the EEA cannot be certified
        // under the DPF (Implementing Decision (EU) 2023/1795 covers only US organisations on the
        // Department of Commerce's list), and its own processing there is no transfer to it.
        report.rule('DPA-R22', where, { x: recipientName(node, lang) }, [], { message: 'processorInEea' });
    } else if (mechanism.rule === 'DPA-R23') {
        report.rule('DPA-R23', where, {}, mechanismFixes(node, first, lang, transfer));
    } else if (mechanism.rule === 'DPA-R24') {
        // A repealed instrument: reported by transfer-instruments.ts.
    } else if (mechanism.id === 'adequacy') {
        for (const { country } of outside) checkAdequacy(node, transfer, country, context);
    } else if (mechanism.countries && !outside.some(o => o.country.code === 'worldwide' || mechanism.countries!.includes(o.country.code))) {
        // A worldwide network reaches the mechanism's countries too (the US of a DPF); the rest it needs another mechanism for.
        report.rule('DPA-R22', where, { x: names }, mechanismFixes(node, first, lang, transfer).filter(f => !f.title.includes('Privacy Framework')));
    } else if (mechanism.requires?.includes('certified') && !transfer.certified) {
        // The decision exists; what is not recorded is that the recipient falls within its scope.
        const covered = outside.find(o => mechanism.countries?.includes(o.country.code))?.country ?? first;
        const certified = fix(LANGUAGE_MESSAGES.text(lang, 'fix.recordCertification'), [replaceNode(transfer, 'transfer dpf certified')], true);
        report.rule('DPA-R22', where, { x: countryName(covered, lang), y: scopeOf(covered, lang) }, [certified], { message: 'scope' });
    } else if (mechanism.requires?.includes('module') || mechanism.requires?.includes('tia')) {
        // SCCs beside an adequacy decision that covers every country (a certified DPF, a full
        // decision) are a fallback: the transfer rests on Art. 45, and a TIA is owed only once
        // it comes to rest on the SCCs (EDPB Rec. 01/2020, step 2). A module that is stated
        // must still be the right one; an unstated one is not demanded of a fallback.
        const fallback = outside.every(o => o.country.status === 'adequate' || all.some(w => w !== written && adequacyApplies(w, o.country)));
        const requires = fallback ? mechanism.requires.filter(r => r !== 'tia' && (r !== 'module' || transfer.module !== undefined)) : mechanism.requires;
        checkScc(node, transfer, requires, context);
    } else if (mechanism.structural === false) {
        report.rule('DPA-R38', where, {}, mechanismFixes(node, first, lang, transfer));
    }
}

function checkAdequacy(node: Destination, transfer: ast.Transfer, country: CountryInfo, { report, lang }: CheckContext): void {
    const where = { node: transfer, property: 'mechanism' as const };
    const name = countryName(country, lang);
    if (country.status === 'third') {
        report.rule('DPA-R22', where, { x: name }, mechanismFixes(node, country, lang, transfer));
    } else if (country.requires === 'dpf') {
        // The US decision covers only DPF-certified organisations: `adequacy` does not say so.
        report.rule('DPA-R22', where, { x: name, y: scopeOf(country, lang) }, mechanismFixes(node, country, lang, transfer), { message: 'scope' });
    } else if (country.status === 'partial') {
        report.rule('DPA-R22', where, { x: name, y: scopeOf(country, lang) }, [], { severity: 'warning', message: 'scope' });
    }
}

/** DPA-R37: the SCC module the kind of transfer needs, and the transfer impact assessment. */
function checkScc(node: Destination, transfer: ast.Transfer, requires: readonly string[], { report }: CheckContext): void {
    const expected = expectedSccModule(kindOf(node));
    if (requires.includes('module') && transfer.module !== expected) {
        const text = `transfer scc module ${expected}${transfer.tia !== undefined ? ` tia ${JSON.stringify(transfer.tia)}` : ''}`;
        const where = transfer.module === undefined ? { node: transfer, property: 'mechanism' as const } : { node: transfer, property: 'module' as const };
        report.rule('DPA-R37', where, {}, [fix(`Module ${expected}`, [replaceNode(transfer, text)], true)]);
    } else if (requires.includes('tia') && transfer.tia === undefined) {
        report.rule('DPA-R37', { node: transfer, property: 'mechanism' });
    }
}

/** The scope of a country's adequacy decision, in the message language. */
function scopeOf(country: CountryInfo, lang: Lang): string {
    return country.scope?.[lang] ?? country.note ?? '';
}

/** Who receives the data: the sub-processor, or for its own location the processor (by name). */
function recipientName(node: Destination, lang: Lang): string {
    if (ast.isSubProcessor(node)) return node.legalName?.trim() || node.name;
    const processor = node.$container.$container.parties.find(p => p.role === 'processor');
    return processor ? processor.legalName?.trim() || processor.name : LANGUAGE_MESSAGES.text(lang, 'transfers.theProcessor');
}

const EEA_ONLY = compileFamily(WORDING_DATA['DPA-R21'], 'DPA-R21');
const EXCEPTION = wordingContext('exception');

/**
 * DPA-R21 (text): a statement that keeps the personal data within the EEA ("uitsluitend binnen
 * de EER", "only on EU servers", "niet buiten de EER") while the agreement declares a recipient
 * outside it (a location, or a sub-processor's country, seat or place). The instructions on
 * transfers (Art. 28(3)(a)) then contradict the recipients: either the statement or the list is
 * wrong, and a transfer needs its Chapter V mechanism (Art. 44). A statement with an exception
 * ("tenzij anders overeengekomen") may cover the recipient: a warning, to make it explicit.
 */
export function eeaOnlyContradicted(piece: Piece, context: CheckContext): void {
    const matches = findFamily(EEA_ONLY, piece.sentences);
    if (matches.length === 0) return;
    const destinations = context.facts.get(declaredDestinations);
    const outside = destinations.flatMap(node => outsideCountries(node).map(o => `${recipientName(node, context.lang)} (${countryName(o.country, context.lang)})`));
    // A recipient whose place is `unknown`, or a sub-processor declared without any place: the
    // statement cannot be confirmed for it.
    const unknown = destinations
        .filter(node => placesOf(node).some(place => place.code === 'unknown') || (ast.isSubProcessor(node) && placesOf(node).length === 0))
        .map(node => recipientName(node, context.lang));
    if (outside.length === 0 && unknown.length === 0) return;
    const x = [...new Set(outside.length > 0 ? outside : unknown)].join(', ');
    for (const m of matches) {
        const unless = mentions(EXCEPTION, m.sentence.text);
        const variant = outside.length === 0 ? { severity: 'warning' as const, message: 'eeaOnlyUnknown' } : unless ? { severity: 'warning' as const, message: 'eeaOnlyUnless' } : { message: 'eeaOnly' };
        context.report.rule('DPA-R21', textWhere(context, piece, m.start, m.end), { x }, [], variant);
    }
}

/**
 * DPA-R21 (text): access to the personal data from a third country described only in prose
 * ("support vanuit India", "remote access from the US", remote-access.ts). Access from there is
 * a transfer (Art. 44; EDPB Guidelines 05/2021), and whoever has it processes the data, so it
 * must be declared with its country and mechanism (Art. 28(2), 28(3)(d)): reported where no
 * declared location or sub-processor names that country.
 */
export function remoteAccessUndeclared(piece: Piece, context: CheckContext): void {
    const found = remoteAccessIn(piece.sentences);
    if (found.length === 0) return;
    const declared = new Set(context.facts.get(declaredDestinations)
        .flatMap(node => placesOf(node).map(place => countryAlias(place.code) ?? place.code)));
    for (const access of found) {
        if (declared.has(access.country.code)) continue;
        context.report.rule('DPA-R21', textWhere(context, piece, access.start, access.end), { x: countryName(access.country, context.lang) }, [], { severity: 'warning', message: 'remoteAccess' });
    }
}

/** Every destination the agreement declares: the processor's own locations and the sub-processors (once per validation). */
const declaredDestinations: DocumentFact<readonly Destination[]> = (_, facts) =>
    facts.get(allContents).filter((n): n is Destination => ast.isLocation(n) || ast.isSubProcessor(n));

/** Whether the agreement has a standard transfers clause anywhere. */
const hasTransfersClause: DocumentFact<boolean> = (_, facts) => facts.get(allContents).some(n => ast.isTransfersClause(n));

/** Whether a destination records a valid mechanism that can serve every country outside the EEA it names. */
function hasValidMechanism(node: Destination): boolean {
    const written = writtenTransfers(node);
    return outsideCountries(node).every(o => written.some(w => mechanismApplies(w, o.country)));
}

/**
 * DPA-R21 (the model): `transfers eea-only` promises that the data stay within the EEA (Art.
 * 28(3)(a): the instructions on transfers), held against the declared recipients. A recipient
 * outside the EEA contradicts it (variant `eeaOnly`); with `unless-agreed`, a recipient with a
 * recorded mechanism is the agreed exception, one without is a warning (`eeaOnlyUnless`). A
 * sub-processor whose place is `unknown` or not recorded leaves the promise unverified
 * (`eeaOnlyUnverified`, a warning): where it processes decides whether a transfer happens.
 */
export function eeaOnlyClause(clause: ast.TransfersClause, context: CheckContext): void {
    if (!clause.eeaOnly) return;
    const { lang } = context;
    const where = { node: clause, property: 'eeaOnly' as const };
    const all = context.facts.get(declaredDestinations);
    const outside = all.filter(node => outsideCountries(node).length > 0 && !(clause.unlessAgreed && hasValidMechanism(node)));
    if (outside.length > 0) {
        const x = [...new Set(outside.flatMap(node => outsideCountries(node).map(o => `${recipientName(node, lang)} (${countryName(o.country, lang)})`)))].join(', ');
        context.report.rule('DPA-R21', where, { x }, [], clause.unlessAgreed ? { severity: 'warning', message: 'eeaOnlyUnless' } : { message: 'eeaOnly' });
    }
    const unverified = all.filter(node => ast.isSubProcessor(node) && (placesOf(node).length === 0 || placesOf(node).some(p => p.code === 'unknown')));
    if (unverified.length > 0) {
        context.report.rule('DPA-R21', where, { x: unverified.map(node => recipientName(node, lang)).join(', ') }, [], { severity: 'warning', message: 'eeaOnlyUnverified' });
    }
}

/**
 * DPA-R21 (the model): `mechanisms … or-equivalent` names the mechanisms only as examples, so
 * the clause does not say which one a transfer rests on (Art. 46 asks for one per transfer). A
 * warning where a declared recipient outside the EEA, or at an unknown place, records no valid
 * mechanism of its own; where each has one, the open list is harmless. A mechanism in the list
 * that is none (the controller's consent) is DPA-R23.
 */
export function transferMechanismList(clause: ast.TransfersClause, context: CheckContext): void {
    const { lang } = context;
    const consent = clause.mechanisms.indexOf('controller-consent');
    if (consent >= 0) context.report.rule('DPA-R23', { node: clause, property: 'mechanisms', index: consent });
    if (!clause.openList) return;
    const without = context.facts.get(declaredDestinations).filter(node => {
        const unknown = placesOf(node).some(p => p.code === 'unknown');
        return (unknown || outsideCountries(node).length > 0) && !writtenTransfers(node).some(w => w.mechanism?.valid);
    });
    if (without.length === 0) return;
    const x = without.map(node => recipientName(node, lang)).join(', ');
    context.report.rule('DPA-R21', { node: clause, property: 'openList' }, { x }, [], { severity: 'warning', message: 'openList' });
}

const CONSENT = compileFamily(WORDING_DATA['DPA-R23'], 'DPA-R23');

/**
 * DPA-R23 (text): a transfer outside the EEA made to depend on the controller's consent alone.
 * The consent is an instruction (Art. 28(3)(a)), not a Chapter V mechanism (Art. 44, 46); Art.
 * 49(1)(a) concerns the data subject's consent. Quiet where the sentence names a mechanism, where
 * the standard `transfers` clause binds every transfer to one, or where a declared recipient has
 * a valid mechanism.
 */
export function consentAsMechanism(piece: Piece, context: CheckContext): void {
    const matches = findFamily(CONSENT, piece.sentences);
    if (matches.length === 0) return;
    if (context.facts.get(hasTransfersClause)) return;
    const withMechanism = context.facts.get(declaredDestinations)
        .some(node => writtenTransfers(node).some(w => w.mechanism?.valid === true));
    if (withMechanism) return;
    for (const m of matches) context.report.rule('DPA-R23', textWhere(context, piece, m.start, m.end));
}

export const owner: RuleOwner = { name: 'transfers', rules: ['DPA-R21', 'DPA-R22', 'DPA-R23', 'DPA-R37', 'DPA-R38'] };

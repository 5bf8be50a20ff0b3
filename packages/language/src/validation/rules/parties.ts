import { PARTIES_DATA, RECIPIENTS_DATA, WORDING_DATA } from '../../data/index.js';
import { hasContactPoint } from '../../party-contacts.js';
import type * as ast from '../../generated/ast.js';
import { where, type Piece } from '../prose.js';
import { compileFamily, compilePattern, findFamily } from '../text/index.js';
import type { Lang } from '../../i18n/lang.js';
import { joinAnd, LANGUAGE_MESSAGES, type TextKey } from '../../i18n/texts.js';
import type { CheckContext, RuleOwner } from '../check-module.js';
import { fix, insertBeforeClosingBrace, type Fix } from '../fixes.js';


const DATA = PARTIES_DATA;

/** At most this many "add `data X`" choices per diagnostic, so the quick-fix menu stays short. */
const MAX_CHOICES = 8;

/** A message part of these rules (`parties.*` in the language catalogue) with `{p}`, `{v}`, `{n}` filled in (empty when not given). */
function words(key: TextKey, lang: Lang, vars: Readonly<Partial<Record<'p' | 'v' | 'n', string>>> = {}): string {
    return LANGUAGE_MESSAGES.text(lang, key, { p: vars.p ?? '', v: vars.v ?? '', n: vars.n ?? '' });
}

/** A template value, checked when the template is filled. */
function isPlaceholder(value: string): boolean {
    return value.includes('{{');
}

function isBlank(value: string | undefined): boolean {
    return value === undefined || value.trim() === '';
}

/**
 * Matchers for legal-form words in a name ("Klant B.V.", "Stichting X"): whole words;
 * abbreviations match in their usual case only ("AG", "SA"), longer words in any case.
 */
function legalFormMatchers(words: readonly string[], source: string): readonly RegExp[] {
    const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
    const group = (markers: readonly string[]) => markers.map(escape).join('|');
    const long = words.filter(w => /^\p{L}{4,}$/u.test(w));
    const short = words.filter(w => !long.includes(w));
    const around = (g: string) => `(?:^|[\\s,(])(?:${g})(?=$|[\\s,)])`;
    return [compilePattern(around(group(long)), 'iu', `${source} (words)`), compilePattern(around(group(short)), 'u', `${source} (abbreviations)`)];
}

const LEGAL_FORM_IN_NAME = legalFormMatchers(DATA.legalFormMarkers.words, 'parties.json legalFormMarkers');
const FOREIGN_LEGAL_FORM = legalFormMatchers(DATA.foreignLegalForms.words, 'parties.json foreignLegalForms');

function nameStatesLegalForm(name: string): boolean {
    return LEGAL_FORM_IN_NAME.some(re => re.test(name));
}

/** How a party or sub-processor is named in messages: its legal name, else its identifier. */
function displayName(node: { name: string; legalName?: string }): string {
    return node.legalName && !isPlaceholder(node.legalName) && node.legalName.trim() !== '' ? node.legalName : node.name;
}

/**
 * A Dutch party is registered with the KvK. A party is taken to be Dutch when its country is NL
 * (or a placeholder), or when no country is stated and neither its name nor its `form` states a
 * foreign legal form (GmbH, Ltd, BVBA, vzw, …): a Belgian party has a KBO number, not a KvK number.
 */
function isDutch(party: ast.Party): boolean {
    const country = party.address?.country;
    if (country !== undefined) return country === 'NL' || isPlaceholder(country);
    const forms = [party.legalName ?? '', party.legalForm ?? ''];
    return !forms.some(text => FOREIGN_LEGAL_FORM.some(re => re.test(text)));
}

const KVK_NUMBER = compilePattern(`^\\d{${DATA.kvkDigits}}$`, '', 'parties.json kvkDigits');

/** Eight digits; spaces and dots as written on letterheads ("1234 5678") are allowed. */
function validKvk(kvk: string): boolean {
    return KVK_NUMBER.test(kvk.replace(/[\s.]/g, ''));
}

/**
 * A party named by its role only ("Klant", "de klant", "Restaurant"): no legal form (in `form`
 * or the name), no KvK number, no address, and no signatory but a placeholder. That is the
 * customer of published terms that anyone accepts: its identity is in the order or the
 * acceptance, not in the text.
 */
export function isRoleOnly(party: ast.Party): boolean {
    const name = party.legalName ?? '';
    return !isPlaceholder(name) && isBlank(party.legalForm) && !nameStatesLegalForm(name) && isBlank(party.kvk) && party.registrations.length === 0 && !party.address
        && party.signatories.every(s => isPlaceholder(s.person));
}

/**
 * Published terms accepted by the customer when ordering (`formed by acceptance`): Art. 28(9) asks
 * for writing, electronic form included, not for signatures; the customer's identity and contact
 * details are recorded with the order, not in the text.
 */
export function formedByAcceptance(agreement: ast.Agreement): boolean {
    return agreement.formation === 'acceptance';
}

/**
 * DPA-R49: a party is identified by its legal name, legal form (or a name that states it) and
 * address (at least the seat): a warning when one of these is missing (Art. 28(3), 30(2)(a):
 * whose data, for whom). A KvK number (Dutch parties) and a signatory are formalities: when only
 * they are missing, information (Art. 28(9) asks for writing, electronic form included, not a
 * signature; the Handelsregister number identifies but is not required by the GDPR). A party
 * named by its role only (published terms) gets one information that its identity belongs in the
 * order or acceptance, and the other party of such terms needs no signatory. A controller declared
 * `any-customer` (whichever customer enters into the terms) is identified in its order or the main
 * agreement: nothing is asked of it here. The contact details are DPA-R55's (the Art. 30(2)(a) record), not repeated
 * here. A KvK number that is not eight digits gets its own diagnostic on the number. Placeholders
 * (`{{…}}`) count as values, an address given as one placeholder as a whole address: a template
 * is checked when it is filled.
 */
export function checkPartyIdentification(party: ast.Party, context: CheckContext): void {
    const { report, lang } = context;
    const accepted = formedByAcceptance(context.agreement);
    // The customer of accepted terms is identified in its order (Art. 28(9): electronic form).
    if (accepted && party.role === 'controller') return;
    // `any-customer`: whichever customer enters into the terms, identified in its order or the main agreement.
    if (party.role === 'controller' && party.customer) return;
    // Without any `formed by` declaration, a party named by its role only is taken for such a customer.
    const undeclared = context.agreement.formation === undefined;
    if (undeclared && isRoleOnly(party)) {
        report.rule('DPA-R49', { node: party, property: 'name' }, { x: displayName(party) }, [], { severity: 'info', message: 'roleOnly' });
        return;
    }
    const missing: string[] = [];
    const formalities: string[] = [];
    if (isBlank(party.legalName)) missing.push(words('parties.party.legalName', lang));
    const name = party.legalName ?? '';
    if (isBlank(party.legalForm) && !isPlaceholder(name) && !nameStatesLegalForm(name)) missing.push(words('parties.party.legalForm', lang));
    // A party with another registration (KBO, VAT, BRIN, a foreign register) is identified by it.
    if (isBlank(party.kvk) && isDutch(party) && party.registrations.length === 0) formalities.push(words('parties.party.kvk', lang));
    const address = party.address;
    const wholeAddress = address?.street !== undefined && isPlaceholder(address.street);
    if (!address || (isBlank(address.street) && isBlank(address.city))) missing.push(words('parties.party.address', lang));
    else if (isBlank(address.city) && !wholeAddress) missing.push(words('parties.party.city', lang));
    // Published terms that any customer accepts (the other party named by its role only) are
    // formed by acceptance, not signed: no signatory is expected (Art. 28(9): electronic form).
    const acceptedTerms = accepted || (undeclared && context.agreement.parties.some(p => p !== party && (isRoleOnly(p) || p.customer)));
    if (party.signatories.length === 0 && !acceptedTerms) formalities.push(words('parties.party.signatory', lang));
    const all = [...missing, ...formalities];
    if (all.length > 0) {
        report.rule('DPA-R49', { node: party, property: 'name' }, { x: displayName(party), y: joinAnd(all, lang) }, [], missing.length === 0 ? { severity: 'info' } : {});
    }
    const kvk = party.kvk;
    if (kvk !== undefined && !isBlank(kvk) && isDutch(party) && !isPlaceholder(kvk) && !validKvk(kvk)) {
        report.rule('DPA-R49', { node: party, property: 'kvk' }, { x: displayName(party), y: words('parties.party.kvkFormat', lang, { v: kvk }) });
    }
}

/**
 * DPA-R10, the catalogue's warning variant: a declared sub-processor without its service or
 * country (an undeclared one is an unresolved reference already).
 */
export function checkSubProcessor(sub: ast.SubProcessor, context: CheckContext): void {
    const { report, lang } = context;
    const missing: string[] = [];
    if (isBlank(sub.service)) missing.push(words('parties.subprocessor.service', lang));
    // A seat or a place of processing (a country, the region EEA/EU, or `unknown`, which transfers.ts reports) will do.
    if (isBlank(sub.country) && isBlank(sub.seat) && sub.locations.length === 0) missing.push(words('parties.subprocessor.country', lang));
    if (missing.length === 0) return;
    report.rule('DPA-R10', { node: sub, property: 'name' }, { x: words('parties.subprocessor.incomplete', lang, { n: displayName(sub), v: joinAnd(missing, lang) }) }, [], { severity: 'warning' });
}

/**
 * DPA-R18, a sub-processor that no processing activity names: the agreement does not describe the
 * processing it performs — its nature, purpose and data (Art. 28(3), first subparagraph) — so its
 * authorisation (Art. 28(2)) has no described scope. Only when the agreement describes activities
 * (else checkHasProcessing reports); not for a recipient, a provider that receives no personal data,
 * one engaged through another sub-processor (`via`) that an activity names, or one whose `service`
 * says what it does for the agreement: a list of sub-processors with each one's role describes
 * their processing (EDPB Guidelines 07/2020 on the information about sub-processors) even when the
 * agreement does not say which of its activities each serves.
 */
export function unattachedSubProcessors(agreement: ast.Agreement, context: CheckContext): void {
    if (agreement.processings.length === 0) return;
    const named = new Set(agreement.processings.flatMap(p => p.subprocessors.map(ref => ref.ref)));
    for (const sub of agreement.subprocessors) {
        if (named.has(sub) || sub.recipient || (sub.role !== undefined && sub.role !== 'subprocessor')) continue;
        if (sub.via?.ref && named.has(sub.via.ref)) continue;
        if (!isBlank(sub.service)) continue;
        context.report.rule('DPA-R18', { node: sub, property: 'name' }, { x: displayName(sub) }, [], { severity: 'warning', message: 'unattached' });
    }
}

/** Whether any processing activity lists data categories / subject categories ("ticked"). */
function anyTicked(agreement: ast.Agreement): { data: boolean; subjects: boolean } {
    return {
        data: agreement.processings.some(p => p.data.length > 0),
        subjects: agreement.processings.some(p => p.subjects.length > 0)
    };
}

/**
 * DPA-R20: data categories (or subject categories) are declared, processing activities exist,
 * but none of them lists any: a checklist with nothing ticked. Reported once per list, on its
 * first entry. A single unused category is not reported (the catalogue's defect is the empty
 * selection; an extra declared category is no breach of Art. 28(3)). With a single processing
 * activity the fixes offer the declared categories as choices.
 */
export function checkNothingTicked(agreement: ast.Agreement, context: CheckContext): void {
    const { report, lang } = context;
    if (agreement.processings.length === 0) return;
    const ticked = anyTicked(agreement);
    // With one processing activity, ticking an item means adding it there: offered as choices.
    const only = agreement.processings.length === 1 ? agreement.processings[0] : undefined;
    const firstData = agreement.dataCategories[0];
    if (firstData && !ticked.data) {
        report.rule('DPA-R20', { node: firstData, property: 'name' }, {}, only ? choiceFixes(only, 'data', agreement.dataCategories, 'parties.description.addData', lang) : []);
    }
    const firstSubject = agreement.subjectCategories[0];
    if (firstSubject && !ticked.subjects) {
        report.rule('DPA-R20', { node: firstSubject, property: 'name' }, {}, only ? choiceFixes(only, 'subjects', agreement.subjectCategories, 'parties.description.addSubjects', lang) : []);
    }
}

/** DPA-R18: an agreement without any processing activity has no description of the processing. */
export function checkHasProcessing(agreement: ast.Agreement, context: CheckContext): void {
    const { report, lang } = context;
    if (agreement.processings.length === 0) {
        report.rule('DPA-R18', { node: agreement, property: 'name' }, { x: words('parties.description.processing', lang) });
    }
}

/** "Add `data X` to ‘P’", one per declared category: the user picks the fact. */
function choiceFixes(processing: ast.Processing, keyword: 'data' | 'subjects', categories: readonly (ast.DataCategory | ast.SubjectCategory)[], title: TextKey, lang: Lang): (Fix | undefined)[] {
    const p = processing.title || processing.name;
    return categories.slice(0, MAX_CHOICES).map(c =>
        fix(words(title, lang, { v: c.name, n: c.label, p }), [insertBeforeClosingBrace(processing, [`${keyword} ${c.name}`])]));
}

/**
 * DPA-R18: each processing activity states its purpose, the type of personal data, the
 * categories of data subjects and its nature (the operations, shared or per staff role). No fix
 * for the purpose or the operations: inserted placeholder text would be DPA-R01. For data and
 * subjects the fixes offer the declared categories as choices. When categories are declared but
 * no activity lists any, that is DPA-R20 (reported once) instead of a DPA-R18 per activity.
 */
export function checkProcessingDescription(processing: ast.Processing, context: CheckContext): void {
    const { report, lang, agreement } = context;
    const where = { node: processing, property: 'name' } as const;
    const p = processing.title || processing.name;
    if (!processing.purposes.some(purpose => !isBlank(purpose))) {
        report.rule('DPA-R18', where, { x: words('parties.description.purpose', lang, { p }) });
    }
    const ticked = processing.data.length === 0 || processing.subjects.length === 0 ? anyTicked(agreement) : undefined;
    if (processing.data.length === 0 && !(agreement.dataCategories.length > 0 && !ticked?.data)) {
        report.rule('DPA-R18', where, { x: words('parties.description.data', lang, { p }) }, choiceFixes(processing, 'data', agreement.dataCategories, 'parties.description.addData', lang));
    }
    if (processing.subjects.length === 0 && !(agreement.subjectCategories.length > 0 && !ticked?.subjects)) {
        report.rule('DPA-R18', where, { x: words('parties.description.subjects', lang, { p }) }, choiceFixes(processing, 'subjects', agreement.subjectCategories, 'parties.description.addSubjects', lang));
    }
    const operations = [...processing.operations, ...processing.staff.flatMap(s => s.operations)];
    if (!operations.some(o => !isBlank(o))) {
        report.rule('DPA-R18', where, { x: words('parties.description.nature', lang, { p }) });
    }
}

/**
 * DPA-R55: the processor's Art. 30(2)(a) record needs the contact details of the processor (or
 * its DPO) and of each controller. One diagnostic per processor (the record is the processor's),
 * naming everything that is missing; not the contact of the controller of accepted terms
 * (`formed by acceptance`) or of one named by its role only: it is given with the order.
 */
export function checkRecordContacts(agreement: ast.Agreement, context: CheckContext): void {
    const { report, lang } = context;
    const controllers = agreement.parties.filter(p => p.role === 'controller');
    for (const processor of agreement.parties.filter(p => p.role === 'processor')) {
        const missing: string[] = [];
        if (!hasContactPoint(processor)) missing.push(words('parties.record.processorContact', lang, { n: displayName(processor) }));
        for (const controller of controllers) {
            // A customer named by its role only gives its contact details in the order (DPA-R49 says so).
            if (controller.contacts.length === 0 && !controller.customer && !formedByAcceptance(agreement) && !(agreement.formation === undefined && isRoleOnly(controller))) missing.push(words('parties.record.controllerContact', lang, { n: displayName(controller) }));
        }
        if (missing.length > 0) report.rule('DPA-R55', { node: processor, property: 'name' }, { x: joinAnd(missing, lang) });
    }
}

/** Whether a processing activity lists a special-category (Art. 9) or criminal (Art. 10) data category. */
function processesSpecialOrCriminal(agreement: ast.Agreement): boolean {
    return agreement.processings.some(p => p.data.some(ref => {
        const category = ref.ref;
        return category !== undefined && (category.special.length > 0 || category.criminal);
    }));
}

/**
 * DPA-R56: the processor names no contact point and no DPO; or it processes Art. 9 or Art. 10
 * data and names no DPO, which Art. 37(1)(c) may require (large scale, core activity).
 */
export function checkContactPoint(party: ast.Party, context: CheckContext): void {
    const { report, agreement } = context;
    if (party.role !== 'processor') return;
    if (!hasContactPoint(party)) {
        report.rule('DPA-R56', { node: party, property: 'name' });
    } else if (!party.dpo && processesSpecialOrCriminal(agreement)) {
        report.rule('DPA-R56', { node: party, property: 'name' }, { x: LANGUAGE_MESSAGES.text(context.lang, 'r56.dpoMayBeRequired') });
    }
}

const ASSUMED_DPO = compileFamily(WORDING_DATA['DPA-R56'], 'DPA-R56');

/**
 * DPA-R56 (`assumed`, issue 11 D-08): the text involves or addresses the data protection officer
 * of a party that declares none (`dpo`), with no fallback in the sentence ("of, bij gebreke
 * daarvan, de contactpersoon voor privacy"). Not every organisation must designate a DPO
 * (Art. 37(1): public bodies, large-scale monitoring or large-scale special data), so a text
 * that assumes one may point at nobody. Once per party and piece of text.
 */
export function assumedDpo(piece: Piece, context: CheckContext): void {
    const reported = new Set<string>();
    for (const m of findFamily(ASSUMED_DPO, piece.sentences)) {
        const role = m.variant.id === 'controller' ? 'controller' : 'processor';
        if (reported.has(role)) continue;
        const party = context.agreement.parties.find(p => p.role === role);
        if (!party || party.dpo !== undefined) continue;
        reported.add(role);
        const term = LANGUAGE_MESSAGES.text(context.lang, role === 'controller' ? 'missingParty.controller' : 'missingParty.processor');
        context.report.rule('DPA-R56', where(context, piece, m.start, m.end), { x: term }, [], { message: 'assumed' });
    }
}

const PIXELS = compilePattern(RECIPIENTS_DATA.pixels, 'iu', 'recipients.json pixels');

/**
 * DPA-R10, a recipient named only in a measure: a measure's `provider` that no declared recipient
 * is ("row-level security of Supabase"). A provider that hosts or handles the data is a
 * sub-processor, to be declared and authorised (Art. 28(2), 28(3)(d)).
 */
export function undeclaredProvider(measure: ast.Measure, context: CheckContext): void {
    const provider = measure.provider?.trim();
    if (!provider || isPlaceholder(provider)) return;
    const wanted = provider.toLowerCase();
    const declared = context.agreement.subprocessors.some(s => [s.name ?? '', s.legalName ?? ''].some(n => {
        const name = n.toLowerCase();
        return name !== '' && (name === wanted || name.startsWith(`${wanted} `) || name.startsWith(`${wanted},`) || wanted.startsWith(`${name} `));
    }));
    if (declared) return;
    context.report.rule('DPA-R10', { node: measure, property: 'provider' }, { x: provider, y: measure.name }, [], { severity: 'warning', message: 'provider' });
}

/**
 * DPA-R10, an advertising pixel or tag listed as a sub-processor: the platform collects the data
 * for its own ends and is a (joint) controller of that collection (Art. 26; CJEU C-40/17 Fashion
 * ID). A recipient declared with another `role` is not reported.
 */
export function pixelAsSubProcessor(sub: ast.SubProcessor, context: CheckContext): void {
    if (sub.recipient || (sub.role !== undefined && sub.role !== 'subprocessor') || !sub.service) return;
    const m = PIXELS.exec(sub.service);
    if (!m) return;
    context.report.rule('DPA-R10', { node: sub, property: 'service' }, { x: displayName(sub), y: m[0] }, [], { severity: 'warning', message: 'pixel' });
}

export const owner: RuleOwner = { name: 'parties', rules: ['DPA-R10', 'DPA-R18', 'DPA-R20', 'DPA-R49', 'DPA-R55', 'DPA-R56'] };

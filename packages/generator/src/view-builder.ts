import {
    countryName, effectiveMechanism, fillPlaceholders, fillReferences, isListedSubProcessor, isRegion, lookupCountry, lookupTransferMechanism, needsTransferMechanism, processingPlaces, processorInEea, receivesData, seatOf,
    generalContact, type AfterObjection, type Agreement, type BreachClause, type Clause, type Contact, type ContactPurpose, type DataSubjectRequestsClause, type Duration, type PartRetention, type PeriodicDelivery, type Party, type Retention, type SubprocessingClause, type Transfer
} from '@dpa/language';
import { CONTACTS_ANNEX, hasContactsAnnex, noticesView } from './contacts.js';
import { legalFormText } from './party-details.js';
import { formatDate, formatDuration, formatFrequency, joinWords, normalizeSpace } from './format.js';
import { assistanceCostsView, liabilityView } from './liability-view.js';
import { periodicView, type PeriodicView } from './periodic.js';
import { fill, type Terms } from './terms.js';
import { standardsView } from './standards-view.js';
import { transferSafeguards } from './transfer-safeguards.js';
import type { TemplateEngine } from './templates.js';
import type { AgreementView, AssistanceExtentView, ClauseViews, ContactView, CostsView, OwnLocationView, PartyView, StandardClauseKind, TransferView } from './view.js';

/** The standard clause kind of each clause node type (custom clauses have none). */
export const CLAUSE_KIND_OF: Readonly<Record<string, StandardClauseKind>> = {
    InstructionsClause: 'instructions',
    ConfidentialityClause: 'confidentiality',
    SecurityClause: 'security',
    SubprocessingClause: 'subprocessing',
    DataSubjectRequestsClause: 'data-subject-requests',
    AssistanceClause: 'assistance',
    BreachClause: 'breach',
    TransfersClause: 'transfers',
    AuditClause: 'audit',
    LiabilityClause: 'liability',
    TerminationClause: 'termination',
    DurationClause: 'duration',
    AmendmentsClause: 'amendments',
    PrecedenceClause: 'precedence',
    LegalFrameClause: 'legal-frame',
    OwnPurposesClause: 'own-purposes',
    OwnershipClause: 'ownership',
    ControllerWarrantiesClause: 'controller-warranties',
    EvidenceClause: 'evidence',
    LanguageClause: 'language'
};

/**
 * Formats the values of a model for one language: user text with template fields filled in,
 * dates, durations, countries. Template fields take the given values, then the parameter's
 * default, else show the parameter's label in brackets (only drafts get that far).
 */
export class Formatter {
    readonly terms: Terms;
    private readonly parameters: ReadonlyMap<string, { label: string; default?: string }>;

    constructor(private readonly agreement: Agreement, private readonly engine: TemplateEngine, private readonly values: Readonly<Record<string, string>> = {}) {
        this.terms = engine.terms;
        this.parameters = new Map(agreement.parameters.map(p => [p.name, { label: p.label, ...(p.default !== undefined ? { default: p.default } : {}) }]));
    }

    /** The model records a concluded agreement (`record-of`): render only what it says. */
    get faithful(): boolean {
        return this.agreement.recordOf !== undefined;
    }

    /**
     * User text: whitespace collapsed, template fields filled in. A value missing from an
     * incomplete model (the preview renders while the user types) becomes the empty string.
     */
    text(value: string | undefined): string {
        if (value === undefined || value === null) return '';
        return normalizeSpace(fillPlaceholders(this.references(value), name => this.fieldValue(name)));
    }

    /** Cross-references `{{ref name}}`: the number the article or annex has in this agreement, capitalised at the start of a sentence. */
    private references(value: string): string {
        const { article, annex } = this.terms.references;
        return fillReferences(value, this.agreement, (target, at) => {
            const words = fill(target.kind === 'article' ? article : annex, { n: target.number });
            return at === 0 || /[.!?:]\s*$/.test(value.slice(Math.max(0, at - 3), at)) ? words.charAt(0).toUpperCase() + words.slice(1) : words;
        });
    }

    /** Like `text`, but keeps an absent value absent. */
    optional(value: string | undefined): string | undefined {
        return value === undefined || value === null ? undefined : this.text(value);
    }

    private fieldValue(name: string): string {
        const given = this.values[name];
        if (given !== undefined) return given;
        const parameter = this.parameters.get(name);
        if (parameter?.default !== undefined) return parameter.default;
        return fill(this.terms.missingValue, { x: parameter?.label ?? name });
    }

    date(value: string | undefined): string | undefined {
        return value === undefined || value === null ? undefined : formatDate(this.text(value), this.terms);
    }

    duration(value: Duration | undefined): string | undefined {
        return value ? formatDuration(value, this.durationTerms) : undefined;
    }

    /** The terms durations are written with: a record writes `day` as its source did ("dagen", not "kalenderdagen"). */
    private get durationTerms(): Terms {
        return this.faithful ? { ...this.terms, units: { ...this.terms.units, ...this.terms.recordUnits } } : this.terms;
    }

    /** How often ("jaar", "twee jaar"; "a year", "every two years"), after "eenmaal per" / "once". */
    frequency(value: Duration | undefined): string | undefined {
        return value ? formatFrequency(value, this.terms) : undefined;
    }

    country(code: string | undefined): string | undefined {
        if (code === undefined) return undefined;
        const filled = this.text(code);
        return lookupCountry(filled) ? countryName(filled, this.terms.lang) : filled;
    }

    countryCode(code: string): string {
        return this.text(code);
    }

    retention(retention: Retention | undefined, part?: PartRetention): string {
        if (!retention) return this.terms.notApplicable;
        return this.engine.render('retention', {
            ...(part ? {
                part: {
                    backups: part.layer === 'backups',
                    logs: part.layer === 'logs',
                    label: this.optional(part.label),
                    data: part.data.length > 0 ? part.data.map(d => (d.ref ? this.text(d.ref.label) : d.$refText)).join(', ') : undefined
                }
            } : {}),
            transient: retention.transient,
            afterUse: retention.afterUse,
            none: retention.none,
            unspecified: retention.unspecified,
            start: this.optional(retention.start),
            controllerDuty: retention.duty === 'controller',
            processorDuty: retention.duty === 'processor',
            controllerChosen: retention.controllerChosen,
            unpurgeable: retention.unpurgeable,
            period: this.duration(retention.period),
            source: this.optional(retention.source),
            agreement: retention.agreement,
            // Which agreement's term: the main agreement when there is one (legal review A-28).
            mainAgreement: this.agreement.mainAgreement !== undefined,
            event: this.optional(retention.event),
            grace: this.duration(retention.grace),
            statutory: retention.orStatutory
                ? { period: this.duration(retention.statutoryPeriod), source: this.optional(retention.statutorySource) }
                : undefined
        }).trim().replace(/^\p{Ll}/u, capitalise); // a cell that starts with a duration in words: "Zeven jaar", "Eén maand"
    }

    /** The mechanism in words; a country with full adequacy needs none stated: the decision applies. */
    mechanism(transfer: Transfer | undefined, countryCode: string): string | undefined {
        return effectiveMechanism(lookupCountry(countryCode)?.status, transfer)?.label[this.terms.lang] ?? transfer?.mechanism;
    }

    /** A stated mechanism in words with its SCC module ("…, module 3"). */
    mechanismWithModule(transfer: Transfer, countryCode: string): string | undefined {
        const words = this.mechanism(transfer, countryCode);
        return words !== undefined && transfer.module !== undefined ? fill(this.terms.withModule, { x: words, n: String(transfer.module) }) : words;
    }

    /** A place of processing in words: a country's name, or the region (EEA, EU) or "to be verified". */
    place(code: string): string {
        const filled = this.text(code);
        return (isRegion(filled) ? this.terms.places[filled] : undefined) ?? this.country(filled) ?? filled;
    }
}

function contactView(contact: Contact | undefined, f: Formatter): ContactView | undefined {
    if (!contact) return undefined;
    const person = f.text(contact.person);
    const details = [contact.email, contact.phone].filter((d): d is string => d !== undefined).map(d => f.text(d)).filter(d => d.trim() !== '');
    return {
        person,
        ...(contact.email !== undefined ? { email: f.text(contact.email) } : {}),
        ...(contact.phone !== undefined ? { phone: f.text(contact.phone) } : {}),
        text: details.length > 0 ? fill(f.terms.contact.withDetails, { x: person, r: details.join(', ') }) : person
    };
}

/** The contact a party declares for a purpose (`contact security …`), not the general one. */
function purposeContact(party: Party, purpose: ContactPurpose, f: Formatter): ContactView | undefined {
    return contactView(party.contacts.find(c => c.purpose === purpose)?.details, f);
}

/** A Dutch court's name with its English gloss (B-04): "Rechtbank Midden-Nederland (District Court of Midden-Nederland), locatie Utrecht". */
function courtGlossed(name: string, terms: Terms): string {
    const match = /^(\S+) ([^,]+)(.*)$/su.exec(name);
    const gloss = match ? terms.glosses.courts[match[1]!] : undefined;
    if (!match || gloss === undefined) return name;
    const court = `${match[1]} ${match[2]}`;
    const text = fill(gloss, { x: match[2]! });
    return text === court ? name : `${court} (${text})${match[3]}`;
}

function partyView(party: Party | undefined, role: 'controller' | 'processor', f: Formatter): PartyView {
    const term = f.terms.partyTerms[role];
    if (!party) return { id: role, role, legalName: term, registrations: [], signatories: [], term };
    const signatories = party.signatories.map(s => ({
        person: f.text(s.person),
        ...(s.function !== undefined ? { function: f.text(s.function) } : {}),
        ...(s.place !== undefined ? { place: f.text(s.place) } : {}),
        ...(s.date !== undefined ? { date: f.date(s.date)! } : {})
    }));
    const address = party.address;
    const countryCode = address?.country !== undefined ? f.countryCode(address.country) : undefined;
    const contact = contactView(generalContact(party), f);
    const privacyContact = purposeContact(party, 'privacy', f);
    const securityContact = purposeContact(party, 'security', f);
    const dpo = contactView(party.dpo, f);
    const alias = party.alias !== undefined ? f.text(party.alias).trim() : '';
    return {
        id: party.name,
        role,
        legalName: f.text(party.legalName) || party.name,
        ...(party.tradeNames.length > 0 ? { tradeName: joinWords(party.tradeNames.map(t => f.text(t)), f.terms) } : {}),
        ...(party.legalForm !== undefined ? { legalForm: legalFormText(f.text(party.legalForm), f.terms) } : {}),
        ...(party.seat !== undefined && f.text(party.seat).trim() !== '' ? { seat: f.text(party.seat).trim() } : {}),
        ...(party.kvk !== undefined ? { kvk: f.text(party.kvk) } : {}),
        registrations: party.registrations.map(r => fill(f.terms.registrations[r.kind ?? 'register'], { x: f.text(r.number), r: f.text(r.register ?? '') })),
        ...(address?.street !== undefined ? { street: f.text(address.street) } : {}),
        ...(address?.postcode !== undefined ? { postcode: f.text(address.postcode) } : {}),
        ...(address?.city !== undefined ? { city: f.text(address.city) } : {}),
        ...(countryCode !== undefined && countryCode !== 'NL' ? { country: f.country(countryCode)! } : {}),
        ...(signatories[0] ? { representative: signatories[0].person } : {}),
        ...(signatories[0]?.function !== undefined ? { representativeFunction: signatories[0].function } : {}),
        ...(signatories.length > 0
            ? { representation: joinWords(signatories.map(s => (s.function !== undefined ? `${s.person} (${s.function})` : s.person)), f.terms) }
            : {}),
        signatories,
        ...(contact ? { contact } : {}),
        ...(privacyContact ? { privacyContact } : {}),
        ...(securityContact ? { securityContact } : {}),
        ...(dpo ? { dpo } : {}),
        ...(party.customer ? { customer: party.customerDescription !== undefined ? { description: f.text(party.customerDescription) } : {} } : {}),
        term,
        ...(f.terms.partyTermGlosses[role] !== '' ? { termGloss: f.terms.partyTermGlosses[role] } : {}),
        ...(alias ? { alias } : {})
    };
}

/** Transfers outside the EEA: the sub-processors' seats and places, and the locations of a processor established outside the EEA. */
function transferViews(agreement: Agreement, processorName: string, f: Formatter): TransferView[] {
    const views: TransferView[] = [];
    const seen = new Set<string>();
    const add = (recipient: string, code: string, transfers: readonly Transfer[], where: { seat?: true; location?: true } = {}) => {
        const country = lookupCountry(code);
        if (!country || (!needsTransferMechanism(country) && country.status !== 'adequate')) return;
        const key = `${recipient}\u0000${code}`;
        if (seen.has(key)) return;
        seen.add(key);
        const [transfer, ...fallbacks] = transfers;
        const mechanism = f.mechanism(transfer, code);
        const fallback = fallbacks.map(t => f.mechanismWithModule(t, code)).filter((m): m is string => m !== undefined).join('; ');
        views.push({
            recipient,
            country: f.country(code)!,
            ...where,
            ...(mechanism !== undefined ? { mechanism } : {}),
            ...(transfer?.module !== undefined ? { module: transfer.module } : {}),
            ...(transfer?.tia !== undefined ? { tia: f.text(transfer.tia) } : {}),
            ...(fallback ? { fallback } : {}),
            ...(transfer?.certified ? { certified: true as const } : {})
        });
    };
    // A processor established in the EEA that processes abroad itself transfers to no one: its
    // places are its own (ownLocationViews); only a processor outside the EEA receives the data.
    if (!processorInEea(agreement)) {
        for (const processing of agreement.processings) {
            for (const location of processing.locations) add(processorName, f.countryCode(location.country), location.transfer ? [location.transfer] : []);
        }
    }
    for (const sub of agreement.subprocessors.filter(receivesData)) {
        const recipient = f.text(sub.legalName) || sub.name;
        // The short form `country` names the seat and the place in one; `seat` and `location` apart.
        if (sub.seat === undefined && sub.locations.length === 0) {
            if (sub.country !== undefined) add(recipient, f.countryCode(sub.country), sub.transfers);
            continue;
        }
        const seat = seatOf(sub);
        const places = processingPlaces(sub);
        if (seat !== undefined) add(recipient, f.countryCode(seat), sub.transfers, places.includes(seat) ? { seat: true, location: true } : { seat: true });
        for (const place of places) add(recipient, f.countryCode(place), sub.transfers, { location: true });
    }
    return views;
}

/** The transfers, the processor's own places abroad and the safeguards that come with them. */
function transferParts(agreement: Agreement, processorName: string, f: Formatter): Pick<AgreementView, 'transfers' | 'ownLocations' | 'transferSafeguards'> {
    const transfers = transferViews(agreement, processorName, f);
    const ownLocations = ownLocationViews(agreement, f);
    return { transfers, ownLocations, transferSafeguards: transferSafeguards(agreement, transfers, ownLocations.length > 0, processorName, f) };
}

/** The processor's own places outside the EEA, when it is established in the EEA (no transfers). */
function ownLocationViews(agreement: Agreement, f: Formatter): OwnLocationView[] {
    if (!processorInEea(agreement)) return [];
    const views = new Map<string, OwnLocationView>();
    for (const processing of agreement.processings) {
        for (const location of processing.locations) {
            const code = f.countryCode(location.country);
            const country = lookupCountry(code);
            if (!country || views.has(code) || (!needsTransferMechanism(country) && country.status !== 'adequate')) continue;
            const transfer = location.transfer;
            const mechanism = f.mechanism(transfer, code);
            views.set(code, {
                country: f.country(code)!,
                ...(mechanism !== undefined ? { mechanism } : {}),
                ...(transfer?.module !== undefined ? { module: transfer.module } : {}),
                ...(transfer?.tia !== undefined ? { tia: f.text(transfer.tia) } : {})
            });
        }
    }
    return [...views.values()];
}

export function standardName(value: string, terms: Terms): string {
    return terms.standards[value] ?? value;
}

function extentView(extent: string | undefined): AssistanceExtentView {
    return { reasonableLimits: extent === 'within-reasonable-limits', withinPower: extent === 'within-power' };
}

function subjectRequestsView(clause: DataSubjectRequestsClause, forward: string | undefined, faithful: boolean): ClauseViews['data-subject-requests'] {
    const all = clause.rights.length === 0;
    const has = (right: string) => all || clause.rights.includes(right as DataSubjectRequestsClause['rights'][number]);
    return {
        directly: clause.directly,
        jointly: clause.jointly,
        // A record of an agreement that only says "handled jointly" gets no standard assistance text.
        jointOnly: clause.jointly && faithful,
        assists: !clause.noAssistance,
        forwardUntimed: clause.forwards && !clause.directly && forward === undefined,
        // Handled jointly (`jointly`): not forwarded, unless the clause also says `forward`.
        forwards: clause.forwards || (!clause.noAssistance && !clause.jointly),
        allRights: all,
        rights: {
            access: has('access'), rectification: has('rectification'), erasure: has('erasure'), restriction: has('restriction'),
            portability: has('portability'), objection: has('objection'), automatedDecisions: has('automated-decisions')
        },
        extent: extentView(clause.extent),
        costs: assistanceCostsView(clause),
        ...(forward !== undefined ? { forward } : {})
    };
}

function breachView(clause: BreachClause, deadline: string | undefined): ClauseViews['breach'] {
    const all = clause.contents.length === 0 && !clause.noContents;
    const has = (item: string) => all ? item !== 'cause' : clause.contents.includes(item as BreachClause['contents'][number]);
    return {
        withoutUndueDelay: clause.withoutUndueDelay,
        noDeadline: clause.noDeadline,
        target: clause.target,
        fromDiscovery: clause.from === 'discovery',
        includingIncidents: clause.includingIncidents,
        largeImpactOnly: clause.largeImpactOnly,
        measuresDefinition: clause.definition === 'security-measures',
        adverseEffectsDefinition: clause.definition === 'adverse-effects',
        secrecy: clause.secrecy,
        hasContents: !clause.noContents,
        allContents: all,
        contents: {
            nature: has('nature'), cause: has('cause'), subjects: has('subjects'), records: has('records'), contact: has('contact'),
            consequences: has('consequences'), measures: has('measures'), phases: has('phases')
        },
        ...(deadline !== undefined ? { deadline } : {})
    };
}

/** The controller's supervisory authority: by the country of its address, the Netherlands when none is given. */
function authorityOf(agreement: Agreement, f: Formatter): string {
    const country = agreement.parties.find(p => p.role === 'controller')?.address?.country;
    const code = country !== undefined ? f.countryCode(country) : 'NL';
    return f.terms.authorities[code] ?? f.terms.authorities['other'] ?? '';
}

/** The document's own facts: a record of an existing agreement (`record-of`), in force on an event, the revision date, status, definitions, place of signing. */
function documentView(agreement: Agreement, f: Formatter): Pick<AgreementView, 'faithful' | 'effectiveOn' | 'revised' | 'status' | 'definitionsFrom' | 'signingPlace'> {
    const revised = agreement.revised;
    const status = agreement.status;
    const isEvent = (v: string | undefined): v is 'signature' | 'acceptance' => v === 'signature' || v === 'acceptance';
    return {
        faithful: f.faithful,
        ...(isEvent(agreement.effectiveOn) ? { effectiveOn: agreement.effectiveOn } : {}),
        // A blank left in the text (`unfilled`) or the day of viewing (`on-view`) is no date to print (DPA-R50 reports both).
        ...(revised !== undefined && revised !== 'unfilled' && revised !== 'on-view' ? { revised: f.date(revised)! } : {}),
        ...(status !== undefined ? { status: { kind: status, text: f.terms.documentStatus[status], ...(agreement.statusNote !== undefined ? { note: f.text(agreement.statusNote) } : {}) } } : {}),
        ...(agreement.definitionsFrom !== undefined ? { definitionsFrom: f.text(agreement.definitionsFrom) } : {}),
        ...(agreement.signingPlace !== undefined ? { signingPlace: f.text(agreement.signingPlace) } : {})
    };
}

export function buildAgreementView(agreement: Agreement, f: Formatter): AgreementView {
    const terms = f.terms;
    const controller = partyView(agreement.parties.find(p => p.role === 'controller'), 'controller', f);
    const processor = partyView(agreement.parties.find(p => p.role === 'processor'), 'processor', f);
    const main = agreement.mainAgreement;
    const lawCode = agreement.law !== undefined ? f.countryCode(agreement.law) : undefined;
    const court = agreement.court;
    const view: AgreementView = {
        title: f.optional(agreement.title) ?? terms.defaultTitle,
        ...(agreement.version !== undefined ? { version: f.text(agreement.version) } : {}),
        ...(agreement.effective !== undefined ? { effective: f.date(agreement.effective)! } : {}),
        ...documentView(agreement, f),
        ...(main ? {
            mainAgreement: {
                title: f.text(main.title),
                ...(/^\s*(de\s+)?(hoofdovereenkomst|main\s+agreement)\s*$/iu.test(f.text(main.title)) ? { untitled: true as const } : {}),
                ...(main.date !== undefined ? { date: f.date(main.date)! } : {}),
                ...(main.reference !== undefined ? { reference: f.text(main.reference) } : {})
            }
        } : {}),
        controller,
        processor,
        authority: authorityOf(agreement, f),
        ...(lawCode !== undefined ? {
            law: f.country(lawCode)!,
            lawText: terms.law[lawCode] ?? fill(terms.law['other'] ?? '{x}', { x: f.country(lawCode)! })
        } : {}),
        ...(court ? { courtText: court.seat !== undefined ? terms.court[court.seat] ?? court.seat : courtGlossed(f.text(court.name ?? ''), terms) } : {}),
        activityCount: agreement.processings.length,
        measureCount: agreement.measures.length,
        subprocessorCount: agreement.subprocessors.filter(isListedSubProcessor).length,
        subprocessorNames: agreement.subprocessors.filter(isListedSubProcessor).map(s => f.text(s.legalName) || s.name),
        ...transferParts(agreement, processor.legalName, f),
        hasSensitiveData: agreement.dataCategories.some(d => d.special.length > 0 || d.criminal || d.bsn),
        ...standardsView(agreement, f),
        annex: { processing: 1, measures: 2, subprocessors: 3 },
        notices: noticesView(agreement)
    };
    return hasContactsAnnex(view) ? { ...view, annex: { ...view.annex, contacts: CONTACTS_ANNEX } } : view;
}

/** The view's flag for each keyword of a list parameter: `{ officeHours: 'office-hours' }`. */
const EVIDENCE_FLAGS = { certificates: 'certificates', reports: 'reports', documentation: 'documentation', subprocessorCertificates: 'subprocessor-certificates' } as const;
const CONDITION_FLAGS = { officeHours: 'office-hours', minimalDisruption: 'minimal-disruption', othersConfidentiality: 'others-confidentiality', securityRules: 'security-rules' } as const;
const COSTS_FLAGS = { controller: 'controller', processor: 'processor', controllerUnlessFault: 'controller-unless-fault', agreed: 'agreed' } as const;

const INSTRUCTION_SOURCE_FLAGS = { mainAgreement: 'main-agreement', dpa: 'dpa', configuration: 'configuration', documentedUse: 'documented-use' } as const;
/** The parts of Art. 28(3)(a) an `instructions` clause has: all but those it is written `without`. */
const INSTRUCTION_PART_FLAGS = { transfers: 'transfers', legalRequirementNotice: 'legal-requirement-notice', infringementNotice: 'infringement-notice' } as const;
const OWN_PURPOSE_FLAGS = { statistics: 'statistics', serviceImprovement: 'service-improvement', aggregated: 'aggregated', benchmarking: 'benchmarking', modelTraining: 'model-training' } as const;
const WARRANTY_FLAGS = {
    lawfulness: 'lawfulness', legalBasis: 'legal-basis', informsSubjects: 'informs-subjects', finalResponsibility: 'final-responsibility', indemnity: 'indemnity',
    indemnityRegulators: 'indemnity-regulators', wbpNotification: 'wbp-notification'
} as const;

/** Which of the keywords the list holds (or, with `present` false, does not hold), as the view's flags. */
function flagsOf<K extends string>(list: readonly string[], keywords: Readonly<Record<K, string>>, present = true): Record<K, boolean> {
    const entries = Object.entries(keywords) as [K, string][];
    return Object.fromEntries(entries.map(([flag, keyword]) => [flag, list.includes(keyword) === present])) as Record<K, boolean>;
}

/** Who pays, for the `costs` parameter of the audit and termination clauses. */
function costsView(costs: string | undefined): { costs?: CostsView } {
    return costs === undefined ? {} : { costs: flagsOf([costs], COSTS_FLAGS) };
}

/** The parameters of a standard clause, formatted, as its template sees them under `clause`. */
export function clauseView(clause: Clause, f: Formatter): ClauseViews[StandardClauseKind] {
    const d = (value: Duration | undefined) => f.duration(value);
    const opt = <K extends string>(key: K, value: string | undefined) => (value !== undefined ? { [key]: value } as Record<K, string> : {});
    const periodic = <K extends string>(key: K, value: PeriodicDelivery | undefined) => {
        const view = periodicView(value, f.terms);
        return view !== undefined ? { [key]: view } as Record<K, PeriodicView> : {};
    };
    switch (clause.$type) {
        case 'InstructionsClause':
            return { ...flagsOf(clause.sources, INSTRUCTION_SOURCE_FLAGS), ...flagsOf(clause.omitted, INSTRUCTION_PART_FLAGS, false) };
        case 'TransfersClause':
            return {
                withoutInstruction: clause.withoutInstruction,
                eeaOnly: clause.eeaOnly,
                unlessAgreed: clause.unlessAgreed,
                mechanisms: clause.mechanisms.map(m => lookupTransferMechanism(m)?.label[f.terms.lang] ?? m),
                openList: clause.openList
            };
        case 'ConfidentialityClause':
            return {
                untilDeletion: clause.untilDeletion,
                personsBound: !clause.withoutPersons,
                personsGuaranteed: clause.personsGuaranteed,
                consent: clause.exceptions.includes('consent'),
                legalDuty: clause.exceptions.includes('legal-duty'),
                necessary: clause.exceptions.includes('necessary'),
                legitimateReason: clause.exceptions.includes('legitimate-reason'),
                ...opt('survives', d(clause.survives))
            };
        case 'SecurityClause':
            return {
                bestEfforts: clause.bestEfforts,
                noGuarantee: clause.noGuarantee,
                reasonableLevel: clause.reasonableLevel,
                acceptedByController: clause.acceptedByController,
                controllerResponsible: clause.controllerResponsible,
                updatesCharged: clause.updatesCharged,
                changesAtDiscretion: clause.changesAtDiscretion,
                ...opt('review', d(clause.review)),
                ...opt('reviewEvery', f.frequency(clause.review)),
                ...periodic('report', clause.report)
            };
        case 'SubprocessingClause':
            return subprocessingView(clause, f);
        case 'DataSubjectRequestsClause':
            return subjectRequestsView(clause, d(clause.forward), f.faithful);
        case 'AssistanceClause':
            return {
                security: clause.topics.includes('security'),
                breach: clause.topics.includes('breach'),
                dpia: clause.topics.includes('dpia'),
                priorConsultation: clause.topics.includes('prior-consultation'),
                extent: extentView(clause.extent),
                costs: assistanceCostsView(clause)
            };
        case 'BreachClause':
            return breachView(clause, d(clause.deadline));
        case 'AuditClause':
            return {
                onSuspicion: clause.onSuspicion,
                suspicionOfMisuse: clause.suspicionOfMisuse,
                independentAuditor: clause.auditor === 'independent-auditor',
                controllerOrAuditor: clause.auditor === 'controller-or-auditor',
                reasonableNotice: clause.reasonableNotice,
                informationOnly: clause.informationOnly,
                evidenceInstead: clause.evidenceInstead,
                onSiteRegulatory: clause.onSite === 'regulatory-need',
                onSiteNone: clause.onSite === 'none',
                findingsJoint: clause.findings === 'joint-decision',
                // The processor remedies findings at its own cost: the default, and in a record only when stated (`findings remedied`).
                findingsRemedied: clause.findings === 'remedied' || (clause.findings === undefined && !f.faithful),
                ...(clause.evidence.length > 0 ? { evidence: flagsOf(clause.evidence, EVIDENCE_FLAGS) } : {}),
                ...(clause.conditions.length > 0 ? { conditions: flagsOf(clause.conditions, CONDITION_FLAGS) } : {}),
                ...costsView(clause.costs),
                ...opt('frequency', d(clause.frequency)),
                ...opt('every', f.frequency(clause.frequency)),
                // Once a year: counted per calendar year, so that it is clear which year counts.
                yearly: clause.frequency?.amount === 1 && clause.frequency.unit.replace(/s$/, '') === 'year',
                ...opt('notice', d(clause.notice)),
                ...periodic('statement', clause.statement)
            };
        case 'LiabilityClause':
            return liabilityView(clause, f.terms, f.faithful);
        case 'TerminationClause':
            return {
                returnOrDelete: clause.choice === 'return-or-delete',
                deleteOnly: clause.choice === 'delete',
                returnOnly: clause.choice === 'return',
                certificate: clause.certificate,
                certificateOnRequest: clause.certificateOnRequest,
                exportIndicative: clause.exportIndicative,
                onlyOnRequest: clause.onlyOnRequest,
                asFarAsPossible: clause.asFarAsPossible,
                choiceBeforeEnd: clause.choiceBeforeEnd,
                // A record (`record-of`) deletes existing copies only with `including-copies`.
                copies: !f.faithful || clause.copies,
                ...costsView(clause.costs),
                ...opt('choiceDeadline', d(clause.choiceDeadline)),
                ...opt('deadline', d(clause.deadline)),
                ...opt('backups', d(clause.backups)),
                ...opt('exportWindow', d(clause.exportWindow))
            };
        case 'DurationClause':
            return {
                mainAgreement: clause.mainAgreement,
                whileProcessing: clause.whileProcessing,
                survivalDefault: !clause.survivesByNature && clause.survives.length === 0,
                survivesByNature: clause.survivesByNature,
                survives: clause.survives.map(topic => f.terms.survivalTopics[topic] ?? topic),
                suspension: !clause.omitted.includes('suspension'),
                // SCC 2021/915 clause 10(b)(1): compliance restored within one month of the suspension.
                restore: formatDuration(clause.restore ?? { amount: 1, unit: 'month' }, f.terms),
                processorTermination: !clause.omitted.includes('processor-termination'),
                ...opt('period', d(clause.period)),
                ...opt('end', f.date(clause.end))
            };
        case 'AmendmentsClause':
            return { unilateral: clause.unilateral, controllerMayTerminate: clause.controllerMayTerminate, mainAgreement: clause.mainAgreement, ...opt('notice', d(clause.notice)) };
        case 'PrecedenceClause':
            return { dpaPrevails: clause.prevails === 'dpa', mainAgreementPrevails: clause.prevails === 'main-agreement', articlesOverAnnexes: clause.articlesOverAnnexes };
        case 'LegalFrameClause':
            return { wbp: clause.law === 'wbp', definitions: clause.definitions, compliance: clause.compliance, withinPower: clause.withinPower };
        case 'OwnPurposesClause':
            return { none: clause.none, evenAnonymised: clause.evenAnonymised, ...flagsOf(clause.purposes, OWN_PURPOSE_FLAGS) };
        case 'OwnershipClause':
            return { dataSubjects: clause.holders.includes('data-subjects'), asProperty: clause.asProperty };
        case 'ControllerWarrantiesClause':
            return flagsOf(clause.items, WARRANTY_FLAGS);
        case 'EvidenceClause':
            return { rebuttable: clause.strength === 'rebuttable' };
        case 'LanguageClause':
            return { dutchPrevails: clause.prevails === 'dutch-prevails' };
        case 'CustomClause':
            // A plain Error: the callers render custom clauses themselves, so no user reaches this.
            throw new Error('A custom clause has no standard template');
    }
}

/** The parameters of the `subprocessing` clause, as its template sees them. */
function subprocessingView(clause: SubprocessingClause, f: Formatter): ClauseViews['subprocessing'] {
    const after = (value: AfterObjection) => clause.afterObjection.includes(value);
    const notice = f.duration(clause.notice);
    const objectionPeriod = f.duration(clause.objectionPeriod);
    return {
        specific: clause.authorisation === 'specific',
        general: clause.authorisation === 'general',
        withoutAuthorisation: clause.authorisation === 'without-authorisation',
        classes: clause.classes,
        listOnRequest: clause.listOnRequest,
        ...(notice !== undefined ? { notice } : {}),
        noticeInAdvance: clause.noticeInAdvance,
        noticeOfChanges: clause.authorisation === 'general' || (clause.authorisation === 'without-authorisation' && (clause.notice !== undefined || clause.noticeInAdvance)),
        objection: clause.objection,
        ...(objectionPeriod !== undefined ? { objectionPeriod } : {}),
        objectionReasonable: clause.objectionReasonable,
        reasonableGrounds: clause.reasonableGrounds,
        defaultAfterObjection: clause.afterObjection.length === 0,
        notEngaged: after('not-engaged'),
        goodFaith: after('good-faith'),
        controllerMayTerminate: after('controller-may-terminate'),
        processorMayTerminate: after('processor-may-terminate'),
        flowDownSame: clause.flowDown === undefined || clause.flowDown === 'same',
        flowDownEquivalent: clause.flowDown === 'equivalent',
        flowDownRelevant: clause.flowDown === 'relevant',
        flowDownNone: clause.flowDown === 'none',
        listedApproved: clause.listed === 'approved',
        listedNoted: clause.listed === 'noted'
    };
}

/** The first letter of a sentence in capitals; Dutch "één" becomes "Eén" (the accent stays on the second e). */
function capitalise(letter: string): string {
    return letter === 'é' ? 'E' : letter.toUpperCase();
}

import {
    countryName, effectiveMechanism, fillPlaceholders, isListedSubProcessor, isRegion, namedStandards, lookupCountry, needsTransferMechanism, processingPlaces, receivesData, seatOf,
    type Agreement, type Clause, type Contact, type Duration, type Party, type Retention, type Transfer
} from '@dpa/language';
import { formatDate, formatDuration, formatMoney, normalizeSpace } from './format.js';
import { fill, type Terms } from './terms.js';
import type { TemplateEngine } from './templates.js';
import type { AgreementView, ClauseViews, ContactView, PartyView, StandardClauseKind, TransferView } from './view.js';

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
    PrecedenceClause: 'precedence'
};

/**
 * Formats the values of a model for one language: user text with template fields filled in,
 * dates, durations, countries. Template fields take the given values, then the parameter's
 * default, else show the parameter's label in brackets (only drafts get that far).
 */
export class Formatter {
    readonly terms: Terms;
    private readonly parameters: ReadonlyMap<string, { label: string; default?: string }>;

    constructor(agreement: Agreement, private readonly engine: TemplateEngine, private readonly values: Readonly<Record<string, string>> = {}) {
        this.terms = engine.terms;
        this.parameters = new Map(agreement.parameters.map(p => [p.name, { label: p.label, ...(p.default !== undefined ? { default: p.default } : {}) }]));
    }

    /**
     * User text: whitespace collapsed, template fields filled in. A value missing from an
     * incomplete model (the preview renders while the user types) becomes the empty string.
     */
    text(value: string | undefined): string {
        if (value === undefined || value === null) return '';
        return normalizeSpace(fillPlaceholders(value, name => this.fieldValue(name)));
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
        return value ? formatDuration(value, this.terms) : undefined;
    }

    country(code: string | undefined): string | undefined {
        if (code === undefined) return undefined;
        const filled = this.text(code);
        return lookupCountry(filled) ? countryName(filled, this.terms.lang) : filled;
    }

    countryCode(code: string): string {
        return this.text(code);
    }

    retention(retention: Retention | undefined): string {
        if (!retention) return this.terms.notApplicable;
        return this.engine.render('retention', {
            transient: retention.transient,
            period: this.duration(retention.period),
            source: this.optional(retention.source),
            agreement: retention.agreement,
            event: this.optional(retention.event),
            grace: this.duration(retention.grace),
            statutory: retention.orStatutory
                ? { period: this.duration(retention.statutoryPeriod), source: this.optional(retention.statutorySource) }
                : undefined
        }).trim();
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
    return {
        person: f.text(contact.person),
        ...(contact.email !== undefined ? { email: f.text(contact.email) } : {}),
        ...(contact.phone !== undefined ? { phone: f.text(contact.phone) } : {})
    };
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
    const contact = contactView(party.contact, f);
    const dpo = contactView(party.dpo, f);
    const alias = party.alias !== undefined ? f.text(party.alias).trim() : '';
    return {
        id: party.name,
        role,
        legalName: f.text(party.legalName) || party.name,
        ...(party.tradeName !== undefined ? { tradeName: f.text(party.tradeName) } : {}),
        ...(party.legalForm !== undefined ? { legalForm: f.text(party.legalForm) } : {}),
        ...(party.kvk !== undefined ? { kvk: f.text(party.kvk) } : {}),
        registrations: party.registrations.map(r => fill(f.terms.registrations[r.kind ?? 'register'], { x: f.text(r.number), r: f.text(r.register ?? '') })),
        ...(address?.street !== undefined ? { street: f.text(address.street) } : {}),
        ...(address?.postcode !== undefined ? { postcode: f.text(address.postcode) } : {}),
        ...(address?.city !== undefined ? { city: f.text(address.city) } : {}),
        ...(countryCode !== undefined && countryCode !== 'NL' ? { country: f.country(countryCode)! } : {}),
        ...(signatories[0] ? { representative: signatories[0].person } : {}),
        ...(signatories[0]?.function !== undefined ? { representativeFunction: signatories[0].function } : {}),
        signatories,
        ...(contact ? { contact } : {}),
        ...(dpo ? { dpo } : {}),
        term,
        ...(alias ? { alias } : {})
    };
}

/** Transfers outside the EEA: the processor's own locations and the sub-processors' seats and places. */
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
            ...(fallback ? { fallback } : {})
        });
    };
    for (const processing of agreement.processings) {
        for (const location of processing.locations) add(processorName, f.countryCode(location.country), location.transfer ? [location.transfer] : []);
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

export function standardName(value: string, terms: Terms): string {
    return terms.standards[value] ?? value;
}

export function buildAgreementView(agreement: Agreement, f: Formatter): AgreementView {
    const terms = f.terms;
    const controller = partyView(agreement.parties.find(p => p.role === 'controller'), 'controller', f);
    const processor = partyView(agreement.parties.find(p => p.role === 'processor'), 'processor', f);
    const main = agreement.mainAgreement;
    const lawCode = agreement.law !== undefined ? f.countryCode(agreement.law) : undefined;
    const court = agreement.court;
    const standards = [...new Set(agreement.measures.flatMap(m => namedStandards(m).map(s => standardName(f.text(s), terms))))];
    return {
        title: f.optional(agreement.title) ?? terms.defaultTitle,
        ...(agreement.version !== undefined ? { version: f.text(agreement.version) } : {}),
        ...(agreement.effective !== undefined ? { effective: f.date(agreement.effective)! } : {}),
        ...(main ? {
            mainAgreement: {
                title: f.text(main.title),
                ...(main.date !== undefined ? { date: f.date(main.date)! } : {}),
                ...(main.reference !== undefined ? { reference: f.text(main.reference) } : {})
            }
        } : {}),
        controller,
        processor,
        ...(lawCode !== undefined ? {
            law: f.country(lawCode)!,
            lawText: terms.law[lawCode] ?? fill(terms.law['other'] ?? '{x}', { x: f.country(lawCode)! })
        } : {}),
        ...(court ? { courtText: court.seat !== undefined ? terms.court[court.seat] ?? court.seat : f.text(court.name ?? '') } : {}),
        activityCount: agreement.processings.length,
        measureCount: agreement.measures.length,
        subprocessorCount: agreement.subprocessors.filter(isListedSubProcessor).length,
        subprocessorNames: agreement.subprocessors.filter(isListedSubProcessor).map(s => f.text(s.legalName) || s.name),
        transfers: transferViews(agreement, processor.legalName, f),
        hasSensitiveData: agreement.dataCategories.some(d => d.special.length > 0 || d.criminal || d.bsn),
        standards,
        annex: { processing: 1, measures: 2, subprocessors: 3 }
    };
}

/** The parameters of a standard clause, formatted, as its template sees them under `clause`. */
export function clauseView(clause: Clause, f: Formatter): ClauseViews[StandardClauseKind] {
    const d = (value: Duration | undefined) => f.duration(value);
    const opt = <K extends string>(key: K, value: string | undefined) => (value !== undefined ? { [key]: value } as Record<K, string> : {});
    switch (clause.$type) {
        case 'InstructionsClause':
        case 'TransfersClause':
            return {};
        case 'ConfidentialityClause':
            return { untilDeletion: clause.untilDeletion, ...opt('survives', d(clause.survives)) };
        case 'SecurityClause':
            return { ...opt('review', d(clause.review)) };
        case 'SubprocessingClause':
            return { specific: clause.authorisation === 'specific', general: clause.authorisation === 'general', objection: clause.objection, ...opt('notice', d(clause.notice)) };
        case 'DataSubjectRequestsClause':
            return { ...opt('forward', d(clause.forward)) };
        case 'AssistanceClause':
            return {
                security: clause.topics.includes('security'),
                breach: clause.topics.includes('breach'),
                dpia: clause.topics.includes('dpia'),
                priorConsultation: clause.topics.includes('prior-consultation')
            };
        case 'BreachClause':
            return { withoutUndueDelay: clause.withoutUndueDelay, ...opt('deadline', d(clause.deadline)) };
        case 'AuditClause':
            return {
                onSuspicion: clause.onSuspicion,
                independentAuditor: clause.auditor === 'independent-auditor',
                controllerOrAuditor: clause.auditor === 'controller-or-auditor',
                ...opt('frequency', d(clause.frequency)),
                ...opt('notice', d(clause.notice))
            };
        case 'LiabilityClause':
            return {
                perEvent: clause.capPer === 'event',
                perYear: clause.capPer === 'year',
                total: clause.capTotal,
                excludeIndirect: clause.excludeIndirect,
                ...opt('cap', clause.cap !== undefined ? formatMoney(clause.cap, f.terms) : undefined)
            };
        case 'TerminationClause':
            return {
                returnOrDelete: clause.choice === 'return-or-delete',
                deleteOnly: clause.choice === 'delete',
                returnOnly: clause.choice === 'return',
                certificate: clause.certificate,
                ...opt('deadline', d(clause.deadline)),
                ...opt('backups', d(clause.backups))
            };
        case 'DurationClause':
            return { mainAgreement: clause.mainAgreement, ...opt('period', d(clause.period)), ...opt('end', f.date(clause.end)) };
        case 'AmendmentsClause':
            return { unilateral: clause.unilateral, ...opt('notice', d(clause.notice)) };
        case 'PrecedenceClause':
            return { dpaPrevails: clause.prevails === 'dpa', mainAgreementPrevails: clause.prevails === 'main-agreement' };
        case 'CustomClause':
            // A plain Error: the callers render custom clauses themselves, so no user reaches this.
            throw new Error('A custom clause has no standard template');
    }
}

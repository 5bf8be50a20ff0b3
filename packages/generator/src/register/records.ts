/**
 * Agreement → register records: one per processing activity (see register.ts for what a record
 * holds and the decisions behind it).
 */
import {
    countryAlias, countryName, effectiveMechanism, fillPlaceholders, generalContact, isGdprRegion, lookupCountry, namedStandards, processingPlaces, processorInEea, receivesData, seatOf,
    type Agreement, type Contact, type DataCategory, type Duration, type Lang, type Measure, type Party, type Processing, type Retention, type SubProcessor, type Transfer
} from '@dpa/language';
import { formatDuration } from '../format.js';
import { generatorText } from '../i18n/index.js';
import { termsFor } from '../terms.js';
import type { RegisterContact, RegisterDataCategory, RegisterMeasure, RegisterOptions, RegisterParty, RegisterRecord, RegisterTransfer } from './model.js';

/** Text of the model: template fields filled with their defaults, whitespace collapsed. */
function textOf(agreement: Agreement): (value: string | undefined) => string {
    const defaults = new Map(agreement.parameters.filter(p => p.default !== undefined).map(p => [p.name, p.default!]));
    return value => (value === undefined || value === null ? '' : fillPlaceholders(value, name => defaults.get(name)).replace(/\s+/g, ' ').trim());
}

function contact(value: Contact | undefined, text: (v: string | undefined) => string): RegisterContact | undefined {
    if (!value) return undefined;
    return {
        person: text(value.person),
        ...(value.email !== undefined ? { email: text(value.email) } : {}),
        ...(value.phone !== undefined ? { phone: text(value.phone) } : {})
    };
}

function party(value: Party | undefined, text: (v: string | undefined) => string, lang: Lang): RegisterParty | undefined {
    if (!value) return undefined;
    const a = value.address;
    const country = a?.country !== undefined ? text(a.country) : undefined;
    const address = a
        ? [text(a.street), [text(a.postcode), text(a.city)].filter(Boolean).join(' '), country !== undefined && country !== 'NL' ? countryName(country, lang) : '']
            .filter(Boolean).join(', ')
        : '';
    const c = contact(generalContact(value), text);
    const dpo = contact(value.dpo, text);
    return {
        name: text(value.legalName) || value.name,
        ...(value.tradeNames.length > 0 ? { tradeName: value.tradeNames.map(t => text(t)).join(', ') } : {}),
        ...(value.kvk !== undefined ? { kvk: text(value.kvk) } : {}),
        ...(address ? { address } : {}),
        ...(c ? { contact: c } : {}),
        ...(dpo ? { dpo } : {})
    };
}

function dataCategory(d: DataCategory, text: (v: string | undefined) => string): RegisterDataCategory {
    return {
        label: text(d.label) || d.name,
        special: [...d.special],
        criminal: d.criminal,
        bsn: d.bsn,
        credentials: d.credentials,
        ...(d.basis !== undefined ? { basis: text(d.basis) } : {})
    };
}

/** The retention term in words, e.g. `7 years (statutory: art. 52 AWR)`. */
export function describeRetention(r: Retention | undefined, lang: Lang = 'en', text: (v: string | undefined) => string = v => v ?? ''): string | undefined {
    if (!r) return undefined;
    // The unit names are the agreement's own (terms.json), so the register and the agreement agree.
    const terms = termsFor(lang);
    const duration = (d: Duration | undefined) => (d ? formatDuration(d, terms) : '');
    const grace = r.grace ? ` + ${duration(r.grace)}` : '';
    let base: string;
    if (r.transient) base = generatorText(lang, 'register.transient');
    else if (r.afterUse) base = generatorText(lang, 'register.afterUse');
    else if (r.none) base = generatorText(lang, 'register.none');
    else if (r.unspecified) base = generatorText(lang, 'register.unspecified');
    else if (r.period) base = r.source !== undefined ? generatorText(lang, 'register.statutoryPeriod', { period: duration(r.period), source: text(r.source) }) : duration(r.period);
    else if (r.agreement) base = `${generatorText(lang, 'register.forAgreement')}${grace}`;
    else if (r.event !== undefined) base = `${generatorText(lang, 'register.until', { event: text(r.event) })}${grace}`;
    else base = '';
    if (r.orStatutory) {
        const details = [duration(r.statutoryPeriod), text(r.statutorySource)].filter(Boolean).join(', ');
        base = `${base}, ${generatorText(lang, 'register.orStatutory')}${details ? ` (${details})` : ''}`;
    }
    return base || undefined;
}

/**
 * The activity's retention in words, then each storage layer's or data category's
 * (`back-ups (Plesk): 6 months`), separated by semicolons.
 */
export function describeProcessingRetention(processing: Processing, lang: Lang = 'en', text: (v: string | undefined) => string = v => v ?? ''): string | undefined {
    const parts = processing.partRetentions.map(part => {
        const term = describeRetention(part.term, lang, text);
        const layer = part.layer !== undefined ? [generatorText(lang, part.layer === 'backups' ? 'register.layer.backups' : 'register.layer.logs'), part.label !== undefined ? `(${text(part.label)})` : ''].filter(Boolean).join(' ') : undefined;
        const what = layer ?? part.data.map(d => text(d.ref?.label) || d.$refText).join(', ');
        return term !== undefined ? `${what}: ${term}` : undefined;
    }).filter((p): p is string => p !== undefined);
    const all = [describeRetention(processing.retention, lang, text), ...parts].filter((p): p is string => p !== undefined);
    return all.length > 0 ? all.join('; ') : undefined;
}

/** Every place a sub-processor's data reach: its seat and its places of processing (once each). */
function subProcessorPlaces(s: SubProcessor): string[] {
    const seat = seatOf(s);
    return [...new Set([...(seat !== undefined ? [seat] : []), ...processingPlaces(s)])];
}

function transferOf(
    code: string, recipient: string, recipientRole: 'processor' | 'subprocessor', transfer: Transfer | undefined,
    text: (v: string | undefined) => string, lang: Lang
): RegisterTransfer | undefined {
    // The EEA or the EU as a region: no transfer (Art. 44); `unknown` stays, as a place to verify.
    if (isGdprRegion(code)) return undefined;
    const info = lookupCountry(code) ?? lookupCountry(countryAlias(code) ?? '');
    if (info?.status === 'eea') return undefined;
    const country = info?.code ?? code;
    const mechanism = effectiveMechanism(info?.status, transfer);
    const label = mechanism?.label[lang] ?? transfer?.mechanism ?? generatorText(lang, 'register.noMechanism');
    return {
        country,
        countryName: info ? countryName(country, lang) : code,
        status: info?.status ?? 'unknown',
        recipient,
        recipientRole,
        ...(transfer ? { mechanism: transfer.mechanism } : {}),
        mechanismLabel: label,
        valid: mechanism?.valid ?? false,
        ...(transfer?.module !== undefined ? { module: transfer.module } : {}),
        ...(transfer?.certified ? { certified: true } : {}),
        ...(transfer?.ground !== undefined ? { ground: text(transfer.ground) } : {}),
        ...(transfer?.tia !== undefined ? { tia: text(transfer.tia) } : {})
    };
}

function measure(m: Measure, text: (v: string | undefined) => string): RegisterMeasure {
    return { type: m.type, kind: m.kind, description: text(m.description), standards: namedStandards(m).map(s => text(s)) };
}

function defined<T>(value: T | undefined): value is T {
    return value !== undefined;
}

/** The register records of one agreement: one per processing activity, in source order. */
export function registerRecords(agreement: Agreement, options: RegisterOptions = {}): RegisterRecord[] {
    const lang = options.lang ?? 'en';
    const text = textOf(agreement);
    const processorNode = agreement.parties.find(p => p.role === 'processor');
    const processor = party(processorNode, text, lang);
    const controller = party(agreement.parties.find(p => p.role === 'controller'), text, lang);
    const processorName = processor?.name ?? 'processor';
    const named = new Set<SubProcessor>(agreement.processings.flatMap(p => p.subprocessors.map(s => s.ref).filter(defined)));
    const unassigned = agreement.subprocessors.filter(s => !named.has(s) && receivesData(s));
    const info = {
        name: agreement.name,
        title: text(agreement.title),
        ...(agreement.version !== undefined ? { version: text(agreement.version) } : {}),
        ...(agreement.effective !== undefined ? { effective: text(agreement.effective) } : {}),
        ...(options.source !== undefined ? { source: options.source } : {})
    };

    // A processor established in the EEA that processes abroad itself is no recipient of a
    // transfer (Chapter V needs another party): its places stay in `locations`, not in `transfers`.
    const ownPlacesAreTransfers = !processorInEea(agreement);
    const transfers = (processing: Processing): RegisterTransfer[] => {
        const all = [
            ...(ownPlacesAreTransfers ? processing.locations.map(l => transferOf(text(l.country), processorName, 'processor', l.transfer, text, lang)) : []),
            ...[...processing.subprocessors.map(s => s.ref).filter(defined), ...unassigned]
                .flatMap(s => subProcessorPlaces(s).map(code => transferOf(text(code), text(s.legalName) || s.name, 'subprocessor', s.transfers[0], text, lang)))
        ].filter(defined);
        const seen = new Set<string>();
        return all.filter(t => {
            const key = `${t.recipient}\u0000${t.country}\u0000${t.mechanism ?? ''}`;
            if (seen.has(key)) return false;
            seen.add(key);
            return true;
        });
    };

    return agreement.processings.map(processing => {
        const measures = processing.measures.length > 0 ? processing.measures.map(m => m.ref).filter(defined) : agreement.measures;
        const retention = describeProcessingRetention(processing, lang, text);
        return {
            ...(processor ? { processor } : {}),
            ...(controller ? { controller } : {}),
            agreement: info,
            activity: { name: processing.name, title: text(processing.title) || processing.name },
            purposes: processing.purposes.map(text),
            operations: [
                ...processing.operations.map(text),
                ...processing.staff
                    .filter(s => s.operations.length > 0)
                    .map(s => `${text(s.role.ref?.label) || s.role.$refText}: ${s.operations.map(text).join(', ')}`)
            ],
            dataCategories: processing.data.map(d => d.ref).filter(defined).map(d => dataCategory(d, text)),
            dataSubjects: processing.subjects.map(s => s.ref).filter(defined).map(s => text(s.label) || s.name),
            locations: processing.locations.map(l => text(l.country)),
            transfers: transfers(processing),
            // Art. 30(2)(d): the measures taken; a planned one is not yet a measure.
            securityMeasures: measures.filter(m => !m.planned && !m.optional).map(m => measure(m, text)),
            ...(retention !== undefined ? { retention } : {})
        };
    });
}

/** Register records as table rows: the columns, and each record's cells as text. */
import { countryName, lookupCountry, type Lang } from '@dpa/language';
import { generatorText } from '../i18n/index.js';
import type { RegisterContact, RegisterDataCategory, RegisterMeasure, RegisterParty, RegisterRecord, RegisterTransfer } from './model.js';

/** The columns of the register as a table, in their fixed order. */
export const REGISTER_COLUMNS = [
    'processor', 'processorContact', 'processorDpo',
    'controller', 'controllerContact', 'controllerDpo',
    'agreement', 'agreementVersion',
    'activity', 'purposes', 'operations', 'dataCategories', 'dataSubjects',
    'locations', 'transfers', 'securityMeasures', 'retention', 'source'
] as const;

export type RegisterColumn = (typeof REGISTER_COLUMNS)[number];

/** Between the items of a list in one cell (`;` and `,` occur inside the items themselves). */
const LIST = ' | ';

function contactText(c: RegisterContact | undefined): string {
    if (!c) return '';
    return [c.person, c.email !== undefined ? `<${c.email}>` : '', c.phone ?? ''].filter(Boolean).join(' ');
}

function partyContactText(p: RegisterParty | undefined): string {
    return [contactText(p?.contact), p?.address ?? ''].filter(Boolean).join(LIST);
}

function dataText(d: RegisterDataCategory, lang: Lang): string {
    const flags = [
        ...d.special.map(category => generatorText(lang, 'register.special', { category })),
        d.criminal ? generatorText(lang, 'register.criminal') : '',
        d.bsn ? 'BSN' : '',
        d.credentials ? generatorText(lang, 'register.credentials') : '',
        d.basis !== undefined ? generatorText(lang, 'register.basis', { basis: d.basis }) : ''
    ].filter(Boolean);
    return flags.length > 0 ? `${d.label} [${flags.join(', ')}]` : d.label;
}

/** A transfer in words: `United States (US), Apple: EU-US Data Privacy Framework (…), certified`. */
export function describeTransfer(t: RegisterTransfer, lang: Lang = 'en'): string {
    const details = [
        t.mechanismLabel,
        t.module !== undefined ? generatorText(lang, 'register.module', { n: t.module }) : '',
        t.certified ? generatorText(lang, 'register.certified') : ''
    ].filter(Boolean).join(', ');
    return `${t.countryName} (${t.country}), ${t.recipient}: ${details}${t.ground !== undefined ? ` (${t.ground})` : ''}`;
}

function measureText(m: RegisterMeasure): string {
    return `${m.description} (${[m.kind, ...m.standards].join(', ')})`;
}

/** One record as a table row: every column as text (lists joined with ` | `). */
export function registerRow(r: RegisterRecord, lang: Lang = 'en'): Record<RegisterColumn, string> {
    const name = (p: RegisterParty | undefined) => (p ? `${p.name}${p.tradeName ? ` (${p.tradeName})` : ''}` : '');
    return {
        processor: name(r.processor),
        processorContact: partyContactText(r.processor),
        processorDpo: contactText(r.processor?.dpo),
        controller: name(r.controller),
        controllerContact: partyContactText(r.controller),
        controllerDpo: contactText(r.controller?.dpo),
        agreement: r.agreement.title,
        agreementVersion: r.agreement.version ?? '',
        activity: r.activity.title,
        purposes: r.purposes.join(LIST),
        operations: r.operations.join(LIST),
        dataCategories: r.dataCategories.map(d => dataText(d, lang)).join(LIST),
        dataSubjects: r.dataSubjects.join(LIST),
        locations: r.locations.map(code => (lookupCountry(code) ? `${countryName(code, lang)} (${code})` : code)).join(LIST),
        transfers: r.transfers.length > 0 ? r.transfers.map(t => describeTransfer(t, lang)).join(LIST) : generatorText(lang, 'register.noTransfers'),
        securityMeasures: r.securityMeasures.map(measureText).join(LIST),
        retention: r.retention ?? generatorText(lang, 'register.notStated'),
        source: r.agreement.source ?? ''
    };
}

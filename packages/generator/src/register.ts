/**
 * The processor's record of processing activities (Art. 30(2) AVG), derived from agreements:
 * one record per processing activity, with
 *   (a) the processor, the controller, their contact details and DPOs,
 *   (b) the category of processing (the activity, its purposes and operations) with its data,
 *       data subjects and retention,
 *   (c) the transfers outside the EEA: per location of the activity and per sub-processor, with
 *       the country and the mechanism (for an Art. 49 derogation, its ground),
 *   (d) a general description of the security measures.
 * Pure: a model in, plain data out; no clock, no file system. Used by `dpa register`.
 *
 * Decisions:
 * - A sub-processor that no activity names is engaged for the agreement as a whole, so it counts
 *   for every activity of that agreement (a register must not understate transfers).
 * - An activity that names no measures is covered by all measures of the agreement (Bijlage 2
 *   applies to the whole agreement).
 * - The register records what is agreed, also where the agreement is wrong: an invalid
 *   mechanism is listed with `valid: false`, a missing one as "no transfer mechanism stated".
 */
import {
    countryAlias, countryName, effectiveMechanism, fillPlaceholders, lookupCountry,
    type Agreement, type Contact, type DataCategory, type Duration, type Measure, type Party, type Processing, type Retention, type SubProcessor, type Transfer, type TransferStatus
} from '@dpa/language';

export type RegisterLanguage = 'en' | 'nl';

export interface RegisterContact {
    readonly person: string;
    readonly email?: string;
    readonly phone?: string;
}

export interface RegisterParty {
    readonly name: string;
    readonly tradeName?: string;
    readonly kvk?: string;
    /** Street, postcode, city and country, as one line. */
    readonly address?: string;
    readonly contact?: RegisterContact;
    readonly dpo?: RegisterContact;
}

export interface RegisterDataCategory {
    readonly label: string;
    /** Art. 9(1) special categories (`health`, `biometric`, …). */
    readonly special: readonly string[];
    readonly criminal: boolean;
    readonly bsn: boolean;
    readonly credentials: boolean;
    readonly basis?: string;
}

export interface RegisterTransfer {
    /** ISO 3166-1 alpha-2 code as written (an alias such as `UK` is resolved to `GB`). */
    readonly country: string;
    readonly countryName: string;
    /** `unknown` for a code the country table does not know. */
    readonly status: TransferStatus | 'unknown';
    /** Who receives the data: the processor itself (its own location) or a sub-processor. */
    readonly recipient: string;
    readonly recipientRole: 'processor' | 'subprocessor';
    /** The mechanism keyword (`scc`, `dpf`, …); absent when none is stated. */
    readonly mechanism?: string;
    /** The mechanism in words; for a full adequacy decision without a stated mechanism, that decision. */
    readonly mechanismLabel: string;
    /** False when no mechanism is stated or the instrument does not legitimise a transfer. */
    readonly valid: boolean;
    readonly module?: number;
    readonly certified?: boolean;
    /** The ground of an Art. 49 derogation (Art. 30(2)(c): the safeguards of such a transfer). */
    readonly ground?: string;
    readonly tia?: string;
}

export interface RegisterMeasure {
    readonly type: string;
    readonly kind: string;
    readonly description: string;
    readonly standards: readonly string[];
}

/** One row of the register: one processing activity of one agreement. */
export interface RegisterRecord {
    readonly processor?: RegisterParty;
    readonly controller?: RegisterParty;
    readonly agreement: {
        readonly name: string;
        readonly title: string;
        readonly version?: string;
        readonly effective?: string;
        /** Where the agreement comes from (a file path), when the caller gives it. */
        readonly source?: string;
    };
    readonly activity: { readonly name: string; readonly title: string };
    readonly purposes: readonly string[];
    /** The operations of the activity; operations of one staff role as `Role: a, b`. */
    readonly operations: readonly string[];
    readonly dataCategories: readonly RegisterDataCategory[];
    readonly dataSubjects: readonly string[];
    /** Countries where the processor itself processes, as codes. */
    readonly locations: readonly string[];
    readonly transfers: readonly RegisterTransfer[];
    readonly securityMeasures: readonly RegisterMeasure[];
    /** The retention term in words; undefined when the activity states none. */
    readonly retention?: string;
}

export interface RegisterOptions {
    /** Language of the labels the register adds (countries, mechanisms, retention); default `en`. */
    readonly lang?: RegisterLanguage;
    readonly source?: string;
}

const WORDS = {
    en: {
        noMechanism: 'no transfer mechanism stated',
        certified: 'certified',
        module: 'module',
        agreement: 'for the duration of the agreement',
        until: 'until',
        statutory: 'statutory',
        orStatutory: 'or the statutory period if longer',
        none: 'none',
        notStated: 'not stated',
        special: 'special category',
        criminal: 'criminal data',
        credentials: 'credentials',
        basis: 'basis',
        units: {
            hour: ['hour', 'hours'], day: ['day', 'days'], 'working-day': ['working day', 'working days'],
            week: ['week', 'weeks'], month: ['month', 'months'], year: ['year', 'years']
        }
    },
    nl: {
        noMechanism: 'geen doorgiftegrondslag vermeld',
        certified: 'gecertificeerd',
        module: 'module',
        agreement: 'gedurende de looptijd van de overeenkomst',
        until: 'tot',
        statutory: 'wettelijk',
        orStatutory: 'of de wettelijke termijn als die langer is',
        none: 'geen',
        notStated: 'niet vermeld',
        special: 'bijzonder persoonsgegeven',
        criminal: 'strafrechtelijk gegeven',
        credentials: 'inloggegevens',
        basis: 'grondslag',
        units: {
            hour: ['uur', 'uur'], day: ['dag', 'dagen'], 'working-day': ['werkdag', 'werkdagen'],
            week: ['week', 'weken'], month: ['maand', 'maanden'], year: ['jaar', 'jaar']
        }
    }
} as const;

type Words = (typeof WORDS)[RegisterLanguage];

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

function party(value: Party | undefined, text: (v: string | undefined) => string, lang: RegisterLanguage): RegisterParty | undefined {
    if (!value) return undefined;
    const a = value.address;
    const country = a?.country !== undefined ? text(a.country) : undefined;
    const address = a
        ? [text(a.street), [text(a.postcode), text(a.city)].filter(Boolean).join(' '), country !== undefined && country !== 'NL' ? countryName(country, lang) : '']
            .filter(Boolean).join(', ')
        : '';
    const c = contact(value.contact, text);
    const dpo = contact(value.dpo, text);
    return {
        name: text(value.legalName) || value.name,
        ...(value.tradeName !== undefined ? { tradeName: text(value.tradeName) } : {}),
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

function duration(d: Duration | undefined, words: Words): string {
    if (!d) return '';
    const unit = d.unit.replace(/s$/, '') as keyof Words['units'];
    const names = words.units[unit] ?? [d.unit, d.unit];
    return `${d.amount} ${d.amount === 1 ? names[0] : names[1]}`;
}

/** The retention term in words, e.g. `7 years (statutory: art. 52 AWR)`. */
export function describeRetention(r: Retention | undefined, lang: RegisterLanguage = 'en', text: (v: string | undefined) => string = v => v ?? ''): string | undefined {
    if (!r) return undefined;
    const words = WORDS[lang];
    const grace = r.grace ? ` + ${duration(r.grace, words)}` : '';
    let base: string;
    if (r.period) base = `${duration(r.period, words)}${r.source !== undefined ? ` (${words.statutory}: ${text(r.source)})` : ''}`;
    else if (r.agreement) base = `${words.agreement}${grace}`;
    else if (r.event !== undefined) base = `${words.until} ${text(r.event)}${grace}`;
    else base = '';
    if (r.orStatutory) {
        const details = [duration(r.statutoryPeriod, words), text(r.statutorySource)].filter(Boolean).join(', ');
        base = `${base}, ${words.orStatutory}${details ? ` (${details})` : ''}`;
    }
    return base || undefined;
}

function transferOf(
    code: string, recipient: string, recipientRole: 'processor' | 'subprocessor', transfer: Transfer | undefined,
    text: (v: string | undefined) => string, lang: RegisterLanguage
): RegisterTransfer | undefined {
    const info = lookupCountry(code) ?? lookupCountry(countryAlias(code) ?? '');
    if (info?.status === 'eea') return undefined;
    const country = info?.code ?? code;
    const mechanism = effectiveMechanism(info?.status, transfer);
    const label = mechanism?.label[lang] ?? transfer?.mechanism ?? WORDS[lang].noMechanism;
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
    return { type: m.type, kind: m.kind, description: text(m.description), standards: m.standards.map(s => text(s)) };
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
    const unassigned = agreement.subprocessors.filter(s => !named.has(s));
    const info = {
        name: agreement.name,
        title: text(agreement.title),
        ...(agreement.version !== undefined ? { version: text(agreement.version) } : {}),
        ...(agreement.effective !== undefined ? { effective: text(agreement.effective) } : {}),
        ...(options.source !== undefined ? { source: options.source } : {})
    };

    const transfers = (processing: Processing): RegisterTransfer[] => {
        const all = [
            ...processing.locations.map(l => transferOf(text(l.country), processorName, 'processor', l.transfer, text, lang)),
            ...[...processing.subprocessors.map(s => s.ref).filter(defined), ...unassigned]
                .map(s => (s.country === undefined ? undefined : transferOf(text(s.country), text(s.legalName) || s.name, 'subprocessor', s.transfer, text, lang)))
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
        const retention = describeRetention(processing.retention, lang, text);
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
            securityMeasures: measures.map(m => measure(m, text)),
            ...(retention !== undefined ? { retention } : {})
        };
    });
}

// ---------------------------------------------------------------------------------------------
// As a table (CSV)
// ---------------------------------------------------------------------------------------------

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

function dataText(d: RegisterDataCategory, words: Words): string {
    const flags = [
        ...d.special.map(s => `${words.special}: ${s}`),
        d.criminal ? words.criminal : '',
        d.bsn ? 'BSN' : '',
        d.credentials ? words.credentials : '',
        d.basis !== undefined ? `${words.basis}: ${d.basis}` : ''
    ].filter(Boolean);
    return flags.length > 0 ? `${d.label} [${flags.join(', ')}]` : d.label;
}

/** A transfer in words: `United States (US), Apple: EU-US Data Privacy Framework (…), certified`. */
export function describeTransfer(t: RegisterTransfer, lang: RegisterLanguage = 'en'): string {
    const words = WORDS[lang];
    const details = [
        t.mechanismLabel,
        t.module !== undefined ? `${words.module} ${t.module}` : '',
        t.certified ? words.certified : ''
    ].filter(Boolean).join(', ');
    return `${t.countryName} (${t.country}), ${t.recipient}: ${details}${t.ground !== undefined ? ` (${t.ground})` : ''}`;
}

function measureText(m: RegisterMeasure): string {
    return `${m.description} (${[m.kind, ...m.standards].join(', ')})`;
}

/** One record as a table row: every column as text (lists joined with ` | `). */
export function registerRow(r: RegisterRecord, lang: RegisterLanguage = 'en'): Record<RegisterColumn, string> {
    const words = WORDS[lang];
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
        dataCategories: r.dataCategories.map(d => dataText(d, words)).join(LIST),
        dataSubjects: r.dataSubjects.join(LIST),
        locations: r.locations.map(code => (lookupCountry(code) ? `${countryName(code, lang)} (${code})` : code)).join(LIST),
        transfers: r.transfers.length > 0 ? r.transfers.map(t => describeTransfer(t, lang)).join(LIST) : words.none,
        securityMeasures: r.securityMeasures.map(measureText).join(LIST),
        retention: r.retention ?? words.notStated,
        source: r.agreement.source ?? ''
    };
}

/**
 * The first characters that make a spreadsheet read a cell as a formula (OWASP CSV injection):
 * `= + - @`, tab and CR, and the full-width forms `＝ ＋ － ＠` some spreadsheets also accept.
 */
export const CSV_FORMULA_TRIGGERS: readonly string[] = ['=', '+', '-', '@', '\t', '\r', '\uFF1D', '\uFF0B', '\uFF0D', '\uFF20'];

/**
 * A cell a spreadsheet shows as text: prefixed with `'` when it starts with a formula trigger,
 * also after leading spaces or line feeds (which some spreadsheets skip).
 */
export function neutralizeCsvCell(value: string): string {
    const first = value.replace(/^[ \n]+/, '').charAt(0);
    return first !== '' && CSV_FORMULA_TRIGGERS.includes(first) ? `'${value}` : value;
}

/**
 * A CSV field: neutralised against formula injection (`neutralizeCsvCell`), then quoted (RFC
 * 4180) when it holds a comma, a quote, a semicolon or a line break, or leading or trailing space.
 */
export function csvField(value: string): string {
    const cell = neutralizeCsvCell(value);
    return /[",;\r\n]/.test(cell) || cell !== cell.trim() ? `"${cell.replace(/"/g, '""')}"` : cell;
}

/**
 * The register as CSV (RFC 4180): a header row with `REGISTER_COLUMNS`, one row per record in
 * the given order, CRLF line ends, ending with one; UTF-8 without a byte order mark.
 */
export function registerCsv(records: readonly RegisterRecord[], lang: RegisterLanguage = 'en'): string {
    const lines = [REGISTER_COLUMNS.join(',')];
    for (const record of records) {
        const row = registerRow(record, lang);
        lines.push(REGISTER_COLUMNS.map(column => csvField(row[column])).join(','));
    }
    return `${lines.join('\r\n')}\r\n`;
}

import * as v from 'valibot';
import { LANGS, type Lang } from '@dpa/language';
import nlTerms from '../templates/nl/terms.json';
import enTerms from '../templates/en/terms.json';

const text = v.string();
/** A strict object with exactly these keys, each a string. */
function labels<const K extends string>(keys: readonly K[]) {
    const entries = {} as Record<K, typeof text>;
    for (const key of keys) entries[key] = text;
    return v.strictObject(entries);
}

/**
 * The schema of templates/<lang>/terms.json: objects strict, so a misspelled key is an error.
 * The built-in files are parsed by it when this module loads; a firm's terms.json is merged over
 * them and the result parsed again (template-folder.ts).
 */
export const TermsSchema = v.strictObject({
    $comment: v.optional(text),
    lang: v.picklist(LANGS),
    /** The title of an agreement that states none. */
    defaultTitle: text,
    months: v.pipe(v.array(text), v.length(12)),
    /** The numbers zero to twenty in words; a duration writes these in words, larger ones as numerals. */
    numbers: v.pipe(v.array(text), v.length(21)),
    /** Singular and plural of each time unit; `day` is the calendar day and says so. */
    units: v.record(text, v.strictTuple([text, text])),
    /** The units a record of a concluded agreement (`record-of`) writes as its source did: `day` without "calendar", which would settle a reading the source left open. */
    recordUnits: v.record(text, v.strictTuple([text, text])),
    /** How often: `one` with `{x}` the singular unit ("a year"), `many` with `{x}` the duration ("every two years"). */
    frequency: labels(['one', 'many']),
    and: text,
    thousandsSeparator: text,
    currency: text,
    partyTerms: labels(['controller', 'processor']),
    /** The Dutch term beside the party's defined term in another language ("Controller (verwerkingsverantwoordelijke)"); empty in Dutch. */
    partyTermGlosses: labels(['controller', 'processor']),
    /** A party's registration other than the KvK, with `{x}` the number and `{r}` a named register. */
    registrations: labels(['kbo', 'vat', 'brin', 'register']),
    subtitle: labels(['version', 'effective', 'mainAgreement', 'reference', 'dated', 'revised', 'effectiveOnSignature', 'effectiveOnAcceptance', 'status']),
    /** The document's status (`status draft|concept|final`) in words. */
    documentStatus: labels(['draft', 'concept', 'final']),
    /** A contact in words, `{x}` the name and `{r}` its e-mail address and telephone. */
    contact: labels(['withDetails']),
    /** The contacts annex: its columns, the subject of each row, and its opening sentence. */
    contactColumns: labels(['party', 'subject', 'person', 'email', 'phone']),
    contactSubjects: labels(['general', 'privacy', 'security', 'dpo', 'none']),
    contactsIntro: text,
    headings: labels(['parties', 'between', 'recitals', 'agreed', 'article', 'signatures', 'signaturesIntro', 'signFor', 'acceptedParty', 'customerParty', 'customerDescribed', 'acceptance', 'acceptanceText', 'signedAt', 'annex']),
    signatureRows: labels(['name', 'function', 'place', 'date', 'signature']),
    articles: v.record(text, text),
    annexes: labels(['processing', 'measures', 'subprocessors', 'contacts']),
    /** A cross-reference `{{ref name}}` in the agreement's prose, with the number the target has. */
    references: labels(['article', 'annex']),
    processingColumns: labels(['number', 'activity', 'purpose', 'data', 'staff', 'subjects', 'where', 'retention']),
    measureColumns: labels(['measure', 'kind', 'standard']),
    subprocessorColumns: labels(['name', 'service', 'country', 'transfer']),
    noSubprocessors: text,
    noMeasures: text,
    /** The extra columns of the annex when sub-processors state a seat, places or contract status apart. */
    subprocessorPlaceColumns: labels(['seat', 'locations', 'contract']),
    /** Regions and `unknown` as places of processing (EEA, EU, to be verified). */
    places: labels(['EEA', 'EU', 'worldwide', 'unknown']),
    contractStatus: labels(['signed', 'pending']),
    /** "{x}, module {n}": an SCC mechanism with its module. */
    withModule: text,
    /** "{x} (as a fallback)": a mechanism recorded behind the first. */
    fallbackMechanism: text,
    certifiedMechanism: text,
    noTransferMechanism: text,
    notApplicable: text,
    measureTypes: labels(['technical', 'organisational']),
    measureKinds: v.record(text, text),
    specialCategories: v.record(text, text),
    dataFlags: labels(['special', 'criminal', 'bsn', 'credentials', 'basis']),
    /** Bijlage 1's sentence on what is declared not processed (`excludes`), `{x}` the kinds. */
    excluded: labels(['sentence', 'or', 'special', 'criminal', 'bsn', 'category']),
    standards: v.record(text, text),
    /** Bijlage 1-3 details: conditions, vulnerable subjects, profiling, exclusions with a scope, how a
     * standard is met, planned measures, the measures' review, recipients' roles and promises. */
    details: labels([
        'incidental', 'when', 'minors', 'vulnerable', 'profiling', 'automatedDecisions',
        'notStored', 'advised', 'outsideControl',
        'follows', 'certified', 'assurance', 'planned', 'optional', 'protects', 'provider', 'reviewed', 'reviewedEvery', 'noDowngrade',
        'parent', 'via', 'recipientData', 'zeroRetention', 'noTraining', 'otherRecipients', 'jointController', 'controller', 'notSubprocessor'
    ]),
    law: v.record(text, text),
    /** The supervisory authority by the controller's country (ISO code), and `other`. */
    authorities: v.record(text, text),
    /** The subjects of provisions that survive the agreement (`duration … survives (breach, audit)`). */
    survivalTopics: labels(['confidentiality', 'breach', 'audit', 'transfers', 'termination', 'liability', 'law']),
    court: v.record(text, text),
    /**
     * Glosses of Dutch legal terms the English text keeps in Dutch (B-04): `legalForms` by the legal
     * form in lower case ("besloten vennootschap" → "private limited liability company"), `courts`
     * by the first word of a court's name, with `{x}` the rest up to a comma ("Rechtbank" →
     * "District Court of {x}"). A gloss equal to the Dutch term itself (the Dutch terms.json) adds
     * nothing.
     */
    glosses: v.strictObject({ legalForms: v.record(text, text), courts: v.record(text, text) }),
    missingValue: text,
    /** Model text shown in a document of another language than the model's (Dutch): `title` and
     * `paragraph` mark a custom clause without its translation (`{x}` the Dutch text), `notice` says
     * at the top which articles (`{x}`) are affected, `annex` follows the title of an annex whose
     * cells hold model text. Unused in the Dutch output. */
    untranslated: labels(['title', 'paragraph', 'notice', 'annex']),
    draft: text,
    broken: text
});

/** Words and labels of one language (see templates/<lang>/terms.json). */
export type Terms = Readonly<v.InferOutput<typeof TermsSchema>>;

/** Terms data parsed by the schema; the error names the file and the path of the bad value. */
export function parseTerms(file: string, data: unknown): Terms {
    const result = v.safeParse(TermsSchema, data);
    if (result.success) return result.output;
    const issue = result.issues[0];
    // A plain Error, not a catalogue message: only the built-in terms are parsed here (a firm's
    // terms.json is checked by mergeTerms), so this is a broken build, not something a user did.
    throw new Error(`${file}: ${v.getDotPath(issue) ?? '(root)'}: ${issue.message}`);
}

const TERMS: Record<Lang, Terms> = {
    nl: parseTerms('templates/nl/terms.json', nlTerms),
    en: parseTerms('templates/en/terms.json', enTerms)
};

export function termsFor(lang: Lang): Terms {
    return TERMS[lang];
}

/** Fills `{x}`, `{n}` and `{r}` (a register's name) in a label pattern. */
export function fill(pattern: string, values: { x?: string; n?: number | string; r?: string }): string {
    return pattern.replace(/\{([xnr])\}/g, (_, key: 'x' | 'n' | 'r') => String(values[key] ?? ''));
}

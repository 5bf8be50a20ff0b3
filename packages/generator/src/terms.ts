import nlTerms from '../templates/nl/terms.json';
import enTerms from '../templates/en/terms.json';

/** The languages the agreement can be generated in: one template set each (templates/<lang>/). */
export type AgreementLanguage = 'nl' | 'en';
export const AGREEMENT_LANGUAGES: readonly AgreementLanguage[] = ['nl', 'en'];

export function isAgreementLanguage(value: unknown): value is AgreementLanguage {
    return typeof value === 'string' && (AGREEMENT_LANGUAGES as readonly string[]).includes(value);
}

/** Words and labels of one language (see templates/<lang>/terms.json). */
export interface Terms {
    readonly lang: AgreementLanguage;
    /** The title of an agreement that states none. */
    readonly defaultTitle: string;
    readonly months: readonly string[];
    readonly units: Readonly<Record<string, readonly [string, string]>>;
    readonly and: string;
    readonly thousandsSeparator: string;
    readonly currency: string;
    readonly partyTerms: Readonly<Record<'controller' | 'processor', string>>;
    readonly subtitle: Readonly<Record<'version' | 'effective' | 'mainAgreement' | 'reference' | 'dated', string>>;
    readonly headings: Readonly<Record<'parties' | 'between' | 'recitals' | 'agreed' | 'article' | 'signatures' | 'signaturesIntro' | 'signFor' | 'annex', string>>;
    readonly signatureRows: Readonly<Record<'name' | 'function' | 'place' | 'date' | 'signature', string>>;
    readonly articles: Readonly<Record<string, string>>;
    readonly annexes: Readonly<Record<'processing' | 'measures' | 'subprocessors', string>>;
    readonly processingColumns: Readonly<Record<'number' | 'activity' | 'purpose' | 'data' | 'staff' | 'subjects' | 'where' | 'retention', string>>;
    readonly measureColumns: Readonly<Record<'measure' | 'kind' | 'standard', string>>;
    readonly subprocessorColumns: Readonly<Record<'name' | 'service' | 'country' | 'transfer', string>>;
    readonly noSubprocessors: string;
    readonly noMeasures: string;
    readonly noTransferMechanism: string;
    readonly notApplicable: string;
    readonly measureTypes: Readonly<Record<'technical' | 'organisational', string>>;
    readonly measureKinds: Readonly<Record<string, string>>;
    readonly specialCategories: Readonly<Record<string, string>>;
    readonly dataFlags: Readonly<Record<'special' | 'criminal' | 'bsn' | 'credentials' | 'basis', string>>;
    readonly standards: Readonly<Record<string, string>>;
    readonly law: Readonly<Record<string, string>>;
    readonly court: Readonly<Record<string, string>>;
    readonly missingValue: string;
    readonly draft: string;
    readonly broken: string;
}

const TERMS: Record<AgreementLanguage, Terms> = {
    nl: nlTerms as unknown as Terms,
    en: enTerms as unknown as Terms
};

export function termsFor(lang: AgreementLanguage): Terms {
    return TERMS[lang];
}

/** Fills `{x}` and `{n}` in a label pattern. */
export function fill(pattern: string, values: { x?: string; n?: number | string }): string {
    return pattern.replace(/\{([xn])\}/g, (_, key: 'x' | 'n') => String(values[key] ?? ''));
}

import countryData from './data/countries.json';

/** Transfer status of a country under Chapter V AVG. */
export type TransferStatus = 'eea' | 'adequate' | 'partial' | 'third';

export interface CountryInfo {
    readonly code: string;
    readonly en: string;
    readonly nl: string;
    readonly status: TransferStatus;
    /** The adequacy decision, for `adequate` and `partial`. */
    readonly decision?: string;
    /** Scope limits, look-alike warnings and other remarks. */
    readonly note?: string;
    readonly validUntil?: string;
    /** The mechanism that makes a `partial` adequacy apply (e.g. `dpf` for the US). */
    readonly requires?: string;
    /** A territory often mistaken for part of the EEA (Dutch Caribbean, Greenland, …). */
    readonly lookalike?: boolean;
}

interface CountryFile {
    reviewed: string;
    aliases: Record<string, string>;
    countries: Record<string, Omit<CountryInfo, 'code'>>;
}

const file = countryData as CountryFile;
const countries = new Map<string, CountryInfo>(
    Object.entries(file.countries).map(([code, info]) => [code, { code, ...info }])
);

/** The date the country table was last checked against the adequacy decisions in force. */
export const countriesReviewed: string = file.reviewed;

export function lookupCountry(code: string): CountryInfo | undefined {
    return countries.get(code);
}

/** The official code for a common non-ISO alias (`UK` → `GB`, `EL` → `GR`). */
export function countryAlias(code: string): string | undefined {
    return file.aliases[code];
}

export function allCountries(): readonly CountryInfo[] {
    return [...countries.values()];
}

/** True when personal data going to this country is a transfer that needs a Chapter V mechanism. */
export function needsTransferMechanism(country: CountryInfo): boolean {
    return country.status === 'third' || country.status === 'partial';
}

export function countryName(code: string, lang: 'nl' | 'en'): string {
    return countries.get(code)?.[lang] ?? code;
}

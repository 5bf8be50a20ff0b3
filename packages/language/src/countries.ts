import { COUNTRIES_DATA } from './data/index.js';
import type { CountryEntry } from './data/schemas.js';
import type { Lang } from './i18n/lang.js';

/** Transfer status of a country under Chapter V AVG. */
export type TransferStatus = CountryEntry['status'];

/** A country of countries.json, with its code (see `CountryEntry` in data/schemas.ts). */
export interface CountryInfo extends Readonly<CountryEntry> {
    readonly code: string;
}

const file = COUNTRIES_DATA;
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

export function countryName(code: string, lang: Lang): string {
    return countries.get(code)?.[lang] ?? code;
}

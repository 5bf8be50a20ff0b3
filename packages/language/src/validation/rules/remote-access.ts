import { allCountries, countryAlias, lookupCountry, needsTransferMechanism, type CountryInfo } from '../../countries.js';
import { WORDING_DATA } from '../../data/index.js';
import { compileFamily, findFamily, type Sentences } from '../text/index.js';

// Access to the personal data from a country described only in prose ("support vanuit India",
// "remote access from the US"): wording.json `remoteAccess`. The words after "vanuit"/"from" are
// taken as a country when a run of them, from the first, is its name (Dutch or English), its
// code or a common name of `names`.

const FAMILY = compileFamily(WORDING_DATA.remoteAccess.variants, 'remoteAccess');

const BY_NAME = new Map<string, CountryInfo>();
for (const country of allCountries()) {
    for (const name of [country.code, country.nl, country.en]) BY_NAME.set(name.toLowerCase(), country);
}
for (const [name, code] of Object.entries(WORDING_DATA.remoteAccess.names)) {
    const country = lookupCountry(countryAlias(code) ?? code);
    if (country) BY_NAME.set(name.toLowerCase(), country);
}

/** The country the first words of a text name (the longest run that is a name), if any. */
function countryAt(words: string): { country: CountryInfo; length: number } | undefined {
    if (!/^\p{Lu}/u.test(words)) return undefined;
    const parts = words.split(' ');
    for (let n = parts.length; n > 0; n--) {
        const name = parts.slice(0, n).join(' ');
        // A two-letter code only in capitals ("US", not "us").
        if (name.length === 2 && name !== name.toUpperCase()) continue;
        const country = BY_NAME.get(name.toLowerCase());
        if (country) return { country, length: name.length };
    }
    return undefined;
}

/** Access from a country outside the EEA that needs a transfer mechanism, where the text describes it. */
export interface RemoteAccess {
    readonly start: number;
    readonly end: number;
    readonly country: CountryInfo;
}

/** Every access from a third country (or one whose adequacy has a scope) that a text describes. */
export function remoteAccessIn(sentences: Sentences): RemoteAccess[] {
    return findFamily(FAMILY, sentences).flatMap(m => {
        const found = countryAt(m.text);
        return found && needsTransferMechanism(found.country) ? [{ start: m.start, end: m.start + found.length, country: found.country }] : [];
    });
}

import { allCountries, lookupCountry } from '@dpa/language';

// The lists an agreement keeps in its annexes or articles: data categories, data subjects,
// measures, sub-processors with their countries. A list is known by what introduces it (a
// heading, a line ending in a colon, a table's header row or first column).

export type ListTopic = 'data' | 'subjects' | 'measures' | 'subprocessors' | 'purposes' | 'operations' | 'processings';

const TOPICS: readonly [RegExp, ListTopic][] = [
    [/sub-?verwerker|onderaannemer|sub-?processor|derde partijen|leveranciers/iu, 'subprocessors'],
    [/(?:categorie\p{L}*|soort\p{L}*|type)\s+(?:van\s+)?(?:de\s+)?betrokkene|^(?:de\s+)?betrokkenen\s*:?$|data subjects|categorie\p{L}* (?:van )?personen/iu, 'subjects'],
    [/maatregel|beveiliging|measures|security|privacy by (?:design|default)/iu, 'measures'],
    [/(?:soort|categorie|type)\p{L}*\s+(?:van\s+)?(?:de\s+)?(?:persoons)?gegevens|^(?:de\s+)?(?:verwerkte\s+)?(?:persoons)?gegevens\s*:?$|categories of (?:personal )?data|data categor/iu, 'data'],
    [/doel(?:einde)?\p{L}*|purpose/iu, 'purposes'],
    [/^(?:aard|nature)\b|verwerkingshandeling|bewerkingen/iu, 'operations']
];

/** What a heading, an introducing line or a table header is a list of. */
export function topicOf(text: string): ListTopic | undefined {
    return TOPICS.find(([pattern]) => pattern.test(text))?.[1];
}

/**
 * The items of an inline list: on semicolons when it has them, else on commas and the last
 * "en"/"of"; never inside parentheses.
 */
export function splitItems(text: string): string[] {
    const items: string[] = [];
    const separator = /;/u.test(text.replace(/\([^)]*\)/gu, '')) ? /^;/u : /^(?:,|\s+(?:en|of|and)\s+(?=[^,;()]*$))/u;
    let depth = 0;
    let current = '';
    const body = text.trim().replace(/[.;]$/u, '');
    for (let i = 0; i < body.length; i++) {
        const ch = body[i]!;
        if (ch === '(') depth++;
        if (ch === ')') depth = Math.max(0, depth - 1);
        const sep = depth === 0 ? separator.exec(body.slice(i)) : null;
        if (sep) {
            items.push(current);
            current = '';
            i += sep[0].length - 1;
            continue;
        }
        current += ch;
    }
    items.push(current);
    return items.map(item => item.replace(/^(?:\p{Extended_Pictographic}|[-*•])\s*/u, '').trim()).filter(item => item !== '' && item.length <= 200);
}

/** The measure kind a description names (the kind the model needs for each measure), else `other`. */
const MEASURE_KINDS: readonly [RegExp, string][] = [
    [/tweestap|twee-?factor|meerfactor|2fa|mfa|multi-?factor|tweeweg|tweevoudige authenticatie/iu, 'mfa'],
    [/versleutel|encrypt|\bssl\b|\btls\b|https|\baes\b|\bvpn\b/iu, 'encryption'],
    [/pseudonimi/iu, 'pseudonymisation'],
    [/back-?up/iu, 'backup'],
    [/virus|malware/iu, 'malware'],
    [/geheimhouding|vertrouwelijk|confidential/iu, 'confidentiality'],
    [/training|bewustwording|awareness|opleiding|gecertificeerde medewerkers/iu, 'training'],
    [/log(?:ging|bestand|s)\b|audit ?trail/iu, 'logging'],
    [/firewall|netwerk|network/iu, 'network'],
    [/toegang|autoris|wachtwoord|inlog|access|authenticatie|need-to-know/iu, 'access-control'],
    [/updat|patch/iu, 'patching'],
    [/pentest|penetratie/iu, 'pentest'],
    [/kwetsbaarhe|vulnerab/iu, 'vulnerability-scan'],
    [/afgesloten (?:kast|ruimte)|sleutelbeheer|fysiek|physical|vernietig/iu, 'physical'],
    [/laptop|usb|telefoon|apparat|device/iu, 'device'],
    [/bewaartermijn|dataminimali|minimale gegevens/iu, 'minimisation'],
    [/\biso\s?-?\d|nen ?75|soc ?2|isae/iu, 'audit'],
    [/incident|datalek/iu, 'incident-response'],
    [/beleid|policy/iu, 'policy']
];

export function measureKind(description: string): string {
    return MEASURE_KINDS.find(([pattern]) => pattern.test(description))?.[1] ?? 'other';
}

export function measureType(kind: string): 'technical' | 'organisational' {
    return ['confidentiality', 'training', 'physical', 'policy', 'minimisation', 'incident-response', 'audit', 'screening'].includes(kind) ? 'organisational' : 'technical';
}

/** Country names (Dutch and English, from the language's country list) and a few usual abbreviations, by ISO code. */
const COUNTRY_NAMES: readonly [RegExp, string][] = (() => {
    const names: [string, string][] = [];
    for (const country of allCountries()) {
        names.push([country.nl, country.code], [country.en, country.code]);
    }
    names.push(['VS', 'US'], ['USA', 'US'], ['Verenigde Staten', 'US'], ['Amerika', 'US'], ['Amerikaanse', 'US'], ['Amerikaans', 'US'], ['UK', 'GB'], ['Nederland', 'NL'], ['Duitsland', 'DE'], ['Ierland', 'IE'], ['België', 'BE']);
    // The cities cloud providers name their regions after.
    names.push(['Frankfurt', 'DE'], ['Amsterdam', 'NL'], ['Dublin', 'IE'], ['Parijs', 'FR'], ['Paris', 'FR'], ['Stockholm', 'SE'], ['Milaan', 'IT'], ['Milan', 'IT'], ['Londen', 'GB'], ['London', 'GB'], ['Zürich', 'CH'], ['Zurich', 'CH'], ['Brussel', 'BE'], ['eu-central-1', 'DE'], ['eu-west-1', 'IE']);
    return names.filter(([name]) => name.length >= 2)
        .sort((a, b) => b[0].length - a[0].length || a[0].localeCompare(b[0]))
        .map(([name, code]): [RegExp, string] => [new RegExp(`(?<![\\p{L}])${name.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')}(?![\\p{L}])`, name.length <= 3 ? 'u' : 'iu'), code]);
})();

/** The countries a text names, in the order of the list, each once. */
export function countriesIn(text: string): string[] {
    const found: string[] = [];
    for (const [pattern, code] of COUNTRY_NAMES) if (pattern.test(text) && !found.includes(code)) found.push(code);
    const inEea = found.some(code => lookupCountry(code)?.status === 'eea');
    if (!inEea && /(?<![\p{L}])(?:EER|EEA|Europese Economische Ruimte)(?![\p{L}])/u.test(text)) found.push('EEA');
    else if (!inEea && /(?<![\p{L}])(?:EU|Europese Unie|Europa|European Union)(?![\p{L}-])/u.test(text)) found.push('EU');
    if (/wereldwijd|worldwide|global/iu.test(text)) found.push('worldwide');
    return found;
}

export interface RecognisedSubprocessor {
    name: string;
    service?: string;
    /** Where it processes. */
    countries: string[];
    /** The transfer mechanisms its row or item states (transfers.ts). */
    transfers?: string[];
    /** The country of the parent company its row names. */
    parent?: string;
    /** Where it is established: a seat column ("Land van vestiging"), or its name cell ("Supabase, Inc., VS"). */
    seat?: string;
}

/**
 * A sub-processor from a table row (name first; a column naming countries) or a list item
 * "Name (service, country)" / "Name — service — country".
 */
const LEGAL_ENTITY = /^([^,()—–]*?(?:,\s*)?(?:Inc|B\.\s?V|N\.\s?V|Ltd|Limited|GmbH|LLC|S\.\s?A|SAS|SE|AB|Oy|ApS|BV|NV)\.?)(?=[\s,)—–]|$)/u;

/**
 * A sub-processor's name from its cell: the legal entity named in parentheses when there is one
 * ("Supabase (Supabase, Inc., VS)" → "Supabase, Inc."), the cell with a short parenthesis
 * otherwise ("Anthropic (Claude)").
 */
export function subprocessorName(cell: string): string {
    const raw = cell.trim();
    const inner = /\(([^)]*)\)/u.exec(raw)?.[1];
    const entity = inner ? LEGAL_ENTITY.exec(inner.trim())?.[1] : undefined;
    if (entity) return entity.trim();
    const outside = raw.replace(/\s*\(.*$/u, '').trim();
    return inner !== undefined && inner.length <= 30 && countriesIn(inner).length === 0 ? `${outside} (${inner})` : outside;
}

/**
 * Whether a list item's head names a party ("Hosting Nord GmbH (Duitsland)", "The Tafel"), not a
 * sentence about something ("De kerngegevens (…) worden gehost bij …"): no article before a word
 * in lower case, no verb of a sentence.
 */
function namesParty(head: string): boolean {
    const plain = head.replace(/\([^)]*\)/gu, ' ');
    // (Without the `i` flag: with it, \p{Ll} would match a capital too.)
    const article = /^(\p{L}+)\s+\p{Ll}/u.exec(plain)?.[1]?.toLowerCase();
    if (article && ['de', 'het', 'een', 'deze', 'die', 'dit', 'alle', 'enkele', 'sommige', 'onze', 'the', 'a', 'an', 'all', 'some', 'our'].includes(article)) return false;
    return !/\s(?:wordt|worden|werd|werden|is|zijn|was|waren|heeft|hebben|zal|zullen|kan|kunnen|moet|moeten|mag|mogen|gebruikt|verwerkt|are|were|has|have|will|may)\s/iu.test(` ${plain} `);
}

export function subprocessorFrom(cells: readonly string[], columns?: { name: number; location: number; service: number }): RecognisedSubprocessor | undefined {
    if (columns) {
        const raw = (cells[columns.name] ?? '').trim();
        const name = subprocessorName(raw);
        if (name === '' || name.length > 60) return undefined;
        const countries = columns.location >= 0 ? countriesIn(cells[columns.location] ?? '') : countriesIn(raw);
        const service = columns.service >= 0 ? cells[columns.service]?.trim() : undefined;
        return { name, countries, ...(service ? { service } : {}) };
    }
    const [first, ...rest] = cells.map(c => c.trim());
    if (!first || /^(?:naam|name|partij|sub-?verwerker|leverancier|dienst)$/iu.test(first) || !namesParty(first)) return undefined;
    const name = subprocessorName(first);
    if (name === '' || name.length > 60) return undefined;
    const inner = /\(([^)]*)\)/u.exec(first)?.[1];
    const countries = [...rest, inner ?? ''].flatMap(countriesIn).filter((code, i, all) => all.indexOf(code) === i);
    // "Name (hosting, Nederland)": the parts of the parenthesis that name no country are the service.
    const innerService = inner?.split(/\s*,\s*/u).filter(part => part !== '' && countriesIn(part).length === 0 && !LEGAL_ENTITY.test(part)).join(', ');
    const service = rest.find(cell => countriesIn(cell).length === 0 && cell !== '') ?? (innerService || undefined);
    return { name, countries, ...(service ? { service } : {}) };
}

import { lookupCountry } from '@dpa/language';
import { countriesIn } from './annexes.js';

// The Chapter V transfer mechanisms a sub-processor's row or list item states ("EU-
// standaardcontractbepalingen (2021/914) + EU-VS Data Privacy Framework", "VS (EU SCC)", "DPA van
// Resend + SCC's"), the parent company it names ("voor de Amerikaanse moederentiteit") and its
// seat when the name says it ("Supabase, Inc., VS"). Only what the text states: a mechanism named
// as an example ("zoals SCC's"), denied ("geen SCC's") or not applicable ("N.v.t. — binnen de
// EER") is none.

/** The mechanisms, in the order the model writes them: the one relied on first, then the fallbacks (DPF, then SCCs). */
const MECHANISMS: readonly (readonly [string, RegExp])[] = [
    ['adequacy', /adequa(?:at|tie)heidsbesluit|adequacy decision|besluit over (?:een )?passend beschermingsniveau/iu],
    ['dpf', /data privacy framework|(?<![\p{L}])DPF(?![\p{L}])|privacykader/iu],
    ['bcr', /binding corporate rules|bindende bedrijfsvoorschriften|(?<![\p{L}])BCR(?:'?s)?(?![\p{L}])/iu],
    ['scc', /(?:standaard|model)\s*-?\s*(?:contract(?:uele\s+)?bepalingen|contracten|clausules)|standard contractual clauses|(?<![\p{L}])SCC(?:'?s)?(?![\p{L}])|2021\/914/iu],
    ['privacy-shield', /privacy[\s-]?shield/iu],
    ['safe-harbor', /safe[\s-]?harbou?r/iu]
];

/** Words that make a named mechanism something other than the one relied on: an example, a denial, a wish. */
const NOT_STATED = /(?<![\p{L}])(?:zoals|bijvoorbeeld|bv\.|bijv\.|e\.g\.|such as|for example|geen|zonder|niet|no|not|without|nog|pending|in afwachting|indien|tenzij|if|unless|gelijkwaardig\p{L}*|equivalent)(?![\p{L}])/iu;

/** A mechanism's words with the region that qualifies them ("EU SCC", "EU-VS Data Privacy Framework"): not a place of processing. */
const MECHANISM_WORDS = new RegExp(`(?:(?:EU|EU-VS|EU-US|EU/VS)[\\s-]+)?(?:${MECHANISMS.map(([, pattern]) => pattern.source).join('|')})(?:\\s*\\(2021\\/914\\))?`, 'giu');

/** A parent company named beside the sub-processor ("voor de Amerikaanse moederentiteit", "parent company in the US"). */
const PARENT = /moeder(?:entiteit|bedrijf|maatschappij|onderneming|vennootschap)|parent (?:company|entity)/iu;

export interface TransferFacts {
    /** The mechanisms stated, in the model's order (`dpf`, `scc`, …). */
    readonly mechanisms: string[];
    /** The country of a parent company the text names. */
    readonly parent?: string;
}

/** The transfer mechanisms and parent a sub-processor's text states. */
export function transfersIn(text: string): TransferFacts {
    const mechanisms: string[] = [];
    for (const [mechanism, pattern] of MECHANISMS) {
        const match = pattern.exec(text);
        if (!match) continue;
        // The words before it in the same part of the text ("+", ";" and "," part them): "geen SCC's", "zoals DPF".
        const before = text.slice(0, match.index).split(/[+;,]|\s(?:en|and|of|or)\s/u).pop() ?? '';
        if (NOT_STATED.test(before) || NOT_STATED.test(text.slice(match.index + match[0].length).split(/[+;,]/u)[0] ?? '')) continue;
        mechanisms.push(mechanism);
    }
    const parentMatch = PARENT.exec(text);
    const parent = parentMatch ? outsideEea(countriesIn(withoutMechanisms(text))) : undefined;
    return { mechanisms: mechanisms.includes('dpf') ? mechanisms.filter(m => m !== 'adequacy') : mechanisms, ...(parent ? { parent } : {}) };
}

/** The text without the mechanisms it names, so that "VS (EU SCC)" names the United States only. */
export function withoutMechanisms(text: string): string {
    return text.replace(MECHANISM_WORDS, ' ');
}

/** The first country outside the EEA of a list of places. */
function outsideEea(places: readonly string[]): string | undefined {
    return places.find(code => lookupCountry(code)?.status !== undefined && lookupCountry(code)?.status !== 'eea');
}

/**
 * The seat a sub-processor's name cell gives after its legal entity: "Supabase (Supabase, Inc.,
 * VS — infrastructuur op AWS)" → US. Only the words right after the entity, up to a dash or the
 * closing parenthesis; never a place of processing named further on.
 */
export function seatIn(cell: string, legalName: string): string | undefined {
    const at = cell.indexOf(legalName);
    if (at < 0 || !/\(/u.test(cell.slice(0, at))) return undefined;
    const after = /^\s*,\s*([^—–()]*?)\s*(?:[—–)]|$)/u.exec(cell.slice(at + legalName.length));
    const words = after?.[1] ?? '';
    if (words === '' || words.length > 30) return undefined;
    const countries = countriesIn(words).filter(code => lookupCountry(code) !== undefined);
    return countries.length === 1 ? countries[0] : undefined;
}

/** The `.dpa` lines of a sub-processor's transfer facts: `parent`, `seat`, then its `transfer` lines. */
export function transferLines(sub: { readonly transfers?: readonly string[]; readonly parent?: string; readonly seat?: string }): string[] {
    const lines: string[] = [];
    if (sub.seat) lines.push(`seat ${sub.seat}`);
    if (sub.parent && sub.parent !== sub.seat) lines.push(`parent ${sub.parent}`);
    for (const mechanism of sub.transfers ?? []) lines.push(mechanism === 'dpf' ? 'transfer dpf certified' : `transfer ${mechanism}`);
    return lines;
}

/** A sub-processor's transfer facts from the texts of its row or item that may state them, and its name cell. */
export function subprocessorTransfers(texts: readonly string[], nameCell: string, name: string): { transfers?: string[]; parent?: string; seat?: string } {
    const facts = texts.map(transfersIn);
    const transfers = MECHANISMS.map(([m]) => m).filter(m => facts.some(f => f.mechanisms.includes(m)));
    const parent = facts.find(f => f.parent !== undefined)?.parent;
    const seat = seatIn(nameCell, name);
    return { ...(transfers.length > 0 ? { transfers } : {}), ...(parent ? { parent } : {}), ...(seat ? { seat } : {}) };
}

/** A sentence on the transfers to every sub-processor outside the EEA: "Verwerker heeft met alle sub-verwerkers buiten de EER SCC's … afgesloten". */
const ALL_OUTSIDE = /(?:met|voor|bij|with|for) (?:al(?:le)?|each|every|all) (?:(?:de|the|betreffende|relevant)\s+)?(?:sub-?verwerkers?|subverwerkers?|sub-?processors?|onderaannemers?)\s+(?:die\s+)?(?:buiten|outside)\s+(?:de\s+|the\s+)?(?:EER|EEA|EU|Europese)/iu;

/** Words that make the mechanisms of such a sentence examples or a wish, not what was agreed. */
const EXAMPLES = /(?<![\p{L}])(?:zoals|bijvoorbeeld|bv\.|bijv\.|e\.g\.|such as|for example|geen|zonder|without|tenzij|unless|indien|if|zal|zullen|will|shall)(?![\p{L}])/iu;

/**
 * The mechanisms the text states for every sub-processor outside the EEA, in one sentence that
 * says they are in place (not examples, not a promise for the future).
 */
export function generalTransfers(sentencesOfText: readonly string[]): string[] {
    for (const sentence of sentencesOfText) {
        if (!ALL_OUTSIDE.test(sentence) || EXAMPLES.test(sentence)) continue;
        const mechanisms = MECHANISMS.filter(([, pattern]) => pattern.test(sentence)).map(([m]) => m);
        if (mechanisms.length > 0) return mechanisms;
    }
    return [];
}

/** A sub-processor with a place outside the EEA and no mechanism of its own gets the general ones. */
export function withGeneralTransfers<T extends { readonly countries: readonly string[]; readonly transfers?: string[] }>(sub: T, general: readonly string[]): T {
    if (general.length === 0 || (sub.transfers ?? []).length > 0) return sub;
    const outside = sub.countries.some(code => code === 'worldwide' || (lookupCountry(code) !== undefined && lookupCountry(code)?.status !== 'eea'));
    return outside ? { ...sub, transfers: [...general] } : sub;
}

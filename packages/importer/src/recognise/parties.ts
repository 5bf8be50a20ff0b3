// The parties of an agreement, from the sentences that introduce them ("… B.V., gevestigd te …,
// KvK …, hierna: Verwerker, vertegenwoordigd door …", "Verwerker: X, KvK …, straat 1, Plaats",
// "tussen X (verwerkingsverantwoordelijke) en Y (verwerker)").

import { aliasIn } from './aliases.js';

export type Role = 'controller' | 'processor';

export interface RecognisedParty {
    role: Role;
    name: string;
    form?: string;
    kvk?: string;
    street?: string;
    postcode?: string;
    city?: string;
    signatory?: string;
    fn?: string;
    /** Where and when the signatory signed (the signature block), the date as ISO. */
    signedAt?: string;
    signedOn?: string;
    /** The name the text defines for the party ("hierna: Klant"), when it is not a role name the generated agreement gives it (aliases.ts). */
    alias?: string;
    tradeName?: string;
}

/** A legal person the text registers without giving its role: "door X, ingeschreven … onder nummer N, handelend onder de naam Y". */
export interface Registration {
    readonly name: string;
    readonly kvk: string;
    readonly tradeName?: string;
}

const REGISTERED = /(?:door|van|tussen)\s+(\p{Lu}[\p{L}&.' -]{1,60}?),?\s+(?:ingeschreven|geregistreerd)[^.]{0,80}?(\d{8})(?!\d)(?:[^.]{0,40}?(?:handelend onder de naam|h\.o\.d\.n\.|onder de (?:handels)?naam)\s*[„"“'‘]?([^"”'’,)]+))?/u;

export function registrationIn(text: string): Registration | undefined {
    const m = REGISTERED.exec(text);
    if (!m) return undefined;
    return { name: m[1]!.trim(), kvk: m[2]!, ...(m[3] ? { tradeName: m[3].trim() } : {}) };
}

/** A registration completes the party it names by its name or trade name. */
export function applyRegistration(parties: RecognisedParty[], registration: Registration): boolean {
    const party = parties.find(p => p.name === registration.name || p.name === registration.tradeName);
    if (!party) return false;
    if (party.name === registration.tradeName) party.tradeName = registration.tradeName;
    party.name = registration.name;
    party.kvk ??= registration.kvk;
    return true;
}

const CONTROLLER_WORDS = /^(?:de\s+|het\s+)?(verwerkingsverantwoordelijke|verantwoordelijke|opdrachtgever|klant|afnemer|controller|customer)\b/iu;
const PROCESSOR_WORDS = /^(?:de\s+)?(verwerker|bewerker|opdrachtnemer|leverancier|processor|dienstverlener)\b/iu;

const FORMS: readonly [RegExp, string][] = [
    [/\bbesloten vennootschap\b|\bB\.\s?V\.?(?!\p{L})|\bBV\b/u, 'besloten vennootschap'],
    [/\bnaamloze vennootschap\b|\bN\.\s?V\.?(?!\p{L})/u, 'naamloze vennootschap'],
    [/\bvennootschap onder firma\b|\bV\.O\.F\.?/iu, 'vennootschap onder firma'],
    [/\beenmanszaak\b/iu, 'eenmanszaak'],
    [/\bstichting\b/iu, 'stichting'],
    [/\bvereniging\b|\bvzw\b/iu, 'vereniging'],
    [/\bcoöperatie\b/iu, 'coöperatie']
];

export function roleOf(word: string): Role | undefined {
    if (CONTROLLER_WORDS.test(word.trim())) return 'controller';
    if (PROCESSOR_WORDS.test(word.trim())) return 'processor';
    return undefined;
}

const KVK = /(?:kvk|kamer van koophandel|handelsregister)[^\d\n]{0,60}?(\d{8})(?!\d)/iu;
const POSTCODE_CITY = /\(?\b(\d{4}\s?[A-Z]{2})\)?\s*,?\s*(?:te\s+)?(\p{Lu}[\p{L}'-]+(?:[\s-]\p{Lu}[\p{L}'-]+)*)/u;
const STREET = /(?:aan\s+de\s+|aan\s+het\s+|,\s*|adres:?\s*)(\p{Lu}[\p{L}'. -]{2,40}?\s\d+[A-Za-z]?(?:-\d+)?)(?![\d\p{L}])/gu;
const SEAT = /(?:gevestigd|kantoorhoudende|statutair gevestigd)(?:\s+en\s+kantoorhoudende)?\s+(?:te|in)\s+(?:\([^)]*\)\s*)?(\p{Lu}[\p{L}'-]+(?:[\s-]\p{Lu}[\p{L}'-]+)*)/u;
const SIGNATORY = /vertegenwoordigd\s+door\s+(?:(?:de\s+heer|mevrouw|dhr\.?|mevr\.?|mr\.?|ir\.?|drs\.?)\s+)*(\p{Lu}[\p{L}.'-]*(?:\s+(?:van|de|der|den|\p{Lu}[\p{L}.'-]*))*)(?:,?\s*(?:in\s+(?:zijn|haar)\s+hoedanigheid\s+van|als)\s+([\p{L} -]{3,40})|,\s*(?!(?:hierna|verder|gevestigd|kantoorhoudende|ingeschreven|handelend|en|of)\b)(\p{Ll}[\p{Ll} -]{2,40}?)\s*(?=[;,.]|$))?/u;
/** "hierna te noemen: Verwerker", "hierna: "de Klant"", "hierna: de "Verwerker"" (the article before or inside the quotes). */
const ALIAS = /(?:hierna|verder)(?:\s+te\s+noemen)?\s*:?\s*[„"“'‘(]*\s*(?:de\s+|het\s+)?[„"“'‘]?(\p{Lu}[\p{L}-]*)/u;
/** "X treedt op als verwerker", "Klant aangemerkt kan worden als verantwoordelijke". */
const ACTS_AS = /^(?:-\s*)?(?:(?:[Dd]e|[Hh]et)\s+)?(\p{Lu}[\p{L}&.'-]*(?:\s+\p{Lu}[\p{L}&.'-]*){0,4})\s+(?:treedt\s+op|aangemerkt\s+kan\s+worden|wordt\s+aangemerkt|fungeert|handelt|is)\s+als\s+(?:de\s+)?(verwerkingsverantwoordelijke|verantwoordelijke|verwerker|bewerker)\b/u;

/** What a party's sentence says about it, beside its name and role. */
function details(party: RecognisedParty, text: string): void {
    const form = FORMS.find(([pattern]) => pattern.test(text));
    if (form) party.form = form[1];
    const kvk = KVK.exec(text);
    if (kvk) party.kvk = kvk[1]!;
    const postcode = POSTCODE_CITY.exec(text);
    if (postcode) {
        party.postcode = postcode[1]!.replace(/^(\d{4})([A-Z]{2})$/u, '$1 $2');
        party.city = postcode[2]!;
    } else {
        const seat = SEAT.exec(text);
        if (seat) party.city = seat[1]!;
        // A postcode without the city after it: "aan de Havenstraat 12 (8011 AA), ingeschreven …".
        const alone = /\(?\b(\d{4})\s?([A-Z]{2})\b\)?/u.exec(text);
        if (alone) party.postcode = `${alone[1]} ${alone[2]}`;
    }
    const street = [...text.replace(party.name, '').matchAll(STREET)].map(m => m[1]!.trim()).find(candidate => !/^(?:KvK|KBO|BTW|Kamer|Postbus|Versie|Artikel)\b/iu.test(candidate) && !/\d{4}\s?[A-Z]{2}$/u.test(candidate));
    if (street) party.street = street;
    if (!party.city) {
        // A line "Verwerker: X, KvK 1, Straat 1, Plaats": the part after the street that is only a name.
        const parts = text.split(/\s*,\s*/u);
        const city = parts.slice(1).find(part => /^\p{Lu}[\p{L}'-]+(?:[\s-]\p{Lu}?[\p{L}'-]+){0,2}$/u.test(part) && !FORMS.some(([form]) => form.test(part)) && part !== party.name);
        if (city) party.city = city;
    }
    const signatory = SIGNATORY.exec(text);
    if (signatory) {
        party.signatory = signatory[1]!.trim();
        // "… vertegenwoordigd door X, directeur": the function after the name, as "als directeur".
        const fn = signatory[2] ?? signatory[3];
        if (fn) party.fn = fn.trim();
    }
}

/** The name at the head of a party's sentence: without the legal form's words and numbering. */
function cleanName(raw: string): string {
    return raw.replace(/^\s*(?:\d+[.)]\s*)?(?:de\s+)?(?:besloten|naamloze)\s+vennootschap(?:\s+met\s+beperkte\s+aansprakelijkheid)?\s*/iu, '')
        .replace(/^\s*(?:\d+[.)]\s*)?(?:de\s+)?(?:stichting|vereniging)\s+(?=\p{Lu})/iu, m => (/stichting/iu.test(m) ? 'Stichting ' : ''))
        .replace(/^\s*\d+[.)]\s*/u, '')
        .replace(/[*“”"]/gu, '').trim();
}

/**
 * The party a sentence introduces: by its role after "hierna (te noemen)", or a line "Verwerker:
 * name, …"; undefined when the sentence introduces none.
 */
export function partyIn(text: string): RecognisedParty | undefined {
    const labelled = /^\s*(verwerkingsverantwoordelijke|verantwoordelijke|verwerker|opdrachtgever|klant|bewerker)\s*:\s*(.+)$/iu.exec(text);
    if (labelled) {
        const role = roleOf(labelled[1]!)!;
        const rest = labelled[2]!;
        const name = cleanName(rest.split(/,|\(|\s[-—–]\s/u)[0]!);
        if (name === '') return undefined;
        const party: RecognisedParty = { role, name };
        const defined = aliasIn(rest);
        if (defined) party.alias = defined;
        details(party, rest);
        return withTradeName(party);
    }
    const alias = ALIAS.exec(text);
    const role = alias ? roleOf(alias[1]!) ?? roleFromContext(text.slice(alias.index)) : undefined;
    if (!alias || !role || !/(?:gevestigd|kvk|kamer van koophandel|vennootschap|B\.V\.|adres|vertegenwoordigd)/iu.test(text)) return undefined;
    const name = cleanName(text.slice(0, alias.index).split(/,|\(|\s[-—–]\s|\sgevestigd\b|\singeschreven\b|\sinschreven\b|\smet\s+(?:zetel|adres)/u)[0]!);
    if (name === '' || name.length > 80) return undefined;
    const party: RecognisedParty = { role, name };
    const defined = aliasIn(text);
    if (defined) party.alias = defined;
    details(party, text);
    return withTradeName(party);
}

/** "X B.V. handelend onder de naam Y": the legal name X and the trade name Y. */
function withTradeName(party: RecognisedParty): RecognisedParty {
    const m = /^(.+?)\s*,?\s+(?:handelend onder de naam|h\.o\.d\.n\.|hodn|trading as)\s+[„"“'‘]?([^"”'’,]+)/iu.exec(party.name);
    if (!m) return party;
    return { ...party, name: m[1]!.trim(), tradeName: m[2]!.trim() };
}

function roleFromContext(text: string): Role | undefined {
    if (/verwerkingsverantwoordelijke|verantwoordelijke/iu.test(text)) return 'controller';
    if (/verwerker/iu.test(text)) return 'processor';
    return undefined;
}

/** The party a sentence gives a role: "X treedt op als verwerker", "Klant aangemerkt kan worden als verantwoordelijke". */
export function partyActingIn(sentence: string): RecognisedParty | undefined {
    const acts = ACTS_AS.exec(sentence.trim());
    if (!acts || roleOf(acts[1]!)) return undefined;
    return { role: /verantwoordelijke/iu.test(acts[2]!) ? 'controller' : 'processor', name: acts[1]! };
}

/** Parties named in one line "tussen X (verwerkingsverantwoordelijke) en Y (verwerker)". */
export function partiesBetween(text: string): RecognisedParty[] {
    const found: RecognisedParty[] = [];
    for (const m of text.matchAll(/(?:tussen|en)\s+(?:de\s+)?(\p{Lu}[^()]{0,60}?)\s*\((verwerkingsverantwoordelijke|verwerker|controller|processor)\)/giu)) {
        found.push({ role: roleOf(m[2]!)!, name: m[1]!.trim() });
    }
    return found;
}

/** Each role once: the first party found for it, completed by later sentences about it. */
export function mergeParties(parties: readonly RecognisedParty[]): RecognisedParty[] {
    const byRole = new Map<Role, RecognisedParty>();
    for (const party of parties) {
        const known = byRole.get(party.role);
        if (!known) byRole.set(party.role, { ...party });
        else for (const [key, value] of Object.entries(party)) if (value !== undefined && (known as unknown as Record<string, unknown>)[key] === undefined) (known as unknown as Record<string, unknown>)[key] = value;
    }
    return [...byRole.values()].sort((a, b) => a.role.localeCompare(b.role));
}

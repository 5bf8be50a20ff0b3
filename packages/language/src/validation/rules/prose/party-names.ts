import { WORDING_DATA } from '../../../data/index.js';
import type * as ast from '../../../generated/ast.js';
import type { Lang } from '../../../i18n/lang.js';
import type { Piece } from '../../prose.js';
import { TextCache } from '../../text/cache.js';
import { compilePattern, matchesOf } from '../../text/index.js';
import { pieces } from '../../prose.js';

// Another name for a party than the ones the agreement gives it (wording.json `partyNames`): a
// role noun used as a name ("Opdrachtgever", "the Supplier") for the party of that role, where the
// agreement calls that party otherwise (its alias, its identifier, a "hierna: …" definition in
// the text, the role name the generated agreement defines). Read by DPA-R48 (cross-references.ts).

type Role = 'controller' | 'processor';

const DATA = WORDING_DATA.partyNames;
const ROLE_OF = new Map<string, Role>([
    ...DATA.controller.map(word => [word, 'controller'] as const),
    ...DATA.processor.map(word => [word, 'processor'] as const)
]);
/** A role noun used as a name: capitalised, singular, a whole word. */
const ROLE_NOUN = compilePattern(`(?<![\\p{L}-])(?:${[...ROLE_OF.keys()].sort((a, b) => b.length - a.length).join('|')})(?![\\p{L}-])`, 'gu', 'wording.json partyNames');
/** "hierna: 'Opdrachtgever'", "(“Leverancier”)", "hereinafter 'Supplier'": the text defines a name. */
const DEFINED = WORDING_DATA.definedName.patterns.map((p, i) => compilePattern(p, 'gu', `wording.json definedName[${i}] (party names)`));

/** The names a text defines ("hierna: 'Opdrachtgever'"), by content (text/cache.ts). */
const DEFINED_NAMES = new TextCache<readonly RegExp[], readonly string[]>();

function namesDefinedIn(text: string): readonly string[] {
    return DEFINED_NAMES.get(DEFINED, text, () => DEFINED.flatMap(pattern => matchesOf(pattern, text).map(m => m.groups?.['name'] ?? '')));
}

/** A name of a party the agreement does not give it. */
export interface OtherPartyName {
    readonly start: number;
    readonly end: number;
    readonly name: string;
    /** The names the agreement gives the party (its alias or identifier, and the role name in the message language). */
    readonly known: readonly string[];
}

const namesCache = new WeakMap<ast.Agreement, ReadonlyMap<Role, ReadonlySet<string>>>();

/** The names the agreement gives each party: alias, identifier, the generated role names, and names the text defines. */
function partyNames(agreement: ast.Agreement): ReadonlyMap<Role, ReadonlySet<string>> {
    let found = namesCache.get(agreement);
    if (!found) {
        const defined = new Set(pieces(agreement).flatMap(piece => namesDefinedIn(piece.sentences.text)));
        const map = new Map<Role, Set<string>>();
        for (const role of ['controller', 'processor'] as const) {
            const party = agreement.parties.find(p => p.role === role);
            const alias = party?.alias?.trim();
            map.set(role, new Set([...(alias ? [alias] : []), ...(party ? [party.name] : []), ...DATA.generated[role], ...[...defined].filter(name => ROLE_OF.get(name) === role)]));
        }
        found = map;
        namesCache.set(agreement, found);
    }
    return found;
}

/**
 * The role nouns of a piece that name a party by a name the agreement does not give it. Only
 * where both parties are declared (a template without them names nobody yet).
 */
export function otherPartyNames(piece: Piece, agreement: ast.Agreement, lang: Lang): OtherPartyName[] {
    if (!agreement.parties.some(p => p.role === 'controller') || !agreement.parties.some(p => p.role === 'processor')) return [];
    const names = partyNames(agreement);
    const text = piece.sentences.text;
    return roleNouns(text).flatMap(({ start, end, name }) => {
        const role = ROLE_OF.get(name)!;
        const own = names.get(role)!;
        if (own.has(name)) return [];
        const party = agreement.parties.find(p => p.role === role);
        const known = [party?.alias?.trim() || party?.name || '', DATA.generated[role][lang === 'nl' ? 0 : 1] ?? ''].filter(n => n !== '');
        return [{ start, end, name, known }];
    });
}

/** Where a text names a party by a role noun, by content (text/cache.ts): nearly every paragraph does. */
function roleNouns(text: string): readonly { readonly start: number; readonly end: number; readonly name: string }[] {
    return ROLE_NOUNS.get(ROLE_NOUN, text, () => matchesOf(ROLE_NOUN, text).map(m => ({ start: m.index, end: m.index + m[0].length, name: m[0] })));
}

const ROLE_NOUNS = new TextCache<RegExp, readonly { readonly start: number; readonly end: number; readonly name: string }[]>();

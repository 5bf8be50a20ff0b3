import { REPLACEMENTS_DATA, WORDING_DATA } from '../../../data/index.js';
import type * as ast from '../../../generated/ast.js';
import type { CheckContext, RuleOwner } from '../../check-module.js';
import { pieces, replaceFix, where, type Piece } from '../../prose.js';
import { compileFamily, compilePatterns, matchesOf, context as wordingContext, findFamily, mentions, ReplacementTable, sentences, type FamilyMatch } from '../../text/index.js';
import { TextCache } from '../../text/cache.js';

const R46 = compileFamily(WORDING_DATA['DPA-R46'], 'DPA-R46');
const DATA_SUBJECTS = wordingContext('dataSubjects');
const ROLE_NOUNS = new Set(WORDING_DATA.roleNouns.words);
const REPLACEMENTS = new ReplacementTable(REPLACEMENTS_DATA['DPA-R46'], 'replacements.json DPA-R46');
const DEFINED_NAME = compilePatterns(WORDING_DATA.definedName.patterns, 'gu', 'wording.json definedName');

/** Whether "verantwoordelijke" at a match is the Wbp role rather than an adjective ("de verantwoordelijke medewerker"). */
function isWbpRole(text: string, m: FamilyMatch): boolean {
    const next = /^\s+(\p{L}+)/u.exec(text.slice(m.end))?.[1];
    return !(next && ROLE_NOUNS.has(next.toLowerCase()));
}

/** Whether "verzet" at a match is the Wbp right to object (not "zich verzetten", "verzet een afspraak"). */
function isWbpObjection(text: string, m: FamilyMatch): boolean {
    if (/^aangetekend/iu.test(m.text)) return true;
    if (/zich\s+$/iu.test(text.slice(0, m.start)) || /^\s+zich(?!\p{L})/iu.test(text.slice(m.end))) return false;
    return mentions(DATA_SUBJECTS, m.sentence.text) || /bezwaar|aangetekend/iu.test(m.sentence.text);
}

/**
 * The names the agreement gives its parties: each party's `alias` ("Klant", "Verantwoordelijke"),
 * and, for a party without one, the fallback: the definitions in the text ("hierna:
 * 'Verantwoordelijke'", with where each is) and the party's identifier.
 */
interface DefinedNames {
    readonly names: ReadonlySet<string>;
    /** The names defined in the text itself (the fallback). */
    readonly textNames: ReadonlySet<string>;
    /** Per piece, the spans of the defined names in their definitions in the text. */
    readonly definitions: ReadonlyMap<Piece, readonly { readonly start: number; readonly end: number }[]>;
}

const definedCache = new WeakMap<ast.Agreement, DefinedNames>();

/** The party's alias, trimmed; undefined when none or blank. */
function aliasOf(party: ast.Party): string | undefined {
    const alias = party.alias?.trim();
    return alias ? alias : undefined;
}

/** The names a text defines and where, in the order of the patterns (by content: text/cache.ts). */
const DEFINITIONS = new TextCache<readonly RegExp[], readonly { readonly name: string; readonly start: number }[]>();

function definitionsIn(text: string): readonly { readonly name: string; readonly start: number }[] {
    return DEFINITIONS.get(DEFINED_NAME, text, () => DEFINED_NAME.flatMap(pattern => matchesOf(pattern, text).flatMap(m => {
        const name = m.groups?.['name'];
        return name ? [{ name, start: m.index + m[0].lastIndexOf(name) }] : [];
    })));
}

function definedNames(agreement: ast.Agreement): DefinedNames {
    let found = definedCache.get(agreement);
    if (!found) {
        const names = new Set<string>();
        const textNames = new Set<string>();
        const definitions = new Map<Piece, { start: number; end: number }[]>();
        for (const party of agreement.parties) {
            const alias = aliasOf(party);
            names.add(alias ?? party.name);
        }
        // The text's own definitions only stand in for a party that has no alias.
        const fallback = agreement.parties.length === 0 || agreement.parties.some(party => aliasOf(party) === undefined);
        for (const piece of fallback ? pieces(agreement) : []) {
            for (const { name, start } of definitionsIn(piece.sentences.text)) {
                names.add(name);
                textNames.add(name);
                definitions.set(piece, [...(definitions.get(piece) ?? []), { start, end: start + name.length }]);
            }
        }
        found = { names, textNames, definitions };
        definedCache.set(agreement, found);
    }
    return found;
}

/**
 * DPA-R46: outdated (Wbp-era) terms, with their current replacement (table 7.6). A Wbp word that
 * is the defined name of a party (its `alias`, else a "hierna: 'Verantwoordelijke'" in the text or
 * the party's identifier) is judged on its definition, once, as information; its uses are the
 * name, not the Wbp term.
 */
export function outdatedTerms(piece: Piece, context: CheckContext): void {
    const text = piece.sentences.text;
    const defined = definedNames(context.agreement);
    for (const m of findFamily(R46, piece.sentences)) {
        const lower = m.text.toLowerCase();
        // As a label or description ("Verantwoordelijke ICT") it is a job title, not the Wbp role.
        if (lower === 'verantwoordelijke' && (piece.kind !== 'paragraph' && piece.kind !== 'title' || !isWbpRole(text, m))) continue;
        if (lower.endsWith('verzet') && !isWbpObjection(text, m)) continue;
        const replacement = REPLACEMENTS.find(text, m.start, m.end);
        if (!replacement) continue;
        if (defined.names.has(m.text)) {
            const definition = defined.definitions.get(piece)?.some(d => d.start === m.start);
            if (definition) {
                context.report.rule('DPA-R46', where(context, piece, m.start, m.end), { x: m.text, y: replacement.replacement }, [], { severity: 'info', message: 'definedName' });
            }
            continue;
        }
        context.report.rule('DPA-R46', where(context, piece, m.start, m.end), { x: m.text, y: replacement.replacement }, [replaceFix(context, piece, replacement, true)]);
    }
}

/**
 * DPA-R46 on a party's own name when it is a Wbp word: its `alias` ("Verantwoordelijke"), else
 * its identifier when the text does not define that name itself: information, once.
 */
export function outdatedPartyName(party: ast.Party, context: CheckContext): void {
    const alias = aliasOf(party);
    const name = alias ?? party.name;
    if (alias === undefined && definedNames(context.agreement).textNames.has(party.name)) return;
    const m = findFamily(R46, sentences(name)).find(f => f.start === 0 && f.end === name.length);
    const replacement = m && REPLACEMENTS.find(name, m.start, m.end);
    if (!replacement) return;
    context.report.rule('DPA-R46', { node: party, property: alias !== undefined ? 'alias' : 'name' }, { x: name, y: replacement.replacement }, [], { severity: 'info', message: 'definedName' });
}

export const owner: RuleOwner = { name: 'outdated-terms', rules: ['DPA-R46'] };

import { REPLACEMENTS_DATA, WORDING_DATA } from '../../../data/index.js';
import type * as ast from '../../../generated/ast.js';
import type { CheckContext, RuleOwner } from '../../check-module.js';
import { pieces, replaceFix, where, type Piece } from '../../prose.js';
import { compileFamily, compilePatterns, context as wordingContext, findFamily, mentions, ReplacementTable, sentences, type FamilyMatch } from '../../text/index.js';

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

/** The names the agreement defines for its parties in its text ("hierna: 'Verantwoordelijke'"), where each definition is. */
interface DefinedNames {
    readonly names: ReadonlySet<string>;
    /** Per piece, the spans of the defined names in their definitions. */
    readonly definitions: ReadonlyMap<Piece, readonly { readonly start: number; readonly end: number }[]>;
}

const definedCache = new WeakMap<ast.Agreement, DefinedNames>();

function definedNames(agreement: ast.Agreement): DefinedNames {
    let found = definedCache.get(agreement);
    if (!found) {
        const names = new Set<string>();
        const definitions = new Map<Piece, { start: number; end: number }[]>();
        for (const piece of pieces(agreement)) {
            for (const pattern of DEFINED_NAME) {
                for (const m of piece.sentences.text.matchAll(pattern)) {
                    const name = m.groups?.['name'];
                    if (!name) continue;
                    names.add(name);
                    const start = m.index + m[0].lastIndexOf(name);
                    definitions.set(piece, [...(definitions.get(piece) ?? []), { start, end: start + name.length }]);
                }
            }
        }
        found = { names, definitions };
        definedCache.set(agreement, found);
    }
    return found;
}

/**
 * DPA-R46: outdated (Wbp-era) terms, with their current replacement (table 7.6). A Wbp word that
 * is the defined name of a party ("hierna: 'Verantwoordelijke'", or the party's identifier) is
 * judged on its definition, once, as information; its uses are the name, not the Wbp term.
 */
export function outdatedTerms(piece: Piece, context: CheckContext): void {
    const text = piece.sentences.text;
    const defined = definedNames(context.agreement);
    const partyNames = new Set(context.agreement.parties.map(p => p.name));
    for (const m of findFamily(R46, piece.sentences)) {
        const lower = m.text.toLowerCase();
        // As a label or description ("Verantwoordelijke ICT") it is a job title, not the Wbp role.
        if (lower === 'verantwoordelijke' && (piece.kind !== 'paragraph' && piece.kind !== 'title' || !isWbpRole(text, m))) continue;
        if (lower.endsWith('verzet') && !isWbpObjection(text, m)) continue;
        const replacement = REPLACEMENTS.find(text, m.start, m.end);
        if (!replacement) continue;
        if (defined.names.has(m.text) || partyNames.has(m.text)) {
            const definition = defined.definitions.get(piece)?.some(d => d.start === m.start);
            if (definition) {
                context.report.rule('DPA-R46', where(context, piece, m.start, m.end), { x: m.text, y: replacement.replacement }, [], { severity: 'info', message: 'definedName' });
            }
            continue;
        }
        context.report.rule('DPA-R46', where(context, piece, m.start, m.end), { x: m.text, y: replacement.replacement }, [replaceFix(context, piece, replacement, true)]);
    }
}

/** DPA-R46 on a party whose identifier is a Wbp word ("controller Verantwoordelijke") not defined in the text: information, once. */
export function outdatedPartyName(party: ast.Party, context: CheckContext): void {
    if (definedNames(context.agreement).names.has(party.name)) return;
    const name = sentences(party.name);
    const m = findFamily(R46, name).find(f => f.start === 0 && f.end === party.name.length);
    const replacement = m && REPLACEMENTS.find(party.name, m.start, m.end);
    if (!replacement) return;
    context.report.rule('DPA-R46', { node: party, property: 'name' }, { x: party.name, y: replacement.replacement }, [], { severity: 'info', message: 'definedName' });
}

export const owner: RuleOwner = { name: 'outdated-terms', rules: ['DPA-R46'] };

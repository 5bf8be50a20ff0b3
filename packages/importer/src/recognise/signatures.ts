import type { SourceBlock } from '../source.js';
import { dateIn } from './metadata.js';
import { roleOf, type RecognisedParty, type Role } from './parties.js';

// The signature block of an agreement: who signs for each party, and as what. Dutch agreements
// write it as a line per party ("Naam en handtekening Verwerker: X") or as a block per party
// ("Namens Verwerker" / "Voor Verwerker", then "Naam: X" and "Functie: Y", as lines or as a
// two-column table). The text stays where it is; the person and function complete the party.

export interface Signature {
    readonly role: Role;
    readonly person: string;
    readonly fn?: string;
    /** Where and when it was signed ("Plaats: Mierlo", "Datum: 14-5-2018"), the date as ISO. */
    readonly place?: string;
    readonly date?: string;
}

/**
 * "Naam en handtekening Verwerker: X", "Naam ondertekenaar namens Klant: X". A bare "Naam
 * Verwerker: X" is not one: in a list of the parties' details it is the party's own name.
 */
const NAME_LINE = /^\s*naam\s+(?:en\s+handtekening|ondertekenaar)\s+(?:namens\s+|van\s+)?(?:de\s+|het\s+)?([\p{L}-]+)\s*:\s*(.*)$/iu;
/** "Namens Verwerker", "Voor Verwerkingsverantwoordelijke:", "Ondertekend namens de Verwerker". */
const ON_BEHALF = /^\s*(?:(?:aldus\s+)?(?:ondertekend|getekend)\s+)?(?:namens|voor)\s+(?:de\s+|het\s+)?([\p{L}-]+)\s*:?\s*$/iu;
/** A label and its value in a signature block: "Naam: X", "Functie | Y". */
const FIELD = /^\s*(naam|functie|name|title|position|datum|date|plaats|place)\s*:\s*(.*)$/iu;
const TITLES = /^(?:(?:de\s+heer|mevrouw|dhr\.?|mevr\.?|mw\.?|mr\.?|ir\.?|drs\.?|dr\.?|ing\.?)\s+)+/iu;

/** A value that is only a blank to fill in ("____", "……", "[INVULLEN]", "{naam}"), or none. */
function isBlank(value: string): boolean {
    return /^[\s_.…:\-–—]*$/u.test(value) || /^\s*[[{(<]/u.test(value) || /invullen|in te vullen/iu.test(value);
}

function person(value: string): string | undefined {
    const clean = value.replace(TITLES, '').replace(/[,;]$/u, '').trim();
    return isBlank(value) || clean.length < 2 || clean.length > 60 ? undefined : clean;
}

/** The role a signature block names: a role word ("Verwerker", "Opdrachtgever") or a party's own name or alias. */
function roleNamed(word: string, parties: readonly RecognisedParty[]): Role | undefined {
    const role = roleOf(word);
    if (role) return role;
    const lower = word.toLowerCase();
    return parties.find(p => p.alias?.toLowerCase() === lower || p.name.toLowerCase() === lower || p.tradeName?.toLowerCase() === lower)?.role;
}

/** The fields of a block in a signature block: its "label: value" lines or the rows of a two-column table. */
function fieldsOf(block: SourceBlock): [string, string][] {
    if (block.kind === 'table') return block.rows.filter(row => row.length === 2).map(row => [row[0]!, row[1]!]);
    const m = FIELD.exec(block.text);
    return m ? [[m[1]!, m[2]!]] : [];
}

/** The signatures the blocks give, each party once (the first). */
export function signaturesIn(blocks: readonly SourceBlock[], parties: readonly RecognisedParty[]): Signature[] {
    const found: Signature[] = [];
    const push = (signature: Signature): void => {
        if (!found.some(s => s.role === signature.role)) found.push(signature);
    };
    let open: { role: Role; person?: string; fn?: string; place?: string; date?: string; left: number } | undefined;
    const close = (): void => {
        if (open?.person) push({ role: open.role, person: open.person, ...(open.fn ? { fn: open.fn } : {}), ...(open.place ? { place: open.place } : {}), ...(open.date ? { date: open.date } : {}) });
        open = undefined;
    };
    for (const block of blocks) {
        const text = block.kind === 'table' ? '' : block.text;
        const line = NAME_LINE.exec(text);
        const lineRole = line ? roleNamed(line[1]!, parties) : undefined;
        if (line && lineRole) {
            close();
            const name = person(line[2]!);
            if (name) push({ role: lineRole, person: name });
            continue;
        }
        const behalf = ON_BEHALF.exec(text);
        const behalfRole = behalf ? roleNamed(behalf[1]!, parties) : undefined;
        if (behalfRole) {
            close();
            open = { role: behalfRole, left: 6 };
            continue;
        }
        if (!open) continue;
        for (const [label, value] of fieldsOf(block)) {
            if (/^(?:naam|name)$/iu.test(label.trim())) open.person ??= person(value);
            else if (/^(?:functie|title|position)$/iu.test(label.trim()) && !isBlank(value) && value.trim().length <= 60) open.fn ??= value.trim();
            else if (/^(?:plaats|place)$/iu.test(label.trim()) && !isBlank(value) && value.trim().length <= 60) open.place ??= value.trim();
            else if (/^(?:datum|date)$/iu.test(label.trim()) && !isBlank(value)) open.date ??= fullDate(value);
        }
        if (--open.left === 0) close();
    }
    close();
    return found;
}

/** A day ("14-5-2018", "14 mei 2018", "2018-05-14") as ISO; a month alone is no date of signing. */
function fullDate(value: string): string | undefined {
    const date = dateIn(value);
    return date !== undefined && /^\d{4}-\d{2}-\d{2}$/u.test(date) ? date : undefined;
}

/** A signature completes its party: the person when the party has none, the function when the person is the same (by surname). */
export function applySignature(parties: readonly RecognisedParty[], signature: Signature): void {
    const party = parties.find(p => p.role === signature.role);
    if (!party) return;
    const surname = (name: string): string => name.trim().split(/\s+/u).pop()!.toLowerCase();
    if (party.signatory !== undefined && surname(party.signatory) !== surname(signature.person)) return;
    party.signatory ??= signature.person;
    if (signature.fn) party.fn ??= signature.fn;
    if (signature.place) party.signedAt ??= signature.place;
    if (signature.date) party.signedOn ??= signature.date;
}

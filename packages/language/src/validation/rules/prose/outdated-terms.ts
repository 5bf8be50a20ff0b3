import { REPLACEMENTS_DATA, WORDING_DATA } from '../../../data/index.js';
import type { CheckContext, RuleOwner } from '../../check-module.js';
import { replaceFix, where, type Piece } from '../../prose.js';
import { compileFamily, context as wordingContext, findFamily, mentions, ReplacementTable, type FamilyMatch } from '../../text/index.js';

const R46 = compileFamily(WORDING_DATA['DPA-R46'], 'DPA-R46');
const DATA_SUBJECTS = wordingContext('dataSubjects');
const ROLE_NOUNS = new Set(WORDING_DATA.roleNouns.words);
const REPLACEMENTS = new ReplacementTable(REPLACEMENTS_DATA['DPA-R46'], 'replacements.json DPA-R46');

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

/** DPA-R46: outdated (Wbp-era) terms, with their current replacement (table 7.6). */
export function outdatedTerms(piece: Piece, context: CheckContext): void {
    const text = piece.sentences.text;
    for (const m of findFamily(R46, piece.sentences)) {
        const lower = m.text.toLowerCase();
        // As a label or description ("Verantwoordelijke ICT") it is a job title, not the Wbp role.
        if (lower === 'verantwoordelijke' && (piece.kind !== 'paragraph' && piece.kind !== 'title' || !isWbpRole(text, m))) continue;
        if (lower.endsWith('verzet') && !isWbpObjection(text, m)) continue;
        const replacement = REPLACEMENTS.find(text, m.start, m.end);
        if (!replacement) continue;
        context.report.rule('DPA-R46', where(context, piece, m.start, m.end), { x: m.text, y: replacement.replacement }, [replaceFix(context, piece, replacement, true)]);
    }
}

export const owner: RuleOwner = { name: 'outdated-terms', rules: ['DPA-R46'] };

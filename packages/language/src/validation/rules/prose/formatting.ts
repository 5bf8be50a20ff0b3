import { WORDING_DATA } from '../../../data/index.js';
import type { Lang } from '../../../i18n/lang.js';
import { LANGUAGE_MESSAGES } from '../../../i18n/texts.js';
import type { CheckContext, RuleOwner } from '../../check-module.js';
import { fix, type Fix, type FixEdit } from '../../fixes.js';
import { where, type Piece } from '../../prose.js';
import { byPosition, compileFamily, compilePattern, findFamily, replaceInToken, withoutOverlaps } from '../../text/index.js';

const R60 = compileFamily(WORDING_DATA['DPA-R60'], 'DPA-R60');
const DOUBLED_ALLOWED = new Set(WORDING_DATA.doubledAllowed);
const OWN_NUMBERING_TITLE = compilePattern(WORDING_DATA.ownNumbering.title, 'u', 'wording.json ownNumbering.title');
const OWN_NUMBERING_PARAGRAPH = compilePattern(WORDING_DATA.ownNumbering.paragraph, 'u', 'wording.json ownNumbering.paragraph');

/** A formatting defect found in a string. */
interface Defect {
    readonly start: number;
    readonly end: number;
    readonly text: string;
    readonly id: string;
    readonly label: Readonly<Record<Lang, string>>;
    /** Where the fix's removal ends, when it removes more than the reported words. */
    readonly removeEnd?: number;
}

/** The fix of a formatting defect, by variant. */
function formattingFix(context: CheckContext, piece: Piece, m: Defect): Fix | undefined {
    const text = piece.sentences.text;
    const say = (key: Parameters<typeof LANGUAGE_MESSAGES.text>[1], args?: Record<string, string>) => LANGUAGE_MESSAGES.text(context.lang, key, args);
    const edit = (start: number, end: number, newText: string): FixEdit => replaceInToken(context.document, piece.token, start, end, newText);
    /** Removes a stretch and one of the spaces around it, so that no double space is left. */
    const remove = (start: number, end: number): FixEdit => {
        if (text[start - 1] === ' ' && (text[end] === ' ' || end === text.length)) return edit(start - 1, end, '');
        if (start === 0 && text[end] === ' ') return edit(start, end + 1, '');
        return edit(start, end, '');
    };
    switch (m.id) {
        case 'html':
            return fix(say('fix.removeHtml'), [remove(m.start, m.end)], true);
        case 'entity': {
            const lower = m.text.toLowerCase();
            if (lower === '&nbsp;') {
                const spaced = text[m.start - 1] === ' ' || text[m.end] === ' ' || m.start === 0 || m.end === text.length;
                return fix(say('fix.replaceWithSpace'), [spaced ? remove(m.start, m.end) : edit(m.start, m.end, ' ')], true);
            }
            if (lower === '&amp;') return fix(say('fix.replaceWith', { text: '&' }), [edit(m.start, m.end, '&')], true);
            return undefined;
        }
        case 'doubled': {
            const first = /^\p{L}+/u.exec(m.text)![0];
            return fix(say('fix.removeRepeatedWord'), [edit(m.start + first.length, m.end, '')], true);
        }
        case 'spaces':
            return fix(say('fix.singleSpace'), [edit(m.start, m.end, ' ')], true);
        case 'full-stop': {
            const dot = m.start + m.text.indexOf('.') + 1;
            return fix(say('fix.spaceAfterFullStop'), [edit(dot, dot, ' ')], true);
        }
        case 'parenthesis':
            return fix(say('fix.spaceAfterParenthesis'), [edit(m.end, m.end, ' ')], true);
        case 'numbering': {
            const keep = m.text.search(/art/iu);
            return fix(say('fix.removeDoubledNumber'), [edit(m.start, m.start + keep, '')], true);
        }
        case 'own-numbering':
            return fix(say('fix.removeOwnNumbering'), [edit(m.start, m.removeEnd ?? m.end, '')], true);
        default:
            return undefined;
    }
}

/** DPA-R60: formatting defects (HTML residue, repeated words, spacing, numbering glitches). */
export function formatting(piece: Piece, context: CheckContext): void {
    const text = piece.sentences.text;
    const candidates: Defect[] = [];
    for (const m of findFamily(R60, piece.sentences)) {
        if (m.variant.id === 'doubled' && DOUBLED_ALLOWED.has(/^\p{L}+/u.exec(m.text)![0].toLowerCase())) continue;
        candidates.push({ start: m.start, end: m.end, text: m.text, id: m.variant.id, label: m.variant.label! });
    }
    const own = piece.kind === 'title' ? OWN_NUMBERING_TITLE : piece.kind === 'paragraph' ? OWN_NUMBERING_PARAGRAPH : undefined;
    const numbered = own?.exec(text);
    if (numbered) {
        const start = numbered.index + (numbered[0].length - numbered[0].trimStart().length);
        const shown = numbered[0].trimEnd();
        // First, so that it wins over a "numbering" match at the same place (the sort is stable).
        candidates.unshift({ start, end: numbered.index + shown.length, text: shown.trim(), id: 'own-numbering', label: WORDING_DATA.ownNumbering.label, removeEnd: numbered.index + numbered[0].length });
    }
    candidates.sort(byPosition);
    for (const m of withoutOverlaps(candidates)) {
        const shown = m.id === 'spaces' ? '' : ` “${m.text.length > 40 ? `${m.text.slice(0, 40)}…` : m.text}”`;
        context.report.rule('DPA-R60', where(context, piece, m.start, m.end), { x: `${m.label[context.lang]}${shown}` }, [formattingFix(context, piece, m)]);
    }
}

export const owner: RuleOwner = { name: 'formatting', rules: ['DPA-R60'] };

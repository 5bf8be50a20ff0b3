/**
 * The word-level comparison of two texts for the redline, and a cheap measure of how alike two
 * texts are (to pair an edited paragraph with its old version). Both are deterministic: the word
 * diff is bounded by the number of edits (jsdiff's `maxEditLength`), not by the clock, so the
 * same two documents give the same redline on a fast machine and on a loaded one.
 */
import type { WordChange } from '@dpa/language/diff';
import { diffWordsWithSpace } from 'diff';

export type Words = readonly WordChange[];

/**
 * At most this many words and spaces changed in one text before the comparison gives up and
 * shows the old text removed and the new one added. jsdiff's work grows with the text's length
 * times the edits, so this bounds its time: two unrelated texts of 100,000 characters each take
 * well under a second (test/generator/redline.test.ts).
 */
const MAX_WORD_EDITS = 1_000;

/** Words in both texts, only in the old one, or only in the new one, in reading order. */
export function compareWords(before: string, after: string): Words {
    if (before === after) return before === '' ? [] : [{ kind: 'same', text: before }];
    const whole: WordChange[] = [...(before ? [{ kind: 'removed', text: before } as const] : []), ...(after ? [{ kind: 'added', text: after } as const] : [])];
    if (before === '' || after === '') return whole;
    const parts = diffWordsWithSpace(before, after, { maxEditLength: MAX_WORD_EDITS });
    if (parts === undefined) return whole;
    return joinChanges(parts.filter(part => part.value !== '').map(part => ({ kind: part.added ? 'added' : part.removed ? 'removed' : 'same', text: part.value })));
}

/**
 * Changes separated only by spaces as one change: "[Naam van de klant]" replaced by "Bakkerij De
 * Korst B.V." reads as one deletion and one insertion, not four of each, word by word.
 */
function joinChanges(words: readonly WordChange[]): WordChange[] {
    const result: WordChange[] = [];
    let removed = '';
    let added = '';
    const flush = () => {
        // Spaces that both begin or end with stay outside the marks.
        const lead = removed && added ? sharedSpace(/^\s*/.exec(removed)![0], /^\s*/.exec(added)![0], 'start') : '';
        const trail = removed && added ? sharedSpace(/\s*$/.exec(removed.slice(lead.length))![0], /\s*$/.exec(added.slice(lead.length))![0], 'end') : '';
        const inner = (text: string) => text.slice(lead.length, text.length - trail.length);
        if (lead) result.push({ kind: 'same', text: lead });
        if (inner(removed)) result.push({ kind: 'removed', text: inner(removed) });
        if (inner(added)) result.push({ kind: 'added', text: inner(added) });
        if (trail) result.push({ kind: 'same', text: trail });
        removed = added = '';
    };
    for (const [i, word] of words.entries()) {
        if (word.kind === 'removed') removed += word.text;
        else if (word.kind === 'added') added += word.text;
        else if ((removed || added) && /^\s+$/.test(word.text) && words[i + 1] !== undefined && words[i + 1]!.kind !== 'same') {
            removed += word.text;
            added += word.text;
        } else {
            flush();
            result.push(word);
        }
    }
    flush();
    return result;
}

/** The whole of `text` as added or removed. */
export function wholeWords(text: string, kind: 'added' | 'removed'): Words {
    return text === '' ? [] : [{ kind, text }];
}

/** The text of one side of a comparison: the old text without what was added, or the new one without what was removed. */
export function sideText(words: Words, side: 'before' | 'after'): string {
    const skip = side === 'before' ? 'added' : 'removed';
    return words.filter(word => word.kind !== skip).map(word => word.text).join('');
}

/** The words of a text (letters and digits, in lower case; punctuation and brackets left out) counted, for `likeness`. */
export type WordBag = ReadonlyMap<string, number>;

export function wordBag(text: string): WordBag {
    const bag = new Map<string, number>();
    for (const word of text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []) bag.set(word, (bag.get(word) ?? 0) + 1);
    return bag;
}

/** How alike two texts are, from 0 (no word in common) to 1 (the same words): the Dice coefficient of their words. */
export function likeness(a: WordBag, b: WordBag): number {
    let size = 0;
    let common = 0;
    for (const [word, n] of a) {
        size += n;
        common += Math.min(n, b.get(word) ?? 0);
    }
    for (const n of b.values()) size += n;
    return size === 0 ? 1 : (2 * common) / size;
}

/** The longest run of white space that two runs of white space both start (or end) with. */
function sharedSpace(a: string, b: string, at: 'start' | 'end'): string {
    let n = 0;
    const max = Math.min(a.length, b.length);
    if (at === 'start') while (n < max && a[n] === b[n]) n++;
    else while (n < max && a[a.length - 1 - n] === b[b.length - 1 - n]) n++;
    return at === 'start' ? a.slice(0, n) : a.slice(a.length - n);
}

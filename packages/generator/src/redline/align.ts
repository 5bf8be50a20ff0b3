/**
 * Two sequences (the parts of two agreements, the blocks of an article, the rows of a table, the
 * items of a list) aligned for the redline: items with the same key match (jsdiff's `diffArrays`,
 * the longest common subsequence); between two matches, the old items left over are paired with
 * the new ones they most resemble (an edited paragraph with its old version), in order; what is
 * left is removed or added.
 */
import { diffArrays } from 'diff';
import { likeness, wordBag, type WordBag } from './words.js';

/** One place in the alignment: an item of both versions, or of one of them. */
export interface Pair<T> {
    readonly before?: T;
    readonly after?: T;
}

export interface AlignBy<T> {
    /** Items with the same key are the same item. */
    readonly key: (item: T) => string;
    /** The text by which two items of different keys are compared for pairing. */
    readonly text: (item: T) => string;
    /** Whether two items may be paired at all (a paragraph only with a paragraph). */
    readonly compatible?: (before: T, after: T) => boolean;
}

/**
 * Two items this alike (words in common, `likeness`) are the same item, edited. Where as many old
 * items as new ones stand between two matches, they are most likely the same items edited in
 * place (a template's fields filled in, a name replaced), and less in common is enough.
 */
const SIMILAR = 0.5;
const SIMILAR_IN_PLACE = 0.25;
/** Bounds, so that two unrelated documents of thousands of blocks are compared in bounded time. */
const MAX_EDITS = 5_000;
const MAX_PAIRINGS = 40_000;

export function align<T>(before: readonly T[], after: readonly T[], by: AlignBy<T>): Pair<T>[] {
    const result: Pair<T>[] = [];
    const changes = diffArrays(before.map(by.key), after.map(by.key), { maxEditLength: MAX_EDITS })
        ?? [{ value: before.map(by.key), removed: true, added: false, count: before.length }, { value: after.map(by.key), removed: false, added: true, count: after.length }];
    let i = 0;
    let j = 0;
    let removed: T[] = [];
    let added: T[] = [];
    const flush = () => {
        result.push(...pairUp(removed, added, by));
        removed = [];
        added = [];
    };
    for (const change of changes) {
        const count = change.value.length;
        if (change.removed) removed.push(...before.slice(i, (i += count)));
        else if (change.added) added.push(...after.slice(j, (j += count)));
        else {
            flush();
            for (let k = 0; k < count; k++) result.push({ before: before[i++]!, after: after[j++]! });
        }
    }
    flush();
    return result;
}

/**
 * The old and new items between two matches, paired where alike: the pairing in order (no two
 * pairs cross) with the greatest total likeness, each pair at least SIMILAR (or SIMILAR_IN_PLACE); the items left are
 * removed (first) or added, where they stand.
 */
function pairUp<T>(removed: readonly T[], added: readonly T[], by: AlignBy<T>): Pair<T>[] {
    const n = removed.length;
    const m = added.length;
    if (n === 0 || m === 0 || n * m > MAX_PAIRINGS) return [...removed.map(before => ({ before })), ...added.map(after => ({ after }))];
    const bagsBefore: WordBag[] = removed.map(item => wordBag(by.text(item)));
    const bagsAfter: WordBag[] = added.map(item => wordBag(by.text(item)));
    const score = (a: number, b: number): number => {
        if (by.compatible && !by.compatible(removed[a]!, added[b]!)) return 0;
        const s = likeness(bagsBefore[a]!, bagsAfter[b]!);
        return s >= (n === m ? SIMILAR_IN_PLACE : SIMILAR) ? s : 0;
    };
    // best[a][b]: the greatest total likeness of the first a old and the first b new items.
    const best: number[][] = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(0));
    const scores: number[][] = Array.from({ length: n }, (_, a) => Array.from({ length: m }, (_, b) => score(a, b)));
    for (let a = 1; a <= n; a++) {
        for (let b = 1; b <= m; b++) {
            const s = scores[a - 1]![b - 1]!;
            best[a]![b] = Math.max(best[a - 1]![b]!, best[a]![b - 1]!, s > 0 ? best[a - 1]![b - 1]! + s : 0);
        }
    }
    const pairs: [number, number][] = [];
    for (let a = n, b = m; a > 0 && b > 0;) {
        const s = scores[a - 1]![b - 1]!;
        if (s > 0 && best[a]![b] === best[a - 1]![b - 1]! + s) {
            pairs.unshift([a - 1, b - 1]);
            a--;
            b--;
        } else if (best[a]![b] === best[a - 1]![b]) a--;
        else b--;
    }
    const result: Pair<T>[] = [];
    let a = 0;
    let b = 0;
    for (const [pa, pb] of [...pairs, [n, m] as [number, number]]) {
        while (a < pa) result.push({ before: removed[a++]! });
        while (b < pb) result.push({ after: added[b++]! });
        if (pa < n) result.push({ before: removed[a++]!, after: added[b++]! });
    }
    return result;
}

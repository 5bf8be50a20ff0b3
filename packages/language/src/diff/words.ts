import { diffWordsWithSpace } from 'diff';

/** A stretch of a text in a word-level comparison: in both versions, or only in the new one, or only in the old one. */
export interface WordChange {
    readonly kind: 'same' | 'added' | 'removed';
    readonly text: string;
}

/** A comparison that could not be made word by word in time: the whole text replaced. */
const TIME_LIMIT_MS = 2_000;

/**
 * The word-level difference of two texts (the `diff` package's `diffWordsWithSpace`: words and the
 * space between them; punctuation is a word of its own). Bounded: two long texts that differ
 * everywhere are compared for at most TIME_LIMIT_MS, after which the old text counts as removed
 * and the new one as added, so a hostile file never stalls a diff.
 */
export function wordChanges(before: string, after: string): readonly WordChange[] {
    if (before === after) return before === '' ? [] : [{ kind: 'same', text: before }];
    const parts = diffWordsWithSpace(before, after, { timeout: TIME_LIMIT_MS });
    if (parts === undefined) return [...(before ? [{ kind: 'removed', text: before } as const] : []), ...(after ? [{ kind: 'added', text: after } as const] : [])];
    return parts.map(part => ({ kind: part.added ? 'added' : part.removed ? 'removed' : 'same', text: part.value }));
}

import { WORDING_DATA } from '../../data/index.js';
import { compilePattern, matchesOf } from './patterns.js';

/** One sentence of a text: `text` is `whole.slice(start, end)`. */
export interface Sentence {
    readonly start: number;
    readonly end: number;
    readonly text: string;
}

/** Where a sentence ends (wording.json `sentenceEnd`): a full stop before a capital, or a semicolon. */
const SENTENCE_END = compilePattern(WORDING_DATA.sentenceEnd, 'gu', 'wording.json sentenceEnd');

/** The sentences of one string, split when first needed. */
export class Sentences {
    private bounds: Sentence[] | undefined;

    constructor(readonly text: string) {}

    /** Every sentence, in order; a text without a sentence end is one sentence. */
    all(): readonly Sentence[] {
        return (this.bounds ??= split(this.text));
    }

    /** The first sentence that ends after `position` (the last one if none does); a binary search. */
    at(position: number): Sentence {
        const bounds = this.all();
        let low = 0;
        let high = bounds.length - 1;
        while (low < high) {
            const middle = (low + high) >> 1;
            if (position < bounds[middle]!.end) high = middle;
            else low = middle + 1;
        }
        return bounds[low]!;
    }
}

/** The sentences of a text (split lazily, on first use). */
export function sentences(text: string): Sentences {
    return new Sentences(text);
}

function split(text: string): Sentence[] {
    const bounds: Sentence[] = [];
    let start = 0;
    for (const m of matchesOf(SENTENCE_END, text)) {
        const end = m.index + m[0].length;
        bounds.push({ start, end, text: text.slice(start, end) });
        start = end;
    }
    if (start < text.length || bounds.length === 0) bounds.push({ start, end: text.length, text: text.slice(start) });
    return bounds;
}

/** The text from the start of the sentence around `start` to the end of that sentence, or to `end` if that is later. */
export function sentenceAround(text: string, start: number, end: number): string {
    let from = 0;
    for (const m of matchesOf(SENTENCE_END, text)) {
        const stop = m.index + m[0].length;
        if (stop > start) return text.slice(from, Math.max(stop, end));
        from = stop;
    }
    return text.slice(from);
}

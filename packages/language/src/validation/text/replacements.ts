import { compilePattern } from './patterns.js';

/** One entry of a replacement table (data/replacements.json). */
export interface ReplacementEntry {
    readonly pattern: string;
    readonly replacement: string;
}

/** A stretch of text to replace: `text.slice(start, end)` becomes `replacement`. */
export interface Replacement {
    readonly start: number;
    readonly end: number;
    readonly replacement: string;
}

/** Keeps a capital first letter of the replaced text; never lowers one of the replacement. */
export function matchCase(original: string, replacement: string): string {
    const first = original.charAt(0);
    return first !== first.toLowerCase() ? replacement.charAt(0).toUpperCase() + replacement.slice(1) : replacement;
}

/** An ordered replacement table; see the comment in replacements.json. */
export class ReplacementTable {
    private readonly entries: readonly { search: RegExp; replacement: string }[];

    /** `origin` names the table in messages and tests (`replacements.json DPA-R24`). */
    constructor(entries: readonly ReplacementEntry[], origin: string) {
        this.entries = entries.map((e, i) => ({ search: compilePattern(e.pattern, 'giu', `${origin}[${i}]`), replacement: e.replacement }));
    }

    /** The first entry that matches a stretch of `text` containing `[start, end)`. */
    find(text: string, start: number, end: number): Replacement | undefined {
        for (const entry of this.entries) {
            for (const m of text.matchAll(entry.search)) {
                if (m.index > start) break;
                const stop = m.index + m[0].length;
                if (stop < end || m[0].length === 0) continue;
                const replacement = entry.replacement.replace(/\$(\d)/g, (_, n: string) => m[Number(n)] ?? '');
                return { start: m.index, end: stop, replacement: matchCase(m[0], replacement) };
            }
        }
        return undefined;
    }
}

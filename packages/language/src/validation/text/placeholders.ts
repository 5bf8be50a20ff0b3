import { matchesOf, type TextMatch } from './patterns.js';

/** A template placeholder `{{name}}` found in text. */
export interface PlaceholderMatch extends TextMatch {
    readonly name: string;
}

const PLACEHOLDER = /\{\{\s*([_a-zA-Z]\w*)\s*\}\}/g;

export function findPlaceholders(text: string): PlaceholderMatch[] {
    return matchesOf(PLACEHOLDER, text).map(m => ({
        start: m.index,
        end: m.index + m[0].length,
        text: m[0],
        name: m[1]!
    }));
}

/** Replaces every `{{name}}` in `text` with the value `lookup` gives (unchanged when undefined). */
export function fillPlaceholders(text: string, lookup: (name: string) => string | undefined): string {
    return text.replace(PLACEHOLDER, (whole, name: string) => lookup(name) ?? whole);
}

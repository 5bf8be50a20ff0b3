import { HEADING_PATTERNS, MARKERS } from './text-layout.js';

/** A heading's text split into its number as written ("Artikel 4", "Bijlage 1", "3.") and its title. */
export function headingParts(text: string): { number?: string; text: string } {
    for (const { pattern } of HEADING_PATTERNS) {
        const m = pattern.exec(text);
        if (m) return { number: m[1]!.replace(/[ \t]+/gu, ' '), text: m[2]!.trim() };
    }
    const marker = MARKERS.find(({ kind }) => kind === 'number')!.pattern.exec(text);
    if (marker && text.slice(marker[0].length).trim() !== '') return { number: marker[1]!, text: text.slice(marker[0].length).trim() };
    return { text };
}

/** A paragraph's text split into its number or letter ("4.2", "a)") and the rest; bullets are not numbers. */
export function paragraphParts(text: string): { number?: string; kind?: 'number' | 'letter'; text: string } {
    for (const { kind, pattern } of MARKERS) {
        if (kind === 'bullet') continue;
        const m = pattern.exec(text);
        if (m && text.slice(m[0].length).trim() !== '') return { number: m[1]!, kind, text: text.slice(m[0].length).trim() };
    }
    return { text };
}

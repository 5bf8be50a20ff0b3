import patternData from './data/text-patterns.json';

/** A match of a text heuristic in a piece of text; offsets are relative to that text. */
export interface TextMatch {
    readonly start: number;
    readonly end: number;
    readonly text: string;
}

const compiled = new Map<string, RegExp[]>(
    Object.entries((patternData as { patterns: Record<string, string[]> }).patterns).map(([rule, sources]) => [
        rule,
        sources.map(source => new RegExp(source, 'giu'))
    ])
);

/** All non-overlapping matches of the text patterns of one rule, in order of position. */
export function findPatternMatches(ruleId: string, text: string): TextMatch[] {
    const patterns = compiled.get(ruleId);
    if (!patterns) throw new Error(`No text patterns for ${ruleId}`);
    const matches: TextMatch[] = [];
    for (const pattern of patterns) {
        pattern.lastIndex = 0;
        for (const m of text.matchAll(pattern)) {
            if (m[0].length === 0) continue;
            matches.push({ start: m.index, end: m.index + m[0].length, text: m[0] });
        }
    }
    matches.sort((a, b) => a.start - b.start || b.end - a.end);
    return matches.filter((m, i) => !matches.slice(0, i).some(prev => m.start < prev.end));
}

/** A template placeholder `{{name}}` found in text. */
export interface PlaceholderMatch extends TextMatch {
    readonly name: string;
}

const PLACEHOLDER = /\{\{\s*([_a-zA-Z]\w*)\s*\}\}/g;

export function findPlaceholders(text: string): PlaceholderMatch[] {
    return [...text.matchAll(PLACEHOLDER)].map(m => ({
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

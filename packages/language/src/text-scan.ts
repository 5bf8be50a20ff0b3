import { TEXT_PATTERNS_DATA } from './data/index.js';

/** A match of a text heuristic in a piece of text; offsets are relative to that text. */
export interface TextMatch {
    readonly start: number;
    readonly end: number;
    readonly text: string;
}

/** A regular expression of the text engine, with where it comes from (for tests and messages). */
export interface CompiledPattern {
    readonly origin: string;
    readonly regex: RegExp;
}

const registry: CompiledPattern[] = [];

/**
 * Compiles a regular expression of the text engine. Every pattern the checks run on the
 * agreement's text (from the data files or composed in code) is compiled here, so that the
 * test of the text engine (test/language/text-engine-linear.test.ts) finds each of them and
 * runs it against long adversarial input: a pattern must stay linear in the length of the text,
 * or one long string in a document stalls the language server.
 */
export function compilePattern(source: string, flags: string, origin: string): RegExp {
    const regex = new RegExp(source, flags);
    registry.push({ origin, regex });
    return regex;
}

/** Every pattern compiled so far through `compilePattern` (all of them once the checks are loaded). */
export function compiledPatterns(): readonly CompiledPattern[] {
    return registry;
}

/**
 * Drops matches that overlap an earlier one. `matches` must be sorted by start (and, at the same
 * start, longest first); a match is kept when it starts at or after the end of every match before
 * it, kept or not. One pass, so that a string with thousands of matches stays cheap.
 */
export function withoutOverlaps<M extends { readonly start: number; readonly end: number }>(matches: readonly M[]): M[] {
    const kept: M[] = [];
    let reach = -1;
    for (const m of matches) {
        if (m.start >= reach) kept.push(m);
        reach = Math.max(reach, m.end);
    }
    return kept;
}

const compiled = new Map<string, RegExp[]>(
    Object.entries(TEXT_PATTERNS_DATA.patterns).map(([rule, sources]) => [
        rule,
        sources.map((source, i) => compilePattern(source, 'giu', `text-patterns.json ${rule}[${i}]`))
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
    return withoutOverlaps(matches);
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

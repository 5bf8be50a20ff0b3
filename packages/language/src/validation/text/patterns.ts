import { TEXT_PATTERNS_DATA } from '../../data/index.js';
import { TextCache } from './cache.js';
import { anyPresent, LiteralIndex } from './literals.js';

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
    // The literal analysis reads the syntax without `v` (literals.ts): a `v` pattern always runs.
    if (!flags.includes('v')) sourceOf.set(regex, source);
    return regex;
}

/** The source each pattern was compiled from (`regex.source` escapes some characters), for its literal gate. */
const sourceOf = new WeakMap<RegExp, string>();

/** Compilations put off until first use (`compileOnDemand`), not yet done. */
const onDemand: (() => unknown)[] = [];
/** The sources of the patterns compiled on demand, known before they are compiled (for the literal index). */
const onDemandSources: (() => readonly string[])[] = [];

/**
 * Registers patterns compiled on first use (the wording families): `compiledPatterns` compiles
 * them, so that the registry still holds every pattern of the loaded checks. `sources` are the
 * sources `compile` will compile (each through `compilePattern`).
 */
export function compileOnDemand(compile: () => unknown, sources: () => readonly string[]): void {
    onDemand.push(compile);
    onDemandSources.push(sources);
}

/** Every pattern of the checks loaded so far, compiled through `compilePattern` (those put off until first use now). */
export function compiledPatterns(): readonly CompiledPattern[] {
    for (const compile of onDemand.splice(0)) compile();
    return registry;
}

// ---------------------------------------------------------------------------------------------
// Required literals (text/literals.ts): a pattern runs only on texts that contain one of them
// ---------------------------------------------------------------------------------------------

/**
 * The literal index of every pattern compiled or put off until first use so far, built when a
 * text is first checked (all checks' modules have loaded by then). A pattern compiled after it
 * (none is, today) has no gate: it runs on every text.
 */
let literalIndex: LiteralIndex | undefined;

function literals(): LiteralIndex {
    return literalIndex ??= new LiteralIndex([...registry.flatMap(p => sourceOf.get(p.regex) ?? []), ...onDemandSources.flatMap(sources => sources())]);
}

/** The literal index (tests, benchmarks). */
export function patternLiterals(): LiteralIndex {
    return literals();
}

/** Per pattern: its gate in the literal index (null: none, it always runs). */
const gates = new WeakMap<RegExp, Uint16Array | null>();

/** Which literals of the index each text contains, by content. */
const PRESENT = new TextCache<object, Uint32Array>();
const PRESENT_KEY = {};

/**
 * The gate of patterns that run together (a family): the literals one of which a match of any of
 * them contains, or null when one of them has none (they must run on every text).
 */
export function literalGate(sources: readonly string[]): Uint16Array | null {
    return literals().gateOfAll(sources) ?? null;
}

/**
 * Whether a text contains one of a gate's literals: false when patterns with that gate cannot
 * match it. `text` should be a whole string of a document (its literals are kept in the text
 * cache); the first call for a text reads it once for every literal.
 */
export function passes(gate: Uint16Array | null, text: string): boolean {
    if (gate === null) return true;
    const index = literals();
    return anyPresent(gate, PRESENT.get(PRESENT_KEY, text, () => index.presentIn(text)));
}

/** Whether a pattern (compiled through `compilePattern`) may match a text (see `passes`). */
export function mayMatch(pattern: RegExp, text: string): boolean {
    let gate = gates.get(pattern);
    if (gate === undefined) {
        const source = sourceOf.get(pattern);
        gate = source !== undefined ? literalGate([source]) : null;
        gates.set(pattern, gate);
    }
    return passes(gate, text);
}

/** Compiles a list of sources with the same flags; `origin` is suffixed with each index. */
export function compilePatterns(sources: readonly string[], flags: string, origin: string): RegExp[] {
    return sources.map((source, i) => compilePattern(source, flags, `${origin}[${i}]`));
}

/**
 * Every match of a global pattern in a text, as `[...text.matchAll(pattern)]` finds them. The
 * pattern itself runs (from `lastIndex` 0, which it is left at): `matchAll` makes a copy of the
 * pattern per call, and the text engine calls it for every string and pattern of a document, so
 * those copies were a good part of a check's garbage. A text without a match costs no allocation.
 */
export function matchesOf(pattern: RegExp, text: string): RegExpExecArray[] {
    if (!pattern.global) throw new Error(`matchesOf needs a global pattern: /${pattern.source}/${pattern.flags}`);
    const found: RegExpExecArray[] = [];
    pattern.lastIndex = 0;
    for (let m = pattern.exec(text); m !== null; m = pattern.exec(text)) {
        found.push(m);
        // An empty match moves on by one character (a whole surrogate pair in a unicode pattern), as matchAll does.
        if (m[0].length === 0) pattern.lastIndex = m.index + (pattern.unicode && isPairAt(text, m.index) ? 2 : 1);
    }
    pattern.lastIndex = 0;
    return found;
}

function isPairAt(text: string, index: number): boolean {
    const code = text.charCodeAt(index);
    return code >= 0xd800 && code <= 0xdbff && index + 1 < text.length;
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

/** Sorts matches by position, longest first at the same start (the order `withoutOverlaps` needs). */
export function byPosition<M extends { readonly start: number; readonly end: number }>(a: M, b: M): number {
    return a.start - b.start || b.end - a.end;
}

/**
 * All non-empty, non-overlapping matches of global patterns in a text, in order of position.
 * The patterns must have the `g` flag.
 */
export function findAll(patterns: readonly RegExp[], text: string): readonly TextMatch[] {
    return MATCHES.get(patterns, text, () => {
        const found = scan(patterns, text);
        return found.length === 0 ? NO_MATCHES : Object.freeze(found);
    });
}

/** Most strings match nothing: they share one empty result. */
const NO_MATCHES: readonly TextMatch[] = Object.freeze([]);

/** What a pattern list finds in a text, by content (text/cache.ts). */
const MATCHES = new TextCache<readonly RegExp[], readonly TextMatch[]>();

function scan(patterns: readonly RegExp[], text: string): TextMatch[] {
    const found: TextMatch[] = [];
    for (const pattern of patterns) {
        if (!mayMatch(pattern, text)) continue;
        for (const m of matchesOf(pattern, text)) {
            if (m[0].length > 0) found.push({ start: m.index, end: m.index + m[0].length, text: m[0] });
        }
    }
    found.sort(byPosition);
    return withoutOverlaps(found);
}

/** The first match of `findAll`. */
export function findFirst(patterns: readonly RegExp[], text: string): TextMatch | undefined {
    return findAll(patterns, text)[0];
}

/** Whether any of the patterns (global or not) occurs in a text. */
export function testAny(patterns: readonly RegExp[], text: string): boolean {
    return patterns.some(p => {
        p.lastIndex = 0;
        return p.test(text);
    });
}

/** Whether a match overlaps an occurrence of any of the global patterns in the text. */
export function overlapsAny(match: TextMatch, text: string, patterns: readonly RegExp[]): boolean {
    return patterns.some(pattern => {
        return matchesOf(pattern, text).some(m => m.index < match.end && match.start < m.index + m[0].length);
    });
}

/** The whole word a match is part of (`Medisch` in `Medische`). */
export function wordAt(text: string, match: TextMatch): string {
    let start = match.start;
    let end = match.end;
    while (start > 0 && /[\p{L}\p{N}]/u.test(text[start - 1]!)) start--;
    while (end < text.length && /[\p{L}\p{N}]/u.test(text[end]!)) end++;
    return text.slice(start, end);
}

// ---------------------------------------------------------------------------------------------
// The pattern lists of data/text-patterns.json, one per rule
// ---------------------------------------------------------------------------------------------

const compiled = new Map<string, RegExp[]>(
    Object.entries(TEXT_PATTERNS_DATA.patterns).map(([rule, sources]) => [
        rule,
        sources.map((source, i) => compilePattern(source, 'giu', `text-patterns.json ${rule}[${i}]`))
    ])
);

/** All non-overlapping matches of the text patterns of one rule, in order of position. */
export function findPatternMatches(ruleId: string, text: string): readonly TextMatch[] {
    const patterns = compiled.get(ruleId);
    if (!patterns) throw new Error(`No text patterns for ${ruleId}`);
    return findAll(patterns, text);
}

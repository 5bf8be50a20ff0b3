import { WORDING_DATA } from '../../data/index.js';
import type { WordingVariant } from '../../data/schemas.js';
import type { Lang } from '../../i18n/lang.js';
import { byPosition, compileOnDemand, compilePattern, literalGate, matchesOf, mayMatch, passes, withoutOverlaps, type TextMatch } from './patterns.js';
import type { Sentence, Sentences } from './sentences.js';
import { TextCache } from './cache.js';

// Pattern families: the variants of one wording rule (data/wording.json), each a list of patterns
// with the contexts its sentence must or must not have, compiled once when the module loads.

/** A context of wording.json (`breach`, `negation`, `processor`, …): `test` for presence, `all` (global) to find where it occurs. */
export interface Context {
    readonly test: RegExp;
    readonly all: RegExp;
}

const CONTEXTS = new Map<string, Context>(
    Object.entries(WORDING_DATA.context).map(([name, source]) => [name, {
        test: compilePattern(source, 'iu', `wording.json context.${name}`),
        all: compilePattern(source, 'giu', `wording.json context.${name}`)
    }])
);

/** A named context of wording.json. */
export function context(name: string): Context {
    const found = CONTEXTS.get(name);
    if (!found) throw new Error(`Unknown wording context ${name}`);
    return found;
}

/** Whether a context occurs in a text. */
export function mentions(ctx: Context, text: string): boolean {
    return ctx.test.test(text);
}

/** Positions where a context occurs in a text. */
export function positions(ctx: Context, text: string): number[] {
    return matchesOf(ctx.all, text).map(m => m.index);
}

export interface Variant {
    readonly id: string;
    readonly regexes: readonly RegExp[];
    readonly label?: Readonly<Record<Lang, string>>;
    readonly requires: readonly RegExp[];
    readonly unless: readonly RegExp[];
    readonly negatable: boolean;
}

/**
 * The variants of one rule, and one regular expression for all of them: a string that does not
 * match it is skipped with a single pass (most strings match no rule). It is the case-insensitive
 * union of the patterns, so it matches wherever any of them does; patterns with a back-reference
 * cannot be joined and run on their own.
 */
export interface Family {
    readonly variants: readonly Variant[];
    readonly any?: RegExp;
    /**
     * False when the text contains none of the literals a match of the family's patterns needs
     * (text/literals.ts): then none of them can match, and the family is not even compiled.
     */
    mayOccurIn(text: string): boolean;
}

/**
 * The variants of a family, compiled when the family is first used (or when the registry is read,
 * see `compiledPatterns`); `origin` names it in the pattern registry (`DPA-R04`). The families are
 * most of the text engine's patterns, and their pre-checks (case-insensitive unions of all their
 * patterns) the costliest to compile: made when their module loads, they were a fifth of the
 * language server's start-up, before it could answer `initialize`.
 */
export function compileFamily(variants: readonly WordingVariant[], origin: string): Family {
    return new LazyFamily(variants, origin);
}

class LazyFamily implements Family {
    private compiled: { readonly variants: readonly Variant[]; readonly any?: RegExp } | undefined;

    constructor(private readonly source: readonly WordingVariant[], private readonly origin: string) {
        compileOnDemand(() => this.compile(), () => this.patterns);
    }

    private get patterns(): readonly string[] {
        return this.source.flatMap(v => v.patterns);
    }

    /** The family's literal gate (made on first use, as the index; null: none). */
    private gate: Uint16Array | null | undefined;

    mayOccurIn(text: string): boolean {
        if (this.gate === undefined) this.gate = literalGate(this.patterns);
        return passes(this.gate, text);
    }

    get variants(): readonly Variant[] {
        return this.compile().variants;
    }

    get any(): RegExp | undefined {
        return this.compile().any;
    }

    private compile(): { readonly variants: readonly Variant[]; readonly any?: RegExp } {
        return this.compiled ??= compileVariants(this.source, this.origin);
    }
}

function compileVariants(variants: readonly WordingVariant[], origin: string): { readonly variants: readonly Variant[]; readonly any?: RegExp } {
    const joinable = variants.flatMap(v => v.patterns).every(p => !/\\\d/.test(p));
    const union = variants.flatMap(v => v.patterns).map(p => `(?:${p.replace(/\(\?<hit>/g, '(?:')})`).join('|');
    return {
        variants: variants.map(v => ({
            id: v.id,
            regexes: v.patterns.map((p, i) => compilePattern(p, v.caseSensitive ? 'dgu' : 'dgiu', `wording.json ${origin} ${v.id}[${i}]`)),
            ...(v.label ? { label: v.label } : {}),
            requires: (v.requires ?? []).map(name => context(name).test),
            unless: (v.unless ?? []).map(name => context(name).test),
            negatable: v.negatable ?? false
        })),
        ...(joinable ? { any: compilePattern(union, 'iu', `wording.json ${origin} (all variants, the pre-check)`) } : {})
    };
}

/** A match of a family: the variant that matched and the sentence it is in. */
export interface FamilyMatch extends TextMatch {
    readonly variant: Variant;
    readonly sentence: Sentence;
}

const NEGATION = context('negation');
const NEGATION_END = context('negationEnd');
const TRAILING_NEGATION = context('trailingNegation');
const CLAUSE_BREAK = context('clauseBreak');

/**
 * Whether the sentence of a match, up to the match's end, negates it ("niet", "geen", "not", …).
 * A negation reaches every item of a list after it ("geen A, B of C"), but not past a word that
 * ends its scope ("niet voor eigen doeleinden, behalve voor …", "not …, but …", "geen …, tenzij
 * …"): a negation before such a word does not negate what follows it. A negation inside the
 * match always counts, and so does a "niet" after it in the same clause (Dutch word order).
 */
export function isNegated(text: string, match: { readonly sentence: Sentence; readonly start?: number; readonly end: number }): boolean {
    const from = match.sentence.start;
    const before = text.slice(from, match.start ?? match.end);
    const ends = positions(NEGATION_END, before);
    const scope = ends.length > 0 ? ends[ends.length - 1]! : -1;
    if (positions(NEGATION, text.slice(from, match.end)).some(p => p > scope)) return true;
    // Dutch puts "niet" after the verb ("verwijdert de gegevens niet"): a "niet" or "not" later in
    // the same clause, before a comma or a word that opens another clause, negates it too.
    const rest = text.slice(match.end, match.sentence.end);
    const stop = rest.search(CLAUSE_BREAK.test);
    return TRAILING_NEGATION.test.test(stop >= 0 ? rest.slice(0, stop) : rest);
}

/**
 * Matches of a family's variants in a text, filtered by their contexts (`requires`, `unless`,
 * `negatable`), without overlaps. A pattern's named group `hit` narrows the match to that group.
 */
export function findFamily(family: Family, sentences: Sentences): readonly FamilyMatch[] {
    return FAMILY_MATCHES.get(family, sentences.text, () => {
        const found = scanFamily(family, sentences);
        return found.length === 0 ? NO_MATCHES : Object.freeze(found);
    });
}

/** Most strings match nothing: they share one empty result. */
const NO_MATCHES: readonly FamilyMatch[] = Object.freeze([]);

/** What a family finds in a text, by content (text/cache.ts); the sentences are those of the text. */
const FAMILY_MATCHES = new TextCache<Family, readonly FamilyMatch[]>();

function scanFamily(family: Family, sentences: Sentences): FamilyMatch[] {
    const text = sentences.text;
    if (!family.mayOccurIn(text) || (family.any && !family.any.test(text))) return [];
    const found: FamilyMatch[] = [];
    for (const variant of family.variants) {
        for (const regex of variant.regexes) {
            if (!mayMatch(regex, text)) continue;
            for (const m of matchesOf(regex, text)) {
                const [start, end] = m.indices?.groups?.['hit'] ?? [m.index, m.index + m[0].length];
                if (end === start) continue;
                const sentence = sentences.at(start);
                if (!variant.requires.every(r => r.test(sentence.text))) continue;
                if (variant.unless.some(r => r.test(sentence.text))) continue;
                if (variant.negatable && isNegated(text, { sentence, start, end })) continue;
                found.push({ start, end, text: text.slice(start, end), variant, sentence });
            }
        }
    }
    found.sort(byPosition);
    return withoutOverlaps(found);
}

const PROCESSOR = context('processor');
const CONTROLLER = context('controller');

/**
 * Who acts in a sentence at a position: the party named last before it (the first after it if
 * none is named before).
 */
export function actorAt(sentence: Sentence, position: number): 'processor' | 'controller' | undefined {
    const offset = position - sentence.start;
    const named = [
        ...positions(PROCESSOR, sentence.text).map(p => ({ p, who: 'processor' as const })),
        ...positions(CONTROLLER, sentence.text).map(p => ({ p, who: 'controller' as const }))
    ].sort((a, b) => a.p - b.p);
    const before = named.filter(n => n.p < offset);
    return (before[before.length - 1] ?? named[0])?.who;
}

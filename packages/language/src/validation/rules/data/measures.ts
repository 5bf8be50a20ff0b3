import { MEASURES_DATA, OBSOLETE_TECH_DATA } from '../../../data/index.js';
import type { MeasureGroup } from '../../../data/schemas.js';
import * as ast from '../../../generated/ast.js';
import { LANGUAGE_MESSAGES } from '../../../i18n/texts.js';
import type { CheckContext, RuleOwner } from '../../check-module.js';
import { fix } from '../../fixes.js';
import { TextCache } from '../../text/cache.js';
import { compilePattern, compilePatterns, findPatternMatches, isProperty, matchesOf, mayMatch, rangeOf, textTokens, type TextMatch } from '../../text/index.js';
import { namedStandards } from '../../../model-facts.js';
import { deleteMeasure } from './measure-edits.js';
import { measureFix, missingGroups, missingText } from './safeguards.js';
import { isContentToken } from './special-mentions.js';

// The security measures of Bijlage 2: Art. 32 coverage, obsolete technology and unverifiable
// or repeated measures.

const ART32_GROUPS: readonly MeasureGroup[] = MEASURES_DATA.art32.flatMap(part => part.groups);
const OBSOLETE_REPLACEMENTS = OBSOLETE_TECH_DATA.replacements.map((r, i) => ({
    ...r,
    regex: compilePattern(`^(?:${r.match})$`, r.caseSensitive ? 'u' : 'iu', `obsolete-tech.json replacements[${i}]`)
}));
const UNVERIFIABLE = MEASURES_DATA.unverifiable;
const CERTIFICATION = compilePattern(UNVERIFIABLE.certification, 'giu', 'measures.json unverifiable.certification');
const TECHNICAL_CERTIFICATE = compilePattern(UNVERIFIABLE.technicalCertificate, 'giu', 'measures.json unverifiable.technicalCertificate');
const NAMED_STANDARD = compilePattern(UNVERIFIABLE.namedStandard, 'iu', 'measures.json unverifiable.namedStandard');
const USE_CLAIM = compilePattern(UNVERIFIABLE.use, 'iu', 'measures.json unverifiable.use');
const MARKETING = compilePatterns(UNVERIFIABLE.marketing, 'iu', 'measures.json unverifiable.marketing');
const DUPLICATES = UNVERIFIABLE.duplicates;
const SYNONYMS = Object.entries(DUPLICATES.synonyms).map(([canonical, source]) => [canonical, compilePattern(source, 'giu', `measures.json unverifiable.duplicates.synonyms.${canonical}`)] as const);
const IGNORED_WORDS = new Set(DUPLICATES.ignoreWords);

/**
 * DPA-R39: the measures together cover Art. 32(1)(a)-(d); none at all is DPA-R06's case. A
 * `planned` measure is not in place: it covers nothing, and is reported itself (the agreement
 * should say by when it is taken; until then the risk it addresses stays open). An `optional`
 * measure, left to the customer's choice, is not ensured by the processor: likewise.
 */
export function art32Coverage(agreement: ast.Agreement, context: CheckContext): void {
    if (agreement.measures.length === 0) return;
    for (const measure of agreement.measures) {
        if (measure.planned) context.report.rule('DPA-R39', { node: measure, property: 'planned' }, { x: measure.name }, [], { message: 'planned' });
        // An option the customer may leave off (unencrypted mail connections) is not a measure the
        // processor takes: the level appropriate to the risk is its own duty (Art. 32(1), 28(3)(c)).
        if (measure.optional) context.report.rule('DPA-R39', { node: measure, property: 'optional' }, { x: measure.name }, [], { severity: 'warning', message: 'optional' });
    }
    const missing = missingGroups(ART32_GROUPS, agreement.measures);
    if (missing.length === 0) return;
    const needs = [{ groups: missing }];
    context.report.rule('DPA-R39', { node: agreement, property: 'name' }, { x: missingText(needs, context.lang) }, [measureFix(agreement, context.lang, needs)]);
}

/**
 * DPA-R40: obsolete technology named in any text; the fix names its current successor. A name
 * with its abbreviation ("Secure Sockets Layer (SSL)") is replaced as a whole by either fix.
 */
export function obsoleteTech(agreement: ast.Agreement, context: CheckContext): void {
    const { report, lang, document } = context;
    for (const token of textTokens(agreement)) {
        context.checkTime();
        const found = findPatternMatches('DPA-R40', token.text)
            .map(match => ({ match, replacement: OBSOLETE_REPLACEMENTS.find(r => r.regex.test(match.text)) }))
            .filter((f): f is { match: TextMatch; replacement: (typeof OBSOLETE_REPLACEMENTS)[number] } => f.replacement !== undefined);
        const spans = found.map(f => ({ start: f.match.start, end: f.match.end }));
        found.forEach((f, i) => {
            const next = found[i + 1];
            if (!next || next.replacement !== f.replacement) return;
            if (!/^\s*\(\s*$/.test(token.text.slice(f.match.end, next.match.start)) || !/^\s*\)/.test(token.text.slice(next.match.end))) return;
            const end = next.match.end + token.text.slice(next.match.end).indexOf(')') + 1;
            spans[i] = { start: f.match.start, end };
            spans[i + 1] = { start: f.match.start, end };
        });
        found.forEach(({ match, replacement }, i) => {
            const title = LANGUAGE_MESSAGES.text(lang, 'fix.replaceWithQuoted', { text: replacement.replace });
            const edit = { range: rangeOf(document, token, spans[i]!.start, spans[i]!.end), newText: replacement.replace };
            report.rule('DPA-R40', { node: token.node, range: rangeOf(document, token, match.start, match.end) }, { x: match.text }, [fix(title, [edit], true)]);
        });
    }
}

/** The content words of each description (by content: a rebuild reuses them for every unchanged measure). */
const DESCRIPTION_WORDS = new TextCache<typeof SYNONYMS, { readonly words: readonly string[] }>();

/** The content words of a measure description, for comparing descriptions (distinct, in order of appearance). */
export function descriptionWords(description: string | undefined): ReadonlySet<string> {
    // A measure being typed may not have its description yet.
    const found = DESCRIPTION_WORDS.get(SYNONYMS, description ?? '', () => {
        let text = (description ?? '').toLowerCase();
        for (const [canonical, pattern] of SYNONYMS) text = text.replace(pattern, ` ${canonical} `);
        return { words: [...new Set(text.split(/[^\p{L}\p{N}]+/u).filter(w => w && !IGNORED_WORDS.has(w)))] };
    });
    return new Set(found.words);
}

function similarity(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
    if (a.size === 0 || b.size === 0) return 0;
    let common = 0;
    for (const w of a) if (b.has(w)) common++;
    return common / (a.size + b.size - common);
}

/** Slack for the floating-point bounds below: a bound only prunes a pair that surely falls short. */
const EPSILON = 1e-9;

/**
 * For each measure that repeats an earlier one of the same kind (word similarity at least
 * `duplicates.similarity`), the first such earlier measure. Comparing every pair is quadratic in
 * the number of measures; instead each measure is compared only with the earlier ones of its kind
 * that share a word of its prefix (its rarest words, as many as a similar description must
 * share: prefix filtering), and of those only the ones a similar description could be: the index
 * keeps each earlier measure under (word, the word's position in its prefix, its number of
 * words), and a whole bucket is skipped when its size or the words left after the shared one
 * cannot reach the needed overlap (length and positional filtering, as in PPJoin). Each filter
 * only drops pairs that cannot be similar, so the result is exactly the full comparison's
 * (test/language/measure-repeats.test.ts compares them), and a word that many descriptions share
 * ("1" of "TLS 1.2") no longer makes every one of them a candidate of every other.
 */
export function repeatedMeasures(measures: readonly ast.Measure[], checkTime: () => void): Map<ast.Measure, ast.Measure> {
    const threshold = DUPLICATES.similarity;
    const words = measures.map(m => descriptionWords(m.description));
    const frequency = new Map<string, number>();
    for (const set of words) for (const word of set) frequency.set(word, (frequency.get(word) ?? 0) + 1);
    const rarestFirst = (a: string, b: string) => frequency.get(a)! - frequency.get(b)! || (a < b ? -1 : a > b ? 1 : 0);
    /** By kind and word: the earlier measures with the word in their prefix, by (position, size), indices ascending. */
    const index = new Map<string, Map<number, { position: number; size: number; measures: number[] }>>();
    const repeats = new Map<ast.Measure, ast.Measure>();
    measures.forEach((measure, i) => {
        checkTime();
        const own = words[i]!;
        const size = own.size;
        if (size === 0) return; // similarity 0 with everything
        // A set with similarity >= t to this one shares at least ceil(t * size) of its words, so one
        // of its first size - ceil(t * size) + 1 (floor errs on the safe side: a longer prefix).
        const prefix = [...own].sort(rarestFirst).slice(0, size - Math.floor(threshold * size) + 1);
        const keys = prefix.map(word => `${measure.kind}\u0000${word}`);
        let first: number | undefined;
        keys.forEach((key, position) => {
            for (const bucket of index.get(key)?.values() ?? []) {
                const smaller = Math.min(size, bucket.size), larger = Math.max(size, bucket.size);
                if (smaller / larger < threshold - EPSILON) continue;
                // The shared words: this one and at most those after it in both (when it is the first shared word).
                const reachable = 1 + Math.min(size - position - 1, bucket.size - bucket.position - 1);
                if (reachable < (threshold * (size + bucket.size)) / (1 + threshold) - EPSILON) continue;
                for (const j of bucket.measures) {
                    if (first !== undefined && j >= first) break;
                    if (similarity(words[j]!, own) >= threshold) {
                        first = j;
                        break;
                    }
                }
            }
        });
        if (first !== undefined) repeats.set(measure, measures[first]!);
        keys.forEach((key, position) => {
            let buckets = index.get(key);
            if (!buckets) index.set(key, (buckets = new Map()));
            const bucketKey = position * 65_536 + size;
            const bucket = buckets.get(bucketKey);
            if (bucket) bucket.measures.push(i);
            else buckets.set(bucketKey, { position, size, measures: [i] });
        });
    });
    return repeats;
}

/**
 * The repeats of a list of measures, by what they depend on (each measure's kind and description,
 * in order), in the text cache: a rebuild after an edit elsewhere (most edits) finds them without
 * comparing anything.
 */
const REPEATS = new TextCache<typeof DUPLICATES, readonly (readonly [repeat: number, earlier: number])[]>();

function rememberedRepeats(measures: readonly ast.Measure[], checkTime: () => void): Map<ast.Measure, ast.Measure> {
    const signature = JSON.stringify(measures.map(m => [m.kind, m.description ?? null]));
    const pairs = REPEATS.get(DUPLICATES, signature, () => {
        const index = new Map(measures.map((m, i) => [m, i]));
        return [...repeatedMeasures(measures, checkTime)].map(([repeat, earlier]) => [index.get(repeat)!, index.get(earlier)!] as const);
    });
    return new Map(pairs.map(([repeat, earlier]) => [measures[repeat]!, measures[earlier]!]));
}

/**
 * The first certification claim of a text ("ISO-gecertificeerd", "certificering"), not a
 * technical certificate such as an SSL/TLS server certificate: that is a key of a connection,
 * no certification of the organisation's security.
 */
function certificationClaim(text: string): Claim | undefined {
    if (!mayMatch(CERTIFICATION, text)) return undefined;
    const claims = matchesOf(CERTIFICATION, text);
    if (claims.length === 0) return undefined;
    const technical = matchesOf(TECHNICAL_CERTIFICATE, text).map(m => [m.index, m.index + m[0].length] as const);
    for (const m of claims) {
        const end = m.index + m[0].length;
        if (!technical.some(([from, to]) => from < end && m.index < to)) return { index: m.index, text: m[0] };
    }
    return undefined;
}

/** A stretch of a text that a DPA-R53 finding points at. */
interface Claim {
    readonly index: number;
    readonly text: string;
}

/** What DPA-R53 finds in one text, which depends on the text alone. */
interface TextClaims {
    readonly certification?: Claim;
    /** Whether the text names a standard (only looked for where there is a certification claim). */
    readonly standardNamed: boolean;
    readonly marketing?: Claim;
}

function claimOf(match: RegExpExecArray | null): Claim | undefined {
    return match ? { index: match.index, text: match[0] } : undefined;
}

/** The claims of each text, and the use claims of measure descriptions, by content. */
const CLAIMS = new TextCache<typeof UNVERIFIABLE, TextClaims>();
const USE_CLAIMS = new TextCache<RegExp, { readonly use?: Claim }>();

function textClaims(text: string): TextClaims {
    return CLAIMS.get(UNVERIFIABLE, text, () => {
        const certification = certificationClaim(text);
        let marketing: Claim | undefined;
        for (const pattern of MARKETING) {
            if (!mayMatch(pattern, text)) continue;
            marketing = claimOf(pattern.exec(text));
            if (marketing) break;
        }
        return { ...(certification ? { certification } : {}), standardNamed: certification !== undefined && NAMED_STANDARD.test(text), ...(marketing ? { marketing } : {}) };
    });
}

/**
 * DPA-R53: unverifiable measures. A certificate without the standard named (in the measure's
 * `standard` or in the text itself), a marketing claim, or a measure that repeats another of
 * the same kind in other words.
 */
export function unverifiableMeasures(agreement: ast.Agreement, context: CheckContext): void {
    const { report, lang, document } = context;
    for (const token of textTokens(agreement).filter(isContentToken)) {
        context.checkTime();
        const claims = textClaims(token.text);
        const measure = ast.isMeasure(token.node) ? token.node : undefined;
        const certification = claims.certification;
        if (certification && !((measure ? namedStandards(measure).length : 0) > 0 || claims.standardNamed)) {
            const range = rangeOf(document, token, certification.index, certification.index + certification.text.length);
            report.rule('DPA-R53', { node: token.node, range }, { x: LANGUAGE_MESSAGES.text(lang, 'r53.noStandard', { text: certification.text }) });
        }
        const use = measure && isProperty(token, measure, 'description') ? USE_CLAIMS.get(USE_CLAIM, token.text, () => ({ use: claimOf(USE_CLAIM.exec(token.text)) })).use : undefined;
        if (use) {
            report.rule('DPA-R53', { node: token.node, range: rangeOf(document, token, use.index, use.index + use.text.length) }, { x: use.text }, [], { message: 'use' });
        }
        const claim = claims.marketing;
        if (claim) report.rule('DPA-R53', { node: token.node, range: rangeOf(document, token, claim.index, claim.index + claim.text.length) }, { x: claim.text });
    }
    const referenced = new Set(agreement.processings.flatMap(p => p.measures.map(ref => ref.$refText)));
    const repeats = rememberedRepeats(agreement.measures, context.checkTime);
    agreement.measures.forEach(measure => {
        const earlier = repeats.get(measure);
        if (!earlier) return;
        const remove = referenced.has(measure.name) ? undefined : fix(LANGUAGE_MESSAGES.text(lang, 'fix.removeMeasure', { name: measure.name }), [deleteMeasure(measure)]);
        report.rule('DPA-R53', { node: measure, property: 'description' }, { x: LANGUAGE_MESSAGES.text(lang, 'r53.repeats', { name: measure.name, earlier: earlier.name }) }, [remove]);
    });
}

export const owner: RuleOwner = { name: 'measures', rules: ['DPA-R39', 'DPA-R40', 'DPA-R53'] };

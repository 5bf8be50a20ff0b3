import { AstUtils, GrammarUtils, type AstNode, type CstNode, type LangiumDocument } from 'langium';
import type { Position, Range } from 'vscode-languageserver-types';
import * as ast from '../../generated/ast.js';
import { countryAlias, lookupCountry, type CountryInfo } from '../../countries.js';
import { compilePattern, findPatternMatches, type TextMatch } from '../../text-scan.js';
import { DATA_LABELS_DATA, MEASURES_DATA, OBSOLETE_TECH_DATA, SPECIAL_DATA } from '../../data/index.js';
import type { MeasureGroup } from '../../data/schemas.js';
import { namedMembers } from '../../names.js';
import type { CheckModule } from '../check-module.js';
import { fix, insertBeforeClosingBrace, type Fix, type FixEdit } from '../fixes.js';
import type { Reporter } from '../report.js';
import { textTokens } from './text.js';

type Lang = 'nl' | 'en';
type Localised = Readonly<Record<Lang, string>>;
type TextToken = ReturnType<typeof textTokens>[number];

// ---------------------------------------------------------------------------------------------
// The data files, typed and compiled once
// ---------------------------------------------------------------------------------------------

const MEASURES = MEASURES_DATA;
const SPECIAL = SPECIAL_DATA;
const OBSOLETE = OBSOLETE_TECH_DATA;
const LABELS = DATA_LABELS_DATA;

const ART32_GROUPS: readonly MeasureGroup[] = MEASURES.art32.flatMap(part => part.groups);
const FLAG_WORDS = SPECIAL.flags.map(f => ({ ...f, regex: compilePattern(f.words, 'iu', `special-data.json flags.${f.flag}`) }));
const SPECIAL_IGNORE = SPECIAL.ignore.map((source, i) => compilePattern(source, 'giu', `special-data.json ignore[${i}]`));
const HOSTING = compilePattern(SPECIAL.hostedContent.hosting, 'iu', 'special-data.json hostedContent.hosting');
const HOSTED_CONTENT = compilePattern(SPECIAL.hostedContent.content, 'giu', 'special-data.json hostedContent.content');
const HOSTED_NOTED = compilePattern(SPECIAL.hostedContent.noted, 'iu', 'special-data.json hostedContent.noted');
const OBSOLETE_REPLACEMENTS = OBSOLETE.replacements.map((r, i) => ({
    ...r,
    regex: compilePattern(`^(?:${r.match})$`, r.caseSensitive ? 'u' : 'iu', `obsolete-tech.json replacements[${i}]`)
}));
const LABEL_SUGGESTIONS = new Map(LABELS.entries.flatMap(e => e.labels.map(label => [label, e.suggest] as const)));
const HEALTH_STANDARDS = new Set(MEASURES.healthStandards);
const CERTIFICATION = compilePattern(MEASURES.unverifiable.certification, 'iu', 'measures.json unverifiable.certification');
const NAMED_STANDARD = compilePattern(MEASURES.unverifiable.namedStandard, 'iu', 'measures.json unverifiable.namedStandard');
const MARKETING = MEASURES.unverifiable.marketing.map((source, i) => compilePattern(source, 'iu', `measures.json unverifiable.marketing[${i}]`));
const DUPLICATES = MEASURES.unverifiable.duplicates;
const SYNONYMS = Object.entries(DUPLICATES.synonyms).map(([canonical, source]) => [canonical, compilePattern(source, 'giu', `measures.json unverifiable.duplicates.synonyms.${canonical}`)] as const);
const IGNORED_WORDS = new Set(DUPLICATES.ignoreWords);

function kindLabel(kind: string, lang: Lang): string {
    return MEASURES.kinds[kind]?.[lang] ?? kind;
}

function groupLabel(group: MeasureGroup, lang: Lang): string {
    return group[lang] ?? group.kinds.map(kind => kindLabel(kind, lang)).join(lang === 'nl' ? ' of ' : ' or ');
}

// ---------------------------------------------------------------------------------------------
// What the agreement holds, computed once per validation
// ---------------------------------------------------------------------------------------------

/** The agreement facts the rules of this module share. */
interface Facts {
    readonly agreement: ast.Agreement;
    readonly lang: Lang;
    readonly report: Reporter;
    readonly document: LangiumDocument;
    /** Every name declared in the agreement (one namespace). */
    readonly names: ReadonlySet<string>;
    /** The processing activities that use each data category. */
    readonly users: ReadonlyMap<ast.DataCategory, readonly ast.Processing[]>;
    /** Stops the check once the validation's time budget is spent (see CheckContext). */
    readonly checkTime: () => void;
}

function collectFacts(agreement: ast.Agreement, lang: Lang, report: Reporter, document: LangiumDocument, checkTime: () => void): Facts {
    const named: { name: string }[] = [agreement, ...namedMembers(agreement)];
    const users = new Map<ast.DataCategory, ast.Processing[]>();
    for (const processing of agreement.processings) {
        for (const ref of processing.data) {
            const category = ref.ref;
            if (!category) continue;
            const list = users.get(category) ?? [];
            if (!list.includes(processing)) list.push(processing);
            users.set(category, list);
        }
    }
    return { agreement, lang, report, document, names: new Set(named.map(n => n.name)), users, checkTime };
}

/**
 * The measures that protect a processing activity: those it lists, or, when it lists none, all
 * measures of the agreement (Bijlage 2 then applies as a whole).
 */
function effectiveMeasures(processing: ast.Processing, agreement: ast.Agreement): ast.Measure[] {
    if (processing.measures.length === 0) return agreement.measures;
    return processing.measures.map(ref => ref.ref).filter((m): m is ast.Measure => m !== undefined);
}

function missingGroups(groups: readonly MeasureGroup[], measures: readonly ast.Measure[]): MeasureGroup[] {
    return groups.filter(group => !measures.some(m => group.kinds.includes(m.kind)));
}

/** A place that lacks measures: a processing activity, or the agreement as a whole. */
interface MeasureNeed {
    readonly processing?: ast.Processing;
    readonly groups: readonly MeasureGroup[];
}

/**
 * The safeguard groups a data category lacks, per processing activity that uses it (or for the
 * agreement, when no activity uses it yet).
 */
function safeguardNeeds(facts: Facts, category: ast.DataCategory, groups: readonly MeasureGroup[]): MeasureNeed[] {
    const processings = facts.users.get(category) ?? [];
    if (processings.length === 0) {
        const missing = missingGroups(groups, facts.agreement.measures);
        return missing.length ? [{ groups: missing }] : [];
    }
    return processings
        .map(processing => ({ processing, groups: missingGroups(groups, effectiveMeasures(processing, facts.agreement)) }))
        .filter(need => need.groups.length > 0);
}

function uniqueGroups(needs: readonly MeasureNeed[]): MeasureGroup[] {
    const groups: MeasureGroup[] = [];
    for (const need of needs) for (const group of need.groups) if (!groups.includes(group)) groups.push(group);
    return groups;
}

function missingText(needs: readonly MeasureNeed[], lang: Lang): string {
    return uniqueGroups(needs).map(group => groupLabel(group, lang)).join(', ');
}

// ---------------------------------------------------------------------------------------------
// Quick-fix edits
// ---------------------------------------------------------------------------------------------

/** The line ending of the last document asked about (each fix asks again; the search reads the whole text). */
let lastEnding: { text: string; eol: string } | undefined;

function lineEnding(text: string): string {
    if (lastEnding?.text !== text) lastEnding = { text, eol: text.includes('\r\n') ? '\r\n' : '\n' };
    return lastEnding.eol;
}

/** The line of `text` around `offset`, without its line break (found from the offset: splitting a large document per fix would be quadratic). */
function lineAround(text: string, offset: number): string {
    const start = offset === 0 ? 0 : text.lastIndexOf('\n', offset - 1) + 1;
    const end = text.indexOf('\n', offset);
    return text.slice(start, end === -1 ? text.length : end).replace(/\r$/, '');
}

/** Inserts declarations on new lines after the last measure (before the closing brace if none). */
function insertAfterMeasures(agreement: ast.Agreement, lines: readonly string[]): FixEdit | undefined {
    const cst = agreement.measures.at(-1)?.$cstNode;
    if (!cst) return insertBeforeClosingBrace(agreement, lines);
    const text = cst.root.fullText;
    const eol = lineEnding(text);
    const indent = /^\s*/.exec(lineAround(text, cst.offset))?.[0] ?? '';
    const endLine = lineAround(text, cst.end);
    const rest = endLine.slice(cst.range.end.character);
    // After a trailing comment too, so that the comment stays with its measure.
    const position: Position = /^\s*(\/\/.*)?$/.test(rest) ? { line: cst.range.end.line, character: endLine.length } : cst.range.end;
    return { range: { start: position, end: position }, newText: lines.map(line => `${eol}${indent}${line}`).join('') };
}

/** Appends measure names to the `measures` list of a processing activity. */
function appendMeasures(processing: ast.Processing, names: readonly string[]): FixEdit | undefined {
    const last = GrammarUtils.findNodesForProperty(processing.$cstNode, 'measures').at(-1);
    if (!last) return undefined;
    return { range: { start: last.range.end, end: last.range.end }, newText: names.map(n => `, ${n}`).join('') };
}

/**
 * The fix that supplies the missing measure groups: an existing measure of a fitting kind is
 * added to the activities that lack it; otherwise a stub measure is declared (only when its name
 * is free) and added to them. Activities without a `measures` list use every measure already.
 */
function measureFix(facts: Facts, needs: readonly MeasureNeed[]): Fix | undefined {
    const resolved = new Map<MeasureGroup, string>();
    const stubs: string[] = [];
    for (const group of uniqueGroups(needs)) {
        const existing = facts.agreement.measures.find(m => group.kinds.includes(m.kind));
        if (existing) {
            resolved.set(group, existing.name);
            continue;
        }
        const stub = MEASURES.kinds[group.stub]?.stub;
        if (!stub || facts.names.has(stub.name) || stubs.some(s => s.startsWith(`measure ${stub.name} `))) return undefined;
        stubs.push(`measure ${stub.name} ${stub.type} ${group.stub} ${JSON.stringify(stub.description)}`);
        resolved.set(group, stub.name);
    }
    const edits: (FixEdit | undefined)[] = [];
    if (stubs.length) edits.push(insertAfterMeasures(facts.agreement, stubs));
    for (const need of needs) {
        if (!need.processing || need.processing.measures.length === 0) continue;
        const listed = new Set(need.processing.measures.map(ref => ref.$refText));
        const names = [...new Set(need.groups.map(g => resolved.get(g)!))].filter(n => !listed.has(n));
        if (names.length) edits.push(appendMeasures(need.processing, names));
    }
    const names = [...new Set(resolved.values())];
    const title = facts.lang === 'nl'
        ? `${names.length === 1 ? 'Maatregel' : 'Maatregelen'} toevoegen: ${names.join(', ')}`
        : `Add ${names.length === 1 ? 'measure' : 'measures'}: ${names.join(', ')}`;
    return fix(title, edits);
}

// ---------------------------------------------------------------------------------------------
// Text helpers
// ---------------------------------------------------------------------------------------------

function tokenRange(document: LangiumDocument, token: TextToken, start: number, end: number): Range {
    return {
        start: document.textDocument.positionAt(token.offset + start),
        end: document.textDocument.positionAt(token.offset + end)
    };
}

/** The whole word a match is part of (`Medisch` in `Medische`). */
function wordAt(text: string, match: TextMatch): string {
    let start = match.start;
    let end = match.end;
    while (start > 0 && /[\p{L}\p{N}]/u.test(text[start - 1]!)) start--;
    while (end < text.length && /[\p{L}\p{N}]/u.test(text[end]!)) end++;
    return text.slice(start, end);
}

function overlapsAny(match: TextMatch, text: string, patterns: readonly RegExp[]): boolean {
    return patterns.some(pattern => {
        pattern.lastIndex = 0;
        return [...text.matchAll(pattern)].some(m => m.index < match.end && match.start < m.index + m[0].length);
    });
}

/** Whether a string token is the given property of its node. */
function isProperty(token: TextToken, node: AstNode, property: string): boolean {
    return GrammarUtils.findNodesForProperty(node.$cstNode, property).some((cst: CstNode) => cst.offset === token.cst.offset);
}

/**
 * Text that describes the processing (labels, purposes, operations, measures, clauses, services),
 * not the names and addresses of parties and sub-processors, the court, template field labels or
 * a data category's legal basis.
 */
function isContentToken(token: TextToken): boolean {
    const node = token.node;
    if (AstUtils.getContainerOfType(node, n => ast.isParty(n) || ast.isTemplateParameter(n) || ast.isMainAgreement(n))) return false;
    if (ast.isAgreement(node) || ast.isCourt(node)) return false;
    if (ast.isDataCategory(node)) return isProperty(token, node, 'label');
    if (ast.isSubProcessor(node)) return isProperty(token, node, 'service');
    return true;
}

/** The data flag a match of the R29 pattern points to, unless the context says otherwise. */
function specialFlagOf(text: string, match: TextMatch): { flag: string; label: Localised; word: string } | undefined {
    if (overlapsAny(match, text, SPECIAL_IGNORE)) return undefined;
    const word = wordAt(text, match);
    const entry = FLAG_WORDS.find(f => f.regex.test(word));
    return entry ? { flag: entry.flag, label: entry.label, word } : undefined;
}

function flagsOf(category: ast.DataCategory): string[] {
    return [...category.special, ...(category.criminal ? ['criminal'] : []), ...(category.bsn ? ['bsn'] : [])];
}

// ---------------------------------------------------------------------------------------------
// DPA-R25, R26, R27, R28, R42: flagged data and its safeguards
// ---------------------------------------------------------------------------------------------

function countryOf(code: string | undefined): CountryInfo | undefined {
    if (!code) return undefined;
    return lookupCountry(code) ?? lookupCountry(countryAlias(code) ?? '');
}

/**
 * DPA-R25: a BSN only with the controller's statutory basis (UAVG art. 46; error); as a warning,
 * BSNs that leave the EEA (a location or sub-processor of an activity that uses them) or lack
 * encryption and logging.
 */
function checkBsn(facts: Facts, category: ast.DataCategory): void {
    const { report, lang } = facts;
    if (!category.basis?.trim()) {
        report.rule('DPA-R25', { node: category, property: 'bsn' }, { x: lang === 'nl' ? 'geen grondslag vermeld' : 'no basis stated' });
    }
    for (const processing of facts.users.get(category) ?? []) {
        const title = processing.title || processing.name;
        const outside = (country: CountryInfo) => lang === 'nl'
            ? `verwerking "${title}" brengt het BSN naar ${country.nl} (${country.code}), buiten de EER`
            : `processing "${title}" takes the BSN to ${country.en} (${country.code}), outside the EEA`;
        for (const location of processing.locations) {
            const country = countryOf(location.country);
            if (country && country.status !== 'eea') {
                report.rule('DPA-R25', { node: location, property: 'country' }, { x: outside(country) }, [], { severity: 'warning' });
            }
        }
        processing.subprocessors.forEach((ref, index) => {
            const country = countryOf(ref.ref?.country);
            if (country && country.status !== 'eea') {
                report.rule('DPA-R25', { node: processing, property: 'subprocessors', index }, { x: outside(country) }, [], { severity: 'warning' });
            }
        });
    }
    const needs = safeguardNeeds(facts, category, MEASURES.safeguards.bsn);
    if (needs.length) {
        report.rule('DPA-R25', { node: category, property: 'bsn' }, { x: missingText(needs, lang) }, [measureFix(facts, needs)], { severity: 'warning' });
    }
}

/** DPA-R26: Art. 9 data needs encryption, need-to-know access control and logging. */
function checkSpecialSafeguards(facts: Facts, category: ast.DataCategory): void {
    if (category.special.length === 0) return;
    const needs = safeguardNeeds(facts, category, MEASURES.safeguards.special);
    if (needs.length) {
        facts.report.rule('DPA-R26', { node: category, property: 'special', index: 0 }, { x: missingText(needs, facts.lang) }, [measureFix(facts, needs)]);
    }
}

function normaliseStandard(standard: string): string {
    return standard.toUpperCase().replace(/\/\s*IEC/g, '').replace(/:\s*\d{4}\b/g, '').replace(/[\s-]/g, '');
}

/** DPA-R27: health data needs a measure under NEN 7510 or at least ISO 27001 (agreement-wide). */
function checkHealthStandard(facts: Facts, categories: readonly ast.DataCategory[]): void {
    const health = categories.filter(c => c.special.includes('health'));
    if (health.length === 0) return;
    const covered = facts.agreement.measures.some(m => m.standards.some(s => HEALTH_STANDARDS.has(normaliseStandard(s))));
    if (covered) return;
    for (const category of health) {
        facts.report.rule('DPA-R27', { node: category, property: 'special', index: category.special.indexOf('health') });
    }
}

/** DPA-R28: criminal-offence data needs a UAVG art. 31-33 ground, restricted access and logging. */
function checkCriminal(facts: Facts, category: ast.DataCategory): void {
    if (!category.criminal) return;
    const { report, lang } = facts;
    if (!category.basis?.trim()) {
        report.rule('DPA-R28', { node: category, property: 'criminal' }, { x: lang === 'nl' ? 'geen grondslag (UAVG art. 31-33)' : 'no ground (UAVG art. 31-33)' });
    }
    const needs = safeguardNeeds(facts, category, MEASURES.safeguards.criminal);
    if (needs.length) {
        report.rule('DPA-R28', { node: category, property: 'criminal' }, { x: missingText(needs, lang) }, [measureFix(facts, needs)]);
    }
}

/** DPA-R42: credentials need MFA and secret storage (a vault or encryption). */
function checkCredentials(facts: Facts, category: ast.DataCategory): void {
    if (!category.credentials) return;
    const needs = safeguardNeeds(facts, category, MEASURES.safeguards.credentials);
    if (needs.length) {
        facts.report.rule('DPA-R42', { node: category, property: 'credentials' }, { x: missingText(needs, facts.lang) }, [measureFix(facts, needs)]);
    }
}

// ---------------------------------------------------------------------------------------------
// DPA-R29: special data mentioned but not flagged
// ---------------------------------------------------------------------------------------------

function mentionText(word: string, label: Localised, lang: Lang): string {
    return `"${word}" (${label[lang]})`;
}

/**
 * DPA-R29. A data category whose label names special data (the R29 text pattern) without the
 * matching flag is reported on its label, with a fix that adds the flag. Other text (purposes,
 * operations, measures, clauses) that names special data while no category carries that flag
 * is reported where it says so. A processing activity that hosts or stores mail, files or
 * backups may hold Art. 9 data without anyone knowing: unless one of its data categories is
 * flagged or its text notes it, that is reported too.
 */
function checkSpecialMentions(facts: Facts, tokens: readonly TextToken[]): void {
    const { report, lang, document, agreement } = facts;
    const present = new Set(agreement.dataCategories.flatMap(flagsOf));
    const flaggedByLabel = new Set<string>();
    const contentTokens = tokens.filter(isContentToken);

    for (const token of contentTokens) {
        facts.checkTime();
        const category = token.node;
        if (!ast.isDataCategory(category)) continue;
        const own = new Set(flagsOf(category));
        const missing: { match: TextMatch; flag: string; label: Localised; word: string }[] = [];
        for (const match of findPatternMatches('DPA-R29', token.text)) {
            const found = specialFlagOf(token.text, match);
            if (found && !own.has(found.flag) && !missing.some(m => m.flag === found.flag)) missing.push({ match, ...found });
        }
        const first = missing[0];
        if (!first) continue;
        const flags = missing.map(m => m.flag);
        flags.forEach(f => flaggedByLabel.add(f));
        const end = category.$cstNode?.range.end;
        const title = lang === 'nl' ? `Markeren als ${flags.join(', ')}` : `Flag as ${flags.join(', ')}`;
        report.rule('DPA-R29', { node: category, range: tokenRange(document, token, first.match.start, first.match.end) }, { x: mentionText(first.word, first.label, lang) },
            [end ? fix(title, [{ range: { start: end, end }, newText: ` ${flags.join(' ')}` }], true) : undefined]);
    }

    for (const token of contentTokens) {
        facts.checkTime();
        if (ast.isDataCategory(token.node)) continue;
        const reported = new Set<string>();
        for (const match of findPatternMatches('DPA-R29', token.text)) {
            const found = specialFlagOf(token.text, match);
            if (!found || present.has(found.flag) || flaggedByLabel.has(found.flag) || reported.has(found.flag)) continue;
            reported.add(found.flag);
            report.rule('DPA-R29', { node: token.node, range: tokenRange(document, token, match.start, match.end) }, { x: mentionText(found.word, found.label, lang) });
        }
    }

    // The tokens of each node, found once (filtering all tokens per activity would be quadratic).
    const tokensOf = new Map<AstNode, TextToken[]>();
    for (const token of contentTokens) {
        const list = tokensOf.get(token.node);
        if (list) list.push(token);
        else tokensOf.set(token.node, [token]);
    }
    for (const processing of agreement.processings) {
        facts.checkTime();
        const categories = processing.data.map(ref => ref.ref).filter((c): c is ast.DataCategory => c !== undefined);
        if (categories.some(c => c.special.length > 0)) continue;
        const own = (tokensOf.get(processing) ?? []).filter(t => isProperty(t, processing, 'title') || isProperty(t, processing, 'purposes'));
        const described = [...own.map(t => t.text), ...categories.map(c => c.label)].join('\n');
        if (!HOSTING.test(described) || HOSTED_NOTED.test(described)) continue;
        for (const token of own) {
            HOSTED_CONTENT.lastIndex = 0;
            const m = HOSTED_CONTENT.exec(token.text);
            if (!m) continue;
            report.rule('DPA-R29', { node: processing, range: tokenRange(document, token, m.index, m.index + m[0].length) },
                { x: mentionText(m[0], SPECIAL.hostedContent.label, lang) });
            break;
        }
    }
}

// ---------------------------------------------------------------------------------------------
// DPA-R39, R40, R53, R57: measures and labels
// ---------------------------------------------------------------------------------------------

/** DPA-R39: the measures together cover Art. 32(1)(a)-(d); none at all is DPA-R06's case. */
function checkArt32(facts: Facts): void {
    const { agreement, lang } = facts;
    if (agreement.measures.length === 0) return;
    const missing = missingGroups(ART32_GROUPS, agreement.measures);
    if (missing.length === 0) return;
    const needs = [{ groups: missing }];
    facts.report.rule('DPA-R39', { node: agreement, property: 'name' }, { x: missingText(needs, lang) }, [measureFix(facts, needs)]);
}

/**
 * DPA-R40: obsolete technology named in any text; the fix names its current successor. A name
 * with its abbreviation ("Secure Sockets Layer (SSL)") is replaced as a whole by either fix.
 */
function checkObsoleteTech(facts: Facts, tokens: readonly TextToken[]): void {
    const { report, lang, document } = facts;
    for (const token of tokens) {
        facts.checkTime();
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
            const title = lang === 'nl' ? `Vervangen door "${replacement.replace}"` : `Replace with "${replacement.replace}"`;
            const edit = { range: tokenRange(document, token, spans[i]!.start, spans[i]!.end), newText: replacement.replace };
            report.rule('DPA-R40', { node: token.node, range: tokenRange(document, token, match.start, match.end) }, { x: match.text }, [fix(title, [edit], true)]);
        });
    }
}

/** The content words of a measure description, for comparing descriptions. */
function descriptionWords(description: string | undefined): Set<string> {
    // A measure being typed may not have its description yet.
    let text = (description ?? '').toLowerCase();
    for (const [canonical, pattern] of SYNONYMS) text = text.replace(pattern, ` ${canonical} `);
    return new Set(text.split(/[^\p{L}\p{N}]+/u).filter(w => w && !IGNORED_WORDS.has(w)));
}

function similarity(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
    if (a.size === 0 || b.size === 0) return 0;
    const common = [...a].filter(w => b.has(w)).length;
    return common / (a.size + b.size - common);
}

/**
 * For each measure that repeats an earlier one of the same kind (word similarity at least
 * `duplicates.similarity`), the first such earlier measure. Comparing every pair is quadratic in
 * the number of measures; instead each measure is compared only with the earlier ones that share
 * a word of its prefix (its rarest words, as many as a similar description must share: prefix
 * filtering, which finds exactly the pairs the full comparison finds).
 */
function repeatedMeasures(measures: readonly ast.Measure[], checkTime: () => void): Map<ast.Measure, ast.Measure> {
    const threshold = DUPLICATES.similarity;
    const words = measures.map(m => descriptionWords(m.description));
    const frequency = new Map<string, number>();
    for (const set of words) for (const word of set) frequency.set(word, (frequency.get(word) ?? 0) + 1);
    const rarestFirst = (a: string, b: string) => frequency.get(a)! - frequency.get(b)! || (a < b ? -1 : a > b ? 1 : 0);
    /** The earlier measures (indices, ascending) with each word in their prefix. */
    const index = new Map<string, number[]>();
    const repeats = new Map<ast.Measure, ast.Measure>();
    measures.forEach((measure, i) => {
        checkTime();
        const own = words[i]!;
        if (own.size === 0) return; // similarity 0 with everything
        // A set with similarity >= t to this one shares at least ceil(t * size) of its words, so one
        // of its first size - ceil(t * size) + 1 (floor errs on the safe side: a longer prefix).
        const prefix = [...own].sort(rarestFirst).slice(0, own.size - Math.floor(threshold * own.size) + 1);
        let first: number | undefined;
        for (const word of prefix) {
            for (const j of index.get(word) ?? []) {
                if (first !== undefined && j >= first) break;
                if (measures[j]!.kind === measure.kind && similarity(words[j]!, own) >= threshold) first = j;
            }
        }
        if (first !== undefined) repeats.set(measure, measures[first]!);
        for (const word of prefix) {
            const list = index.get(word);
            if (list) list.push(i);
            else index.set(word, [i]);
        }
    });
    return repeats;
}

/** Deletes a measure's line (its node only when it shares the line with other text). */
function deleteMeasure(measure: ast.Measure): FixEdit | undefined {
    const cst = measure.$cstNode;
    if (!cst) return undefined;
    const text = cst.root.fullText;
    const before = lineAround(text, cst.offset).slice(0, cst.range.start.character);
    const after = lineAround(text, cst.end).slice(cst.range.end.character);
    if (before.trim() === '' && after.trim() === '') {
        return { range: { start: { line: cst.range.start.line, character: 0 }, end: { line: cst.range.end.line + 1, character: 0 } }, newText: '' };
    }
    return { range: cst.range, newText: '' };
}

/**
 * DPA-R53: unverifiable measures. A certificate without the standard named (in the measure's
 * `standard` or in the text itself), a marketing claim, or a measure that repeats another of
 * the same kind in other words.
 */
function checkUnverifiable(facts: Facts, tokens: readonly TextToken[]): void {
    const { report, lang, document, agreement } = facts;
    for (const token of tokens.filter(isContentToken)) {
        facts.checkTime();
        const certification = CERTIFICATION.exec(token.text);
        const measure = ast.isMeasure(token.node) ? token.node : undefined;
        const standardNamed = (measure?.standards.length ?? 0) > 0 || NAMED_STANDARD.test(token.text);
        if (certification && !standardNamed) {
            const range = tokenRange(document, token, certification.index, certification.index + certification[0].length);
            report.rule('DPA-R53', { node: token.node, range }, { x: `${certification[0]}${lang === 'nl' ? ' (geen norm genoemd)' : ' (no standard named)'}` });
        }
        for (const pattern of MARKETING) {
            const claim = pattern.exec(token.text);
            if (!claim) continue;
            report.rule('DPA-R53', { node: token.node, range: tokenRange(document, token, claim.index, claim.index + claim[0].length) }, { x: claim[0] });
            break;
        }
    }
    const referenced = new Set(agreement.processings.flatMap(p => p.measures.map(ref => ref.$refText)));
    const repeats = repeatedMeasures(agreement.measures, facts.checkTime);
    agreement.measures.forEach(measure => {
        const earlier = repeats.get(measure);
        if (!earlier) return;
        const title = lang === 'nl' ? `Maatregel ${measure.name} verwijderen` : `Remove measure ${measure.name}`;
        const remove = referenced.has(measure.name) ? undefined : fix(title, [deleteMeasure(measure)]);
        report.rule('DPA-R53', { node: measure, property: 'description' },
            { x: lang === 'nl' ? `${measure.name} (herhaalt ${earlier.name})` : `${measure.name} (repeats ${earlier.name})` }, [remove]);
    });
}

/**
 * The label without a parenthesis at its end ("Klantgegevens (CRM)" → "Klantgegevens "): from the
 * first "(" after the last ")" before the closing one. What `/\([^)]*\)\s*$/` removes, in one
 * pass: that pattern retries at every "(" and is quadratic on a long run of them.
 */
function withoutTrailingParenthesis(label: string): string {
    const trimmed = label.trimEnd();
    if (!trimmed.endsWith(')')) return label;
    const close = trimmed.length - 1;
    const open = label.indexOf('(', close === 0 ? 0 : label.lastIndexOf(')', close - 1) + 1);
    return open !== -1 && open < close ? label.slice(0, open) : label;
}

/** DPA-R57: a data category labelled with a purpose or an asset instead of a type of data. */
function checkDataLabel(facts: Facts, category: ast.DataCategory): void {
    if (category.label === undefined) return; // still being typed
    const key = withoutTrailingParenthesis(category.label.toLowerCase()).trim();
    const suggestion = LABEL_SUGGESTIONS.get(key);
    if (!suggestion) return;
    const label = GrammarUtils.findNodeForProperty(category.$cstNode, 'label');
    const title = facts.lang === 'nl' ? `Hernoemen naar "${suggestion}"` : `Rename to "${suggestion}"`;
    facts.report.rule('DPA-R57', { node: category, property: 'label' }, { x: category.label, y: suggestion },
        [label ? fix(title, [{ range: label.range, newText: JSON.stringify(suggestion) }], true) : undefined]);
}

// ---------------------------------------------------------------------------------------------

function checkAgreement(agreement: ast.Agreement, lang: Lang, report: Reporter, document: LangiumDocument, checkTime: () => void): void {
    const facts = collectFacts(agreement, lang, report, document, checkTime);
    const tokens = textTokens(agreement);
    for (const category of agreement.dataCategories) {
        checkTime();
        if (category.bsn) checkBsn(facts, category);
        checkSpecialSafeguards(facts, category);
        checkCriminal(facts, category);
        checkCredentials(facts, category);
        checkDataLabel(facts, category);
    }
    checkHealthStandard(facts, agreement.dataCategories);
    checkSpecialMentions(facts, tokens);
    checkArt32(facts);
    checkObsoleteTech(facts, tokens);
    checkUnverifiable(facts, tokens);
}

/** Rules on personal data and security measures. */
export const dataModule: CheckModule = {
    name: 'data',
    rules: ['DPA-R25', 'DPA-R26', 'DPA-R27', 'DPA-R28', 'DPA-R29', 'DPA-R39', 'DPA-R40', 'DPA-R42', 'DPA-R53', 'DPA-R57'],
    checks: {
        Agreement: (agreement, { report, lang, document, checkTime }) => checkAgreement(agreement, lang, report, document, checkTime)
    }
};

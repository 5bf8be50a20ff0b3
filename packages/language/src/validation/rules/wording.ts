import type { LangiumDocument } from 'langium';
import { REPLACEMENTS_DATA, WORDING_DATA } from '../../data/index.js';
import type { WordingVariant } from '../../data/schemas.js';
import * as ast from '../../generated/ast.js';
import { compilePattern, withoutOverlaps, type TextMatch } from '../../text-scan.js';
import type { CheckContext, CheckModule } from '../check-module.js';
import { fix, type Fix, type FixEdit } from '../fixes.js';
import type { Reporter } from '../report.js';
import { rangeOf, replaceInToken, ReplacementTable, textTokens, type TextToken } from './text.js';

// Heuristics on the agreement's own wording: custom clause titles and paragraphs and, per rule,
// other free text (titles, labels, purposes, measure descriptions). The patterns, contexts and
// labels are data (data/wording.json), the replacements of the quick fixes too
// (data/replacements.json); the code decides which text each rule reads and which of two rules
// a match belongs to. Every regular expression is compiled once, when the module loads.

type Lang = 'nl' | 'en';
type Label = Readonly<Record<Lang, string>>;

// ---------------------------------------------------------------------------------------------
// The data
// ---------------------------------------------------------------------------------------------

const DATA = WORDING_DATA;

/** A context of the data: `test` for presence, `all` (global) to find where it occurs. */
interface Context {
    readonly test: RegExp;
    readonly all: RegExp;
}

const CONTEXTS = new Map<string, Context>(
    Object.entries(DATA.context).map(([name, source]) => [name, {
        test: compilePattern(source, 'iu', `wording.json context.${name}`),
        all: compilePattern(source, 'giu', `wording.json context.${name}`)
    }])
);

function context(name: string): Context {
    const found = CONTEXTS.get(name);
    if (!found) throw new Error(`Unknown wording context ${name}`);
    return found;
}

interface Variant {
    readonly id: string;
    readonly regexes: readonly RegExp[];
    readonly label?: Label;
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
interface Family {
    readonly variants: readonly Variant[];
    readonly any?: RegExp;
}

function compile(variants: readonly WordingVariant[], origin: string): Family {
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

const R04 = compile(DATA['DPA-R04'], 'DPA-R04');
const VAGUE = compile(DATA.vagueDeadlines, 'vagueDeadlines');
const R24 = compile(DATA['DPA-R24'], 'DPA-R24');
const R32 = compile(DATA['DPA-R32'], 'DPA-R32');
const R41 = compile(DATA['DPA-R41'], 'DPA-R41');
const R45 = compile(DATA['DPA-R45'], 'DPA-R45');
const R46 = compile(DATA['DPA-R46'], 'DPA-R46');
const R52 = compile(DATA['DPA-R52'], 'DPA-R52');
const R54 = compile(DATA['DPA-R54'], 'DPA-R54');
const R59 = compile(DATA['DPA-R59'], 'DPA-R59');
const R60 = compile(DATA['DPA-R60'], 'DPA-R60');

const NEGATION = context('negation');
const BREACH = context('breach');
const DELETION = context('deletion');
const NOTIFY = context('notify');
const SECURITY = context('security');
const STATUTORY_ASSISTANCE = context('statutoryAssistance');
const PROCESSOR_FAULT = context('processorFault');
const PERSONAL_DATA = context('personalData');
const DEFINITIONS = context('definitions');
const AGREEMENT_OBJECT = context('agreementObject');
const PROCESSOR = context('processor');
const CONTROLLER = context('controller');
const DATA_SUBJECTS = context('dataSubjects');
const SENTENCE_END = compilePattern(DATA.sentenceEnd, 'gu', 'wording.json sentenceEnd');
const ROLE_NOUNS = new Set(DATA.roleNouns.words);
const DOUBLED_ALLOWED = new Set(DATA.doubledAllowed);
const OWN_NUMBERING_TITLE = compilePattern(DATA.ownNumbering.title, 'u', 'wording.json ownNumbering.title');
const OWN_NUMBERING_PARAGRAPH = compilePattern(DATA.ownNumbering.paragraph, 'u', 'wording.json ownNumbering.paragraph');

const REPLACEMENTS = {
    r24: new ReplacementTable(REPLACEMENTS_DATA['DPA-R24'], 'replacements.json DPA-R24'),
    r46: new ReplacementTable(REPLACEMENTS_DATA['DPA-R46'], 'replacements.json DPA-R46'),
    r52: new ReplacementTable(REPLACEMENTS_DATA['DPA-R52'], 'replacements.json DPA-R52'),
    r59: new ReplacementTable(REPLACEMENTS_DATA['DPA-R59'], 'replacements.json DPA-R59')
};

/** Internal cross-references: "artikel 5", "art. 5.2", "bijlage 2". */
const ARTICLE_REFERENCE = /(?<!\p{L})(?:artikel|art\.)\s*(\d+)(?:\.(\d+))?(?![\d\p{L}])/giu;
const ANNEX_REFERENCE = /(?<!\p{L})bijlage\s+(\d+)(?![\d\p{L}])/giu;
/** What follows a reference to another instrument: "artikel 28 lid 3 AVG", "artikel 7:454 BW", "artikel 4 van de Hoofdovereenkomst". */
const EXTERNAL_REFERENCE = /^(?:\s*(?:,\s*)?(?:lid|sub|onder)\s+[\da-z]+)*\s*(?:,\s*)?(?::\d|(?:van|uit)\s+(?:de|het|der)\s+(?!(?:deze|verwerkersovereenkomst|bijlage)(?!\p{L}))|der\s|(?:AVG|UAVG|GDPR|BW|AWR|Wbp|Awb|Sr|Rv|SCC)(?!\p{L})|\p{L}*(?:wet|besluit|verordening|richtlijn|code)(?!\p{L})|\()/iu;

// ---------------------------------------------------------------------------------------------
// Text, sentences, matches
// ---------------------------------------------------------------------------------------------

interface Sentence {
    readonly start: number;
    readonly end: number;
    readonly text: string;
}

/** The sentences of one string, split when first needed. */
class Sentences {
    private bounds: Sentence[] | undefined;

    constructor(readonly text: string) {}

    /** The first sentence that ends after `position` (the last one if none does); a binary search. */
    at(position: number): Sentence {
        const bounds = (this.bounds ??= this.split());
        let low = 0;
        let high = bounds.length - 1;
        while (low < high) {
            const middle = (low + high) >> 1;
            if (position < bounds[middle]!.end) high = middle;
            else low = middle + 1;
        }
        return bounds[low]!;
    }

    private split(): Sentence[] {
        const bounds: Sentence[] = [];
        let start = 0;
        for (const m of this.text.matchAll(SENTENCE_END)) {
            const end = m.index + m[0].length;
            bounds.push({ start, end, text: this.text.slice(start, end) });
            start = end;
        }
        if (start < this.text.length || bounds.length === 0) bounds.push({ start, end: this.text.length, text: this.text.slice(start) });
        return bounds;
    }
}

interface Found extends TextMatch {
    readonly variant: Variant;
    readonly sentence: Sentence;
}

/** Matches of a rule's variants in a text, filtered by their contexts, without overlaps. */
function scan(family: Family, sentences: Sentences): Found[] {
    const text = sentences.text;
    if (family.any && !family.any.test(text)) return [];
    const found: Found[] = [];
    for (const variant of family.variants) {
        for (const regex of variant.regexes) {
            for (const m of text.matchAll(regex)) {
                const [start, end] = m.indices?.groups?.['hit'] ?? [m.index, m.index + m[0].length];
                if (end === start) continue;
                const sentence = sentences.at(start);
                if (!variant.requires.every(r => r.test(sentence.text))) continue;
                if (variant.unless.some(r => r.test(sentence.text))) continue;
                if (variant.negatable && NEGATION.test.test(text.slice(sentence.start, end))) continue;
                found.push({ start, end, text: text.slice(start, end), variant, sentence });
            }
        }
    }
    found.sort((a, b) => a.start - b.start || b.end - a.end);
    return withoutOverlaps(found);
}

/** Positions where a context occurs in a text. */
function positions(ctx: Context, text: string): number[] {
    return [...text.matchAll(ctx.all)].map(m => m.index);
}

/**
 * Who acts in a sentence at a position: the party named last before it (the first after it if
 * none is named before).
 */
function actorAt(sentence: Sentence, position: number): 'processor' | 'controller' | undefined {
    const offset = position - sentence.start;
    const named = [
        ...positions(PROCESSOR, sentence.text).map(p => ({ p, who: 'processor' as const })),
        ...positions(CONTROLLER, sentence.text).map(p => ({ p, who: 'controller' as const }))
    ].sort((a, b) => a.p - b.p);
    const before = named.filter(n => n.p < offset);
    return (before[before.length - 1] ?? named[0])?.who;
}

// ---------------------------------------------------------------------------------------------
// Which text a rule reads
// ---------------------------------------------------------------------------------------------

type Scope = 'paragraph' | 'title' | 'measure' | 'prose' | 'identity' | 'none';

/**
 * - paragraph, title: a custom clause's text and title;
 * - measure: a measure's description;
 * - prose: other free text of the agreement (its title, the main agreement's title, processing
 *   titles, purposes and operations, labels, a sub-processor's service, retention events);
 * - identity: names, addresses, contacts, registration numbers, standards, statutory sources;
 * - none: template parameters (not part of the agreement's text) and bare placeholders.
 */
function scopeOf(token: TextToken): Scope {
    const node = token.node;
    if (!token.isString || ast.isTemplateParameter(node)) return 'none';
    if (ast.isCustomClause(node)) return token.feature === 'paragraphs' ? 'paragraph' : 'title';
    if (ast.isMeasure(node)) return token.feature === 'description' ? 'measure' : 'identity';
    if (ast.isParty(node) || ast.isAddress(node) || ast.isSignatory(node) || ast.isContact(node) || ast.isCourt(node)) return 'identity';
    if (ast.isSubProcessor(node)) return token.feature === 'service' ? 'prose' : 'identity';
    if (ast.isMainAgreement(node)) return token.feature === 'title' ? 'prose' : 'identity';
    if (ast.isDataCategory(node)) return token.feature === 'label' ? 'prose' : 'identity';
    if (ast.isRetention(node)) return token.feature === 'event' ? 'prose' : 'identity';
    if (ast.isTransfer(node)) return token.feature === 'ground' ? 'prose' : 'identity';
    return 'prose';
}

/** One string of the agreement under check, with what the rules need to know about it. */
interface Piece {
    readonly token: TextToken;
    readonly scope: Scope;
    readonly sentences: Sentences;
    /** The custom clause of a paragraph or title. */
    readonly clause?: ast.CustomClause;
}

/** What the checks of one agreement share. */
interface Run {
    readonly report: Reporter;
    readonly lang: Lang;
    readonly document: LangiumDocument;
    readonly agreement: ast.Agreement;
    /** The text of each custom clause (title and paragraphs), for clause-level context. */
    readonly clauseText: Map<ast.CustomClause, string>;
}

function where(run: Run, piece: Piece, start: number, end: number) {
    return { node: piece.token.node, range: rangeOf(run.document, piece.token, start, end) };
}

/** The text in the user's language. */
function say(run: Run, nl: string, en: string): string {
    return run.lang === 'nl' ? nl : en;
}

/** A fix that replaces a stretch of the piece's text. */
function replaceFix(run: Run, piece: Piece, found: { start: number; end: number; replacement: string } | undefined, preferred = false): Fix | undefined {
    if (!found) return undefined;
    const edit = replaceInToken(run.document, piece.token, found.start, found.end, found.replacement);
    return fix(say(run, `Vervang door “${found.replacement}”`, `Replace with “${found.replacement}”`), [edit], preferred);
}

/** Whether a clause is about a topic: its `covers`, or its title or text names the topic. */
function clauseAbout(run: Run, clause: ast.CustomClause | undefined, elements: readonly string[], ctx: Context): boolean {
    if (!clause) return false;
    return clause.covers.some(c => elements.includes(c)) || ctx.test.test(run.clauseText.get(clause) ?? '');
}

// ---------------------------------------------------------------------------------------------
// The rules
// ---------------------------------------------------------------------------------------------

/** DPA-R04: the processor may use the data for its own or open-ended purposes; once per sentence. */
function ownPurposes(run: Run, piece: Piece): void {
    const reported = new Set<number>();
    for (const m of scan(R04, piece.sentences)) {
        if (reported.has(m.sentence.start)) continue;
        if (m.variant.id === 'own-use' && actorAt(m.sentence, m.start) === 'controller') continue;
        reported.add(m.sentence.start);
        run.report.rule('DPA-R04', where(run, piece, m.start, m.end));
    }
}

/**
 * DPA-R14 (text): a vague breach-notice deadline ("onverwijld", "zo spoedig mogelijk") without a
 * concrete period: the catalogue's warning. It counts only where its sentence notifies about a
 * breach, or notifies in a clause on breaches, and a breach topic is nearer than a deletion topic
 * (vague deletion deadlines are DPA-R34, reported by the clause rules). A custom clause that
 * covers the breach notification while no standard `breach` clause exists is left to the clause
 * rules too: they check its deadline as a whole.
 */
function vagueDeadlines(run: Run, piece: Piece): void {
    const clause = piece.clause;
    if (clause?.covers.includes('breach-notification') && !run.agreement.clauses.some(ast.isBreachClause)) return;
    for (const m of scan(VAGUE, piece.sentences)) {
        const sentence = m.sentence;
        if (!NOTIFY.test.test(sentence.text)) continue;
        const distance = (ctx: Context) => Math.min(...positions(ctx, sentence.text).map(p => Math.abs(p + sentence.start - m.start)));
        const breach = distance(BREACH);
        const deletion = distance(DELETION);
        const aboutBreach = breach !== Infinity || deletion !== Infinity
            ? breach <= deletion
            : clauseAbout(run, clause, ['breach-notification'], BREACH);
        if (!aboutBreach) continue;
        const x = run.lang === 'nl' ? `“${m.text}” (zonder uren)` : `“${m.text}” (no hours)`;
        run.report.rule('DPA-R14', where(run, piece, m.start, m.end), { x }, [], { severity: 'warning' });
    }
}

/** DPA-R24: an invalid transfer instrument named as if it applied. */
function invalidInstruments(run: Run, piece: Piece): void {
    for (const m of scan(R24, piece.sentences)) {
        const replacement = REPLACEMENTS.r24.find(piece.sentences.text, m.start, m.end);
        run.report.rule('DPA-R24', where(run, piece, m.start, m.end), { x: m.text }, [replaceFix(run, piece, replacement)]);
    }
}

/**
 * DPA-R32: the agreement defines a breach itself (the generated definitions already give the one
 * of Art. 4(12)), or with a Wbp-style risk threshold. One diagnostic per sentence, on the
 * threshold if there is one.
 */
function breachDefinition(run: Run, piece: Piece): void {
    const bySentence = new Map<number, Found>();
    for (const m of scan(R32, piece.sentences)) {
        const seen = bySentence.get(m.sentence.start);
        if (!seen || (seen.variant.id !== 'threshold' && m.variant.id === 'threshold')) bySentence.set(m.sentence.start, m);
    }
    for (const m of bySentence.values()) run.report.rule('DPA-R32', where(run, piece, m.start, m.end));
}

/** DPA-R41: the security obligation weakened (best efforts, no guarantee, changes at will, …). */
function weakenedSecurity(run: Run, piece: Piece): void {
    const clause = piece.clause;
    const aboutSecurity = piece.scope === 'measure' || (clause !== undefined && (clause.covers.includes('security') || SECURITY.test.test(clause.title)));
    for (const m of scan(R41, piece.sentences)) {
        if (!aboutSecurity && !SECURITY.test.test(m.sentence.text)) continue;
        // "… en is verantwoordelijk voor …" shares the subject of the sentence: its first party.
        if (m.variant.id === 'controller-responsible' && actorAt(m.sentence, m.sentence.start) !== 'controller') continue;
        run.report.rule('DPA-R41', where(run, piece, m.start, m.end), { x: m.variant.label?.[run.lang] ?? m.text });
    }
}

/** DPA-R45 (text): the processor may change the agreement (its terms, its provisions) on its own. */
function unilateralChange(run: Run, piece: Piece): void {
    for (const m of scan(R45, piece.sentences)) {
        if (!AGREEMENT_OBJECT.test.test(piece.sentences.text.slice(m.sentence.start, m.end))) continue;
        if (actorAt(m.sentence, m.start) === 'controller') continue;
        run.report.rule('DPA-R45', where(run, piece, m.start, m.end));
    }
}

/** Whether "verantwoordelijke" at a match is the Wbp role rather than an adjective ("de verantwoordelijke medewerker"). */
function isWbpRole(text: string, m: Found): boolean {
    const next = /^\s+(\p{L}+)/u.exec(text.slice(m.end))?.[1];
    return !(next && ROLE_NOUNS.has(next.toLowerCase()));
}

/** Whether "verzet" at a match is the Wbp right to object (not "zich verzetten", "verzet een afspraak"). */
function isWbpObjection(text: string, m: Found): boolean {
    if (/^aangetekend/iu.test(m.text)) return true;
    if (/zich\s+$/iu.test(text.slice(0, m.start)) || /^\s+zich(?!\p{L})/iu.test(text.slice(m.end))) return false;
    return DATA_SUBJECTS.test.test(m.sentence.text) || /bezwaar|aangetekend/iu.test(m.sentence.text);
}

/** DPA-R46: outdated (Wbp-era) terms, with their current replacement (table 7.6). */
function outdatedTerms(run: Run, piece: Piece): void {
    const text = piece.sentences.text;
    for (const m of scan(R46, piece.sentences)) {
        const lower = m.text.toLowerCase();
        // As a label or description ("Verantwoordelijke ICT") it is a job title, not the Wbp role.
        if (lower === 'verantwoordelijke' && (piece.scope !== 'paragraph' && piece.scope !== 'title' || !isWbpRole(text, m))) continue;
        if (lower.endsWith('verzet') && !isWbpObjection(text, m)) continue;
        const replacement = REPLACEMENTS.r46.find(text, m.start, m.end);
        if (!replacement) continue;
        run.report.rule('DPA-R46', where(run, piece, m.start, m.end), { x: m.text, y: replacement.replacement }, [replaceFix(run, piece, replacement, true)]);
    }
}

/** DPA-R52 (text): "EU" where transfers are concerned; the GDPR area is the EEA. */
function euInsteadOfEea(run: Run, piece: Piece): void {
    for (const m of scan(R52, piece.sentences)) {
        const replacement = REPLACEMENTS.r52.find(piece.sentences.text, m.start, m.end);
        run.report.rule('DPA-R52', where(run, piece, m.start, m.end), { x: m.text }, [replaceFix(run, piece, replacement, true)]);
    }
}

/**
 * DPA-R54: statutory assistance (breach, rights, deletion, audit, DPIA) charged to the
 * controller, without an exception for the processor's own fault anywhere in the clause. The
 * paragraph, the clause's title or its `covers` must be about statutory assistance. One per
 * sentence.
 */
function chargedAssistance(run: Run, piece: Piece): void {
    const found = scan(R54, piece.sentences);
    if (found.length === 0) return;
    const clause = piece.clause;
    if (clause && PROCESSOR_FAULT.test.test(run.clauseText.get(clause) ?? '')) return;
    const statutory = STATUTORY_ASSISTANCE.test.test(piece.sentences.text)
        || (clause !== undefined && STATUTORY_ASSISTANCE.test.test(clause.title))
        || (clause?.covers ?? []).some(c => STATUTORY_ELEMENTS.includes(c));
    if (!statutory) return;
    const reported = new Set<number>();
    for (const m of found) {
        if (reported.has(m.sentence.start)) continue;
        if (NEGATION.test.test(piece.sentences.text.slice(m.sentence.start, m.end))) continue;
        reported.add(m.sentence.start);
        run.report.rule('DPA-R54', where(run, piece, m.start, m.end));
    }
}

/** The Art. 28(3) elements whose assistance is statutory (DPA-R54). */
const STATUTORY_ELEMENTS: readonly string[] = ['data-subject-requests', 'assistance', 'deletion', 'audit', 'breach-notification'];

/** DPA-R59: "eigendom" (or copyright, database rights) of personal data; once per sentence. */
function ownership(run: Run, piece: Piece): void {
    const reported = new Set<number>();
    for (const m of scan(R59, piece.sentences)) {
        if (reported.has(m.sentence.start)) continue;
        const aboutData = piece.scope === 'title'
            ? PERSONAL_DATA.test.test(run.clauseText.get(piece.clause!) ?? '')
            : PERSONAL_DATA.test.test(m.sentence.text);
        if (!aboutData) continue;
        reported.add(m.sentence.start);
        const replacement = REPLACEMENTS.r59.find(piece.sentences.text, m.start, m.end);
        run.report.rule('DPA-R59', where(run, piece, m.start, m.end), {}, [replacement && fix(
            say(run, 'Spreek van zeggenschap', 'Speak of control (“zeggenschap”)'),
            [replaceInToken(run.document, piece.token, replacement.start, replacement.end, replacement.replacement)]
        )]);
    }
}

/** A formatting defect found in a string. */
interface Defect {
    readonly start: number;
    readonly end: number;
    readonly text: string;
    readonly id: string;
    readonly label: Label;
    /** Where the fix's removal ends, when it removes more than the reported words. */
    readonly removeEnd?: number;
}

/** The fix of a formatting defect, by variant. */
function formattingFix(run: Run, piece: Piece, m: Defect): Fix | undefined {
    const text = piece.sentences.text;
    const edit = (start: number, end: number, newText: string): FixEdit => replaceInToken(run.document, piece.token, start, end, newText);
    /** Removes a stretch and one of the spaces around it, so that no double space is left. */
    const remove = (start: number, end: number): FixEdit => {
        if (text[start - 1] === ' ' && (text[end] === ' ' || end === text.length)) return edit(start - 1, end, '');
        if (start === 0 && text[end] === ' ') return edit(start, end + 1, '');
        return edit(start, end, '');
    };
    switch (m.id) {
        case 'html':
            return fix(say(run, 'Verwijder de HTML-resten', 'Remove the HTML residue'), [remove(m.start, m.end)], true);
        case 'entity': {
            const lower = m.text.toLowerCase();
            if (lower === '&nbsp;') {
                const spaced = text[m.start - 1] === ' ' || text[m.end] === ' ' || m.start === 0 || m.end === text.length;
                return fix(say(run, 'Vervang door een spatie', 'Replace with a space'), [spaced ? remove(m.start, m.end) : edit(m.start, m.end, ' ')], true);
            }
            if (lower === '&amp;') return fix(say(run, 'Vervang door “&”', 'Replace with “&”'), [edit(m.start, m.end, '&')], true);
            return undefined;
        }
        case 'doubled': {
            const first = /^\p{L}+/u.exec(m.text)![0];
            return fix(say(run, 'Verwijder het herhaalde woord', 'Remove the repeated word'), [edit(m.start + first.length, m.end, '')], true);
        }
        case 'spaces':
            return fix(say(run, 'Eén spatie', 'Use a single space'), [edit(m.start, m.end, ' ')], true);
        case 'full-stop': {
            const dot = m.start + m.text.indexOf('.') + 1;
            return fix(say(run, 'Spatie na de punt', 'Add a space after the full stop'), [edit(dot, dot, ' ')], true);
        }
        case 'parenthesis':
            return fix(say(run, 'Spatie na het haakje', 'Add a space after the parenthesis'), [edit(m.end, m.end, ' ')], true);
        case 'numbering': {
            const keep = m.text.search(/art/iu);
            return fix(say(run, 'Verwijder het dubbele nummer', 'Remove the doubled number'), [edit(m.start, m.start + keep, '')], true);
        }
        case 'own-numbering':
            return fix(say(run, 'Verwijder de eigen nummering', 'Remove the own numbering'), [edit(m.start, m.removeEnd ?? m.end, '')], true);
        default:
            return undefined;
    }
}

/** DPA-R60: formatting defects (HTML residue, repeated words, spacing, numbering glitches). */
function formatting(run: Run, piece: Piece): void {
    const text = piece.sentences.text;
    const candidates: Defect[] = [];
    for (const m of scan(R60, piece.sentences)) {
        if (m.variant.id === 'doubled' && DOUBLED_ALLOWED.has(/^\p{L}+/u.exec(m.text)![0].toLowerCase())) continue;
        candidates.push({ start: m.start, end: m.end, text: m.text, id: m.variant.id, label: m.variant.label! });
    }
    const own = piece.scope === 'title' ? OWN_NUMBERING_TITLE : piece.scope === 'paragraph' ? OWN_NUMBERING_PARAGRAPH : undefined;
    const numbered = own?.exec(text);
    if (numbered) {
        const start = numbered.index + (numbered[0].length - numbered[0].trimStart().length);
        const shown = numbered[0].trimEnd();
        // First, so that it wins over a "numbering" match at the same place (the sort is stable).
        candidates.unshift({ start, end: numbered.index + shown.length, text: shown.trim(), id: 'own-numbering', label: DATA.ownNumbering.label, removeEnd: numbered.index + numbered[0].length });
    }
    candidates.sort((a, b) => a.start - b.start || b.end - a.end);
    withoutOverlaps(candidates)
        .forEach(m => {
            const shown = m.id === 'spaces' ? '' : ` “${m.text.length > 40 ? `${m.text.slice(0, 40)}…` : m.text}”`;
            run.report.rule('DPA-R60', where(run, piece, m.start, m.end), { x: `${m.label[run.lang]}${shown}` }, [formattingFix(run, piece, m)]);
        });
}

/** Normalised paragraph text for comparison: case, whitespace and final punctuation ignored. */
function normalise(text: string): string {
    return text.toLowerCase().replace(/\\(.)/g, '$1').replace(/\s+/g, ' ').trim().replace(/[\s.;:,]+$/u, '');
}

/** Removes a paragraph (`text "…"`) from its clause: its whole line when it stands alone on it. */
function removeParagraph(run: Run, piece: Piece): Fix | undefined {
    const siblings = piece.token.cst.container?.content ?? [];
    const index = siblings.indexOf(piece.token.cst);
    const keyword = siblings.slice(0, index).reverse().find(n => !n.hidden);
    if (!keyword || keyword.text !== 'text') return undefined;
    const source = run.document.textDocument.getText();
    const start = keyword.offset;
    const end = piece.token.cst.end;
    const lineStart = source.lastIndexOf('\n', start - 1) + 1;
    const lineEnd = source.indexOf('\n', end);
    const alone = source.slice(lineStart, start).trim() === '' && source.slice(end, lineEnd === -1 ? source.length : lineEnd).trim() === '';
    const [from, to] = alone && lineEnd !== -1 ? [lineStart, lineEnd + 1] : [start, end];
    const position = (offset: number) => run.document.textDocument.positionAt(offset);
    return fix(say(run, 'Verwijder de herhaalde tekst', 'Remove the duplicate'), [{ range: { start: position(from), end: position(to) }, newText: '' }]);
}

/** DPA-R47: a custom paragraph repeats another one (in the same or another clause). */
function duplicateParagraphs(run: Run, paragraphs: readonly Piece[], articleOf: (clause: ast.CustomClause) => number): void {
    const first = new Map<string, { piece: Piece; index: number }>();
    const indexIn = new Map<ast.CustomClause, number>();
    for (const piece of paragraphs) {
        const clause = piece.clause!;
        const index = (indexIn.get(clause) ?? 0) + 1;
        indexIn.set(clause, index);
        const key = normalise(piece.token.text);
        if (key.length < DATA.duplicateMinLength) continue;
        const original = first.get(key);
        if (!original) {
            first.set(key, { piece, index });
            continue;
        }
        const other = original.piece.clause!;
        const n = articleOf(other);
        const x = other === clause
            ? say(run, `lid ${original.index} van dit artikel`, `paragraph ${original.index} of this article`)
            : say(run, `artikel ${n}.${original.index} (“${other.title}”)`, `article ${n}.${original.index} (“${other.title}”)`);
        run.report.rule('DPA-R47', where(run, piece, 0, piece.token.text.length), { x }, [removeParagraph(run, piece)]);
    }
}

/**
 * DPA-R48 (text): a reference to an article or annex the generated agreement does not have.
 * The generator numbers the articles: 1 definitions, 2 subject, then the clauses in source order,
 * then governing law; the annexes are 1 (processing), 2 (measures) and 3 (sub-processors). A
 * reference to article 1 that is not about a defined term points at the definitions by mistake.
 */
function crossReferences(run: Run, piece: Piece, articles: number, customAt: (n: number) => ast.CustomClause | undefined): void {
    const text = piece.sentences.text;
    const wrong = (start: number, end: number, nl: string, en: string) =>
        run.report.rule('DPA-R48', where(run, piece, start, end), { x: say(run, nl, en) });
    for (const m of text.matchAll(ARTICLE_REFERENCE)) {
        const end = m.index + m[0].length;
        if (EXTERNAL_REFERENCE.test(text.slice(end, end + 80))) continue;
        const n = Number(m[1]);
        const sub = m[2] === undefined ? undefined : Number(m[2]);
        const ref = m[0];
        if (n === 0 || n > articles) {
            wrong(m.index, end, `${ref} (de overeenkomst heeft ${articles} artikelen)`, `${ref} (the agreement has ${articles} articles)`);
        } else if (n === 1 && !DEFINITIONS.test.test(piece.sentences.at(m.index).text)) {
            wrong(m.index, end, `${ref} (dat bevat alleen de begripsbepalingen)`, `${ref} (it holds only the definitions)`);
        } else if (sub !== undefined) {
            const clause = customAt(n);
            if (clause && (sub === 0 || sub > clause.paragraphs.length)) {
                wrong(m.index, end, `${ref} (artikel ${n} heeft ${clause.paragraphs.length} leden)`, `${ref} (article ${n} has ${clause.paragraphs.length} paragraphs)`);
            }
        }
    }
    for (const m of text.matchAll(ANNEX_REFERENCE)) {
        const end = m.index + m[0].length;
        const n = Number(m[1]);
        if ((n === 0 || n > ANNEXES) && !EXTERNAL_REFERENCE.test(text.slice(end, end + 80))) {
            wrong(m.index, end, `${m[0]} (de overeenkomst heeft ${ANNEXES} bijlagen)`, `${m[0]} (the agreement has ${ANNEXES} annexes)`);
        }
    }
}

/** The annexes the generator always produces: processing, measures, sub-processors. */
const ANNEXES = 3;

function checkWording(agreement: ast.Agreement, { report, lang, document, checkTime }: CheckContext): void {
    const clauseText = new Map<ast.CustomClause, string>();
    for (const clause of agreement.clauses) {
        if (ast.isCustomClause(clause)) clauseText.set(clause, [clause.title, ...clause.paragraphs].join('\n'));
    }
    const run: Run = { report, lang, document, agreement, clauseText };
    // Article numbers as the generator gives them: definitions, subject, clauses, law.
    const articleNumber = new Map<ast.Clause, number>(agreement.clauses.map((c, i) => [c, i + 3]));
    const articles = agreement.clauses.length + 3;
    const customAt = (n: number) => {
        const clause = agreement.clauses[n - 3];
        return clause && ast.isCustomClause(clause) ? clause : undefined;
    };

    const paragraphs: Piece[] = [];
    for (const token of textTokens(agreement)) {
        checkTime();
        const scope = scopeOf(token);
        if (scope === 'none') continue;
        const clause = ast.isCustomClause(token.node) ? token.node : undefined;
        const piece: Piece = { token, scope, sentences: new Sentences(token.text), ...(clause ? { clause } : {}) };
        if (scope === 'paragraph') {
            paragraphs.push(piece);
            ownPurposes(run, piece);
            vagueDeadlines(run, piece);
            breachDefinition(run, piece);
            unilateralChange(run, piece);
            chargedAssistance(run, piece);
            crossReferences(run, piece, articles, customAt);
        }
        if (scope === 'paragraph' || scope === 'measure') weakenedSecurity(run, piece);
        if (scope === 'paragraph' || scope === 'title') ownership(run, piece);
        if (scope !== 'identity') {
            invalidInstruments(run, piece);
            outdatedTerms(run, piece);
            euInsteadOfEea(run, piece);
        }
        formatting(run, piece);
    }
    duplicateParagraphs(run, paragraphs, clause => articleNumber.get(clause) ?? 0);
}

/** Rules on text heuristics on the agreement's own wording. */
export const wordingModule: CheckModule = {
    name: 'wording',
    rules: ['DPA-R04', 'DPA-R14', 'DPA-R24', 'DPA-R32', 'DPA-R41', 'DPA-R45', 'DPA-R46', 'DPA-R47', 'DPA-R48', 'DPA-R52', 'DPA-R54', 'DPA-R59', 'DPA-R60'],
    checks: {
        Agreement: checkWording
    }
};

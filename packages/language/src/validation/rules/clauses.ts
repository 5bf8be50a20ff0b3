import { GrammarUtils, type AstNode, type CstNode, type DiagnosticInfo, type LangiumDocument } from 'langium';
import type { Range } from 'vscode-languageserver-types';
import { CLAUSES_DATA } from '../../data/index.js';
import type { PATTERN_LISTS } from '../../data/schemas.js';
import * as ast from '../../generated/ast.js';
import type { Severity } from '../../messages.js';
import { compilePattern } from '../../text-scan.js';
import { art28Element, ART28_ELEMENTS, providedElements } from '../art28.js';
import type { CheckContext, CheckModule } from '../check-module.js';
import { fix, insertClause, replaceNode, replaceRange, type Fix, type FixEdit } from '../fixes.js';

// ---------------------------------------------------------------------------------------------
// Data (data/clauses.json)
// ---------------------------------------------------------------------------------------------

type Lang = 'nl' | 'en';
type Text = Readonly<Record<Lang, string>>;
type ClausesData = typeof CLAUSES_DATA;
type UnitInfo = ClausesData['units'][string];
type AssistanceTopic = keyof ClausesData['labels']['assistanceTopics'];
type NoticeItem = keyof ClausesData['labels']['breachNoticeContent'];
type PatternList = typeof PATTERN_LISTS[number];

const DATA = CLAUSES_DATA;
const { thresholds: LIMITS, labels: LABELS } = DATA;

/** The standard clause that provides an Art. 28(3) element, as in art28.json. */
function standard(element: ast.Art28Element): string {
    return art28Element(element).clause!;
}

const compile = (sources: readonly string[], origin: string): RegExp[] => sources.map((s, i) => compilePattern(s, 'giu', `clauses.json ${origin}[${i}]`));
const PATTERNS = Object.fromEntries(
    Object.entries(DATA.patterns)
        .filter((entry): entry is [PatternList, string[]] => Array.isArray(entry[1]))
        .map(([key, sources]) => [key, compile(sources, `patterns.${key}`)])
) as Record<PatternList, RegExp[]>;
const NOTICE_ITEMS = Object.entries(DATA.patterns.breachNoticeContent).map(([item, sources]) => [item as NoticeItem, compile(sources, `patterns.breachNoticeContent.${item}`)] as const);
const BREACH_DEADLINE = compilePattern(DATA.patterns.breachDeadline, 'giu', 'clauses.json patterns.breachDeadline');
const ASSISTANCE_TOPICS = Object.keys(LABELS.assistanceTopics) as AssistanceTopic[];

/** The rules that report an absent Art. 28(3) element (the others belong to DPA-R18). */
const ABSENCE_RULES = new Set(['DPA-R03', 'DPA-R05', 'DPA-R06', 'DPA-R07', 'DPA-R11', 'DPA-R12', 'DPA-R13', 'DPA-R15', 'DPA-R16', 'DPA-R17', 'DPA-R58']);

// ---------------------------------------------------------------------------------------------
// Helpers
// ---------------------------------------------------------------------------------------------

function say(text: Text, lang: Lang, x?: string): string {
    return x === undefined ? text[lang] : text[lang].replace('{x}', x);
}

/** "a, b and c" in the user's language. */
function list(items: readonly string[], lang: Lang): string {
    if (items.length <= 1) return items.join('');
    return `${items.slice(0, -1).join(', ')}${LABELS.and[lang]}${items.at(-1)!}`;
}

function unitOf(unit: string | undefined): UnitInfo | undefined {
    // The unit may be missing while the user types (the parser recovers with a partial node).
    return unit === undefined ? undefined : DATA.units[unit.replace(/s$/, '')];
}

/** Length of a duration in hours: nominal, and the worst case (working days spanning a weekend). */
function hoursOf(amount: number, unit: string): { nominal: number; worst: number } {
    const info = unitOf(unit);
    const nominal = amount * (info?.hours ?? 0);
    return { nominal, worst: nominal + (info?.workingDays ? LIMITS.weekendHours : 0) };
}

function formatDuration(amount: number, unit: string, lang: Lang, compound = false): string {
    const info = unitOf(unit);
    const names = info ? info[lang] : [unit, unit];
    if (compound && lang === 'en') return `${amount}-${names[0].replace(/ /g, '-')}`;
    return `${amount} ${amount === 1 ? names[0] : names[1]}`;
}

function cstText(node: AstNode | undefined): string | undefined {
    return node?.$cstNode?.text;
}

function insertStandard(agreement: ast.Agreement, text: string, lang: Lang): Fix | undefined {
    return fix(say(LABELS.addStandardClause, lang, text), [insertClause(agreement, text)], true);
}

function replaceByStandard(node: AstNode, text: string, title: string): Fix | undefined {
    return fix(title, [replaceNode(node, text)], true);
}

function propertyNode(node: AstNode, property: string): CstNode | undefined {
    return GrammarUtils.findNodeForProperty(node.$cstNode, property);
}

function replaceProperty(node: AstNode, property: string, text: string): FixEdit | undefined {
    const cst = propertyNode(node, property);
    return cst ? replaceRange(cst.range, text) : undefined;
}

/** A paragraph (`text "…"`) of a custom clause, with its raw source text and offset. */
interface Paragraph {
    readonly clause: ast.CustomClause;
    readonly text: string;
    readonly offset: number;
}

interface Match {
    readonly start: number;
    readonly end: number;
    readonly text: string;
}

function paragraphsOf(clause: ast.CustomClause): Paragraph[] {
    return GrammarUtils.findNodesForProperty(clause.$cstNode, 'paragraphs').map(cst => ({ clause, text: cst.text.slice(1, -1), offset: cst.offset + 1 }));
}

function matches(patterns: readonly RegExp[], text: string): Match[] {
    const found: Match[] = [];
    for (const pattern of patterns) {
        for (const m of text.matchAll(pattern)) {
            if (m[0].length > 0) found.push({ start: m.index, end: m.index + m[0].length, text: m[0] });
        }
    }
    found.sort((a, b) => a.start - b.start || b.end - a.end);
    return found.filter((m, i) => !found.slice(0, i).some(prev => m.start < prev.end));
}

function firstMatch(patterns: readonly RegExp[], text: string): Match | undefined {
    return matches(patterns, text)[0];
}

function test(patterns: readonly RegExp[], text: string): boolean {
    return patterns.some(p => {
        p.lastIndex = 0;
        return p.test(text);
    });
}

function rangeIn(document: LangiumDocument, paragraph: Paragraph, match: Match): Range {
    return {
        start: document.textDocument.positionAt(paragraph.offset + match.start),
        end: document.textDocument.positionAt(paragraph.offset + match.end)
    };
}

/** What the checks of one agreement share, computed once per validation. */
interface Scope {
    readonly agreement: ast.Agreement;
    readonly context: CheckContext;
    readonly lang: Lang;
    readonly customs: readonly ast.CustomClause[];
    readonly paragraphs: readonly Paragraph[];
    has<T extends ast.Clause>(is: (c: unknown) => c is T): boolean;
    covers(element: ast.Art28Element): ast.CustomClause[];
}

function scopeOf(agreement: ast.Agreement, context: CheckContext): Scope {
    const customs = agreement.clauses.filter(ast.isCustomClause);
    return {
        agreement,
        context,
        lang: context.lang,
        customs,
        paragraphs: customs.flatMap(paragraphsOf),
        has: is => agreement.clauses.some(c => is(c)),
        covers: element => customs.filter(c => c.covers.includes(element))
    };
}

function report<N extends AstNode>(scope: Scope, rule: string, where: DiagnosticInfo<N>, x?: string, fixes: readonly (Fix | undefined)[] = [], severity?: Severity): void {
    scope.context.report.rule(rule, where, x === undefined ? {} : { x }, fixes, severity ? { severity } : {});
}

function reportText(scope: Scope, rule: string, paragraph: Paragraph, match: Match, x?: string): void {
    report(scope, rule, { node: paragraph.clause, range: rangeIn(scope.context.document, paragraph, match) }, x);
}

// ---------------------------------------------------------------------------------------------
// Absent Art. 28(3) elements: DPA-R03, R05, R06, R07, R11, R12, R13, R15, R16, R17, R58
// ---------------------------------------------------------------------------------------------

/**
 * Each Art. 28(3) element (and Art. 33(2)) must be provided by its standard clause or by a custom
 * clause that `covers` it; reported once, on the agreement's name, with the standard clause as
 * the fix. DPA-R06 also needs at least one `measure` (Bijlage 2): inserting the clause alone
 * would not resolve it then, so that case offers no fix.
 */
function checkAbsentElements(scope: Scope): void {
    const { agreement, lang } = scope;
    const provided = providedElements(agreement);
    const where = { node: agreement, property: 'name' as const };
    for (const element of ART28_ELEMENTS) {
        if (!ABSENCE_RULES.has(element.rule) || provided.has(element.id)) continue;
        const clause = element.clause;
        const insertable = clause !== undefined && !(element.rule === 'DPA-R06' && agreement.measures.length === 0);
        const x = element.rule === 'DPA-R12' ? assistanceGap(ASSISTANCE_TOPICS, lang) : undefined;
        const fixes = insertable ? [insertStandard(agreement, clause, lang)] : [];
        if (element.rule === 'DPA-R07') fixes.push(fix(say(LABELS.fixes.subprocessingSpecific, lang), [insertClause(agreement, 'subprocessing specific')]));
        report(scope, element.rule, where, x, fixes);
    }
    if (provided.has('security') && agreement.measures.length === 0) report(scope, 'DPA-R06', where);
}

function assistanceGap(missing: readonly AssistanceTopic[], lang: Lang): string {
    return `${LABELS.missingPrefix[lang]}${list(missing.map(t => LABELS.assistanceTopics[t][lang]), lang)}`;
}

// ---------------------------------------------------------------------------------------------
// Parameters of the standard clauses
// ---------------------------------------------------------------------------------------------

/**
 * DPA-R08 (Art. 28(2)): a general authorisation needs advance notice of each change and a right to
 * object. Without the right to object the controller cannot stop a sub-processor: the catalogue
 * severity (error). With the right to object but no notice period the catalogue names a warning.
 */
function checkSubprocessing(scope: Scope, clause: ast.SubprocessingClause): void {
    if (clause.authorisation !== 'general' || (clause.objection && clause.notice)) return;
    const { lang } = scope;
    const notice = cstText(clause.notice);
    const fixes = [
        replaceByStandard(clause, `subprocessing general notice ${notice ?? DATA.defaults.subprocessingNotice} objection allowed`, say(LABELS.fixes.subprocessingNoticeObjection, lang)),
        fix(say(LABELS.fixes.subprocessingSpecific, lang), [replaceNode(clause, `subprocessing specific${notice ? ` notice ${notice}` : ''}`)])
    ];
    report(scope, 'DPA-R08', { node: clause, property: 'authorisation' }, undefined, fixes, clause.objection ? 'warning' : undefined);
}

/** DPA-R12 (Art. 28(3)(f)): assistance with only some of Art. 32-36 (the catalogue: warning if partial). */
function checkAssistance(scope: Scope, clause: ast.AssistanceClause): void {
    if (clause.topics.length === 0 || scope.covers('assistance').length > 0) return;
    const missing = ASSISTANCE_TOPICS.filter(t => !clause.topics.includes(t));
    if (missing.length === 0) return;
    const topics = GrammarUtils.findNodesForProperty(clause.$cstNode, 'topics');
    const range = topics.length > 0 ? { start: topics[0]!.range.start, end: topics.at(-1)!.range.end } : undefined;
    const fixes = [replaceByStandard(clause, standard('assistance'), say(LABELS.fixes.allAssistanceTopics, scope.lang))];
    report(scope, 'DPA-R12', range ? { node: clause, range } : { node: clause }, assistanceGap(missing, scope.lang), fixes, 'warning');
}

/**
 * DPA-R14 (Art. 33(1),(2)): the processor's deadline must leave the controller time for its own
 * 72-hour notice. Error at 72 hours or more (a deadline in working days counts nominally); warning
 * above 48 hours (for working days: the worst case, across a weekend) or "without undue delay"
 * without hours.
 */
function checkBreach(scope: Scope, clause: ast.BreachClause): void {
    const { lang } = scope;
    const fixes = [replaceByStandard(clause, standard('breach-notification'), say(LABELS.fixes.notify24, lang))];
    if (clause.withoutUndueDelay) {
        report(scope, 'DPA-R14', { node: clause, property: 'withoutUndueDelay' }, say(LABELS.breachVague, lang), fixes, 'warning');
        return;
    }
    if (!clause.deadline) return;
    const severity = breachSeverity(hoursOf(clause.deadline.amount, clause.deadline.unit));
    if (severity) report(scope, 'DPA-R14', { node: clause, property: 'deadline' }, formatDuration(clause.deadline.amount, clause.deadline.unit, lang, true), fixes, severity === 'error' ? undefined : severity);
}

function breachSeverity(hours: { nominal: number; worst: number }): Severity | undefined {
    if (hours.nominal >= LIMITS.breachErrorHours) return 'error';
    if (hours.worst > LIMITS.breachWarningHours) return 'warning';
    return undefined;
}

/** DPA-R33 (Art. 12(3)): data-subject requests forwarded without a deadline in days, or too late. */
function checkSubjectRequests(scope: Scope, clause: ast.DataSubjectRequestsClause): void {
    const fixes = [replaceByStandard(clause, standard('data-subject-requests'), say(LABELS.fixes.forward5Days, scope.lang))];
    if (!clause.forward) {
        report(scope, 'DPA-R33', { node: clause, keyword: 'data-subject-requests' }, undefined, fixes);
    } else if (hoursOf(clause.forward.amount, clause.forward.unit).worst > LIMITS.forwardMaxHours) {
        report(scope, 'DPA-R33', { node: clause, property: 'forward' }, undefined, fixes);
    }
}

/**
 * DPA-R15 (Art. 28(3)(g)): deletion or return at the controller's choice, so `delete` or `return`
 * alone is not enough. DPA-R34: no deadline for it.
 */
function checkTermination(scope: Scope, clause: ast.TerminationClause): void {
    const { lang } = scope;
    if (clause.choice === undefined) return;
    if (clause.choice !== 'return-or-delete') {
        const fixes = [fix(say(LABELS.fixes.returnOrDelete, lang), [replaceProperty(clause, 'choice', 'return-or-delete')], true)];
        report(scope, 'DPA-R15', { node: clause, property: 'choice' }, undefined, fixes);
    }
    if (!clause.deadline) {
        const choice = propertyNode(clause, 'choice');
        const edit = choice ? replaceRange({ start: choice.range.end, end: choice.range.end }, ` within ${DATA.defaults.deletionDeadline}`) : undefined;
        report(scope, 'DPA-R34', { node: clause }, undefined, [fix(say(LABELS.fixes.deletionDeadline, lang), [edit], true)]);
    }
}

/**
 * DPA-R35 (Art. 28(3)(h)): audits narrowed. Every restriction of the clause is named in one
 * diagnostic: only an independent auditor (the controller may not audit itself), audits less
 * often than once a year, a frequency limit without audits on indications of non-compliance.
 */
function checkAudit(scope: Scope, clause: ast.AuditClause): void {
    const { lang } = scope;
    const restrictions: { label: string; property?: 'auditor' | 'frequency' }[] = [];
    const labels = LABELS.auditRestrictions;
    if (clause.auditor === 'independent-auditor') restrictions.push({ label: say(labels.independentAuditor, lang), property: 'auditor' });
    const frequency = clause.frequency;
    if (frequency && hoursOf(frequency.amount, frequency.unit).nominal > LIMITS.auditMaxIntervalHours) {
        restrictions.push({ label: say(labels.frequency, lang, formatDuration(frequency.amount, frequency.unit, lang)), property: 'frequency' });
    }
    if (frequency && !clause.onSuspicion) restrictions.push({ label: say(labels.noSuspicion, lang) });
    if (restrictions.length === 0) return;
    const single = restrictions.length === 1 ? restrictions[0]!.property : undefined;
    const notice = cstText(clause.notice);
    const fixes = [replaceByStandard(clause, `${standard('audit')}${notice ? ` notice ${notice}` : ''}`, say(LABELS.fixes.standardAudit, lang))];
    report(scope, 'DPA-R35', single ? { node: clause, property: single } : { node: clause }, restrictions.map(r => r.label).join('; '), fixes);
}

/**
 * DPA-R43 (Art. 82, 28(4)): a token cap. The standard liability text already counts loss of
 * personal data as direct damage and never caps sub-processor liability (so `excluding
 * indirect-damage` alone is no defect, nor a cap for DPA-R30).
 */
function checkLiability(scope: Scope, clause: ast.LiabilityClause): void {
    if (clause.cap === undefined || clause.cap >= LIMITS.tokenCapEUR) return;
    const amount = new Intl.NumberFormat(scope.lang === 'nl' ? 'nl-NL' : 'en-GB').format(clause.cap);
    report(scope, 'DPA-R43', { node: clause, property: 'cap' }, say(LABELS.liability.tokenCap, scope.lang, amount));
}

/** DPA-R44: the main agreement prevails over the DPA. */
function checkPrecedence(scope: Scope, clause: ast.PrecedenceClause): void {
    if (clause.prevails !== 'main-agreement') return;
    const fixes = [fix(say(LABELS.fixes.precedenceDpa, scope.lang), [replaceProperty(clause, 'prevails', 'dpa')], true)];
    report(scope, 'DPA-R44', { node: clause, property: 'prevails' }, undefined, fixes);
}

/** DPA-R45: the processor may amend the agreement unilaterally (even with notice). */
function checkAmendments(scope: Scope, clause: ast.AmendmentsClause): void {
    if (!clause.unilateral) return;
    const keyword = GrammarUtils.findNodeForKeyword(clause.$cstNode, 'amendments');
    const unilateral = GrammarUtils.findNodeForProperty(clause.$cstNode, 'unilateral');
    const end = clause.$cstNode?.range.end;
    if (!keyword || !unilateral || !end) return;
    const fixes = [fix(say(LABELS.fixes.amendmentsBoth, scope.lang), [replaceRange({ start: keyword.range.end, end }, '')], true)];
    report(scope, 'DPA-R45', { node: clause, range: { start: unilateral.range.start, end } }, undefined, fixes);
}

/** DPA-R51 (Art. 28(3)(b)): confidentiality for a fixed period instead of as long as data is held. */
function checkConfidentiality(scope: Scope, clause: ast.ConfidentialityClause): void {
    if (!clause.survives) return;
    const fixes = [fix(say(LABELS.fixes.untilDeletion, scope.lang), [replaceProperty(clause, 'survives', 'until-deletion')], true)];
    report(scope, 'DPA-R51', { node: clause, property: 'survives' }, undefined, fixes);
}

// ---------------------------------------------------------------------------------------------
// Custom clauses: what a custom clause covers, and its text
// ---------------------------------------------------------------------------------------------

/**
 * A custom clause that covers the breach notification, when no standard `breach` clause gives the
 * full Art. 33(3) content: DPA-R14 on its deadline (none, or too long), DPA-R31 on the items of
 * Art. 33(3)/(4) its text does not mention.
 */
function checkCustomBreach(scope: Scope): void {
    if (scope.has(ast.isBreachClause)) return;
    const { lang } = scope;
    for (const clause of scope.covers('breach-notification')) {
        const paragraphs = paragraphsOf(clause);
        const replace = clause.covers.length === 1 ? [replaceByStandard(clause, standard('breach-notification'), say(LABELS.replaceByStandardClause, lang, standard('breach-notification')))] : [];
        const deadline = paragraphs
            .flatMap(p => matches([BREACH_DEADLINE], p.text).map(m => ({ p, m, duration: parseDeadline(m.text) })))
            .flatMap(d => (d.duration ? [{ ...d, duration: d.duration, hours: hoursOf(d.duration.amount, d.duration.unit) }] : []))
            .sort((a, b) => a.hours.worst - b.hours.worst)[0];
        if (!deadline) {
            report(scope, 'DPA-R14', { node: clause, property: 'name' }, say(LABELS.breachNone, lang), replace, 'warning');
        } else {
            const severity = breachSeverity(deadline.hours);
            if (severity) {
                const where = { node: clause, range: rangeIn(scope.context.document, deadline.p, deadline.m) };
                const x = formatDuration(deadline.duration.amount, deadline.duration.unit, lang, true);
                report(scope, 'DPA-R14', where, x, replace, severity === 'error' ? undefined : severity);
            }
        }
        const text = paragraphs.map(p => p.text).join('\n');
        const missing = NOTICE_ITEMS.filter(([, patterns]) => !test(patterns, text)).map(([item]) => LABELS.breachNoticeContent[item][lang]);
        if (missing.length > 0) report(scope, 'DPA-R31', { node: clause, property: 'name' }, list(missing, lang), replace);
    }
}

/** "48 uur", "twee werkdagen", "3 days" → amount and unit (as in the grammar). */
function parseDeadline(text: string): { amount: number; unit: string } | undefined {
    const m = /^(\d+|\p{L}+)\s*(.+)$/u.exec(text.toLowerCase());
    if (!m) return undefined;
    const amount = /^\d+$/.test(m[1]!) ? Number(m[1]) : DATA.patterns.numberWords[m[1]!];
    const unit = DATA.patterns.unitWords[m[2]!.replace(/-/g, ' ')];
    return amount === undefined || unit === undefined ? undefined : { amount, unit };
}

/**
 * DPA-R09 (Art. 28(4)): a custom clause on sub-processors, without a standard `subprocessing`
 * clause (which imposes the same obligations), must impose the same obligations; "relevante
 * verplichtingen" is the catalogue's warning.
 */
function checkCustomSubprocessing(scope: Scope): void {
    if (scope.has(ast.isSubprocessingClause)) return;
    for (const clause of scope.covers('subprocessing')) {
        const paragraphs = paragraphsOf(clause);
        const insert = [insertStandard(scope.agreement, standard('subprocessing'), scope.lang)];
        const partial = paragraphs.flatMap(p => matches(PATTERNS.flowDownPartial, p.text).map(m => ({ p, m })))[0];
        if (partial) {
            report(scope, 'DPA-R09', { node: clause, range: rangeIn(scope.context.document, partial.p, partial.m) }, undefined, insert, 'warning');
        } else if (!paragraphs.some(p => test(PATTERNS.flowDown, p.text))) {
            report(scope, 'DPA-R09', { node: clause, property: 'name' }, undefined, insert);
        }
    }
}

/** Whether the processor engages, or may engage, sub-processors. */
function engagesSubprocessors(scope: Scope): boolean {
    return scope.agreement.subprocessors.length > 0 || scope.has(ast.isSubprocessingClause) || scope.covers('subprocessing').length > 0;
}

/**
 * The text of every custom clause: liability (DPA-R43, R30), data-subject requests (R33),
 * deletion (R34), audit findings (R35), confidentiality (R51), precedence (R44), termination
 * (R58). Each list is limited to paragraphs on its subject (or clauses that cover it), so a
 * phrase such as "redelijke termijn" counts only where it is about deletion.
 */
function checkCustomText(scope: Scope): void {
    const { lang } = scope;
    const subprocessors = engagesSubprocessors(scope);
    const liability = LABELS.liability;
    for (const paragraph of scope.paragraphs) {
        const { text, clause } = paragraph;
        for (const [list, label] of [['liabilityExclusion', liability.exclusion], ['liabilityFines', liability.fines], ['liabilityDataLossIndirect', liability.dataLoss]] as const) {
            for (const m of matches(PATTERNS[list], text)) reportText(scope, 'DPA-R43', paragraph, m, say(label, lang));
        }
        if (subprocessors && !test(PATTERNS.subprocessorMention, text)) {
            const cap = firstMatch([...PATTERNS.liabilityExclusion, ...PATTERNS.liabilityCap], text);
            if (cap) reportText(scope, 'DPA-R30', paragraph, cap);
        }
        if (clause.covers.includes('data-subject-requests') || test(PATTERNS.subjectRequestsScope, text)) {
            for (const m of matches(PATTERNS.subjectRequestsWeak, text)) reportText(scope, 'DPA-R33', paragraph, m);
        }
        if (clause.covers.includes('deletion') || test(PATTERNS.deletionScope, text)) {
            for (const m of matches(PATTERNS.deletionVague, text)) reportText(scope, 'DPA-R34', paragraph, m);
        }
        if (clause.covers.includes('audit') || test(PATTERNS.auditScope, text)) {
            for (const m of matches(PATTERNS.auditFindingsOptional, text)) reportText(scope, 'DPA-R35', paragraph, m, say(LABELS.auditRestrictions.findings, lang));
        }
        if (clause.covers.includes('confidentiality') || test(PATTERNS.confidentialityScope, text)) {
            for (const m of matches(PATTERNS.confidentialityWeak, text)) reportText(scope, 'DPA-R51', paragraph, m);
        }
        for (const m of matches(PATTERNS.precedenceProcessor, text)) reportText(scope, 'DPA-R44', paragraph, m);
        for (const m of matches(PATTERNS.noTermination, text)) reportText(scope, 'DPA-R58', paragraph, m);
    }
}

// ---------------------------------------------------------------------------------------------
// The module
// ---------------------------------------------------------------------------------------------

/** All clause rules of one agreement, in one pass over its clauses. */
export function checkClauses(agreement: ast.Agreement, context: CheckContext): void {
    const scope = scopeOf(agreement, context);
    checkAbsentElements(scope);
    for (const clause of agreement.clauses) {
        switch (clause.$type) {
            case 'SubprocessingClause': checkSubprocessing(scope, clause); break;
            case 'AssistanceClause': checkAssistance(scope, clause); break;
            case 'BreachClause': checkBreach(scope, clause); break;
            case 'DataSubjectRequestsClause': checkSubjectRequests(scope, clause); break;
            case 'TerminationClause': checkTermination(scope, clause); break;
            case 'AuditClause': checkAudit(scope, clause); break;
            case 'LiabilityClause': checkLiability(scope, clause); break;
            case 'PrecedenceClause': checkPrecedence(scope, clause); break;
            case 'AmendmentsClause': checkAmendments(scope, clause); break;
            case 'ConfidentialityClause': checkConfidentiality(scope, clause); break;
            default: break;
        }
    }
    checkCustomBreach(scope);
    checkCustomSubprocessing(scope);
    checkCustomText(scope);
}

/** Rules on Art. 28(3) clauses and their parameters. */
export const clausesModule: CheckModule = {
    name: 'clauses',
    rules: [
        'DPA-R03', 'DPA-R05', 'DPA-R06', 'DPA-R07', 'DPA-R08', 'DPA-R09', 'DPA-R11', 'DPA-R12', 'DPA-R13', 'DPA-R14', 'DPA-R15',
        'DPA-R16', 'DPA-R17', 'DPA-R30', 'DPA-R31', 'DPA-R33', 'DPA-R34', 'DPA-R35', 'DPA-R43', 'DPA-R44', 'DPA-R45', 'DPA-R51',
        'DPA-R58'
    ],
    checks: {
        Agreement: (agreement, context) => checkClauses(agreement, context)
    }
};

import { GrammarUtils } from 'langium';
import { WORDING_DATA } from '../../../data/index.js';
import * as ast from '../../../generated/ast.js';
import { joinAnd, LANGUAGE_MESSAGES, type TextKey } from '../../../i18n/texts.js';
import type { Severity } from '../../../messages.js';
import type { CheckContext, RuleOwner } from '../../check-module.js';
import { clauseAbout, where, type Piece } from '../../prose.js';
import { compileFamily, compilePattern, compilePatterns, context as wordingContext, findAll, findFamily, mentions, positions, testAny, type Context } from '../../text/index.js';
import { readClause } from '../custom-clauses/reading.js';
import { clausesOf, DATA, formatDuration, hoursOf, paragraphsOf, rangeIn, replaceByStandard, reportRule, say, standard, type Paragraph } from './shared.js';

// DPA-R14 (Art. 33(1),(2)) in all its forms: the deadline of a standard `breach` clause, of a
// custom clause that covers the breach notification, and vague deadlines in the prose; and
// DPA-R31, the content of a notice under a custom clause.

type NoticeItem = keyof typeof DATA.patterns.breachNoticeContent;

const NOTICE_ITEMS = Object.entries(DATA.patterns.breachNoticeContent).map(([item, sources]) => [item as NoticeItem, compilePatterns(sources, 'giu', `clauses.json patterns.breachNoticeContent.${item}`)] as const);
const BREACH_DEADLINE = compilePattern(DATA.patterns.breachDeadline, 'giu', 'clauses.json patterns.breachDeadline');
/** As a pattern list for findAll (one object: the text cache keys results by it). */
const BREACH_DEADLINES = [BREACH_DEADLINE];
const VAGUE = compileFamily(WORDING_DATA.vagueDeadlines, 'vagueDeadlines');
const BREACH = wordingContext('breach');
const DELETION = wordingContext('deletion');
const NOTIFY = wordingContext('notify');

function breachSeverity(hours: { nominal: number; worst: number }): Severity | undefined {
    if (hours.nominal >= DATA.thresholds.breachErrorHours) return 'error';
    if (hours.worst > DATA.thresholds.breachWarningHours) return 'warning';
    return undefined;
}

/**
 * DPA-R14: the processor's deadline must leave the controller time for its own 72-hour notice.
 * Error at 72 hours or more (a deadline in working days counts nominally); warning above 48
 * hours (for working days: the worst case, across a weekend), "without undue delay" without
 * hours, or no deadline at all. A `target` is judged as a deadline is, and where it passes, noted:
 * it binds the processor only to "without undue delay". Whether it runs from discovery or from
 * awareness does not change the judgement (Art. 33(2) counts from awareness; discovery is not
 * later). DPA-R31: a `contents` list without the items of Art. 33(3),(4).
 */
export function breachDeadline(clause: ast.BreachClause, context: CheckContext): void {
    const { lang } = context;
    const fixes = [replaceByStandard(clause, standard('breach-notification'), say('clauses.fixes.notify24', lang))];
    breachContents(clause, context);
    if (clause.withoutUndueDelay) {
        reportRule(context, 'DPA-R14', { node: clause, property: 'withoutUndueDelay' }, say('clauses.breachVague', lang), fixes, 'warning');
        return;
    }
    if (clause.noDeadline) {
        reportRule(context, 'DPA-R14', { node: clause, property: 'noDeadline' }, say('clauses.breachNone', lang), fixes, 'warning');
        return;
    }
    if (!clause.deadline) return;
    const severity = breachSeverity(hoursOf(clause.deadline.amount, clause.deadline.unit));
    if (severity) {
        reportRule(context, 'DPA-R14', { node: clause, property: 'deadline' }, formatDuration(clause.deadline.amount, clause.deadline.unit, lang, true), fixes, severity === 'error' ? undefined : severity);
    } else if (clause.target) {
        context.report.rule('DPA-R14', { node: clause, property: 'target' }, { x: formatDuration(clause.deadline.amount, clause.deadline.unit, lang) }, [], { message: 'target', severity: 'info' });
    }
}

/** The items of Art. 33(3),(4) a `contents` list must name, as the custom-clause check counts them. */
const REQUIRED_CONTENTS: readonly { item: NoticeItem; needs: readonly ast.BreachContent[] }[] = [
    { item: 'nature', needs: ['nature'] },
    { item: 'numbers', needs: ['subjects', 'records'] },
    { item: 'contact', needs: ['contact'] },
    { item: 'consequences', needs: ['consequences'] },
    { item: 'measures', needs: ['measures'] },
    { item: 'phases', needs: ['phases'] }
];

/** DPA-R31 (Art. 33(3),(4)): the items a breach clause's `contents` list (or `contents none`) leaves out. */
function breachContents(clause: ast.BreachClause, context: CheckContext): void {
    if (!clause.noContents && clause.contents.length === 0) return;
    const missing = REQUIRED_CONTENTS.filter(r => !r.needs.every(n => clause.contents.includes(n)))
        .map(r => LANGUAGE_MESSAGES.text(context.lang, `clauses.breachNoticeContent.${r.item}` as TextKey));
    if (missing.length === 0) return;
    const fixes = [replaceByStandard(clause, standard('breach-notification'), say('clauses.fixes.notify24', context.lang))];
    const contents = GrammarUtils.findNodesForProperty(clause.$cstNode, 'contents');
    const range = contents.length > 0 ? { start: contents[0]!.range.start, end: contents.at(-1)!.range.end } : undefined;
    reportRule(context, 'DPA-R31', range ? { node: clause, range } : { node: clause, property: 'noContents' }, joinAnd(missing, context.lang), fixes);
}

/** "48 uur", "twee werkdagen", "3 days", "twenty-four hours" → amount and unit (as in the grammar). */
function parseDeadline(text: string): { amount: number; unit: string } | undefined {
    const lower = text.toLowerCase();
    const m = /^(\d+)\s*(.+)$/u.exec(lower) ?? /^([\p{L}-]+)\s+(.+)$/u.exec(lower);
    if (!m) return undefined;
    const amount = /^\d+$/.test(m[1]!) ? Number(m[1]) : DATA.patterns.numberWords[m[1]!];
    const unit = DATA.patterns.unitWords[m[2]!.replace(/-/g, ' ')];
    return amount === undefined || unit === undefined ? undefined : { amount, unit };
}

/** Whether a custom clause is a breach-notification clause that provides the element (read, not trusted). */
function notifiesBreaches(clause: ast.CustomClause): boolean {
    return readClause(clause).some(r => r.element === 'breach-notification' && r.provides);
}

/** The shortest breach-notice deadline a custom clause's text gives, in hours or in words. */
function proseDeadline(paragraphs: readonly Paragraph[]) {
    return paragraphs
        .flatMap(p => findAll(BREACH_DEADLINES, p.text).map(m => ({ p, m, duration: parseDeadline(m.text) })))
        .flatMap(d => (d.duration ? [{ ...d, duration: d.duration, hours: hoursOf(d.duration.amount, d.duration.unit) }] : []))
        .sort((a, b) => a.hours.worst - b.hours.worst)[0];
}

/**
 * A custom clause on the breach notification (one that `covers` it, or whose title names it, and
 * whose text notifies the controller: rules/custom-clauses/reading.ts). Without a standard
 * `breach` clause: DPA-R14 on its deadline (none, or too long, judged as the clause's parameter
 * is), DPA-R31 on the items of Art. 33(3)/(4) its text does not mention. Beside a standard
 * `breach` clause: DPA-R14 where the prose gives a longer deadline than the clause (the two
 * contradict each other, and the longer one may be read as agreed).
 */
export function customBreachClause(clause: ast.CustomClause, context: CheckContext): void {
    if (!notifiesBreaches(clause)) return;
    const agreement = context.agreement;
    const { lang } = context;
    const paragraphs = paragraphsOf(clause);
    const deadline = proseDeadline(paragraphs);
    const standardClause = agreement.clauses.find(ast.isBreachClause);
    if (standardClause) {
        const agreed = standardClause.deadline;
        if (!deadline || !agreed || deadline.hours.nominal <= hoursOf(agreed.amount, agreed.unit).nominal) return;
        const x = formatDuration(deadline.duration.amount, deadline.duration.unit, lang);
        const y = formatDuration(agreed.amount, agreed.unit, lang);
        const severity = breachSeverity(deadline.hours) ?? 'warning';
        context.report.rule('DPA-R14', { node: clause, range: rangeIn(context, deadline.p, deadline.m) }, { x, y }, [], { message: 'contradicts', ...(severity === 'error' ? {} : { severity }) });
        return;
    }
    const replace = clause.covers.length === 1 ? [replaceByStandard(clause, standard('breach-notification'), say('clauses.replaceByStandardClause', lang, standard('breach-notification')))] : [];
    if (!deadline) {
        reportRule(context, 'DPA-R14', { node: clause, property: 'name' }, say('clauses.breachNone', lang), replace, 'warning');
    } else {
        const severity = breachSeverity(deadline.hours);
        if (severity) {
            const x = formatDuration(deadline.duration.amount, deadline.duration.unit, lang, true);
            reportRule(context, 'DPA-R14', { node: clause, range: rangeIn(context, deadline.p, deadline.m) }, x, replace, severity === 'error' ? undefined : severity);
        }
    }
    const text = paragraphs.map(p => p.text).join('\n');
    const missing = NOTICE_ITEMS.filter(([, patterns]) => !testAny(patterns, text)).map(([item]) => LANGUAGE_MESSAGES.text(lang, `clauses.breachNoticeContent.${item}` as TextKey));
    if (missing.length > 0) reportRule(context, 'DPA-R31', { node: clause, property: 'name' }, joinAnd(missing, lang), replace);
}

/**
 * DPA-R14 (text): a vague breach-notice deadline ("onverwijld", "zo spoedig mogelijk") without a
 * concrete period: the catalogue's warning. It counts only where its sentence notifies about a
 * breach, or notifies in a clause on breaches, and a breach topic is nearer than a deletion topic
 * (vague deletion deadlines are DPA-R34, reported by the clause rules). A custom clause that
 * is about the breach notification while no standard `breach` clause exists is left to
 * `customBreachClause`: it checks its deadline as a whole.
 */
export function vagueDeadlines(piece: Piece, context: CheckContext): void {
    const clause = piece.clause;
    if (clause && notifiesBreaches(clause) && !clausesOf(context.agreement).has(ast.isBreachClause)) return;
    for (const m of findFamily(VAGUE, piece.sentences)) {
        const sentence = m.sentence;
        if (!mentions(NOTIFY, sentence.text)) continue;
        const distance = (topic: Context) => Math.min(...positions(topic, sentence.text).map(p => Math.abs(p + sentence.start - m.start)));
        const breach = distance(BREACH);
        const deletion = distance(DELETION);
        const aboutBreach = breach !== Infinity || deletion !== Infinity
            ? breach <= deletion
            : clauseAbout(clause, ['breach-notification'], BREACH);
        if (!aboutBreach) continue;
        const x = LANGUAGE_MESSAGES.text(context.lang, 'r14.noHours', { text: m.text });
        context.report.rule('DPA-R14', where(context, piece, m.start, m.end), { x }, [], { severity: 'warning' });
    }
}

export const owner: RuleOwner = { name: 'breach-notification', rules: ['DPA-R14', 'DPA-R31'] };

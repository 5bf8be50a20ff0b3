import { WORDING_DATA } from '../../../data/index.js';
import * as ast from '../../../generated/ast.js';
import { joinAnd, LANGUAGE_MESSAGES, type TextKey } from '../../../i18n/texts.js';
import type { Severity } from '../../../messages.js';
import type { CheckContext, RuleOwner } from '../../check-module.js';
import { clauseAbout, where, type Piece } from '../../prose.js';
import { compileFamily, compilePattern, compilePatterns, context as wordingContext, findAll, findFamily, mentions, positions, testAny, type Context } from '../../text/index.js';
import { DATA, formatDuration, hoursOf, paragraphsOf, rangeIn, replaceByStandard, reportRule, say, standard } from './shared.js';

// DPA-R14 (Art. 33(1),(2)) in all its forms: the deadline of a standard `breach` clause, of a
// custom clause that covers the breach notification, and vague deadlines in the prose; and
// DPA-R31, the content of a notice under a custom clause.

type NoticeItem = keyof typeof DATA.patterns.breachNoticeContent;

const NOTICE_ITEMS = Object.entries(DATA.patterns.breachNoticeContent).map(([item, sources]) => [item as NoticeItem, compilePatterns(sources, 'giu', `clauses.json patterns.breachNoticeContent.${item}`)] as const);
const BREACH_DEADLINE = compilePattern(DATA.patterns.breachDeadline, 'giu', 'clauses.json patterns.breachDeadline');
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
 * hours (for working days: the worst case, across a weekend) or "without undue delay" without
 * hours.
 */
export function breachDeadline(clause: ast.BreachClause, context: CheckContext): void {
    const { lang } = context;
    const fixes = [replaceByStandard(clause, standard('breach-notification'), say('clauses.fixes.notify24', lang))];
    if (clause.withoutUndueDelay) {
        reportRule(context, 'DPA-R14', { node: clause, property: 'withoutUndueDelay' }, say('clauses.breachVague', lang), fixes, 'warning');
        return;
    }
    if (!clause.deadline) return;
    const severity = breachSeverity(hoursOf(clause.deadline.amount, clause.deadline.unit));
    if (severity) reportRule(context, 'DPA-R14', { node: clause, property: 'deadline' }, formatDuration(clause.deadline.amount, clause.deadline.unit, lang, true), fixes, severity === 'error' ? undefined : severity);
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
 * A custom clause that covers the breach notification, when no standard `breach` clause gives the
 * full Art. 33(3) content: DPA-R14 on its deadline (none, or too long), DPA-R31 on the items of
 * Art. 33(3)/(4) its text does not mention.
 */
export function customBreachClause(clause: ast.CustomClause, context: CheckContext): void {
    const agreement = context.agreement;
    if (!clause.covers.includes('breach-notification') || agreement.clauses.some(ast.isBreachClause)) return;
    const { lang } = context;
    const paragraphs = paragraphsOf(clause);
    const replace = clause.covers.length === 1 ? [replaceByStandard(clause, standard('breach-notification'), say('clauses.replaceByStandardClause', lang, standard('breach-notification')))] : [];
    const deadline = paragraphs
        .flatMap(p => findAll([BREACH_DEADLINE], p.text).map(m => ({ p, m, duration: parseDeadline(m.text) })))
        .flatMap(d => (d.duration ? [{ ...d, duration: d.duration, hours: hoursOf(d.duration.amount, d.duration.unit) }] : []))
        .sort((a, b) => a.hours.worst - b.hours.worst)[0];
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
 * covers the breach notification while no standard `breach` clause exists is left to
 * `customBreachClause`: it checks its deadline as a whole.
 */
export function vagueDeadlines(piece: Piece, context: CheckContext): void {
    const clause = piece.clause;
    if (clause?.covers.includes('breach-notification') && !context.agreement.clauses.some(ast.isBreachClause)) return;
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

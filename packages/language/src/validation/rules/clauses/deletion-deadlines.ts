import * as ast from '../../../generated/ast.js';
import { LANGUAGE_MESSAGES } from '../../../i18n/texts.js';
import type { CheckContext, RuleOwner } from '../../check-module.js';
import { findPatternMatches } from '../../text/index.js';
import { clausesOf, formatDuration, hoursOf, rangeIn } from './shared.js';

// DPA-R65 (Art. 28(3)(g), 5(1)(e); review A-28, D-09, C-12): the end of the processing said in
// ways that do not fit together. The standard `termination` clause has the data returned or
// deleted within its deadline after the end of the services; a retention that keeps them longer
// after the agreement, an export window that outlasts the deadline, or a choice between return and
// deletion due after it contradicts that deadline. A custom clause that states the return or
// deletion at the end again beside the standard clause is reported as information: two texts of
// one obligation drift apart (the icteam draft's 26.1 and 27.1).

/** The fewest and the most hours a period can last: a month 28 to 31 days, a year 365 or 366, a working day 24 hours plus weekends. */
const DAYS: Readonly<Record<string, readonly [number, number]>> = { month: [28, 31], year: [365, 366] };
function bounds(d: ast.Duration): { least: number; most: number } | undefined {
    // A period the parser left incomplete (while the user types) is not compared.
    if (typeof d.amount !== 'number' || typeof d.unit !== 'string') return undefined;
    const unit = d.unit.replace(/s$/u, '');
    const days = DAYS[unit];
    if (days) return { least: d.amount * days[0] * 24, most: d.amount * days[1] * 24 };
    const nominal = hoursOf(d.amount, d.unit).nominal;
    return { least: nominal, most: unit === 'working-day' ? nominal * 7 / 5 + 48 : nominal };
}

/** `longer` lasts longer than `than` whatever the calendar: 2 months against 30 days, not 1 month against 30 days. */
function outlasts(longer: ast.Duration, than: ast.Duration): boolean {
    const [a, b] = [bounds(longer), bounds(than)];
    return a !== undefined && b !== undefined && a.least > b.most;
}

/** DPA-R65: retention, export window and choice against the deletion deadline; deletion stated twice. */
export function deletionDeadlines(agreement: ast.Agreement, context: CheckContext): void {
    const termination = agreement.clauses.find(ast.isTerminationClause);
    if (!termination) return;
    const lang = context.lang;
    const say = (d: ast.Duration) => formatDuration(d.amount, d.unit, lang);
    const { deadline, exportWindow, choiceDeadline } = termination;
    // An export window is the first phase: deletion follows it, so without a deadline it stands for one (as DPA-R34 reads it).
    const end = deadline ?? exportWindow;
    if (end) {
        for (const processing of agreement.processings) {
            context.checkTime();
            const retentions = [processing.retention, ...processing.partRetentions.filter(p => p.layer === undefined).map(p => p.term)];
            for (const retention of retentions) {
                // A statutory period the controller bears is kept for it, not by the processor after the end (review A-04).
                if (!retention?.agreement || !retention.grace || retention.duty === 'controller') continue;
                if (!outlasts(retention.grace, end)) continue;
                const y = LANGUAGE_MESSAGES.text(lang, 'r65.retention', { a: say(retention.grace), b: say(end) });
                context.report.rule('DPA-R65', { node: retention, property: 'grace' }, { x: processing.title || processing.name, y });
            }
        }
    }
    if (deadline && exportWindow && outlasts(exportWindow, deadline)) {
        context.report.rule('DPA-R65', { node: termination, property: 'exportWindow' }, { x: say(exportWindow), y: say(deadline) }, [], { message: 'export' });
    }
    if (end && choiceDeadline && outlasts(choiceDeadline, end)) {
        context.report.rule('DPA-R65', { node: termination, property: 'choiceDeadline' }, { x: say(choiceDeadline), y: say(end) }, [], { message: 'choice' });
    }
    const reported = new Set<ast.CustomClause>();
    for (const paragraph of clausesOf(agreement).paragraphs) {
        // Once per clause: its first paragraph that states it.
        if (reported.has(paragraph.clause)) continue;
        const first = findPatternMatches('DPA-R65', paragraph.text)[0];
        if (!first) continue;
        reported.add(paragraph.clause);
        context.report.rule('DPA-R65', { node: paragraph.clause, range: rangeIn(context, paragraph, first) }, { x: paragraph.clause.title }, [], { message: 'twice', severity: 'info' });
    }
}

export const owner: RuleOwner = { name: 'deletion-deadlines', rules: ['DPA-R65'] };

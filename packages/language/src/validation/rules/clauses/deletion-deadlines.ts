import * as ast from '../../../generated/ast.js';
import { LANGUAGE_MESSAGES } from '../../../i18n/texts.js';
import type { CheckContext, RuleOwner } from '../../check-module.js';
import { findPatternMatches } from '../../text/index.js';
import { clausesOf, formatDuration, hoursOf, rangeIn } from './shared.js';

// DPA-R64 (Art. 28(3)(g), 5(1)(e); review A-28, D-09, C-12): the end of the processing said in
// ways that do not fit together. The standard `termination` clause has the data returned or
// deleted within its deadline after the end of the services; a retention that keeps them longer
// after the agreement, an export window that outlasts the deadline, or a choice between return and
// deletion due after it contradicts that deadline. A custom clause that states the return or
// deletion at the end again beside the standard clause is reported as information: two texts of
// one obligation drift apart (the icteam draft's 26.1 and 27.1).

const nominalHours = (d: ast.Duration) => hoursOf(d.amount, d.unit).nominal;

/** DPA-R64: retention, export window and choice against the deletion deadline; deletion stated twice. */
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
                if (nominalHours(retention.grace) <= nominalHours(end)) continue;
                const y = LANGUAGE_MESSAGES.text(lang, 'r64.retention', { a: say(retention.grace), b: say(end) });
                context.report.rule('DPA-R64', { node: retention, property: 'grace' }, { x: processing.title || processing.name, y });
            }
        }
    }
    if (deadline && exportWindow && nominalHours(exportWindow) > nominalHours(deadline)) {
        context.report.rule('DPA-R64', { node: termination, property: 'exportWindow' }, { x: say(exportWindow), y: say(deadline) }, [], { message: 'export' });
    }
    if (end && choiceDeadline && nominalHours(choiceDeadline) > nominalHours(end)) {
        context.report.rule('DPA-R64', { node: termination, property: 'choiceDeadline' }, { x: say(choiceDeadline), y: say(end) }, [], { message: 'choice' });
    }
    for (const paragraph of clausesOf(agreement).paragraphs) {
        const first = findPatternMatches('DPA-R64', paragraph.text)[0];
        if (!first) continue;
        // Once per clause: its first paragraph that states it.
        if (clausesOf(agreement).paragraphs.find(p => p.clause === paragraph.clause && findPatternMatches('DPA-R64', p.text).length > 0) !== paragraph) continue;
        context.report.rule('DPA-R64', { node: paragraph.clause, range: rangeIn(context, paragraph, first) }, { x: paragraph.clause.title }, [], { message: 'twice', severity: 'info' });
    }
}

export const owner: RuleOwner = { name: 'deletion-deadlines', rules: ['DPA-R64'] };

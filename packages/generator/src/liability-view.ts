import type { AssistanceClause, DataSubjectRequestsClause, LiabilityClause } from '@dpa/language';
import { formatMoney } from './format.js';
import type { Terms } from './terms.js';
import type { AssistanceCostsView, ClauseViews } from './view.js';

// The views of the liability clause and of the costs of assistance: one liability article (cap,
// whose liability it limits, indirect damage, the intent carve-out, Art. 82(5) recourse, Art. 83
// fines) and who pays for the assistance of Art. 28(3)(e),(f).

/** The view of a `liability` clause; `faithful`: the agreement is a record (`record-of`). */
export function liabilityView(clause: LiabilityClause, terms: Terms, faithful: boolean): ClauseViews['liability'] {
    const cap = clause.cap !== undefined ? formatMoney(clause.cap, terms) : undefined;
    const excluded = clause.excluded && !clause.mainAgreement;
    return {
        mainAgreement: clause.mainAgreement,
        // Art. 82 towards data subjects: a record states it only with `art-82` or its `recourse`.
        art82: !faithful || clause.art82 || clause.recourse !== undefined,
        mutual: clause.mutual,
        excluded,
        perEvent: clause.capPer === 'event',
        perYear: clause.capPer === 'year',
        perCalendarYear: clause.capPer === 'calendar-year',
        total: clause.capTotal,
        excludeIndirect: clause.excludeIndirect,
        dataLossIndirect: clause.excludeIndirect && clause.dataLoss === 'indirect',
        // The intent carve-out is stated once, whenever the article limits anything.
        limited: cap !== undefined || clause.excludeIndirect || excluded,
        limits: (cap !== undefined ? 1 : 0) + (clause.excludeIndirect ? 1 : 0) + (excluded ? 1 : 0) > 1,
        finesOwn: clause.finesOwn,
        recourseCapped: clause.recourse === 'capped',
        recourseUncapped: clause.recourse === 'uncapped',
        ...(cap !== undefined ? { cap } : {})
    };
}

/** Who pays for assistance (`costs` of an `assistance` or `data-subject-requests` clause). */
export function assistanceCostsView(clause: AssistanceClause | DataSubjectRequestsClause): AssistanceCostsView {
    const costs = clause.costs;
    return {
        controllerCaused: costs === 'controller-caused',
        charged: costs === 'charged',
        chargedIfSubstantial: costs === 'charged-if-substantial',
        controllerUnlessFault: costs === 'controller-unless-fault',
        mainAgreementRates: clause.rates === 'main-agreement',
        estimate: clause.estimate
    };
}

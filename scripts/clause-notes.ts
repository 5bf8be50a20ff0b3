/**
 * What docs/clauses.md says about clause parameters that the glossary (the hover texts,
 * packages/language/src/data/glossary.json) does not explain in their clause's context, and the
 * sample values its examples use. The glossary is read first for keywords; these notes are keyed
 * `<ClauseType>.<feature>` (a value parameter) or `<ClauseType>.<feature>=<keyword>` (one value).
 */

export interface ParameterNote {
    /** What the value means in the agreement (English). */
    readonly meaning: string;
    readonly article?: string;
}

/** The notes of a clause's `costs` parameter: who bears the costs of `what`. */
function costsNotes(clause: string, what: string, article: string): Record<string, ParameterNote> {
    return {
        [`${clause}.costs=controller`]: { meaning: `The controller bears the costs of ${what}, also where the processor falls short: statutory assistance charged (DPA-R54).`, article },
        [`${clause}.costs=processor`]: { meaning: `The processor bears the costs of ${what}.`, article },
        [`${clause}.costs=controller-unless-fault`]: { meaning: `The controller bears the costs of ${what}, unless the processor is found to fall short; then the processor does.`, article },
        [`${clause}.costs=agreed`]: { meaning: `The parties agree on the costs of ${what} beforehand.`, article }
    };
}

/** The notes of the cost terms of an assistance clause (`costs controller-unless-fault rates main-agreement estimate`). */
function assistanceCostNotes(clause: string, article: string): Record<string, ParameterNote> {
    return {
        [`${clause}.costs=controller-unless-fault`]: { meaning: 'No charge for assistance made necessary by a failure of the processor or of a sub-processor; other assistance is charged at reasonable costs.', article },
        [`${clause}.rates=main-agreement`]: { meaning: 'Charged assistance is charged at the rates of the main agreement.', article },
        [`${clause}.estimate`]: { meaning: 'Charged assistance is charged only after the processor has given a written estimate of the costs in advance.', article }
    };
}

export const PARAMETER_NOTES: Readonly<Record<string, ParameterNote>> = {
    ...assistanceCostNotes('AssistanceClause', 'Art. 28(3)(f) AVG'),
    ...assistanceCostNotes('DataSubjectRequestsClause', 'Art. 28(3)(e) AVG'),
    ...costsNotes('AuditClause', 'an audit', 'Art. 28(3)(h) AVG'),
    'AuditClause.onSite=none': {
        meaning: 'An audit does not include an inspection on the processor\'s premises. Art. 28(3)(h) requires audits including inspections (DPA-R16).',
        article: 'Art. 28(3)(h) AVG'
    },
    'AuditClause.onSite=regulatory-need': {
        meaning: 'An inspection on site only where the controller shows with documents that a supervisory authority or a statute requires it: a restriction (DPA-R35).',
        article: 'Art. 28(3)(h) AVG'
    },
    ...costsNotes('TerminationClause', 'returning or deleting the data', 'Art. 28(3)(g) AVG'),
    'TerminationClause.certificateOnRequest': { meaning: 'The processor confirms the deletion in writing only when the controller asks for it.', article: 'Art. 28(3)(g) AVG' },
    'TerminationClause.onlyOnRequest': {
        meaning: 'The processor returns or deletes the data only at the controller\'s request. Art. 28(3)(g) requires it at the end of the services in any case (DPA-R34).',
        article: 'Art. 28(3)(g) AVG'
    },
    'TerminationClause.exportWindow': {
        meaning: 'A period after the end of the services in which the controller exports the data; the processor deletes them after it (within the `within` period, when given). `indicative`: the period is only an example (DPA-R34).',
        article: 'Art. 28(3)(g) AVG'
    },
    'ConfidentialityClause.survives': {
        meaning: 'The duty of confidentiality is stated for a fixed period after the agreement ends. Art. 28(3)(b) asks for confidentiality as long as the data are processed; a period that can end before the data are deleted falls short (DPA-R51 proposes `until-deletion`).',
        article: 'Art. 28(3)(b) AVG'
    },
    'ConfidentialityClause.untilDeletion': {
        meaning: 'The duty of confidentiality survives the end of the agreement, in any event as long as the processor or a sub-processor holds personal data: a floor, not a limit (review A-31). A record of an existing agreement (faithful) keeps the original\'s limit.',
        article: 'Art. 28(3)(b) AVG'
    },
    'SecurityClause.review': {
        meaning: 'The processor evaluates the measures of the measures annex at least once in this period: the regular testing, assessing and evaluating of their effectiveness.',
        article: 'Art. 32(1)(d) AVG'
    },
    'SecurityClause.report': {
        meaning: 'The processor reports to the controller on the security measures it has taken (and the points in them that need attention) at least once in this period, each time by the given day of the year (`by --12-31`: 31 December).',
        article: 'Art. 28(3)(c), (h), 32 AVG'
    },
    'SubprocessingClause.notice': {
        meaning: 'How long in advance the processor announces an intended addition or replacement of a sub-processor (general authorisation), or asks for the authorisation (specific).',
        article: 'Art. 28(2) AVG'
    },
    'SubprocessingClause.objection': {
        meaning: 'The controller may object to an intended change. Without `then`, the processor does not engage the sub-processor until the objection is resolved, and the controller may terminate; with `then`, what follows is what it names.',
        article: 'Art. 28(2) AVG'
    },
    'SubprocessingClause.objectionPeriod': {
        meaning: 'The controller objects within this period after the notice of the change.',
        article: 'Art. 28(2) AVG'
    },
    'SubprocessingClause.classes': {
        meaning: 'Beside a specific authorisation, a general written authorisation for sub-processors of these services (hosting, support); the processor still gives notice of them.',
        article: 'Art. 28(2) AVG'
    },
    'DataSubjectRequestsClause.forward': {
        meaning: 'A request the processor receives from a data subject is forwarded to the controller within this period, so that the controller can answer within one month (Art. 12(3)); more than two weeks is flagged (DPA-R33).',
        article: 'Art. 28(3)(e), 12(3) AVG'
    },
    'AssistanceClause.topics=security': {
        meaning: 'Assistance with the controller\'s own obligation to secure the processing.',
        article: 'Art. 28(3)(f), 32 AVG'
    },
    'AssistanceClause.topics=breach': {
        meaning: 'Assistance with notifying a personal data breach to the supervisory authority and communicating it to data subjects.',
        article: 'Art. 28(3)(f), 33, 34 AVG'
    },
    'AssistanceClause.topics=dpia': {
        meaning: 'Assistance with a data protection impact assessment.',
        article: 'Art. 28(3)(f), 35 AVG'
    },
    'AssistanceClause.topics=prior-consultation': {
        meaning: 'Assistance with the prior consultation of the supervisory authority after a DPIA that shows a high risk.',
        article: 'Art. 28(3)(f), 36 AVG'
    },
    'BreachClause.deadline': {
        meaning: 'The processor notifies the controller of a breach without undue delay and at the latest this long after becoming aware of it. The controller must notify the supervisory authority within 72 hours (Art. 33(1)), so a deadline of 72 hours or more is an error and one above 48 hours a warning (DPA-R14).',
        article: 'Art. 33(2) AVG'
    },
    'DataSubjectRequestsClause.forwards': {
        meaning: 'Requests the processor receives directly are forwarded to the controller: within a period (`within`), immediately (`directly`), or, with `forward` alone, without a stated period. Without `forward` the standard clause forwards without undue delay, unless `no-assistance` says the text forwards nothing.',
        article: 'Art. 28(3)(e), 12(3) AVG'
    },
    'DataSubjectRequestsClause.rights=objection': {
        meaning: 'The right to object to processing, among the rights the clause names.',
        article: 'Art. 21 AVG'
    },
    'BreachClause.contents=subjects': {
        meaning: 'The notice gives, where possible, the categories and approximate number of data subjects concerned.',
        article: 'Art. 33(3)(a) AVG'
    },
    'BreachClause.contents=contact': {
        meaning: 'The notice names the data protection officer or another contact point where more information can be obtained.',
        article: 'Art. 33(3)(b) AVG'
    },
    'BreachClause.contents=measures': {
        meaning: 'The notice describes the measures taken or proposed to address the breach and mitigate its effects.',
        article: 'Art. 33(3)(d) AVG'
    },
    'BreachClause.noContents': {
        meaning: 'The clause says nothing of what the notice contains; every item of Art. 33(3),(4) is missing (DPA-R31).',
        article: 'Art. 33(3),(4) AVG'
    },
    'AuditClause.frequency': {
        meaning: 'Audits are limited to once in this period. A limit is acceptable when audits on a concrete suspicion stay possible (`on-suspicion`); a limit longer than one year narrows the audit right (DPA-R35).',
        article: 'Art. 28(3)(h) AVG'
    },
    'AuditClause.statement': {
        meaning: 'The processor gives the controller, at least once in this period and each time by the given day of the year, a statement of an independent external expert on the processing and its compliance with the measures. It is evidence beside the audit right, not a limit on it.',
        article: 'Art. 28(3)(h) AVG'
    },
    'AuditClause.notice': {
        meaning: 'How long in advance the controller announces an audit or inspection.',
        article: 'Art. 28(3)(h) AVG'
    },
    'LiabilityClause.cap': {
        meaning: 'The processor\'s liability towards the controller is limited to this amount in euros. A cap binds the parties only, never data subjects (Art. 82(4)); a token cap is flagged (DPA-R43).',
        article: 'Art. 82 AVG'
    },
    'LiabilityClause.capPer=event': {
        meaning: 'The cap applies per event; related events count as one.',
        article: 'Art. 82 AVG'
    },
    'LiabilityClause.capPer=year': {
        meaning: 'The cap applies per calendar year.',
        article: 'Art. 82 AVG'
    },
    'LiabilityClause.capPer=calendar-year': {
        meaning: 'The cap applies per calendar year; damage counts towards the year in which the event that caused it took place.',
        article: 'Art. 82 AVG'
    },
    'LiabilityClause.finesOwn': {
        meaning: 'Each party bears the administrative fines and orders subject to a penalty imposed on it; recourse only where the other party\'s breach of the agreement caused them, and only as far as the law allows.',
        article: 'Art. 83 AVG'
    },
    'LiabilityClause.recourse=capped': {
        meaning: 'The cap also limits recourse between the parties after one of them has compensated a data subject.',
        article: 'Art. 82(5) AVG'
    },
    'LiabilityClause.recourse=uncapped': {
        meaning: 'The cap does not limit recourse between the parties after one of them has compensated a data subject.',
        article: 'Art. 82(5) AVG'
    },
    'LiabilityClause.capTotal': {
        meaning: 'The cap is one total amount for the whole agreement.',
        article: 'Art. 82 AVG'
    },
    'LiabilityClause.excludeIndirect': {
        meaning: 'The processor (with `mutual`: neither party) is not liable for indirect damage; unless `data-loss indirect`, the text keeps the loss or unlawful processing of personal data outside "indirect damage".',
        article: 'Art. 82 AVG'
    },
    'LiabilityClause.mutual': {
        meaning: 'The exclusion, the cap and the exclusion of indirect damage limit the liability of both parties, not only the processor\'s; the intent carve-out then covers the liable party and its managerial staff.',
        article: 'Art. 82 AVG; art. 6:248 lid 2 BW'
    },
    'LiabilityClause.excluded': {
        meaning: 'Liability between the parties (with `mutual`) or of the processor is excluded as far as the law allows; a cap limits what cannot be excluded. Flagged for the controller (DPA-R43).',
        article: 'Art. 82 AVG; art. 6:248 lid 2 BW'
    },
    'LiabilityClause.dataLoss=direct': {
        meaning: 'Damage from the loss, impairment or unlawful processing of personal data is not excluded indirect damage (the default).',
        article: 'Art. 82 AVG'
    },
    'LiabilityClause.dataLoss=indirect': {
        meaning: 'Damage from the loss, corruption or destruction of data counts as excluded indirect damage, so the controller cannot recover it (DPA-R43).',
        article: 'Art. 82 AVG'
    },
    'TerminationClause.choice=delete': {
        meaning: 'The processor deletes the data at the end; the controller has no choice of return, which Art. 28(3)(g) requires (DPA-R15).',
        article: 'Art. 28(3)(g) AVG'
    },
    'TerminationClause.choice=return': {
        meaning: 'The processor returns the data at the end and then deletes what it still holds; the controller has no choice of deletion alone, which Art. 28(3)(g) requires (DPA-R15).',
        article: 'Art. 28(3)(g) AVG'
    },
    'TerminationClause.deadline': {
        meaning: 'Return or deletion is completed at the latest this long after the end of the services; without it, the deletion has no deadline (DPA-R34).',
        article: 'Art. 28(3)(g) AVG'
    },
    'TerminationClause.backups': {
        meaning: 'Copies in back-ups are deleted at the latest this long after the end of the services, as the back-ups are overwritten; until then they stay secured and unused.',
        article: 'Art. 28(3)(g) AVG'
    },
    'TerminationClause.certificate': {
        meaning: 'The processor confirms the deletion, also at its sub-processors, in writing (a certificate of deletion).',
        article: 'Art. 28(3)(g) AVG'
    },
    'DurationClause.mainAgreement': {
        meaning: 'The agreement runs as long as the main agreement, and in any event as long as the processor processes personal data for the controller.',
        article: 'Art. 28(3) AVG (duration of the processing)'
    },
    'DurationClause.whileProcessing': {
        meaning: 'The agreement runs as long as the processor processes personal data for the controller (with `main-agreement`: also as long as the main agreement).',
        article: 'Art. 28(3) AVG (duration of the processing)'
    },
    'DurationClause.survives': {
        meaning: 'The provisions on these subjects (confidentiality, breach, audit, transfers, termination, liability, law) stay in force after the end of the agreement; with `by-nature`, as examples of the obligations meant to survive.',
        article: 'Art. 28(3)(g) AVG; Decision (EU) 2021/915, cl. 10'
    },
    'DurationClause.restore': {
        meaning: 'After the controller has suspended the processing, the processor must comply again within a reasonable time and at the latest within this period, or the controller may terminate (default one month).',
        article: 'Decision (EU) 2021/915, cl. 10(b)(1)'
    },
    'DurationClause.omitted=suspension': {
        meaning: 'The controller may not suspend the processing when the processor fails to comply, and so has no termination right for compliance not restored after a suspension.',
        article: 'Decision (EU) 2021/915, cl. 10(a), (b)(1)'
    },
    'DurationClause.omitted=processor-termination': {
        meaning: 'The processor may not terminate when the controller insists on an instruction the processor has reported as infringing.',
        article: 'Art. 28(3), second subparagraph, AVG; Decision (EU) 2021/915, cl. 10(c)'
    },
    'TerminationClause.choiceDeadline': {
        meaning: 'The controller chooses between return and deletion within this period after the end of the services; failing a choice, the processor deletes. The choice should fall before the deletion deadline (DPA-R65).',
        article: 'Art. 28(3)(g) AVG'
    },
    'DurationClause.period': {
        meaning: 'The agreement runs for a fixed period from its effective date.',
        article: 'Art. 28(3) AVG (duration of the processing)'
    },
    'DurationClause.end': {
        meaning: 'The agreement ends on a fixed date.',
        article: 'Art. 28(3) AVG (duration of the processing)'
    },
    'AmendmentsClause.mainAgreement': {
        meaning: 'The agreement is amended in the way the main agreement provides for its own amendment; whether that allows a unilateral change is for the main agreement (DPA-R45 reports a unilateral one here).',
        article: 'Art. 28(9) AVG'
    },
    'LiabilityClause.mainAgreement': {
        meaning: 'Liability between the parties is governed by the main agreement\'s terms, as far as the law permits; liability towards data subjects (Art. 82) and for sub-processors (Art. 28(4)) stays as the standard text states it.',
        article: 'Art. 82, 28(4) AVG'
    },
    'AmendmentsClause.notice': {
        meaning: 'How long in advance the processor announces a unilateral amendment.',
        article: 'Art. 28(9) AVG; EDPB Guidelines 07/2020'
    },
    'PrecedenceClause.prevails=dpa': {
        meaning: 'On a conflict about the processing of personal data, this agreement prevails over the main agreement and general terms.',
        article: 'Decision (EU) 2021/915, cl. 4'
    },
    'InstructionsClause.sources=dpa': {
        meaning: 'The instructions are laid down in this data processing agreement (with its processing annex); the default when `from` is not given.',
        article: 'Art. 28(3)(a) AVG'
    },
    'InstructionsClause.sources=main-agreement': {
        meaning: 'The instructions are laid down in the main agreement (the service it describes).',
        article: 'Art. 28(3)(a) AVG'
    },
    'OwnershipClause.holders=controller': {
        meaning: 'The controller keeps control of the personal data; the processor acquires no rights in them.',
        article: 'Art. 28(3)(a), 29 AVG'
    },
    'OwnershipClause.holders=data-subjects': {
        meaning: 'The text also names the data subjects: the rights the GDPR gives them stay unaffected.',
        article: 'Art. 15-22 AVG'
    },
    'PrecedenceClause.prevails=main-agreement': {
        meaning: 'The main agreement prevails, except where this agreement implements mandatory provisions of the GDPR; DPA-R44 warns that terms can still override the processor\'s obligations.',
        article: 'Decision (EU) 2021/915, cl. 4'
    }
};

/** Sample values of value parameters, by `<ClauseType>.<feature>`: what a careful agreement would say. */
export const SAMPLE_VALUES: Readonly<Record<string, string>> = {
    'ConfidentialityClause.survives': '5 years',
    'SecurityClause.review': '1 year',
    'SubprocessingClause.notice': '4 weeks',
    'SubprocessingClause.objectionPeriod': '2 weeks',
    'SubprocessingClause.classes': '"hosting"',
    'DataSubjectRequestsClause.forward': '5 days',
    'BreachClause.deadline': '24 hours',
    'AuditClause.frequency': '1 year',
    'AuditClause.statement': 'every 1 year by --12-31',
    'SecurityClause.report': 'every 1 year by --12-31',
    'AuditClause.notice': '2 weeks',
    'LiabilityClause.cap': '500000',
    'TerminationClause.deadline': '30 days',
    'TerminationClause.backups': '90 days',
    'TerminationClause.choiceDeadline': '14 days',
    'DurationClause.restore': '2 months',
    'DurationClause.period': '3 years',
    'DurationClause.end': '2030-12-31',
    'AmendmentsClause.notice': '1 month'
};

/** Sample values by the grammar rule of a value, for parameters the table above does not name. */
export const TYPE_SAMPLES: Readonly<Record<string, string>> = {
    Duration: '30 days',
    INT: '100000',
    DateValue: '2030-12-31',
    STRING: '"…"'
};

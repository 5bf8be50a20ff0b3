import type { CheckTable } from './check-module.js';
import { proseChecks, type ProseEntry } from './prose.js';
import { art28Coverage } from './rules/completeness.js';
import { absentElements, subprocessingWithoutAuthorisation, transfersWithoutInstruction } from './rules/clauses/absent-elements.js';
import { unilateralAmendments, unilateralChange } from './rules/clauses/amendments.js';
import { breachDeadline, customBreachClause, vagueDeadlines } from './rules/clauses/breach-notification.js';
import { indemnityAgainstRegulators, liabilityLimits, mainAgreementPrevails, termsInCustomText, tokenCap } from './rules/clauses/contract-terms.js';
import { customDeletionDeadline, deletionChoice, limitedConfidentiality, narrowedAudit, obligationsInCustomText, partialAssistance, subjectRequestDeadline, unpurgeableCopies } from './rules/clauses/obligations.js';
import { customGeneralAuthorisation, customSubprocessingClause, flowDownOmitted, generalAuthorisation, objectionSanction, pendingSubProcessorContract } from './rules/clauses/subprocessing.js';
import { bsn, credentials, criminal, dataLabel, healthStandard, profiling, specialSafeguards, subjectsInProse, vulnerableSubjects } from './rules/data/categories.js';
import { art32Coverage, obsoleteTech, unverifiableMeasures } from './rules/data/measures.js';
import { specialMentions } from './rules/data/special-mentions.js';
import { euInsteadOfEea, lookalikeTerritory } from './rules/eea.js';
import {
    assumedDpo, checkContactPoint, checkHasProcessing, unattachedSubProcessors, checkNothingTicked, checkPartyIdentification, checkProcessingDescription, checkRecordContacts, checkSubProcessor,
    pixelAsSubProcessor, undeclaredProvider
} from './rules/parties.js';
import { checkDocumentFormalities, checkEffectiveDate, checkSignatory, checkSignedBeforeGdpr } from './rules/formalities.js';
import { placeholders } from './rules/placeholders.js';
import { playbookPositions } from './rules/playbook.js';
import { chargedAssistance, chargedAssistanceClause, chargedStandardClause } from './rules/prose/assistance-costs.js';
import { breachClauseScope, breachDefinition } from './rules/prose/breach-definition.js';
import { crossReferences } from './rules/prose/cross-references.js';
import { duplicateParagraphs, repeatedStandardClauses } from './rules/prose/duplicate-paragraphs.js';
import { deletionDeadlines } from './rules/clauses/deletion-deadlines.js';
import { formatting } from './rules/prose/formatting.js';
import { outdatedPartyName, outdatedTerms } from './rules/prose/outdated-terms.js';
import { ownership, ownershipAsProperty } from './rules/prose/ownership.js';
import { ownPurposes, ownPurposesClause } from './rules/prose/purposes.js';
import { obligationsWithinPower, weakenedSecurity, weakenedSecurityClause } from './rules/prose/weakened-security.js';
import { repealedFrame, repealedLaw, repealedNotification } from './rules/repealed-law.js';
import { checkRetentionPresent, checkRetentionVague, statutoryOverSpecialData } from './rules/retention.js';
import { restatedTerms } from './rules/custom-clauses/restated-terms.js';
import { untranslatedClause } from './rules/custom-clauses/translation.js';
import { unverifiedParts } from './rules/custom-clauses/unverified.js';
import {
    addressCountry, checkDuplicateNames, checkParties, duplicateProperties, effectiveDate, endDate, lawCountry, locationCountry, mainAgreementDate,
    signatureDate, subProcessorCountry, dayOfYear
} from './rules/structure.js';
import { invalidInstruments, repealedInListedMechanism, repealedInstrument } from './rules/transfer-instruments.js';
import { consentAsMechanism, eeaOnlyClause, eeaOnlyContradicted, remoteAccessUndeclared, transferMechanism, transferMechanismList } from './rules/transfers.js';

/**
 * The prose rules, by the kinds of text they read (see `TextKind`): each string of the agreement
 * is read by the rules of its kind, in this order.
 */
export const PROSE_CHECKS: readonly ProseEntry[] = [
    { reads: ['paragraph'], check: ownPurposes },
    { reads: ['paragraph'], check: vagueDeadlines },
    { reads: ['paragraph'], check: breachDefinition },
    { reads: ['paragraph'], check: unilateralChange },
    { reads: ['paragraph'], check: objectionSanction },
    { reads: ['paragraph'], check: chargedAssistance },
    { reads: ['paragraph'], check: restatedTerms },
    { reads: ['paragraph'], check: crossReferences },
    { reads: ['paragraph'], check: assumedDpo },
    { reads: ['paragraph', 'measure'], check: weakenedSecurity },
    { reads: ['paragraph', 'title'], check: ownership },
    { reads: ['paragraph', 'title', 'measure', 'prose'], check: invalidInstruments },
    { reads: ['paragraph', 'title', 'measure', 'prose'], check: outdatedTerms },
    { reads: ['paragraph', 'title', 'measure', 'prose'], check: euInsteadOfEea },
    { reads: ['paragraph', 'measure'], check: eeaOnlyContradicted },
    { reads: ['paragraph'], check: consentAsMechanism },
    { reads: ['paragraph', 'measure', 'prose'], check: remoteAccessUndeclared },
    { reads: ['paragraph', 'title', 'measure', 'prose', 'identity'], check: formatting }
];

/** The prose pass in slices (see proseChecks): a 20,000-line agreement has about 11,000 pieces. */
const prose = proseChecks(PROSE_CHECKS, 16);

/**
 * The validator's table: the checks of each node type, in the order they run. Whole-document
 * checks (over every string, every clause or every measure) are on `Agreement`.
 */
export const CHECKS: CheckTable = {
    Agreement: [
        checkDuplicateNames, checkParties, lawCountry, effectiveDate, duplicateProperties,
        placeholders, repealedLaw,
        absentElements, obligationsInCustomText, termsInCustomText,
        healthStandard, subjectsInProse, specialMentions, art32Coverage, obsoleteTech, unverifiableMeasures,
        ...prose, duplicateParagraphs, repeatedStandardClauses, deletionDeadlines,
        checkHasProcessing, unattachedSubProcessors, checkNothingTicked, checkRecordContacts, checkSignedBeforeGdpr, checkDocumentFormalities, checkEffectiveDate,
        art28Coverage, playbookPositions
    ],
    Party: [checkPartyIdentification, checkContactPoint, outdatedPartyName],
    Signatory: [signatureDate, checkSignatory],
    SubProcessor: [subProcessorCountry, lookalikeTerritory, transferMechanism, repealedInstrument, checkSubProcessor, pendingSubProcessorContract, pixelAsSubProcessor],
    Location: [locationCountry, lookalikeTerritory, transferMechanism, repealedInstrument],
    Address: [addressCountry],
    MainAgreement: [mainAgreementDate],
    DurationClause: [endDate],
    PeriodicDelivery: [dayOfYear],
    Processing: [checkRetentionPresent, statutoryOverSpecialData, checkProcessingDescription, profiling],
    Retention: [checkRetentionVague, unpurgeableCopies],
    DataCategory: [bsn, specialSafeguards, criminal, credentials, dataLabel],
    SubjectCategory: [vulnerableSubjects],
    Measure: [undeclaredProvider],
    SubprocessingClause: [subprocessingWithoutAuthorisation, generalAuthorisation, flowDownOmitted],
    TransfersClause: [transfersWithoutInstruction, eeaOnlyClause, transferMechanismList, repealedInListedMechanism],
    SecurityClause: [weakenedSecurityClause],
    AssistanceClause: [partialAssistance, chargedAssistanceClause],
    BreachClause: [breachDeadline, breachClauseScope],
    DataSubjectRequestsClause: [subjectRequestDeadline, chargedAssistanceClause],
    TerminationClause: [deletionChoice, chargedStandardClause],
    AuditClause: [narrowedAudit, chargedStandardClause],
    LiabilityClause: [tokenCap, liabilityLimits],
    PrecedenceClause: [mainAgreementPrevails],
    AmendmentsClause: [unilateralAmendments],
    ConfidentialityClause: [limitedConfidentiality],
    LegalFrameClause: [repealedFrame, obligationsWithinPower],
    OwnPurposesClause: [ownPurposesClause],
    OwnershipClause: [ownershipAsProperty],
    ControllerWarrantiesClause: [repealedNotification, indemnityAgainstRegulators],
    CustomClause: [customBreachClause, customSubprocessingClause, customGeneralAuthorisation, customDeletionDeadline, unverifiedParts, untranslatedClause]
};

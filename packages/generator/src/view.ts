/**
 * The view model handed to the handlebars templates. Every value is already formatted for the
 * language (dates, durations, amounts, country names), so that templates only choose and join
 * words. Values are plain text: the format renderers escape them at the very end.
 */

import type { PeriodicView } from './periodic.js';

export interface PartyView {
    /** The declared name in the .dpa file (e.g. `ICTeam`). */
    readonly id: string;
    readonly role: 'controller' | 'processor';
    /** Legal name, e.g. "ICTeam Zuid B.V."; never empty (falls back to the id). */
    readonly legalName: string;
    /** "handelend onder de naam …". */
    readonly tradeName?: string;
    readonly legalForm?: string;
    readonly kvk?: string;
    /** Registrations other than the KvK, each as a phrase ("ingeschreven in de Kruispuntbank … 0123.456.789"). */
    readonly registrations: readonly string[];
    readonly street?: string;
    readonly postcode?: string;
    readonly city?: string;
    /** A legal person's statutory seat (`seat`), "statutair gevestigd te …". */
    readonly seat?: string;
    /** Country name, only when it is not the Netherlands. */
    readonly country?: string;
    /** "de heer X", "L. Voets": the first signatory's name. */
    readonly representative?: string;
    readonly representativeFunction?: string;
    /**
     * Every signatory, each with its function: "R. van den Berg (Algemeen directeur) en I. Öztürk
     * (CISO)". The parties block names all who represent the party, not only the first.
     */
    readonly representation?: string;
    readonly signatories: readonly SignatoryView[];
    /** The general contact: the one without a purpose, else the first (`contact …`). */
    readonly contact?: ContactView;
    /** The contacts declared for a purpose (`contact privacy …`, `contact security …`), only when declared. */
    readonly privacyContact?: ContactView;
    readonly securityContact?: ContactView;
    readonly dpo?: ContactView;
    /** `any-customer`: the controller is whichever customer enters into these terms, not named here. */
    readonly customer?: { readonly description?: string };
    /** The defined term: "Verwerkingsverantwoordelijke" or "Verwerker". */
    readonly term: string;
    /** The Dutch term beside it in an English text ("verwerkingsverantwoordelijke"), where the parties block defines it. */
    readonly termGloss?: string;
    /** The name the agreement also gives the party (`alias "Klant"`), defined in quotes beside the term. */
    readonly alias?: string;
}

export interface SignatoryView {
    readonly person: string;
    readonly function?: string;
    readonly place?: string;
    /** Formatted date, e.g. "14 mei 2018". */
    readonly date?: string;
}

export interface ContactView {
    readonly person: string;
    readonly email?: string;
    readonly phone?: string;
    /** The contact in words: "Privacy desk (privacy@example.nl, 010-1234567)". */
    readonly text: string;
}

export interface MainAgreementView {
    readonly title: string;
    /** The title is only the defined term ("Hoofdovereenkomst"): the text does not quote it, which would be circular (C-14). */
    readonly untitled?: true;
    readonly date?: string;
    readonly reference?: string;
}

/** A place outside the EEA where the processor (established in the EEA) itself processes the data. */
export interface OwnLocationView {
    readonly country: string;
    /** A mechanism recorded for the place: it applies where the data reach another entity there. */
    readonly mechanism?: string;
    readonly module?: number;
    readonly tia?: string;
}

export interface TransferView {
    /** Who receives the data: the sub-processor's name, or the processor when it is established outside the EEA. */
    readonly recipient: string;
    readonly country: string;
    /** Mechanism in words, e.g. "standaardcontractbepalingen (…)"; undefined when none is recorded. */
    readonly mechanism?: string;
    readonly module?: number;
    readonly tia?: string;
    /** Set when the country is the recipient's seat (`seat`) or a place where it processes (`location`). */
    readonly seat?: true;
    readonly location?: true;
    /** Fallback mechanisms in words (SCCs behind the DPF), when more than one is recorded. */
    readonly fallback?: string;
    /** The recipient is recorded as certified under the mechanism (the DPF: Art. 45 applies only then). */
    readonly certified?: true;
}

/** The data a recipient outside the EEA receives (`data` of a sub-processor), A-12. */
export interface RecipientDataView {
    readonly recipient: string;
    /** The labels of the data categories it receives, joined. */
    readonly data: string;
    /** The kinds of sensitive data the agreement has but this recipient is not to receive. */
    readonly excluded?: { readonly special: boolean; readonly criminal: boolean; readonly bsn: boolean };
}

/** The safeguards that come with transfers outside the EEA (legal review ). */
export interface TransferSafeguardsView {
    /** The recipients whose transfer rests on the EU-US Data Privacy Framework, and the SCC module to fall back on. */
    readonly dpf?: { readonly recipients: string; readonly module?: number };
    /** Requests of third countries' public authorities are dealt with: there is a transfer or a place of the processor outside the EEA. */
    readonly governmentRequests: boolean;
    readonly recipientData: readonly RecipientDataView[];
}

/** Context shared by all templates. */
/** The standards the measures name, grouped as the articles speak of them (standards-view.ts). */
export interface StandardsView {
    /** The security norms the measures follow or are certified against, e.g. ["ISO/IEC 27001", "NEN 7510"]. */
    readonly standards: readonly string[];
    /** The assurance standards of the measures in place (an auditor's report on controls), e.g. ["ISAE 3402"]. */
    readonly assurance: readonly string[];
    /** The security norms a measure in place is certified against. */
    readonly certifications: readonly string[];
}

export interface AgreementView extends StandardsView {
    /**
     * `record-of "…"`: the model records an agreement the parties already concluded. Templates then
     * render only what the model says: a standard protection the model does not state is left out
     * (`{{#unless @root.faithful}}…{{/unless}}`), so that a regenerated real agreement is not given
     * terms its parties never agreed (review C-11).
     */
    readonly faithful: boolean;
    readonly title: string;
    readonly version?: string;
    readonly effective?: string;
    /** `effective on signature|acceptance`: in force on an event, not a date. */
    readonly effectiveOn?: 'signature' | 'acceptance';
    /** The date of this version of the text (`revised`), formatted; not given when unfilled or the day of viewing. */
    readonly revised?: string;
    /** `status draft|concept|final` in words, with its note. */
    readonly status?: { readonly kind: 'draft' | 'concept' | 'final'; readonly text: string; readonly note?: string };
    /** `definitions "…"`: the document whose defined terms also apply. */
    readonly definitionsFrom?: string;
    /** `signed at "…"`: the place of signing of the whole document. */
    readonly signingPlace?: string;
    readonly mainAgreement?: MainAgreementView;
    readonly controller: PartyView;
    readonly processor: PartyView;
    /** The controller's supervisory authority, by its country (the Netherlands when none is given). */
    readonly authority: string;
    /** Country name of the governing law, e.g. "Nederland"; the adjective form is in `lawAdjective`. */
    readonly law?: string;
    /** "Nederlands recht", "het recht van Duitsland". */
    readonly lawText?: string;
    /** "de bevoegde rechter in het arrondissement waar de Verwerker is gevestigd", or a named court. */
    readonly courtText?: string;
    readonly activityCount: number;
    readonly measureCount: number;
    readonly subprocessorCount: number;
    readonly subprocessorNames: readonly string[];
    readonly transfers: readonly TransferView[];
    /**
     * Places outside the EEA where a processor established in the EEA processes the data itself:
     * no transfer (no other party receives them), listed apart from the transfers.
     */
    readonly ownLocations: readonly OwnLocationView[];
    readonly transferSafeguards: TransferSafeguardsView;
    /** True when any data category is special (Art. 9), criminal (Art. 10) or a BSN. */
    readonly hasSensitiveData: boolean;
    /** Annex numbers, for cross-references; `contacts` only when the agreement has the contacts annex (contacts.ts). */
    readonly annex: { readonly processing: number; readonly measures: number; readonly subprocessors: number; readonly contacts?: number };
    /** The article numbers the notices paragraphs of the final article name. */
    readonly notices: NoticesView;
}

/** Where notices go: the final article that says how, and the articles whose notices it names. */
export interface NoticesView {
    readonly article: number;
    readonly breachArticle?: number;
    readonly subprocessingArticle?: number;
}

/** The rights of Art. 15-22 a `data-subject-requests` clause names (`automatedDecisions`: Art. 22). */
export type SubjectRightKey = 'access' | 'rectification' | 'erasure' | 'restriction' | 'portability' | 'objection' | 'automatedDecisions';
/** The items of a breach notice (Art. 33(3),(4)), and `cause`, which the law does not require. */
export type BreachContentKey = 'nature' | 'cause' | 'subjects' | 'records' | 'contact' | 'consequences' | 'measures' | 'phases';
/** How far assistance goes: as far as possible (the law), within reasonable limits, or as far as within the processor's power. */
export interface AssistanceExtentView { readonly reasonableLimits: boolean; readonly withinPower: boolean }
/** Who pays for assistance: nothing said, only where the controller causes it, always, or when substantial. */
export interface AssistanceCostsView {
    readonly controllerCaused: boolean; readonly charged: boolean; readonly chargedIfSubstantial: boolean; readonly controllerUnlessFault: boolean;
    /** Charged at the main agreement's rates; after a written estimate given in advance. */
    readonly mainAgreementRates: boolean; readonly estimate: boolean;
}
/** The kinds of evidence of compliance an audit clause names. */
export interface AuditEvidenceView { readonly certificates: boolean; readonly reports: boolean; readonly documentation: boolean; readonly subprocessorCertificates: boolean }

/** Who bears the costs of an audit or of deletion. */
export interface CostsView { readonly controller: boolean; readonly processor: boolean; readonly controllerUnlessFault: boolean; readonly agreed: boolean }

/** Parameters of each standard clause, as its template sees them under `clause`. */
export interface ClauseViews {
    readonly instructions: {
        readonly mainAgreement: boolean; readonly dpa: boolean; readonly configuration: boolean; readonly documentedUse: boolean;
        readonly transfers: boolean; readonly legalRequirementNotice: boolean; readonly infringementNotice: boolean;
    };
    readonly confidentiality: {
        readonly survives?: string; readonly untilDeletion: boolean; readonly personsBound: boolean; readonly personsGuaranteed: boolean;
        readonly consent: boolean; readonly legalDuty: boolean; readonly necessary: boolean; readonly legitimateReason: boolean;
    };
    readonly security: {
        /** `review`: the period ("één jaar"); `reviewEvery`: how often, after "eenmaal per" / "once" ("jaar", "a year"). */
        readonly review?: string; readonly reviewEvery?: string; readonly bestEfforts: boolean; readonly noGuarantee: boolean; readonly reasonableLevel: boolean;
        readonly acceptedByController: boolean; readonly controllerResponsible: boolean; readonly updatesCharged: boolean;
        readonly changesAtDiscretion: boolean;
        /** A periodic report on the measures to the controller (`report every 1 year by --12-31`). */
        readonly report?: PeriodicView;
    };
    readonly subprocessing: {
        readonly specific: boolean; readonly general: boolean; readonly withoutAuthorisation: boolean;
        /** Classes of sub-processors (hosting, support) authorised in general beside a specific authorisation. */
        readonly classes: readonly string[];
        readonly listOnRequest: boolean;
        readonly notice?: string; readonly noticeInAdvance: boolean;
        /** Notice of intended changes: always with a general authorisation, else when a notice is stated. */
        readonly noticeOfChanges: boolean;
        readonly objection: boolean; readonly objectionPeriod?: string; readonly objectionReasonable: boolean; readonly reasonableGrounds: boolean;
        /** What follows an objection; `defaultAfterObjection` when the clause names nothing. */
        readonly defaultAfterObjection: boolean; readonly notEngaged: boolean; readonly goodFaith: boolean;
        readonly controllerMayTerminate: boolean; readonly processorMayTerminate: boolean;
        readonly flowDownSame: boolean; readonly flowDownEquivalent: boolean; readonly flowDownRelevant: boolean; readonly flowDownNone: boolean;
        /** `listed approved` / `listed noted`: whether the agreement consents to the listed sub-processors; neither: by default (not in a faithful record). */
        readonly listedApproved: boolean; readonly listedNoted: boolean;
    };
    readonly 'data-subject-requests': {
        readonly forward?: string; readonly directly: boolean; readonly assists: boolean;
        /** `jointly`: the parties handle a request in consultation, the controller remaining finally responsible. */
        readonly jointly: boolean;
        /** `jointly` in a record of an agreement (`record-of`): only the joint handling, no standard assistance text. */
        readonly jointOnly: boolean;
        /** Forwarded without a stated period (`forward` alone); `forwards` false: the text forwards nothing. */
        readonly forwardUntimed: boolean; readonly forwards: boolean; readonly allRights: boolean;
        readonly rights: Readonly<Record<SubjectRightKey, boolean>>; readonly extent: AssistanceExtentView; readonly costs: AssistanceCostsView;
    };
    readonly assistance: {
        readonly security: boolean; readonly breach: boolean; readonly dpia: boolean; readonly priorConsultation: boolean;
        readonly extent: AssistanceExtentView; readonly costs: AssistanceCostsView;
    };
    readonly breach: {
        readonly deadline?: string; readonly withoutUndueDelay: boolean; readonly noDeadline: boolean; readonly target: boolean; readonly fromDiscovery: boolean; readonly includingIncidents: boolean;
        readonly largeImpactOnly: boolean; readonly measuresDefinition: boolean; readonly secrecy: boolean;
        /** `definition adverse-effects`: a breach only when it has, or may have, adverse effects. */
        readonly adverseEffectsDefinition: boolean;
        /** The items the notice contains; all of Art. 33(3),(4) unless a `contents` list names fewer. */
        readonly contents: Readonly<Record<BreachContentKey, boolean>>; readonly hasContents: boolean; readonly allContents: boolean;
    };
    readonly transfers: {
        readonly withoutInstruction: boolean; readonly eeaOnly: boolean; readonly unlessAgreed: boolean;
        /** The mechanisms the clause allows, as their names in the agreement's language. */
        readonly mechanisms: readonly string[]; readonly openList: boolean;
    };
    readonly audit: {
        /** `frequency`: the period; `every`: how often, after "eenmaal per" / "once"; `yearly`: once a year, counted per calendar year. */
        readonly frequency?: string; readonly every?: string; readonly yearly: boolean; readonly onSuspicion: boolean; readonly suspicionOfMisuse: boolean; readonly independentAuditor: boolean; readonly controllerOrAuditor: boolean; readonly notice?: string;
        readonly reasonableNotice: boolean; readonly informationOnly: boolean;
        /** What the processor may give as evidence; `evidenceInstead`: in place of an audit, at its choice. */
        readonly evidence?: AuditEvidenceView; readonly evidenceInstead: boolean;
        readonly onSiteRegulatory: boolean; readonly onSiteNone: boolean;
        /** Findings decided on together (`findings joint-decision`) instead of remedied by the processor. */
        readonly findingsJoint: boolean;
        /** The processor remedies the findings at its own cost: `findings remedied`, or by default outside a record. */
        readonly findingsRemedied: boolean;
        readonly conditions?: { readonly officeHours: boolean; readonly minimalDisruption: boolean; readonly othersConfidentiality: boolean; readonly securityRules: boolean };
        readonly costs?: CostsView;
        /** A periodic statement of an independent external expert (`statement every 1 year by --12-31`). */
        readonly statement?: PeriodicView;
    };
    readonly liability: {
        /** `art82`: the paragraph on Art. 82 (always, except in a record that states neither `art-82` nor `recourse`). `mutual`: the limitations apply to both parties; `excluded`: liability excluded as far as the law allows. */
        readonly mainAgreement: boolean; readonly art82: boolean; readonly mutual: boolean; readonly excluded: boolean; readonly cap?: string;
        /** `limited`: the article limits liability at all (the intent carve-out follows); `limits`: more than one limitation. */
        readonly dataLossIndirect: boolean; readonly limited: boolean; readonly limits: boolean; readonly perEvent: boolean; readonly perYear: boolean; readonly perCalendarYear: boolean; readonly total: boolean; readonly excludeIndirect: boolean; readonly finesOwn: boolean; readonly recourseCapped: boolean; readonly recourseUncapped: boolean };
    readonly termination: {
        readonly returnOrDelete: boolean; readonly deleteOnly: boolean; readonly returnOnly: boolean; readonly deadline?: string; readonly backups?: string; readonly certificate: boolean;
        readonly certificateOnRequest: boolean; readonly exportWindow?: string; readonly exportIndicative: boolean; readonly onlyOnRequest: boolean;
        readonly asFarAsPossible: boolean; readonly choiceBeforeEnd: boolean; readonly costs?: CostsView;
        /** `choice within`: the period after the end of the services within which the controller chooses. */
        readonly choiceDeadline?: string;
        /** Existing copies deleted too: always, except in a record without `including-copies`. */
        readonly copies: boolean;
    };
    readonly duration: {
        readonly mainAgreement: boolean; readonly whileProcessing: boolean; readonly period?: string; readonly end?: string;
        /** Survival: `survivalDefault` without a `survives`; else by nature and/or the named subjects. */
        readonly survivalDefault: boolean; readonly survivesByNature: boolean; readonly survives: readonly string[];
        /**
         * Suspension and termination as SCC 2021/915 clause 10 (review A-09): the controller may
         * suspend (`suspension`, unless left out), the period to restore compliance (`restore`,
         * one month unless stated), the processor may terminate on an insisted infringing
         * instruction (`processorTermination`, unless left out).
         */
        readonly suspension: boolean; readonly restore: string; readonly processorTermination: boolean;
    };
    /** `controllerMayTerminate`: the record states the controller's right to terminate on a unilateral amendment. */
    readonly amendments: { readonly unilateral: boolean; readonly notice?: string; readonly controllerMayTerminate: boolean; readonly mainAgreement: boolean };
    readonly precedence: { readonly dpaPrevails: boolean; readonly mainAgreementPrevails: boolean; readonly articlesOverAnnexes: boolean };
    readonly 'legal-frame': { readonly wbp: boolean; readonly definitions: boolean; readonly compliance: boolean; readonly withinPower: boolean };
    readonly 'own-purposes': {
        readonly none: boolean; readonly evenAnonymised: boolean; readonly statistics: boolean; readonly serviceImprovement: boolean; readonly aggregated: boolean;
        readonly benchmarking: boolean; readonly modelTraining: boolean;
    };
    readonly ownership: { readonly dataSubjects: boolean; readonly asProperty: boolean };
    readonly 'controller-warranties': {
        readonly lawfulness: boolean; readonly legalBasis: boolean; readonly informsSubjects: boolean; readonly finalResponsibility: boolean; readonly indemnity: boolean; readonly indemnityRegulators: boolean;
        readonly wbpNotification: boolean;
    };

    readonly evidence: { readonly rebuttable: boolean };
    /** Which language version prevails on a difference (`language dutch-prevails | english-prevails`). */
    readonly language: { readonly dutchPrevails: boolean };

}

export type StandardClauseKind = keyof ClauseViews;

/** The templates every language provides (files under templates/<lang>/). */
export const FIXED_TEMPLATES = ['definitions', 'recitals', 'subject', 'law'] as const;
export const CLAUSE_KINDS = [
    'instructions', 'confidentiality', 'security', 'subprocessing', 'data-subject-requests', 'assistance',
    'breach', 'transfers', 'audit', 'liability', 'termination', 'duration', 'amendments', 'precedence',
    'legal-frame', 'own-purposes', 'ownership', 'controller-warranties', 'evidence', 'language'
] as const satisfies readonly StandardClauseKind[];

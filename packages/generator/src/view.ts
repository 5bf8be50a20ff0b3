/**
 * The view model handed to the handlebars templates. Every value is already formatted for the
 * language (dates, durations, amounts, country names), so that templates only choose and join
 * words. Values are plain text: the format renderers escape them at the very end.
 */

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
    /** Country name, only when it is not the Netherlands. */
    readonly country?: string;
    /** "de heer X", "L. Voets": the first signatory's name. */
    readonly representative?: string;
    readonly representativeFunction?: string;
    readonly signatories: readonly SignatoryView[];
    readonly contact?: ContactView;
    readonly dpo?: ContactView;
    /** The defined term: "Verwerkingsverantwoordelijke" or "Verwerker". */
    readonly term: string;
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
}

export interface MainAgreementView {
    readonly title: string;
    readonly date?: string;
    readonly reference?: string;
}

export interface TransferView {
    /** Who receives the data: the processor itself or the sub-processor's name. */
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
}

/** Context shared by all templates. */
export interface AgreementView {
    readonly title: string;
    readonly version?: string;
    readonly effective?: string;
    readonly mainAgreement?: MainAgreementView;
    readonly controller: PartyView;
    readonly processor: PartyView;
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
    /** True when any data category is special (Art. 9), criminal (Art. 10) or a BSN. */
    readonly hasSensitiveData: boolean;
    /** The standards named by the measures, e.g. ["ISO 27001", "NEN 7510"]. */
    readonly standards: readonly string[];
    /** Annex numbers, for cross-references. */
    readonly annex: { readonly processing: number; readonly measures: number; readonly subprocessors: number };
}

/** Parameters of each standard clause, as its template sees them under `clause`. */
export interface ClauseViews {
    readonly instructions: Record<string, never>;
    readonly confidentiality: { readonly survives?: string; readonly untilDeletion: boolean };
    readonly security: { readonly review?: string };
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
        readonly flowDownSame: boolean; readonly flowDownEquivalent: boolean; readonly flowDownNone: boolean;
    };
    readonly 'data-subject-requests': { readonly forward?: string };
    readonly assistance: { readonly security: boolean; readonly breach: boolean; readonly dpia: boolean; readonly priorConsultation: boolean };
    readonly breach: { readonly deadline?: string; readonly withoutUndueDelay: boolean };
    readonly transfers: {
        readonly withoutInstruction: boolean; readonly eeaOnly: boolean; readonly unlessAgreed: boolean;
        /** The mechanisms the clause allows, as their names in the agreement's language. */
        readonly mechanisms: readonly string[]; readonly openList: boolean;
    };
    readonly audit: { readonly frequency?: string; readonly onSuspicion: boolean; readonly independentAuditor: boolean; readonly controllerOrAuditor: boolean; readonly notice?: string };
    readonly liability: { readonly mainAgreement: boolean; readonly cap?: string; readonly perEvent: boolean; readonly perYear: boolean; readonly total: boolean; readonly excludeIndirect: boolean };
    readonly termination: { readonly returnOrDelete: boolean; readonly deleteOnly: boolean; readonly returnOnly: boolean; readonly deadline?: string; readonly backups?: string; readonly certificate: boolean };
    readonly duration: {
        readonly mainAgreement: boolean; readonly whileProcessing: boolean; readonly period?: string; readonly end?: string;
        /** Survival: `survivalDefault` without a `survives`; else by nature and/or the named subjects. */
        readonly survivalDefault: boolean; readonly survivesByNature: boolean; readonly survives: readonly string[];
    };
    readonly amendments: { readonly unilateral: boolean; readonly notice?: string; readonly mainAgreement: boolean };
    readonly precedence: { readonly dpaPrevails: boolean; readonly mainAgreementPrevails: boolean; readonly articlesOverAnnexes: boolean };
    readonly evidence: { readonly rebuttable: boolean };
}

export type StandardClauseKind = keyof ClauseViews;

/** The templates every language provides (files under templates/<lang>/). */
export const FIXED_TEMPLATES = ['definitions', 'recitals', 'subject', 'law'] as const;
export const CLAUSE_KINDS = [
    'instructions', 'confidentiality', 'security', 'subprocessing', 'data-subject-requests', 'assistance',
    'breach', 'transfers', 'audit', 'liability', 'termination', 'duration', 'amendments', 'precedence',
    'evidence'
] as const satisfies readonly StandardClauseKind[];

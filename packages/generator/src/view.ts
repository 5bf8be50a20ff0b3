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
    readonly subprocessing: { readonly specific: boolean; readonly general: boolean; readonly notice?: string; readonly objection: boolean };
    readonly 'data-subject-requests': { readonly forward?: string };
    readonly assistance: { readonly security: boolean; readonly breach: boolean; readonly dpia: boolean; readonly priorConsultation: boolean };
    readonly breach: { readonly deadline?: string; readonly withoutUndueDelay: boolean };
    readonly transfers: Record<string, never>;
    readonly audit: { readonly frequency?: string; readonly onSuspicion: boolean; readonly independentAuditor: boolean; readonly controllerOrAuditor: boolean; readonly notice?: string };
    readonly liability: { readonly cap?: string; readonly perEvent: boolean; readonly perYear: boolean; readonly total: boolean; readonly excludeIndirect: boolean };
    readonly termination: { readonly returnOrDelete: boolean; readonly deleteOnly: boolean; readonly returnOnly: boolean; readonly deadline?: string; readonly backups?: string; readonly certificate: boolean };
    readonly duration: { readonly mainAgreement: boolean; readonly period?: string; readonly end?: string };
    readonly amendments: { readonly unilateral: boolean; readonly notice?: string };
    readonly precedence: { readonly dpaPrevails: boolean; readonly mainAgreementPrevails: boolean };
}

export type StandardClauseKind = keyof ClauseViews;

/** The templates every language provides (files under templates/<lang>/). */
export const FIXED_TEMPLATES = ['definitions', 'recitals', 'subject', 'law'] as const;
export const CLAUSE_KINDS = [
    'instructions', 'confidentiality', 'security', 'subprocessing', 'data-subject-requests', 'assistance',
    'breach', 'transfers', 'audit', 'liability', 'termination', 'duration', 'amendments', 'precedence'
] as const satisfies readonly StandardClauseKind[];

import type { Lang } from '../../../i18n/lang.js';
import type { TextKey } from '../../../i18n/texts.js';
import type * as ast from '../../../generated/ast.js';
import { say } from './shared.js';

// What the parameters of the standard `audit` and `termination` clauses take away from
// Art. 28(3)(g) and (h). Pure readings, no reports: the owners of the rules report them
// (absent-elements.ts DPA-R16, obligations.ts DPA-R34 and R35, prose/assistance-costs.ts R54).

/** One parameter that narrows the audit clause, with the words that say how. */
export interface AuditShortfall {
    readonly property: 'informationOnly' | 'evidence' | 'onSite' | 'findings';
    readonly label: string;
}

/** One parameter that narrows deletion or return, with its message variant of DPA-R34. */
export interface DeletionShortfall {
    readonly property: 'onlyOnRequest' | 'asFarAsPossible' | 'exportWindow';
    readonly message: 'onRequest' | 'asFarAsPossible' | 'indicative';
}

const EVIDENCE_KEYS: Record<string, TextKey> = {
    'certificates': 'clauses.auditEvidence.certificates',
    'reports': 'clauses.auditEvidence.reports',
    'documentation': 'clauses.auditEvidence.documentation',
    'subprocessor-certificates': 'clauses.auditEvidence.subprocessorCertificates'
};

function evidenceWords(clause: ast.AuditClause, lang: Lang): string {
    return clause.evidence.map(e => (EVIDENCE_KEYS[e] ? say(EVIDENCE_KEYS[e], lang) : e)).join(', ');
}

/**
 * DPA-R16 (Art. 28(3)(h)): an `audit` clause that gives no audit including inspections at all:
 * information only, evidence the processor may give instead of an audit at its own choice, or
 * no inspection on site.
 */
export function auditShortfalls(clause: ast.AuditClause, lang: Lang): AuditShortfall[] {
    const found: AuditShortfall[] = [];
    if (clause.informationOnly) found.push({ property: 'informationOnly', label: say('clauses.auditShortfalls.informationOnly', lang) });
    if (clause.evidenceInstead) found.push({ property: 'evidence', label: say('clauses.auditShortfalls.evidenceInstead', lang, evidenceWords(clause, lang)) });
    if (clause.onSite === 'none') found.push({ property: 'onSite', label: say('clauses.auditShortfalls.noInspections', lang) });
    return found;
}

/**
 * DPA-R35 (Art. 28(3)(h)): restrictions of an audit that remains: inspections on site only on a
 * documented regulatory need, sub-processors' certificates as evidence of the processor's
 * compliance (they show the sub-processor's, not the processor's), and findings the processor need
 * not remedy (`findings joint-decision`).
 */
export function auditRestrictions(clause: ast.AuditClause, lang: Lang): AuditShortfall[] {
    const found: AuditShortfall[] = [];
    if (clause.onSite === 'regulatory-need') found.push({ property: 'onSite', label: say('clauses.auditRestrictions.onSiteRegulatory', lang) });
    if (clause.evidence.includes('subprocessor-certificates')) found.push({ property: 'evidence', label: say('clauses.auditRestrictions.subprocessorEvidence', lang) });
    // `findings joint-decision`: whether a shortfall found is remedied is left to a later agreement.
    if (clause.findings === 'joint-decision') found.push({ property: 'findings', label: say('clauses.auditRestrictions.findings', lang) });
    return found;
}

/**
 * DPA-R34 (Art. 28(3)(g)): deletion or return that waits for the controller's request, that is
 * limited to what is possible, or whose export window is only an example.
 */
export function deletionShortfalls(clause: ast.TerminationClause): DeletionShortfall[] {
    const found: DeletionShortfall[] = [];
    if (clause.onlyOnRequest) found.push({ property: 'onlyOnRequest', message: 'onRequest' });
    if (clause.asFarAsPossible) found.push({ property: 'asFarAsPossible', message: 'asFarAsPossible' });
    if (clause.exportIndicative) found.push({ property: 'exportWindow', message: 'indicative' });
    return found;
}

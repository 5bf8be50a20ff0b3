import { WORDING_DATA } from '../../../data/index.js';
import * as ast from '../../../generated/ast.js';
import { joinAnd, LANGUAGE_MESSAGES, type TextKey } from '../../../i18n/texts.js';
import type { CheckContext, RuleOwner } from '../../check-module.js';
import { where, type Piece } from '../../prose.js';
import { compileFamily, findFamily } from '../../text/index.js';

// DPA-R63 (review, C-03, C-04, C-05): a custom clause that says again, or otherwise,
// what a standard clause of the agreement already settles. About liability or costs: the processor's liability for
// its sub-processors (Art. 28(4), stated in the sub-processing article), the exclusion, the cap
// and its reach over Art. 82(5) recourse, the carve-out for intent or deliberate recklessness,
// indirect damage and data loss, administrative fines (Art. 83), and the `costs` of assistance,
// audits and return or deletion. About security and audits: best efforts or changes at the
// processor's discretion against the standard security article (Art. 28(3)(c), 32), audit
// findings decided together against the standard audit article's remedy (Art. 28(3)(h)). Early
// termination excluded while `duration` (SCC 2021/915 clause 10, art. 6:265 BW) or an objection to
// a sub-processor grants a right to terminate (review D-01). Two wordings of one rule invite a dispute over which governs; the
// standard clause's parameters say it once.

const R63 = compileFamily(WORDING_DATA['DPA-R63'], 'DPA-R63');

/** What a custom paragraph is compared with: the standard clauses of the agreement. */
interface Standard {
    readonly subprocessing: boolean;
    readonly liability?: ast.LiabilityClause;
    readonly assistanceCosts: boolean;
    readonly auditCosts: boolean;
    readonly returnCosts: boolean;
    readonly security?: ast.SecurityClause;
    readonly audit?: ast.AuditClause;
    /** The catalogue parts naming the standard clauses that grant a right to terminate. */
    readonly terminationGrants: readonly TextKey[];
}

/** The standard clauses that grant a right to terminate: `duration` always (termination for breach, the duration.hbs templates), `subprocessing` when an objection may end in termination. */
function terminationGrants(clauses: readonly ast.Clause[]): TextKey[] {
    const grants: TextKey[] = [];
    if (clauses.some(ast.isDurationClause)) grants.push('restated.grantDuration');
    const terminatesOnObjection = (c: ast.SubprocessingClause) => c.objection
        && (c.afterObjection.length === 0 || c.afterObjection.includes('controller-may-terminate') || c.afterObjection.includes('processor-may-terminate'));
    if (clauses.some(c => ast.isSubprocessingClause(c) && terminatesOnObjection(c))) grants.push('restated.grantSubprocessing');
    return grants;
}

const standards = new WeakMap<ast.Agreement, Standard>();

function standardOf(agreement: ast.Agreement): Standard {
    let found = standards.get(agreement);
    if (!found) {
        const clauses = agreement.clauses;
        const liability = clauses.find(ast.isLiabilityClause);
        const security = clauses.find(ast.isSecurityClause);
        const audit = clauses.find(ast.isAuditClause);
        found = {
            ...(security ? { security } : {}),
            ...(audit ? { audit } : {}),
            terminationGrants: terminationGrants(clauses),
            subprocessing: clauses.some(ast.isSubprocessingClause),
            ...(liability && !liability.mainAgreement ? { liability } : {}),
            assistanceCosts: clauses.some(c => (ast.isAssistanceClause(c) || ast.isDataSubjectRequestsClause(c)) && c.costs !== undefined),
            auditCosts: clauses.some(c => ast.isAuditClause(c) && c.costs !== undefined),
            returnCosts: clauses.some(c => ast.isTerminationClause(c) && c.costs !== undefined)
        };
        standards.set(agreement, found);
    }
    return found;
}

/** Whether the standard liability article limits liability, so that it states the intent carve-out. */
function limits(liability: ast.LiabilityClause): boolean {
    return liability.cap !== undefined || liability.excludeIndirect || liability.excluded;
}

/** The message part (`restated.*`) for a variant of DPA-R63 against the agreement's standard clauses; none when they do not settle the point. */
function finding(variant: string, standard: Standard): TextKey | undefined {
    const liability = standard.liability;
    const dataLossIndirect = liability?.excludeIndirect === true && liability.dataLoss === 'indirect';
    switch (variant) {
        case 'subprocessor-liability': return standard.subprocessing ? 'restated.subprocessorLiability' : undefined;
        case 'cap': return liability?.cap !== undefined ? 'restated.cap' : undefined;
        case 'exclusion': return liability?.excluded ? 'restated.exclusion' : undefined;
        case 'recourse': return liability?.recourse !== undefined && liability.cap !== undefined ? 'restated.recourse' : undefined;
        case 'carve-out': return liability && limits(liability) ? 'restated.carveOut' : undefined;
        case 'data-loss-direct':
            if (!liability) return undefined;
            if (!liability.excludeIndirect) return 'restated.dataLossNoFunction';
            return dataLossIndirect ? 'restated.dataLossContradicted' : 'restated.dataLoss';
        case 'data-loss-indirect':
            if (!liability?.excludeIndirect) return undefined;
            return dataLossIndirect ? 'restated.dataLoss' : 'restated.dataLossContradicted';
        case 'indirect-excluded': return liability?.excludeIndirect ? 'restated.indirect' : undefined;
        case 'fines': return liability?.finesOwn ? 'restated.fines' : undefined;
        case 'assistance-costs': return standard.assistanceCosts ? 'restated.assistanceCosts' : undefined;
        case 'audit-costs': return standard.auditCosts ? 'restated.auditCosts' : undefined;
        case 'return-costs': return standard.returnCosts ? 'restated.returnCosts' : undefined;
        case 'security-efforts': return standard.security && !standard.security.bestEfforts ? 'restated.securityEfforts' : undefined;
        case 'security-changes': return standard.security && !standard.security.changesAtDiscretion ? 'restated.securityChanges' : undefined;
        case 'early-termination': return standard.terminationGrants.length > 0 ? 'restated.earlyTermination' : undefined;
        case 'audit-findings': {
            const audit = standard.audit;
            return audit && !audit.informationOnly && audit.findings !== 'joint-decision' ? 'restated.auditFindings' : undefined;
        }
        default: return undefined;
    }
}

/**
 * DPA-R63: a paragraph of a custom clause (Dutch or English) that repeats or contradicts the
 * standard liability article, the sub-processing article's Art. 28(4) sentence, the `costs` of
 * a standard clause, the standard security or audit article, or a standard right to terminate. Negations count ("geldt niet bij opzet", "geen kosten voor bijstand" settle
 * the point as much as their positive forms). One diagnostic per sentence and point.
 */
export function restatedTerms(piece: Piece, context: CheckContext): void {
    if (!piece.clause) return;
    const standard = standardOf(context.agreement);
    const reported = new Set<string>();
    for (const m of findFamily(R63, piece.sentences)) {
        const key = finding(m.variant.id, standard);
        if (!key) continue;
        const id = `${m.sentence.start}:${key}`;
        if (reported.has(id)) continue;
        reported.add(id);
        let x = LANGUAGE_MESSAGES.text(context.lang, key);
        if (key === 'restated.earlyTermination') x += ` (${joinAnd(standard.terminationGrants.map(grant => LANGUAGE_MESSAGES.text(context.lang, grant)), context.lang)})`;
        context.report.rule('DPA-R63', where(context, piece, m.start, m.end), { x });
    }
}

export const owner: RuleOwner = { name: 'restated-terms', rules: ['DPA-R63'] };

import { WORDING_DATA } from '../../../data/index.js';
import * as ast from '../../../generated/ast.js';
import type { CheckContext, RuleOwner } from '../../check-module.js';
import { where, type Piece } from '../../prose.js';
import { compileFamily, findFamily } from '../../text/index.js';

// DPA-R63 (review 2026-11 C-04, C-05, section 8): a custom clause that says the opposite of a
// standard article the generator writes beside it. The agreement then contradicts itself, and which
// of the two binds is for a court to decide. The words are data (wording.json DPA-R63); each variant
// names the standard clause it contradicts and the parameter that would make the standard clause
// say what the custom clause says.

const R63 = compileFamily(WORDING_DATA['DPA-R63'], 'DPA-R63');

/** The standard clause of the agreement of one type, if any. */
function standardClause<T extends ast.Clause>(agreement: ast.Agreement, is: (c: ast.Clause) => c is T): T | undefined {
    return agreement.clauses.find(is);
}

/** Whether the standard clause says the opposite of a variant's wording. */
const CONTRADICTED: Readonly<Record<string, (agreement: ast.Agreement) => boolean>> = {
    // "alle maatregelen van artikel 32" (Art. 28(3)(c), 32) against best efforts.
    'security-efforts': agreement => {
        const security = standardClause(agreement, ast.isSecurityClause);
        return security !== undefined && !security.bestEfforts;
    },
    // Changes only without a lower level of security against changes at the processor's discretion.
    'security-changes': agreement => {
        const security = standardClause(agreement, ast.isSecurityClause);
        return security !== undefined && !security.changesAtDiscretion;
    },
    // Shortcomings remedied by the processor, at its own cost, against a joint decision (Art. 28(3)(h)).
    'audit-findings': agreement => {
        const audit = standardClause(agreement, ast.isAuditClause);
        return audit !== undefined && !audit.informationOnly && audit.findings !== 'joint-decision';
    },
    // Who pays an audit, said twice.
    'audit-costs': agreement => standardClause(agreement, ast.isAuditClause)?.costs !== undefined
};

/** The paragraphs of a custom clause, Dutch and English (`text en` is read as a title by textKindOf). */
const PARAGRAPHS: ReadonlySet<string> = new Set(['paragraphs', 'paragraphsEn']);

/** DPA-R63: a paragraph of a custom clause against the standard security or audit article; once per sentence. */
export function contradictedStandard(piece: Piece, context: CheckContext): void {
    const clause = piece.clause;
    if (!clause || piece.token.feature === undefined || !PARAGRAPHS.has(piece.token.feature)) return;
    const reported = new Set<number>();
    for (const m of findFamily(R63, piece.sentences)) {
        if (reported.has(m.sentence.start)) continue;
        if (!CONTRADICTED[m.variant.id]?.(context.agreement)) continue;
        reported.add(m.sentence.start);
        context.report.rule('DPA-R63', where(context, piece, m.start, m.end), { x: m.variant.label?.[context.lang] ?? m.text, y: clause.title });
    }
}

export const owner: RuleOwner = { name: 'standard-contradictions', rules: ['DPA-R63'] };

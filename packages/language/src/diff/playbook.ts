import type { AstNode } from 'langium';
import type * as ast from '../generated/ast.js';
import type { Lang } from '../i18n/lang.js';
import { checkPlaybook, type PlaybookFinding } from '../playbook/check.js';
import type { Playbook, PositionName } from '../playbook/schema.js';
import { clauseKeyword } from '../references.js';
import { lineOf } from './json.js';
import type { AgreementChange } from './meaning.js';

/** A departure from the firm's playbook that the new version has and the old one had not. */
export interface Crossing {
    readonly code: string;
    readonly severity: PlaybookFinding['severity'];
    readonly message: string;
    /** The line (1-based) in the new version. */
    readonly line?: number;
}

/** Which changes cross a position of the playbook (`dpa diff --playbook`). */
export interface PlaybookCrossings {
    readonly name: string;
    /** The departures each change brings. */
    readonly byChange: ReadonlyMap<AgreementChange, readonly Crossing[]>;
    /** New departures no single change accounts for (listed on their own, so none is lost). */
    readonly other: readonly Crossing[];
}

/** The element types a position reads: a removed element of such a type can be what departs from it. */
const READS: Readonly<Record<PositionName, readonly string[]>> = {
    breachNotification: ['BreachClause'],
    auditFrequency: ['AuditClause'],
    liabilityCap: ['LiabilityClause'],
    subprocessorCountries: ['SubProcessor', 'Location'],
    requiredClauses: [],
    specialDataMeasures: ['Measure'],
    forbiddenWording: []
};

/**
 * The departures from the playbook that the new version brings (those the old version has too
 * are not the change's doing: a departure is the same when its code and message are), each tied
 * to the change it is in: a change of the element where the departure is (or of an element
 * around it), or the removal of the element the position reads (the audit clause, for an audit
 * position; the clause a required-clauses position names).
 */
export function playbookCrossings(changes: readonly AgreementChange[], before: ast.Agreement, after: ast.Agreement, playbook: Playbook, lang: Lang): PlaybookCrossings {
    const old = new Map<string, number>();
    for (const finding of checkPlaybook(before, playbook, lang)) old.set(keyOf(finding), (old.get(keyOf(finding)) ?? 0) + 1);
    const byChange = new Map<AgreementChange, Crossing[]>();
    const other: Crossing[] = [];
    for (const finding of checkPlaybook(after, playbook, lang)) {
        const key = keyOf(finding);
        const left = old.get(key) ?? 0;
        if (left > 0) {
            old.set(key, left - 1);
            continue;
        }
        const line = lineOf(finding.place.node);
        const crossing: Crossing = { code: finding.code, severity: finding.severity, message: finding.message, ...(line !== undefined ? { line } : {}) };
        const owners = changes.filter(change => owns(change, finding));
        if (owners.length === 0) other.push(crossing);
        for (const change of owners) byChange.set(change, [...(byChange.get(change) ?? []), crossing]);
    }
    return { name: playbook.name, byChange, other };
}

function keyOf(finding: PlaybookFinding): string {
    return `${finding.code}\u0000${finding.message}`;
}

function owns(change: AgreementChange, finding: PlaybookFinding): boolean {
    const node = finding.place.node;
    if (change.after && change.after.$type !== 'Agreement' && within(node, change.after)) return true;
    if (change.kind !== 'removed' || !change.before) return false;
    if (finding.clause !== undefined) return isClause(change.before) && clauseKeyword(change.before) === finding.clause;
    return READS[finding.position].includes(change.before.$type);
}

function within(node: AstNode, container: AstNode): boolean {
    for (let current: AstNode | undefined = node; current; current = current.$container) if (current === container) return true;
    return false;
}

function isClause(node: AstNode): node is ast.Clause {
    return node.$containerProperty === 'clauses' && node.$container?.$type === 'Agreement';
}

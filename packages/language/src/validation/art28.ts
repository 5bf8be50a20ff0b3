import type { AstNode } from 'langium';
import type { InferOutput } from 'valibot';
import { ART28_DATA } from '../data/index.js';
import type { Art28ElementSchema } from '../data/schemas.js';
import * as ast from '../generated/ast.js';
import { auditShortfalls } from './rules/clauses/audit-deletion-terms.js';
import { readClause, type ElementReading } from './rules/custom-clauses/reading.js';

/** An Art. 28(3) element as in art28.json (see data/schemas.ts). */
export type Art28Element = Readonly<InferOutput<typeof Art28ElementSchema>>;

export const ART28_ELEMENTS: readonly Art28Element[] = ART28_DATA.elements;

export function art28Element(id: string): Art28Element {
    const element = ART28_ELEMENTS.find(e => e.id === id);
    if (!element) throw new Error(`Unknown Art. 28(3) element ${id}`);
    return element;
}

function structurallyProvided(test: string, agreement: ast.Agreement): boolean {
    const all = <T>(f: (p: ast.Processing) => readonly T[]) => agreement.processings.length > 0 && agreement.processings.every(p => f(p).length > 0);
    switch (test) {
        case 'main-agreement': return agreement.mainAgreement !== undefined;
        case 'processings': return agreement.processings.length > 0;
        case 'processings-purposes': return all(p => p.purposes);
        case 'processings-data': return all(p => p.data);
        case 'processings-subjects': return all(p => p.subjects);
        case 'processings-operations': return all(p => [...p.operations, ...p.staff.flatMap(s => s.operations)]);
        default: return false;
    }
}

/**
 * The parts of an element that a standard clause says it leaves out: `instructions without
 * transfers, legal-requirement-notice` (Art. 28(3)(a)), `instructions without infringement-notice`
 * (last subparagraph), `confidentiality without persons-bound` (Art. 28(3)(b)).
 */
export function withheldParts(clause: ast.Clause, element: string): string[] {
    if (ast.isInstructionsClause(clause)) {
        // The `transfers` clause binds transfers to the controller's documented instructions itself.
        const transfersClause = clause.$container.clauses.some(ast.isTransfersClause);
        if (element === 'instructions') return clause.omitted.filter(part => part !== 'infringement-notice' && !(part === 'transfers' && transfersClause));
        if (element === 'infringing-instructions') return clause.omitted.filter(part => part === 'infringement-notice');
    }
    if (ast.isConfidentialityClause(clause) && element === 'confidentiality' && clause.withoutPersons) return ['persons-bound'];
    return [];
}

/**
 * The Art. 28(3) elements the agreement provides, each with the node that provides it: a
 * standard clause (unless it says it leaves a part of the element out), a custom clause whose text was read and found to provide it (one that
 * `covers` it, or whose title names it: rules/custom-clauses/reading.ts), or the agreement
 * itself for elements that follow from its structure (every processing activity states its
 * purposes, data, …).
 */
export function providedElements(agreement: ast.Agreement): ReadonlyMap<string, AstNode> {
    const cached = providedCache.get(agreement);
    if (cached) return cached;
    const provided = new Map<string, AstNode>();
    for (const element of ART28_ELEMENTS) {
        const clause = agreement.clauses.find(c => (element.provider.includes(c.$type) && withheldParts(c, element.id).length === 0 && !fallsShort(c))
            || (ast.isCustomClause(c) && readClause(c).some(r => r.element === element.id && r.provides)));
        if (clause) provided.set(element.id, clause);
        else if (element.provider.some(test => structurallyProvided(test, agreement))) provided.set(element.id, agreement);
    }
    providedCache.set(agreement, provided);
    return provided;
}

/**
 * Per parse result: several rules, the code lens and the completeness summary ask for the
 * elements of one agreement in one build. A new parse makes new nodes, so the cache cannot go stale.
 */
const providedCache = new WeakMap<ast.Agreement, ReadonlyMap<string, AstNode>>();

/**
 * A standard clause whose parameters hold a text that falls short of its element, so that it does
 * not provide it: an `audit` clause with information only, evidence instead of an audit at the
 * processor's choice, or no inspections (Art. 28(3)(h); rules/clauses/audit-deletion-terms.ts,
 * DPA-R16); sub-processors engaged without authorisation (Art. 28(2)) or without the same
 * obligations (Art. 28(4)) (DPA-R07, R09); requests of data subjects neither assisted with nor
 * forwarded (`data-subject-requests no-assistance` without `forward`: the text states the rights,
 * the processor does nothing for the controller, Art. 28(3)(e); DPA-R33). The clause's own checks
 * report why.
 */
export function fallsShort(clause: ast.Clause): boolean {
    if (ast.isAuditClause(clause)) return auditShortfalls(clause, 'en').length > 0;
    if (ast.isDataSubjectRequestsClause(clause)) return clause.noAssistance && !clause.forwards;
    return ast.isSubprocessingClause(clause) && (clause.authorisation === 'without-authorisation' || clause.flowDown === 'none');
}

/**
 * The elements that custom clauses claim or are about but fall short of, by element: the first
 * such reading (a flag, or `covers` with none of the element's parts in the text). Only for
 * elements the agreement does not provide otherwise.
 */
export function shortfalls(agreement: ast.Agreement): Map<string, ElementReading> {
    const provided = providedElements(agreement);
    const found = new Map<string, ElementReading>();
    for (const clause of agreement.clauses.filter(ast.isCustomClause)) {
        for (const reading of readClause(clause)) {
            if (provided.has(reading.element) || found.has(reading.element) || !reading.read) continue;
            if (reading.flags.length > 0 || (reading.explicit && !reading.provides)) found.set(reading.element, reading);
        }
    }
    return found;
}

/**
 * Custom clauses whose text falls short of an element (a flag) that a standard clause provides:
 * the two contradict each other (a custom audit clause that lets a report replace the audit
 * beside the standard `audit` clause).
 */
export function contradictions(agreement: ast.Agreement): ElementReading[] {
    const provided = providedElements(agreement);
    return agreement.clauses.filter(ast.isCustomClause).flatMap(clause => readClause(clause).filter(reading => {
        const provider = provided.get(reading.element);
        return reading.flags.length > 0 && provider !== undefined && provider !== agreement && !ast.isCustomClause(provider);
    }));
}

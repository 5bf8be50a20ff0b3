import type { AstNode } from 'langium';
import * as ast from './generated/ast.js';

export type NamedMember = AstNode & { name: string };

/**
 * Every named declaration of an agreement. All names of an agreement share one namespace, so
 * that a name always means one thing (checked by the duplicate-name check, kept by rename).
 */
export function namedMembers(agreement: ast.Agreement): NamedMember[] {
    return [
        ...agreement.parameters,
        ...agreement.parties,
        ...agreement.subprocessors,
        ...agreement.dataCategories,
        ...agreement.subjectCategories,
        ...agreement.staffRoles,
        ...agreement.measures,
        ...agreement.processings,
        ...agreement.clauses.filter(ast.isCustomClause)
    ];
}

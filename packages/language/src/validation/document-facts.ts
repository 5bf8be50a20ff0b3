import type { AstNode } from 'langium';
import type * as ast from '../generated/ast.js';
import { pushChildren } from './ast-walk.js';

/**
 * A fact of the document under check that several checks (or one check per piece of text) read:
 * a function of the agreement alone (and of other facts), computed once per validation (`DocumentFacts.get`).
 */
export type DocumentFact<T> = (agreement: ast.Agreement, facts: DocumentFacts) => T;

/**
 * The facts of one validation of one document, shared by its checks through the check context:
 * an index a rule would otherwise rebuild for every node or every piece of text (every node of
 * the agreement, its destinations) is built once. Facts live as long as the validation: a
 * rebuild after an edit computes them again from the new syntax tree, so they are never stale.
 */
export class DocumentFacts {
    private readonly known = new Map<DocumentFact<unknown>, unknown>();

    constructor(private readonly agreement: ast.Agreement) {}

    get<T>(fact: DocumentFact<T>): T {
        if (this.known.has(fact)) return this.known.get(fact) as T;
        const value = fact(this.agreement, this);
        this.known.set(fact, value);
        return value;
    }
}

/** Every node inside the agreement, in the order of Langium's `AstUtils.streamAllContents`. */
export const allContents: DocumentFact<readonly AstNode[]> = agreement => {
    const nodes: AstNode[] = [];
    const stack: AstNode[] = [];
    const children: AstNode[] = [];
    pushChildren(agreement, children);
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]!);
    while (stack.length > 0) {
        const node = stack.pop()!;
        nodes.push(node);
        children.length = 0;
        pushChildren(node, children);
        for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]!);
    }
    return nodes;
};

import { isAstNode, type AstNode } from 'langium';

// The syntax tree in the order of Langium's `AstUtils.streamAst` (pre-order; children in the order
// of their properties, array elements in order), walked without its stream objects: the validator
// walks every node of the document on every build (the size budget, then the checks), and
// Langium's lazy streams cost more than the checks of most nodes.

/** The direct children of a node, in `streamContents` order, pushed onto `out` (as they come). */
export function pushChildren(node: AstNode, out: AstNode[]): void {
    for (const property of Object.keys(node)) {
        if (property.startsWith('$')) continue;
        const value = (node as unknown as Record<string, unknown>)[property];
        if (isAstNode(value)) out.push(value);
        else if (Array.isArray(value)) for (const element of value) if (isAstNode(element)) out.push(element);
    }
}

/** The number of nodes of a tree, counted up to `max + 1` (enough to know it is over `max`). */
export function countAstNodes(root: AstNode, max = Infinity): number {
    const stack: AstNode[] = [root];
    let count = 0;
    while (stack.length > 0 && count <= max) {
        count++;
        pushChildren(stack.pop()!, stack);
    }
    return count;
}

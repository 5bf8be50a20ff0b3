import { AstUtils, GrammarAST, isAstNode, isCompositeCstNode, isLeafCstNode, type AstNode, type CstNode, type LeafCstNode } from 'langium';

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

/** The property each grammar element assigns to (the grammar never changes: found once per element). */
const features = new WeakMap<AstNode, string | null>();

/** The property a CST node's grammar element is assigned to, if it is inside an assignment. */
export function assignedFeature(cst: CstNode): string | undefined {
    const source = cst.grammarSource;
    if (!source) return undefined;
    let feature = features.get(source);
    if (feature === undefined) {
        feature = AstUtils.getContainerOfType(source, GrammarAST.isAssignment)?.feature ?? null;
        features.set(source, feature);
    }
    return feature ?? undefined;
}

/** As Langium's `GrammarUtils.findAssignment(cst)?.feature`, with the grammar lookups remembered. */
export function findAssignedFeature(cst: CstNode): string | undefined {
    const astNode = cst.astNode;
    for (let node: CstNode | undefined = cst; node && astNode === node.container?.astNode; node = node.container) {
        const feature = assignedFeature(node);
        if (feature !== undefined) return feature;
    }
    return undefined;
}

/** The leaf CST nodes under `root`, in the order of Langium's `CstUtils.streamCst`. */
export function leafCstNodes(root: CstNode): LeafCstNode[] {
    const leaves: LeafCstNode[] = [];
    const stack: CstNode[] = [root];
    while (stack.length > 0) {
        const node = stack.pop()!;
        if (isCompositeCstNode(node)) {
            for (let i = node.content.length - 1; i >= 0; i--) stack.push(node.content[i]!);
        } else if (isLeafCstNode(node)) {
            leaves.push(node);
        }
    }
    return leaves;
}

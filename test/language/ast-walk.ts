/** Shared by the incremental-parse and linking tests: the AST index against Langium's own walk. */
import { AstUtils, type AstNode } from 'langium';
import { expect } from 'vitest';
import { astIndex } from '../../packages/language/src/dpa-linking.js';

/** The index of `root` (walked, or remembered by the incremental parse) has Langium's nodes and references, in Langium's order. */
export function expectSameWalk(root: AstNode): void {
    const index = astIndex(root);
    const nodes = AstUtils.streamAst(root).toArray();
    expect(index.nodes.length).toBe(nodes.length);
    expect(index.nodes.every((node, i) => node === nodes[i])).toBe(true);
    const references = nodes.flatMap(node => AstUtils.streamReferences(node).toArray());
    expect(index.references.length).toBe(references.length);
    index.references.forEach((info, i) => {
        const expected = references[i]!;
        expect(info.reference === expected.reference && info.container === expected.container && info.property === expected.property && info.index === expected.index).toBe(true);
    });
}


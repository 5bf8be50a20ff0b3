/**
 * The phases after parsing (packages/language/src/dpa-linking.ts, dpa-scope-computation.ts)
 * against Langium's own: the same nodes in the same order, the same references, the same exported
 * and local symbols, the same links and the same reference index, on the real agreements, a
 * generated one and random fuzz documents (which have errors and unresolved references).
 */
import {
    AstUtils, DefaultAstNodeDescriptionProvider, DefaultReferenceDescriptionProvider, DefaultScopeComputation, EmptyFileSystem, type AstNode, type AstNodeDescription, type LangiumDocument,
    type ReferenceDescription
} from 'langium';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { URI } from 'vscode-uri';
import { generatedAgreement } from '../../bench/agreements.js';
import { createDpaServices } from '../../packages/language/src/index.js';
import type { DpaIndexManager } from '../../packages/language/src/dpa-linking.js';
import { expectSameWalk } from './ast-walk.js';
import { exampleTexts, generatedAgreement as fuzzAgreement } from '../fuzz/documents.js';

const { shared, Dpa } = createDpaServices(EmptyFileSystem);
const TEXTS: readonly string[] = [...exampleTexts(), generatedAgreement(600)];

let counter = 0;
async function built(text: string): Promise<LangiumDocument> {
    const document = shared.workspace.LangiumDocuments.createDocument(URI.parse(`memory:///walk-${++counter}.dpa`), text);
    await shared.workspace.DocumentBuilder.build([document], { validation: false });
    return document;
}

/** Langium's scope computation with Langium's descriptions (ours compute their segments late). */
class LangiumScopeComputation extends DefaultScopeComputation {
    constructor() {
        super(Dpa);
        (this as unknown as { descriptions: DefaultAstNodeDescriptionProvider }).descriptions = new DefaultAstNodeDescriptionProvider(Dpa);
    }
}

function describeSymbol(d: AstNodeDescription): unknown {
    return { name: d.name, type: d.type, path: d.path, uri: d.documentUri.toString(), node: d.node, name_: d.nameSegment, selection: d.selectionSegment };
}

function describeReferences(descriptions: readonly ReferenceDescription[]): unknown {
    return descriptions.map(d => ({ ...d, sourceUri: d.sourceUri.toString(), targetUri: d.targetUri.toString() }));
}

async function samePhases(text: string): Promise<void> {
    const document = await built(text);
    const root = document.parseResult.value;
    // The walk: Langium's order of nodes and references.
    expectSameWalk(root);
    // The symbols: Langium's default scope computation over every node gives the same ones.
    const langium = new LangiumScopeComputation();
    const exported = await langium.collectExportedSymbolsForNode(root, document, node => AstUtils.streamAllContents(node));
    expect((await Dpa.references.ScopeComputation.collectExportedSymbols(document)).map(describeSymbol)).toEqual(exported.map(describeSymbol));
    const local = await langium.collectLocalSymbols(document);
    const ours = document.localSymbols!;
    for (const container of AstUtils.streamAst(root)) {
        expect(ours.has(container)).toBe(local.has(container));
        if (local.has(container)) expect(ours.getStream(container).map(describeSymbol).toArray()).toEqual(local.getStream(container).map(describeSymbol).toArray());
    }
    // The links: every reference resolved (or not) as Langium's linker does: every one was linked, none is left resolving.
    expect(document.references.length).toBe(AstUtils.streamAst(root).flatMap(node => AstUtils.streamReferences(node)).count());
    // The reference index, made when asked, is Langium's eager one.
    const index = shared.workspace.IndexManager as DpaIndexManager;
    const eager = await new DefaultReferenceDescriptionProvider(Dpa).createDescriptions(document);
    for (const description of exported) {
        if (!description.node) continue;
        const found = index.findAllReferences(description.node, description.path).toArray();
        expect(describeReferences(found)).toEqual(describeReferences(eager.filter(e => e.targetPath === description.path && e.targetUri.toString() === document.uri.toString())));
    }
}

describe('linking in one walk', () => {
    test('the real agreements and a generated one: Langium\'s nodes, references, symbols and reference index', async () => {
        for (const text of TEXTS) await samePhases(text);
    }, 300_000);

    test('random documents (with errors and unresolved references) too', async () => {
        await fc.assert(fc.asyncProperty(fuzzAgreement(60, 12), async text => samePhases(text)), { numRuns: 60 });
    }, 300_000);

    test('a node of a linked document is linked to the declaration Langium finds', async () => {
        const document = await built(TEXTS[0]!);
        const targets = document.references.map(reference => {
            const target = 'ref' in reference ? (reference.ref as AstNode | undefined) : undefined;
            return target ? Dpa.workspace.AstNodeLocator.getAstNodePath(target) : reference.error?.message;
        });
        expect(targets.length).toBeGreaterThan(10);
        expect(targets.every(t => t !== undefined)).toBe(true);
    });
});

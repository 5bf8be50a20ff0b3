/**
 * The incremental reparse (packages/language/src/incremental-parse.ts) against a fresh full
 * parse: for random edits of the real agreements and a generated one, the updated document has
 * the same AST, the same CST (every node's offset, range, token type, hidden flag), the same
 * errors, and after a full build the same diagnostics.
 */
import { AstUtils, CstUtils, EmptyFileSystem, isLeafCstNode, isReference, type AstNode, type CstNode, type LangiumDocument } from 'langium';
import { CancellationToken } from 'vscode-languageserver-protocol';
import { TextDocument } from 'vscode-languageserver-textdocument';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { URI } from 'vscode-uri';
import { generatedAgreement } from '../../bench/agreements.js';
import { createDpaServices, type Document } from '../../packages/language/src/index.js';
import { findEdit, type DpaDocumentFactory } from '../../packages/language/src/incremental-parse.js';
import { exampleTexts, KEYWORDS } from '../fuzz/documents.js';
import { expectSameWalk } from './ast-walk.js';

const { shared, Dpa } = createDpaServices(EmptyFileSystem);
const factory = shared.workspace.LangiumDocumentFactory as DpaDocumentFactory;
const textDocuments = shared.workspace.TextDocuments!;
const serializer = Dpa.serializer.JsonSerializer;

const TEXTS: readonly string[] = [...exampleTexts(), generatedAgreement(400)];

let counter = 0;
function nextUri(): URI {
    return URI.parse(`memory:///incremental-${++counter}.dpa`);
}

/** Everything about a parse that must not depend on how it was made. */
function snapshot(document: LangiumDocument): unknown {
    const root = document.parseResult.value;
    const ast = serializer.serialize(root, {
        textRegions: true,
        comments: true,
        // References stay unresolved: only their text and where it is.
        replacer: (key, value, defaultReplacer) => isReference(value)
            ? { $refText: value.$refText, at: value.$refNode?.offset, end: value.$refNode?.end }
            : defaultReplacer(key, value)
    });
    const nodes = AstUtils.streamAst(root).map(node => describeNode(node)).toArray();
    const cst = root.$cstNode ? CstUtils.streamCst(root.$cstNode).map(describeCst).toArray() : [];
    return {
        text: root.$cstNode?.root.fullText,
        ast,
        nodes,
        cst,
        lexerErrors: document.parseResult.lexerErrors.map(e => ({ ...e })),
        parserErrors: document.parseResult.parserErrors.map(e => ({ name: e.name, message: e.message, offset: e.token.startOffset, image: e.token.image }))
    };
}

function describeNode(node: AstNode): unknown {
    const container = node.$container as unknown as Record<string, unknown> | undefined;
    const slot = container && node.$containerProperty ? container[node.$containerProperty] : undefined;
    const placed = container === undefined || (Array.isArray(slot) ? slot[node.$containerIndex ?? -1] === node : slot === node);
    return {
        type: node.$type,
        path: Dpa.workspace.AstNodeLocator.getAstNodePath(node),
        placed,
        cst: node.$cstNode && { offset: node.$cstNode.offset, end: node.$cstNode.end, range: node.$cstNode.range, own: node.$cstNode.astNode === node }
    };
}

function describeCst(node: CstNode): unknown {
    return {
        offset: node.offset,
        length: node.length,
        range: node.range,
        hidden: node.hidden,
        token: isLeafCstNode(node) ? node.tokenType.name : undefined,
        text: node.text,
        ast: node.astNode.$type,
        parent: node.container ? node.container.content.indexOf(node) : -1
    };
}

/** Parses `text`, then updates the document to each of `edits` in turn through the document factory. */
async function updateThrough(text: string, edits: readonly string[]): Promise<LangiumDocument> {
    const uri = nextUri();
    const document = factory.fromString(text, uri);
    let version = 0;
    for (const next of edits) {
        textDocuments.set(TextDocument.create(uri.toString(), 'dpa', ++version, next));
        await factory.update(document, CancellationToken.None);
    }
    textDocuments.delete(uri.toString());
    return document;
}

const PIECES = ['"', '{', '}', '\n', ' ', 'a', 'x y', '\\"', '//', '/*', '*/', '// note\n', '/* note */', ',', '{{x}}', '\r\n', '\r', 'é', ...KEYWORDS];

/** One edit of `text` at a fraction of its length. */
const edit = fc.record({
    // Uniform over the text (fc.double favours the ends).
    at: fc.integer({ min: 0, max: 1_000_000 }).map(n => n / 1_000_000),
    remove: fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 6 })),
    // Half the edits fall inside a member without braces, whose end the parser finds by lookahead.
    braceless: fc.boolean(),
    insert: fc.oneof(
        { weight: 1, arbitrary: fc.constant('') },
        // Typing: a letter, a space, a word.
        { weight: 3, arbitrary: fc.constantFrom('a', 'e', ' ', 'x y', 'Z') },
        { weight: 3, arbitrary: fc.constantFrom(...PIECES) },
        { weight: 1, arbitrary: fc.string({ maxLength: 4 }) }
    )
});

/** The offsets inside the agreement's members without braces (`    measure …`, `    data …`, standard clauses): lines indented once that open and close no block. */
function bracelessOffsets(text: string): number[] {
    const offsets: number[] = [];
    for (const line of text.matchAll(/^ {4}[a-z][^\n{}]*$/gm)) for (let i = 0; i < line[0].length; i++) offsets.push(line.index + i);
    return offsets;
}

function apply(text: string, e: { at: number; remove: number; insert: string; braceless: boolean }): string {
    const inside = e.braceless ? bracelessOffsets(text) : [];
    const at = inside.length > 0 ? inside[Math.floor(e.at * inside.length)]! : Math.min(text.length, Math.floor(e.at * text.length));
    return text.slice(0, at) + e.insert + text.slice(Math.min(text.length, at + e.remove));
}

describe('incremental parse', () => {
    test('findEdit finds the one changed region', () => {
        expect(findEdit('abcdef', 'abXdef')).toEqual({ start: 2, oldEnd: 3, newEnd: 3 });
        expect(findEdit('aaa', 'aaaa')).toEqual({ start: 3, oldEnd: 3, newEnd: 4 });
        expect(findEdit('abc', 'abc')).toEqual({ start: 3, oldEnd: 3, newEnd: 3 });
    });

    test('random edits of real and generated agreements give the tree a full parse gives', async () => {
        const before = { ...factory.stats };
        await fc.assert(fc.asyncProperty(fc.integer({ min: 0, max: TEXTS.length - 1 }), fc.array(edit, { minLength: 1, maxLength: 4 }), async (which, edits) => {
            const texts: string[] = [];
            let text = TEXTS[which]!;
            for (const e of edits) texts.push(text = apply(text, e));
            const updated = await updateThrough(TEXTS[which]!, texts);
            const fresh = factory.fromString(text, updated.uri);
            expect(snapshot(updated)).toEqual(snapshot(fresh));
            // The index of nodes and references the copy of the AST leaves for linking is the walk's.
            expectSameWalk(updated.parseResult.value);
        }), { numRuns: 250 });
        // The property is only worth something if the fast path ran often.
        expect(factory.stats.incremental - before.incremental).toBeGreaterThan(60);
    }, 300_000);

    test('after a full build, an incrementally updated document has the diagnostics of a fresh one', async () => {
        const documents = shared.workspace.LangiumDocuments;
        const builder = shared.workspace.DocumentBuilder;
        const before = { ...factory.stats };
        await fc.assert(fc.asyncProperty(fc.integer({ min: 0, max: TEXTS.length - 1 }), fc.array(edit, { minLength: 1, maxLength: 3 }), async (which, edits) => {
            const uri = nextUri();
            const document = documents.createDocument(uri, TEXTS[which]!);
            await builder.build([document], { validation: true });
            let text = TEXTS[which]!;
            let version = 0;
            for (const e of edits) {
                text = apply(text, e);
                textDocuments.set(TextDocument.create(uri.toString(), 'dpa', ++version, text));
                await builder.update([uri], []);
            }
            const updated = documents.getDocument(uri)!;
            const freshUri = nextUri();
            const fresh = documents.createDocument(freshUri, text);
            await builder.build([fresh], { validation: true });
            // Related locations name the document's own URI, which differs.
            const diagnostics = (d: LangiumDocument) => JSON.parse(JSON.stringify(d.diagnostics ?? []).replaceAll(d.uri.toString(), 'self')) as unknown;
            expect(diagnostics(updated)).toEqual(diagnostics(fresh));
            textDocuments.delete(uri.toString());
            await builder.update([], [uri, freshUri]);
        }), { numRuns: 40 });
        expect(factory.stats.incremental - before.incremental).toBeGreaterThan(5);
    }, 300_000);

    test('typing a character inside a clause text takes the fast path, and every AST node is new', async () => {
        const text = generatedAgreement(2000);
        const at = text.indexOf('text "', Math.floor(text.length / 2)) + 10;
        const uri = nextUri();
        const document = factory.fromString(text, uri);
        const old = new Set(AstUtils.streamAst(document.parseResult.value));
        const before = { ...factory.stats };
        textDocuments.set(TextDocument.create(uri.toString(), 'dpa', 1, text.slice(0, at) + 'x' + text.slice(at)));
        await factory.update(document, CancellationToken.None);
        textDocuments.delete(uri.toString());
        expect(factory.stats).toEqual({ incremental: before.incremental + 1, full: before.full });
        // Caches by node (validation) and the severity policy by root count on new nodes after a parse.
        const now = AstUtils.streamAst(document.parseResult.value).toArray();
        expect(now.length).toBe(old.size);
        expect(now.filter(node => old.has(node))).toEqual([]);
        expect((document.parseResult.value as Document).agreement).toBeDefined();
        expect(document.parseResult.value.$document).toBe(document);
    });

    test('typing inside a measure\'s description or a data category\'s label (members without braces) takes the fast path', async () => {
        const text = generatedAgreement(2000);
        for (const at of [text.indexOf('\n    measure ', text.length >> 1), text.indexOf('\n    data ', text.length >> 1)]) {
            const inside = text.indexOf('"', at) + 3;
            const before = { ...factory.stats };
            const typed = text.slice(0, inside) + 'x' + text.slice(inside);
            const updated = await updateThrough(text, [typed]);
            expect(factory.stats).toEqual({ incremental: before.incremental + 1, full: before.full });
            expect(snapshot(updated)).toEqual(snapshot(factory.fromString(typed, updated.uri)));
        }
    });

    test('an edit across two members, or one that breaks the syntax, parses the whole text', async () => {
        const text = generatedAgreement(500);
        const close = text.indexOf('\n    }\n') + 6;
        const before = { ...factory.stats };
        await updateThrough(text, [text.slice(0, close) + text.slice(close + 20)]);
        const at = text.indexOf('text "') + 4;
        await updateThrough(text, [text.slice(0, at) + '{' + text.slice(at)]);
        expect(factory.stats).toEqual({ incremental: before.incremental, full: before.full + 2 });
    });
});

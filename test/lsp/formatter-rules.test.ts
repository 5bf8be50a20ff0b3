/**
 * The formatter gathers its rules in one pass (DpaFormatter.collectRules: the punctuation rule and
 * each node's keywords from the tokens, `formatMembers` only on the nodes with a layout of their
 * own) instead of running `format` on every node, which looks keywords up in each node's syntax
 * tree through Langium's node formatter. Both ways must give the same edits: on every real
 * agreement (examples/, examples/real/) and a generated one, with their whitespace scrambled.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { EmptyFileSystem, URI, type AstNode, type CstNode, type LangiumDocument } from 'langium';
import type { FormattingAction } from 'langium/lsp';
import { describe, expect, test } from 'vitest';
import { generatedAgreement } from '../../bench/agreements.js';
import { createDpaServices } from '../../packages/language/src/index.js';
import { DpaFormatter } from '../../packages/language/src/lsp/formatter.js';
import { EXAMPLES } from '../helpers.js';

/** The rules gathered as before: `format` on every node, through Langium's node formatter. */
class EveryNodeFormatter extends DpaFormatter {
    protected override collectRules(nodes: readonly AstNode[]): { prepend: Map<number, FormattingAction>; append: Map<number, FormattingAction> } {
        const rules = { prepend: new Map<number, FormattingAction>(), append: new Map<number, FormattingAction>() };
        this.collector = (node: CstNode, mode: 'prepend' | 'append', formatting: FormattingAction) => {
            const map = mode === 'prepend' ? rules.prepend : rules.append;
            const key = mode === 'prepend' ? node.offset : node.end;
            const existing = map.get(key);
            if (!existing || (existing.options.priority ?? 0) <= (formatting.options.priority ?? 0)) map.set(key, formatting);
        };
        for (const node of nodes) this.format(node);
        return rules;
    }
}

const { Dpa, shared } = createDpaServices(EmptyFileSystem);
const reference = new EveryNodeFormatter();
const options = { tabSize: 4, insertSpaces: true };

const SOURCES: readonly { name: string; text: string }[] = [
    ...[EXAMPLES, join(EXAMPLES, 'real')].flatMap(dir => readdirSync(dir).filter(f => f.endsWith('.dpa')).sort()
        .map(f => ({ name: f, text: readFileSync(join(dir, f), 'utf8') }))),
    { name: 'generated-1000', text: generatedAgreement(1_000) }
];

let n = 0;
async function parsed(text: string): Promise<LangiumDocument> {
    const document = shared.workspace.LangiumDocumentFactory.fromString(text, URI.parse(`memory:///format-${n++}.dpa`));
    shared.workspace.LangiumDocuments.addDocument(document);
    await shared.workspace.DocumentBuilder.build([document], { validation: false });
    return document;
}

async function expectSameEdits(text: string): Promise<void> {
    const document = await parsed(text);
    const params = { textDocument: { uri: document.uri.toString() }, options };
    expect(await Dpa.lsp.Formatter!.formatDocument(document, params)).toEqual(await reference.formatDocument(document, params));
    await shared.workspace.DocumentBuilder.update([], [document.uri]);
}

/** `text` with the whitespace between some tokens replaced (line breaks, spaces, blank lines, none where that keeps the tokens apart). */
function scrambled(text: string, seed: number, choices: readonly string[]): string {
    let state = seed;
    const next = () => (state = (state * 1103515245 + 12345) % 2147483648) / 2147483648;
    return text.replace(/[ \t]*\n[ \t]*|[ \t]+/g, gap => (next() < 0.3 ? choices[Math.floor(next() * choices.length)]! : gap));
}

describe('the formatter\'s rules gathered in one pass', () => {
    test.each(SOURCES)('give the edits of `format` on every node, for $name', async ({ text }) => {
        await expectSameEdits(text);
        await expectSameEdits(scrambled(text, 1, [' ', '\n', '\n\n\n', '  \t ', '\n        ']));
    });

    test('give the edits of `format` on every node, whatever the whitespace', async () => {
        await fc.assert(fc.asyncProperty(fc.constantFrom(...SOURCES), fc.nat(), async (source, seed) => {
            await expectSameEdits(scrambled(source.text, seed, [' ', '\n', '\n\n', '\t', '   \n  ']));
        }), { numRuns: 30, seed: 20_261_127 });
    }, 120_000);
});

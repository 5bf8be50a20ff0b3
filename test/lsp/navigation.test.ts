import { SemanticTokensDecoder } from 'langium/lsp';
import { describe, expect, test } from 'vitest';
import { applyEdits, check, lineOf, minimalAgreement, services } from '../helpers.js';

const text = minimalAgreement('data Verzuim "Verzuimgegevens" health basis "art. 30 UAVG"', 'retention 1 month\n        data Verzuim');
const at = async (needle: string, delta = 1) => {
    const result = await check(text);
    const document = result.document;
    return { document, params: { textDocument: { uri: document.uri.toString() }, position: document.textDocument.positionAt(text.indexOf(needle) + delta) } };
};

describe('navigation', () => {
    test('the outline lists parties, data, measures, activities and clauses under the agreement', async () => {
        const { document } = await at('Minimal');
        const [root] = await services.lsp.DocumentSymbolProvider!.getSymbols(document, { textDocument: { uri: document.uri.toString() } });
        expect(root!.name).toBe('Minimal');
        const names = root!.children!.map(c => c.name);
        expect(names).toEqual(expect.arrayContaining(['Klant', 'Leverancier', 'Contact', 'Encryption', 'Hosting', 'breach notification within 24 hours']));
        expect(root!.children!.find(c => c.name === 'Hosting')!.detail).toBe('Hosting');
    });

    test('go to definition and find references', async () => {
        const { document, params } = await at('data Verzuim\n', 'data '.length + 1);
        const links = await services.lsp.DefinitionProvider!.getDefinition(document, params);
        expect(links![0]!.targetSelectionRange.start.line).toBe(lineOf(text, 'data Verzuim "'));
        const refs = await services.lsp.ReferencesProvider!.findReferences(document, { ...params, context: { includeDeclaration: true } });
        expect(refs.map(r => r.range.start.line).sort((a, b) => a - b)).toEqual([lineOf(text, 'data Verzuim "'), lineOf(text, '        data Verzuim')].sort((a, b) => a - b));
    });

    test('rename changes the declaration and every reference', async () => {
        const { document, params } = await at('data Verzuim "', 'data '.length + 1);
        const edit = await services.lsp.RenameProvider!.rename(document, { ...params, newName: 'SickLeave' });
        const renamed = applyEdits(text, edit!.changes![document.uri.toString()]!);
        expect(renamed).toContain('data SickLeave "Verzuimgegevens"');
        expect(renamed).toContain('        data SickLeave');
        // The same findings as before the rename (the health data wants logging, DPA-R26), no unresolved name.
        const codes = async (t: string) => (await check(t)).diagnostics.map(d => d.code);
        expect(await codes(renamed)).toEqual(await codes(text));
    });

    test.each([['1abc', 'not a valid name'], ['health', 'keyword'], ['Contact', 'already used']])('rename refuses %s', async (newName, message) => {
        const { document, params } = await at('data Verzuim "', 'data '.length + 1);
        await expect(services.lsp.RenameProvider!.rename(document, { ...params, newName })).rejects.toThrow(message);
    });

    test('code lenses: Art. 28(3) coverage on the agreement, "Preview in agreement" on each activity', async () => {
        const { document } = await at('Minimal');
        const lenses = await services.lsp.CodeLensProvider!.provideCodeLens(document, { textDocument: { uri: document.uri.toString() } });
        expect(lenses![0]!.command!.title).toBe('Art. 28(3): 17/17 covered');
        const preview = lenses!.find(l => l.command?.command === 'dpa.showInPreview');
        expect(preview!.command!.arguments).toEqual([document.uri.toString(), lineOf(text, 'processing Hosting')]);
    });

    test('code lenses speak the message language and name what is missing', async () => {
        const settings = services.dpa.Settings;
        const before = settings.language;
        try {
            settings.language = 'nl';
            const partial = text.replace('    audit every 1 year on-suspicion by controller-or-auditor\n', '');
            const { document } = await check(partial);
            const lenses = await services.lsp.CodeLensProvider!.provideCodeLens(document, { textDocument: { uri: document.uri.toString() } });
            expect(lenses![0]!.command!.title).toMatch(/^Art\. 28 lid 3: 16\/17 geregeld — ontbreekt: \S/);
            expect(lenses![0]!.command!.command).toBe('workbench.actions.view.problems');
            expect(lenses!.find(l => l.command?.command === 'dpa.showInPreview')!.command!.title).toBe('Bekijk in de overeenkomst');
            settings.language = 'en';
            const english = await services.lsp.CodeLensProvider!.provideCodeLens(document, { textDocument: { uri: document.uri.toString() } });
            expect(english![0]!.command!.title).toMatch(/^Art\. 28\(3\): 16\/17 covered — missing: \S/);
            expect(english!.find(l => l.command?.command === 'dpa.showInPreview')!.command!.title).toBe('Preview in agreement');
        } finally {
            settings.language = before;
        }
    });

    test('semantic tokens: declarations vs references, sensitive data marked', async () => {
        const { document } = await at('Minimal');
        const provider = services.lsp.SemanticTokenProvider!;
        const tokens = await provider.semanticHighlight(document, { textDocument: { uri: document.uri.toString() } });
        const decoded = SemanticTokensDecoder.decode(tokens, provider.tokenTypes, document);
        const tokenAt = (needle: string, delta: number) => decoded.find(t => t.offset === text.indexOf(needle) + delta);
        const declaration = tokenAt('data Verzuim "', 'data '.length)!;
        expect(declaration.tokenType).toBe('variable');
        const reference = tokenAt('        data Verzuim', '        data '.length)!;
        expect(reference.tokenType).toBe('variable');
        const modifiers = (t: { tokenModifiers: number }) => Object.entries(provider.tokenModifiers).filter(([, bit]) => (t.tokenModifiers & bit) !== 0).map(([name]) => name);
        expect(modifiers(declaration)).toEqual(expect.arrayContaining(['declaration', 'sensitive']));
        expect(modifiers(reference)).toEqual(['sensitive']);
        expect(modifiers(tokenAt('data Contact "', 'data '.length)!)).toEqual(['declaration']);
    });

    test('folding ranges for the agreement, parties and activities', async () => {
        const { document } = await at('Minimal');
        const ranges = await services.lsp.FoldingRangeProvider!.getFoldingRanges(document, { textDocument: { uri: document.uri.toString() } });
        const starts = ranges.map(r => r.startLine);
        for (const needle of ['agreement Minimal', 'controller Klant', 'processing Hosting']) expect(starts).toContain(lineOf(text, needle));
    });

    test('workspace symbols across files', async () => {
        await check(minimalAgreement().replace('processing Hosting "Hosting"', 'processing Payroll "Salarisadministratie"'));
        const symbols = await services.shared.lsp.WorkspaceSymbolProvider!.getSymbols({ query: 'Payroll' });
        expect(symbols.map(s => s.name)).toContain('Payroll');
    });
});

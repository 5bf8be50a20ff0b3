/**
 * A keystroke through `LangiumDocumentFactory.update` (issue 12): one character typed inside a
 * string of a custom clause in the middle of a generated agreement, then deleted again, with the
 * incremental reparse of one member (packages/language/src/incremental-parse.ts) against Langium's
 * full reparse (the baseline), on the same services, in this process. Records the rows
 * `parse.keystroke.<lines>`: incremental ÷ full, target ≤ 0.2.
 *
 * And the whole way from the keystroke to the start of validation (parse, IndexedContent,
 * ComputedScopes, Linked, IndexedReferences) with the project's services against Langium's
 * defaults for those phases (full reparse, DefaultLinker, DefaultScopeComputation over every
 * node, DefaultReferenceDescriptionProvider, DefaultIndexManager, DefaultAstNodeDescriptionProvider):
 * rows `parse.to-validation.<lines>`, target ≤ 0.2.
 */
import {
    AstUtils, DefaultAstNodeDescriptionProvider, DefaultLangiumDocumentFactory, DefaultLinker, DefaultReferenceDescriptionProvider, DefaultScopeComputation,
    DocumentState, EmptyFileSystem, inject, type AstNodeDescription, type LangiumDocument
} from 'langium';
import { createDefaultModule, createDefaultSharedModule } from 'langium/lsp';
import { bench, describe } from 'vitest';
import { CancellationToken } from 'vscode-languageserver-protocol';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { URI } from 'vscode-uri';
import { createDpaServices, DpaModule, type DpaServices } from '../packages/language/src/index.js';
import { DpaGeneratedModule, DpaGeneratedSharedModule } from '../packages/language/src/generated/module.js';
import { DpaDocumentBuilder } from '../packages/language/src/dpa-scope.js';
import type { DpaDocumentFactory } from '../packages/language/src/incremental-parse.js';
import { generatedAgreement, SIZES } from './agreements.js';
import { median, record, type BenchRow } from './results.js';

const { shared, Dpa } = createDpaServices(EmptyFileSystem);
const incremental = shared.workspace.LangiumDocumentFactory as DpaDocumentFactory;
const full = new DefaultLangiumDocumentFactory(shared);
const textDocuments = shared.workspace.TextDocuments!;

/** The agreement and the same text with one character typed inside a clause's text in its middle. */
function keystroke(lines: number): { text: string; typed: string } {
    const text = generatedAgreement(lines);
    const at = text.indexOf('text "', Math.floor(text.length / 2)) + 'text "'.length + 5;
    return { text, typed: text.slice(0, at) + 'x' + text.slice(at) };
}

let uris = 0;
/** A document of `text` whose updates go through `factory`; each call types or deletes the character. */
function typist(factory: DefaultLangiumDocumentFactory, text: string, typed: string): () => Promise<number> {
    const uri = URI.parse(`memory:///parse-bench-${++uris}.dpa`);
    const document: LangiumDocument = factory.fromString(text, uri);
    let version = 0;
    return async () => {
        const next = version % 2 === 0 ? typed : text;
        textDocuments.set(TextDocument.create(uri.toString(), 'dpa', ++version, next));
        const start = performance.now();
        await factory.update(document, CancellationToken.None);
        return performance.now() - start;
    };
}

const ROUNDS = 30;
const rows: BenchRow[] = [];
const typists = new Map<number, { incremental: () => Promise<number>; full: () => Promise<number> }>();

for (const lines of SIZES) {
    const { text, typed } = keystroke(lines);
    const pair = { incremental: typist(incremental, text, typed), full: typist(full, text, typed) };
    typists.set(lines, pair);
    // Warm up, then alternate the two sides so that both see the same machine load.
    for (let i = 0; i < 4; i++) {
        await pair.incremental();
        await pair.full();
    }
    const before = incremental.stats.incremental;
    const times = { incremental: [] as number[], full: [] as number[] };
    for (let i = 0; i < ROUNDS; i++) {
        times.incremental.push(await pair.incremental());
        times.full.push(await pair.full());
    }
    if (incremental.stats.incremental - before !== ROUNDS) throw new Error(`the keystroke at ${lines} lines did not take the incremental path`);
    const value = median(times.incremental);
    const baseline = median(times.full);
    rows.push({
        id: `parse.keystroke.${lines}`,
        what: `keystroke in a clause text → LangiumDocumentFactory.update, incremental ÷ full reparse, ${lines.toLocaleString('en')} lines`,
        lines,
        value: Math.round(value * 100) / 100,
        unit: 'ms',
        baseline: { what: 'full reparse (Langium DefaultLangiumDocumentFactory.update)', value: Math.round(baseline * 100) / 100 },
        ratio: Math.round((value / baseline) * 1000) / 1000,
        target: { limit: 0.2, of: 'ratio' }
    });
}
/** Langium's scope computation, exporting every named node as the project's does (it only walks differently). */
class LangiumScopeComputation extends DefaultScopeComputation {
    override collectExportedSymbols(document: LangiumDocument): Promise<AstNodeDescription[]> {
        return this.collectExportedSymbolsForNode(document.parseResult.value, document, root => AstUtils.streamAllContents(root));
    }
}

/** The project's services with Langium's defaults for every phase before validation. */
function langiumPhases(): DpaServices {
    const langiumShared = inject(createDefaultSharedModule(EmptyFileSystem), DpaGeneratedSharedModule, { workspace: { DocumentBuilder: s => new DpaDocumentBuilder(s) } });
    const services = inject(createDefaultModule({ shared: langiumShared }), DpaGeneratedModule, DpaModule, {
        references: { Linker: (s: DpaServices) => new DefaultLinker(s), ScopeComputation: (s: DpaServices) => new LangiumScopeComputation(s) },
        workspace: {
            ReferenceDescriptionProvider: (s: DpaServices) => new DefaultReferenceDescriptionProvider(s),
            AstNodeDescriptionProvider: (s: DpaServices) => new DefaultAstNodeDescriptionProvider(s)
        }
    });
    langiumShared.ServiceRegistry.register(services);
    void langiumShared.workspace.ConfigurationProvider.initialized({});
    return services;
}

/** A document built up to IndexedReferences; each call types or deletes the character and brings it there again. */
async function toValidation(services: DpaServices, text: string, typed: string): Promise<() => Promise<number>> {
    const workspace = services.shared.workspace;
    const uri = URI.parse(`memory:///to-validation-${++uris}.dpa`);
    const document = workspace.LangiumDocuments.createDocument(uri, text);
    await workspace.DocumentBuilder.build([document], { validation: false });
    let version = 0;
    return async () => {
        const next = version % 2 === 0 ? typed : text;
        workspace.TextDocuments!.set(TextDocument.create(uri.toString(), 'dpa', ++version, next));
        workspace.DocumentBuilder.resetToState(document, DocumentState.Changed);
        const start = performance.now();
        await workspace.LangiumDocumentFactory.update(document, CancellationToken.None);
        await workspace.IndexManager.updateContent(document, CancellationToken.None);
        (document as { localSymbols?: unknown }).localSymbols = await services.references.ScopeComputation.collectLocalSymbols(document, CancellationToken.None);
        await services.references.Linker.link(document, CancellationToken.None);
        await workspace.IndexManager.updateReferences(document, CancellationToken.None);
        const elapsed = performance.now() - start;
        document.state = DocumentState.IndexedReferences;
        return elapsed;
    };
}

const langium = langiumPhases();
for (const lines of SIZES) {
    const { text, typed } = keystroke(lines);
    const ours = await toValidation(Dpa, text, typed);
    const theirs = await toValidation(langium, text, typed);
    for (let i = 0; i < 4; i++) {
        await ours();
        await theirs();
    }
    const times = { ours: [] as number[], theirs: [] as number[] };
    for (let i = 0; i < ROUNDS; i++) {
        times.ours.push(await ours());
        times.theirs.push(await theirs());
    }
    const value = median(times.ours);
    const baseline = median(times.theirs);
    rows.push({
        id: `parse.to-validation.${lines}`,
        what: `keystroke in a clause text → ready for validation (parse, index, scopes, link, reference index), ours ÷ Langium's defaults, ${lines.toLocaleString('en')} lines`,
        lines,
        value: Math.round(value * 100) / 100,
        unit: 'ms',
        baseline: { what: 'full reparse, DefaultLinker, DefaultScopeComputation, DefaultReferenceDescriptionProvider, DefaultIndexManager', value: Math.round(baseline * 100) / 100 },
        ratio: Math.round((value / baseline) * 1000) / 1000,
        target: { limit: 0.2, of: 'ratio' }
    });
}

for (const row of record(rows)) console.log(`${row.id}: ${row.value} ms vs ${row.baseline?.value} ms = ×${row.ratio} (target ≤ ${row.target.limit}) ${row.pass ? 'pass' : 'FAIL'}`);

for (const lines of SIZES) {
    const pair = typists.get(lines)!;
    describe(`keystroke through LangiumDocumentFactory.update, ${lines} lines`, () => {
        bench('incremental reparse of the member', async () => { await pair.incremental(); }, { iterations: 10, time: 0 });
        bench('full reparse (baseline)', async () => { await pair.full(); }, { iterations: 10, time: 0 });
    });
}

/**
 * The responsive document builder (packages/language/src/lsp/responsive-builder.ts) builds the
 * typed document first and its neighbours after, and lets a newer update cancel neighbours only
 * between two phases. Whatever the order and wherever a build is cancelled, every document must
 * end with the diagnostics Langium's own builder gives it: a property over sequences of edits to
 * a workspace of real agreements (examples/, examples/real/), some builds cancelled part-way.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { DefaultDocumentBuilder, DocumentState, EmptyFileSystem, inject, URI, type LangiumDocument } from 'langium';
import { createDefaultModule, createDefaultSharedModule, type LangiumSharedServices } from 'langium/lsp';
import { describe, expect, test } from 'vitest';
import { CancellationTokenSource } from 'vscode-languageserver-protocol';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { createDpaServices, DpaModule, type DpaServices } from '../../packages/language/src/index.js';
import { DpaGeneratedModule, DpaGeneratedSharedModule } from '../../packages/language/src/generated/module.js';
import { ResponsiveDocumentBuilder } from '../../packages/language/src/lsp/responsive-builder.js';
import { registerValidationChecks } from '../../packages/language/src/validation/dpa-validator.js';
import { EXAMPLES } from '../helpers.js';

const TEXTS = [EXAMPLES, join(EXAMPLES, 'real')].flatMap(dir => readdirSync(dir).filter(f => f.endsWith('.dpa')).sort().map(f => readFileSync(join(dir, f), 'utf8')));

/** Langium's own builder, with the project's services otherwise. */
function withLangiumsBuilder(): DpaServices {
    const shared = inject(createDefaultSharedModule(EmptyFileSystem), DpaGeneratedSharedModule, {
        workspace: { DocumentBuilder: (services: LangiumSharedServices) => new DefaultDocumentBuilder(services) }
    });
    const Dpa = inject(createDefaultModule({ shared }), DpaGeneratedModule, DpaModule);
    shared.ServiceRegistry.register(Dpa);
    registerValidationChecks(Dpa);
    void shared.workspace.ConfigurationProvider.initialized({});
    return Dpa;
}

/** A workspace of open documents (held by `TextDocuments`, as an editor's are). */
class Workspace {
    private readonly versions = new Map<string, number>();

    constructor(readonly services: DpaServices) {}

    get shared(): LangiumSharedServices {
        return this.services.shared;
    }

    /** Sets the texts of documents `uris` (opening them), then builds with `cancelAfter` document phases at most before a newer update cancels it. */
    async edit(changes: readonly { uri: string; text: string }[], cancelAfter?: number): Promise<void> {
        for (const { uri, text } of changes) {
            const version = (this.versions.get(uri) ?? 0) + 1;
            this.versions.set(uri, version);
            this.shared.workspace.TextDocuments.set(TextDocument.create(uri, 'dpa', version, text));
        }
        const source = new CancellationTokenSource();
        let phases = 0;
        const listeners = cancelAfter === undefined ? [] : [DocumentState.Parsed, DocumentState.Linked, DocumentState.Validated].map(state =>
            this.shared.workspace.DocumentBuilder.onDocumentPhase(state, () => {
                if (++phases >= cancelAfter) source.cancel();
            }));
        try {
            await this.shared.workspace.DocumentBuilder.update(changes.map(c => URI.parse(c.uri)), [], source.token);
        } catch {
            // Cancelled part-way, as by a keystroke: the next update carries on.
        } finally {
            for (const listener of listeners) listener.dispose();
        }
    }

    /** Every document's diagnostics (after a last, uncancelled build of what is left). */
    async diagnostics(): Promise<Record<string, string[]>> {
        await this.shared.workspace.DocumentBuilder.update([], []);
        const all: Record<string, string[]> = {};
        for (const document of this.shared.workspace.LangiumDocuments.all as Iterable<LangiumDocument>) {
            expect(document.state, document.uri.toString()).toBe(DocumentState.Validated);
            all[document.uri.toString()] = (document.diagnostics ?? []).map(d =>
                `${d.range.start.line}:${d.range.start.character}-${d.range.end.line}:${d.range.end.character} ${d.severity} ${String(d.code)} ${d.message}`).sort();
        }
        return all;
    }
}

const edit = fc.record({
    /** Which documents change (indexes into the workspace), each to which text (index into TEXTS), cut at which fraction. */
    changes: fc.array(fc.record({ doc: fc.nat(5), text: fc.nat(TEXTS.length - 1), cut: fc.option(fc.double({ min: 0, max: 1, noNaN: true }), { nil: undefined }) }), { minLength: 1, maxLength: 3 }),
    cancelAfter: fc.option(fc.integer({ min: 1, max: 12 }), { nil: undefined })
});

describe('the responsive document builder', () => {
    test('is the builder of the language services', () => {
        expect(createDpaServices(EmptyFileSystem).shared.workspace.DocumentBuilder).toBeInstanceOf(ResponsiveDocumentBuilder);
    });

    test('gives every document the diagnostics Langium\'s builder gives it, after any edits and cancelled builds', async () => {
        await fc.assert(fc.asyncProperty(fc.array(edit, { minLength: 1, maxLength: 4 }), async edits => {
            const ours = new Workspace(createDpaServices(EmptyFileSystem).Dpa);
            const langiums = new Workspace(withLangiumsBuilder());
            for (const { changes, cancelAfter } of edits) {
                const texts = changes.map(({ doc, text, cut }) => {
                    const full = TEXTS[text]!;
                    return { uri: `file:///workspace/doc-${doc}.dpa`, text: cut === undefined ? full : full.slice(0, Math.floor(full.length * cut)) };
                });
                // The same document twice in one update: the last text wins, in both.
                const unique = [...new Map(texts.map(t => [t.uri, t])).values()];
                await ours.edit(unique, cancelAfter);
                await langiums.edit(unique);
            }
            expect(await ours.diagnostics()).toEqual(await langiums.diagnostics());
        }), { numRuns: 12, seed: 20_261_127 });
    }, 240_000);
});

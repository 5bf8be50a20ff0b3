import { DocumentState, type FileSystemProvider, type LangiumSharedCoreServices } from 'langium';
import type { Connection } from 'vscode-languageserver';
import { URI } from 'vscode-uri';
import { createDpaServices, guardConnection, makeParsers, type DocumentLookup, type DpaServices } from '@dpa/language';
import type { LangiumSharedServices } from 'langium/lsp';
import { registerDiffRequest } from './diff-request.js';
import { GenerationSettings } from './generation-settings.js';
import { syncSettings } from './settings-sync.js';
import { versionDiagnostics } from './versioned-diagnostics.js';

/** The language server's services on a connection (see `serveLanguage`). */
export interface ServedLanguage {
    /** The connection, guarded: every handler registered on it answers malformed parameters with InvalidParams. */
    readonly connection: Connection;
    readonly shared: LangiumSharedServices;
    readonly Dpa: DpaServices;
    readonly generation: GenerationSettings;
}

/**
 * The language server on a connection, whatever carries it: the Node process (`main.ts`, stdio,
 * IPC or a socket, files on disk) or a Web Worker (`browser.ts`, documents from the client only).
 * Everything of the language — diagnostics, completion, hover, navigation, formatting — and the
 * comparison of two versions (`dpa/diff`, diff-request.ts) is set up here, the same in both; the entry adds what its platform has (the generator's requests,
 * firm template folders) and starts the server.
 */
export function serveLanguage(raw: Connection, fileSystem: { readonly fileSystemProvider: (services: LangiumSharedCoreServices) => FileSystemProvider }): ServedLanguage {
    // The guard asks for the document lookup when a message arrives, after the services exist.
    const connection = guardConnection(raw, () => knowsDocument);
    const { shared, Dpa } = createDpaServices({ connection, ...fileSystem });
    const knowsDocument: DocumentLookup = uri => {
        if (shared.workspace.TextDocuments.get(uri)) return true;
        try {
            return shared.workspace.LangiumDocuments.hasDocument(URI.parse(uri));
        } catch {
            return false;
        }
    };
    const generation = new GenerationSettings();
    syncSettings(shared, Dpa, generation);
    // The lexer and the parsers are made on first use, so `initialize` is answered without them
    // (about 100 ms of Chevrotain's grammar analysis). The document parser is made once the client
    // has said `initialized`, while it answers the configuration request the first build waits
    // for; the completion parser after the first validation. (A timer of 0, not setImmediate:
    // workers have no setImmediate.)
    shared.lsp.LanguageServer.onInitialized(() => setTimeout(() => makeParsers(Dpa, 'document'), 0));
    const firstValidation = shared.workspace.DocumentBuilder.onBuildPhase(DocumentState.Validated, () => {
        firstValidation.dispose();
        setTimeout(() => makeParsers(Dpa, 'completion'), 0);
    });
    versionDiagnostics(connection, shared);
    // "DPA: Compare with…" needs nothing of the platform: the same in Node and in a Web Worker.
    registerDiffRequest(connection, shared, Dpa);
    return { connection, shared, Dpa, generation };
}

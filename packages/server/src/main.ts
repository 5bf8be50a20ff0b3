import { startLanguageServer } from 'langium/lsp';
import { NodeFileSystem } from 'langium/node';
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { processingRowMarkdown } from '@dpa/generator';
import { URI } from 'vscode-uri';
import { DocumentState } from 'langium';
import { createDpaServices, guardConnection, makeParsers, type DocumentLookup } from '@dpa/language';
import { registerAgreementRequests } from './agreement-requests.js';
import { GenerationSettings } from './generation-settings.js';
import { syncSettings } from './settings-sync.js';
import { versionDiagnostics } from './versioned-diagnostics.js';

// The transport (--stdio, --node-ipc, --socket=N) is taken from the command line. Every handler
// registered on it (Langium's and ours) answers malformed parameters with InvalidParams.
// (The guard asks for the document lookup when a message arrives, after the services exist.)
const connection = guardConnection(createConnection(ProposedFeatures.all), () => knowsDocument);

// A rejected request the server does not await (e.g. a client that refuses a dynamic
// registration) must not end the process: log it and carry on serving.
process.on('unhandledRejection', reason => {
    connection.console.error(`Unhandled rejection: ${reason instanceof Error ? reason.stack ?? reason.message : String(reason)}`);
});
const { shared, Dpa } = createDpaServices({ connection, ...NodeFileSystem });
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
// The hover on a processing activity shows the Bijlage 1 row the generator makes of it.
Dpa.dpa.Extensions.processingPreview = processing => processingRowMarkdown(processing);
// Relative template folders are relative to the (first) workspace folder.
let workspaceRoot: string | undefined;
shared.lsp.LanguageServer.onInitialize(params => {
    const uri = params.workspaceFolders?.[0]?.uri ?? params.rootUri ?? undefined;
    workspaceRoot = uri ? URI.parse(uri).fsPath : undefined;
});
// The lexer and the parsers are made on first use, so `initialize` is answered without them (about
// 100 ms of Chevrotain's grammar analysis). The document parser is made once the client has said
// `initialized`, while it answers the configuration request the first build waits for; the
// completion parser after the first validation.
shared.lsp.LanguageServer.onInitialized(() => setImmediate(() => makeParsers(Dpa, 'document')));
const firstValidation = shared.workspace.DocumentBuilder.onBuildPhase(DocumentState.Validated, () => {
    firstValidation.dispose();
    setImmediate(() => makeParsers(Dpa, 'completion'));
});
registerAgreementRequests(connection, shared, generation, () => workspaceRoot);
versionDiagnostics(connection, shared);
startLanguageServer(shared);

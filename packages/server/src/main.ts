import { startLanguageServer } from 'langium/lsp';
import { NodeFileSystem } from 'langium/node';
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { generateAgreementFile, processingRowMarkdown } from '@dpa/generator';
import { URI } from 'vscode-uri';
import { registerAgreementRequests } from './agreement-requests.js';
import { FirmTemplates } from './agreement-templates.js';
import { registerReviewRequest } from './review-request.js';
import { serveLanguage } from './serve.js';

// The language server as a Node process. The transport (--stdio, --node-ipc, --socket=N) is taken
// from the command line; files are read from disk.
const { connection, shared, Dpa, generation } = serveLanguage(createConnection(ProposedFeatures.all), NodeFileSystem);

// A rejected request the server does not await (e.g. a client that refuses a dynamic
// registration) must not end the process: log it and carry on serving.
process.on('unhandledRejection', reason => {
    connection.console.error(`Unhandled rejection: ${reason instanceof Error ? reason.stack ?? reason.message : String(reason)}`);
});
// The hover on a processing activity shows the Bijlage 1 row the generator makes of it.
Dpa.dpa.Extensions.processingPreview = processing => processingRowMarkdown(processing);
// Relative template folders are relative to the (first) workspace folder.
let workspaceRoot: string | undefined;
shared.lsp.LanguageServer.onInitialize(params => {
    const uri = params.workspaceFolders?.[0]?.uri ?? params.rootUri ?? undefined;
    workspaceRoot = uri ? URI.parse(uri).fsPath : undefined;
});
const firmTemplates = new FirmTemplates(() => workspaceRoot);
registerAgreementRequests(connection, shared, generation, {
    firmTemplates: (folder, lang) => firmTemplates.engineFor(folder, lang),
    renderFile: generateAgreementFile
});
// "DPA: Review Agreement…" (desktop only, as the importer: the Web Worker does not carry the review).
registerReviewRequest(connection, Dpa);
startLanguageServer(shared);

import { startLanguageServer } from 'langium/lsp';
import { NodeFileSystem } from 'langium/node';
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { processingRowMarkdown } from '@dpa/generator';
import { createDpaServices } from '../dpa-module.js';
import { registerAgreementRequests } from './agreement-requests.js';
import { syncSettings } from './settings-sync.js';

// The transport (--stdio, --node-ipc, --socket=N) is taken from the command line.
const connection = createConnection(ProposedFeatures.all);

// A rejected request the server does not await (e.g. a client that refuses a dynamic
// registration) must not end the process: log it and carry on serving.
process.on('unhandledRejection', reason => {
    connection.console.error(`Unhandled rejection: ${reason instanceof Error ? reason.stack ?? reason.message : String(reason)}`);
});
const { shared, Dpa } = createDpaServices({ connection, ...NodeFileSystem });
syncSettings(shared, Dpa);
// The hover on a processing activity shows the Bijlage 1 row the generator makes of it.
Dpa.dpa.Extensions.processingPreview = processing => processingRowMarkdown(processing);
registerAgreementRequests(connection, shared);
startLanguageServer(shared);

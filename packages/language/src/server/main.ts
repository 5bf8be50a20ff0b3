import { startLanguageServer } from 'langium/lsp';
import { NodeFileSystem } from 'langium/node';
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { createDpaServices } from '../dpa-module.js';
import { registerAgreementRequests } from './agreement-requests.js';

// The transport (--stdio, --node-ipc, --socket=N) is taken from the command line.
const connection = createConnection(ProposedFeatures.all);
const { shared } = createDpaServices({ connection, ...NodeFileSystem });
registerAgreementRequests(connection, shared);
startLanguageServer(shared);

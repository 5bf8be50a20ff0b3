/**
 * Creating the language client that talks to the DPA language server
 * (packages/language/dist/server.cjs, run in a separate Node process over IPC).
 */
import * as vscode from 'vscode';
import {
    LanguageClient,
    TransportKind,
    type LanguageClientOptions,
    type ServerOptions
} from 'vscode-languageclient/node';

const SERVER_MODULE = 'packages/language/dist/server.cjs';
const OUTPUT_CHANNEL_NAME = 'DPA Language Server';

/** Creates (but does not start) the client; the file watcher is disposed with the extension. */
export function createLanguageClient(context: vscode.ExtensionContext): LanguageClient {
    const serverModule = context.asAbsolutePath(SERVER_MODULE);
    const serverOptions: ServerOptions = {
        run: { module: serverModule, transport: TransportKind.ipc },
        debug: {
            module: serverModule,
            transport: TransportKind.ipc,
            options: { execArgv: ['--nolazy', '--inspect=6009'] }
        }
    };

    const dpaFiles = vscode.workspace.createFileSystemWatcher('**/*.dpa');
    context.subscriptions.push(dpaFiles);

    const clientOptions: LanguageClientOptions = {
        documentSelector: [
            { scheme: 'file', language: 'dpa' },
            { scheme: 'untitled', language: 'dpa' }
        ],
        synchronize: { fileEvents: dpaFiles },
        outputChannelName: OUTPUT_CHANNEL_NAME
    };

    return new LanguageClient('dpa', OUTPUT_CHANNEL_NAME, serverOptions, clientOptions);
}

/**
 * Creating the language client that talks to the DPA language server
 * (packages/server/dist/server.cjs, run in a separate Node process over IPC), on the desktop. Its
 * options are the web client's too (client-options.ts).
 */
import type * as vscode from 'vscode';
import { LanguageClient, TransportKind, type ServerOptions } from 'vscode-languageclient/node';
import { clientOptions, SERVER_NAME } from './client-options.js';

const SERVER_MODULE = 'packages/server/dist/server.cjs';

/**
 * Creates (but does not start) the client; the file watcher is disposed with the extension. The
 * settings the server reads pass through trust.ts: in an untrusted workspace it gets no firm's
 * template folder (see sendDpaSettings for when trust is granted).
 */
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

    const client: LanguageClient = new LanguageClient('dpa', SERVER_NAME(), serverOptions, clientOptions(context, [
        { scheme: 'file', language: 'dpa' },
        { scheme: 'untitled', language: 'dpa' }
    ], (): LanguageClient => client));
    return client;
}

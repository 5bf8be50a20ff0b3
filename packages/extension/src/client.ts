/**
 * Creating the language client that talks to the DPA language server
 * (packages/server/dist/server.cjs, run in a separate Node process over IPC).
 */
import * as vscode from 'vscode';
import {
    DidChangeConfigurationNotification,
    LanguageClient,
    TransportKind,
    type LanguageClientOptions,
    type ServerOptions
} from 'vscode-languageclient/node';
import { configurationForServer, dpaSettingsNotification } from './trust.js';

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

    const name = vscode.l10n.t('DPA Language Server');
    const dpaFiles = vscode.workspace.createFileSystemWatcher('**/*.dpa');
    context.subscriptions.push(dpaFiles);

    const clientOptions: LanguageClientOptions = {
        documentSelector: [
            { scheme: 'file', language: 'dpa' },
            { scheme: 'untitled', language: 'dpa' }
        ],
        synchronize: { fileEvents: dpaFiles },
        outputChannelName: name,
        middleware: {
            workspace: {
                // The server asks for the `dpa` section when it starts.
                configuration: async (params, token, next) => {
                    const values: unknown = await next(params, token);
                    return Array.isArray(values) ? configurationForServer(params.items, values, vscode.workspace.isTrusted) : values as never;
                },
                // A change of the settings: pushed to the server as the section's values.
                didChangeConfiguration: async (sections, next) => {
                    if (vscode.workspace.isTrusted || !sections?.includes('dpa')) return next(sections);
                    await sendDpaSettings(client);
                    const others = sections.filter(section => section !== 'dpa');
                    if (others.length > 0) await next(others);
                }
            }
        }
    };

    const client = new LanguageClient('dpa', name, serverOptions, clientOptions);
    return client;
}

/** Sends the `dpa` settings to the server as they apply now (with the workspace's trust). */
export async function sendDpaSettings(client: LanguageClient): Promise<void> {
    const section: unknown = vscode.workspace.getConfiguration().get('dpa');
    await client.sendNotification(DidChangeConfigurationNotification.type, dpaSettingsNotification(section, vscode.workspace.isTrusted));
}

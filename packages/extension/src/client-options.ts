/**
 * The language client's options, the same on the desktop (client.ts, the server in a Node process)
 * and in VS Code for the web (browser.ts, the server in a Web Worker).
 */
import * as vscode from 'vscode';
import { DidChangeConfigurationNotification, type BaseLanguageClient, type LanguageClientOptions } from 'vscode-languageclient';
import { PLAYBOOK_FILES, watchNamedPlaybook } from './playbook-watch.js';
import { configurationForServer, dpaSettingsNotification } from './trust.js';

/** The server's name, as the output channel shows it. */
export const SERVER_NAME = () => vscode.l10n.t('DPA Language Server');

/**
 * The client's options, whichever transport: the documents it serves, `.dpa` and playbook file events, and the
 * settings the server reads, through trust.ts (in an untrusted workspace it gets no firm's
 * template folder).
 */
export function clientOptions(context: vscode.ExtensionContext, documentSelector: LanguageClientOptions['documentSelector'], client: () => BaseLanguageClient): LanguageClientOptions {
    const dpaFiles = vscode.workspace.createFileSystemWatcher('**/*.dpa');
    // The firm's playbook: the server reads it again when it changes (playbook-watch.ts).
    const playbookFiles = vscode.workspace.createFileSystemWatcher(PLAYBOOK_FILES);
    context.subscriptions.push(dpaFiles, playbookFiles);
    watchNamedPlaybook(context, client);
    return {
        documentSelector,
        synchronize: { fileEvents: [dpaFiles, playbookFiles] },
        outputChannelName: SERVER_NAME(),
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
                    await sendDpaSettings(client());
                    const others = sections.filter(section => section !== 'dpa');
                    if (others.length > 0) await next(others);
                }
            }
        }
    };
}

/** Sends the `dpa` settings to the server as they apply now (with the workspace's trust). */
export async function sendDpaSettings(client: BaseLanguageClient): Promise<void> {
    const section: unknown = vscode.workspace.getConfiguration().get('dpa');
    await client.sendNotification(DidChangeConfigurationNotification.type, dpaSettingsNotification(section, vscode.workspace.isTrusted));
}

/// <reference lib="webworker" />
/**
 * Entry point of the DPA extension in VS Code for the web (the manifest's `browser`): the language
 * client with the language server in a Web Worker (packages/server/dist/browser.js, the
 * playground's server too). Preview, generating Markdown, HTML and Word, diagnostics and every
 * editor feature work as on the desktop; PDF and a firm's template folder are refused by the
 * server with the reason, and batch generation by the command (activation.ts).
 */
import * as vscode from 'vscode';
import { LanguageClient } from 'vscode-languageclient/browser';
import { activateWith, deactivate } from './activation.js';
import { clientOptions, SERVER_NAME } from './client-options.js';

/** The worker bundle, relative to the extension's root (scripts/bundle.mjs writes it). */
const SERVER_WORKER = ['packages', 'server', 'dist', 'browser.js'] as const;

export async function activate(context: vscode.ExtensionContext): Promise<void> {
    // The worker's script is read and started from a blob: VS Code for the web refuses a worker URL
    // of an extension installed on a remote host (code-server, a Codespace), and a blob is
    // same-origin wherever the extension comes from.
    const script = await vscode.workspace.fs.readFile(vscode.Uri.joinPath(context.extensionUri, ...SERVER_WORKER));
    const worker = new Worker(URL.createObjectURL(new Blob([script as Uint8Array<ArrayBuffer>], { type: 'text/javascript' })));
    // Documents of any scheme: on the web they come from virtual file systems (vscode-vfs, …).
    const client: LanguageClient = new LanguageClient('dpa', SERVER_NAME(), worker, clientOptions(context, [{ language: 'dpa' }], (): LanguageClient => client));
    await activateWith(context, client, undefined);
}

export { deactivate };

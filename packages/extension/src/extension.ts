/**
 * Entry point of the DPA extension on the desktop (the manifest's `main`): the language client with
 * the server in a Node process, and batch generation through the CLI (activation.ts does the rest).
 */
import type * as vscode from 'vscode';
import { activateWith, deactivate } from './activation.js';
import { BatchGenerator } from './batch.js';
import { createLanguageClient } from './client.js';

export async function activate(context: vscode.ExtensionContext): Promise<void> {
    await activateWith(context, createLanguageClient(context), new BatchGenerator(context.asAbsolutePath('packages/cli/dist/cli.cjs')));
}

export { deactivate };

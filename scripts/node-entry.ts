/**
 * The one Node bundle of the language server, the CLI and the VS Code extension (`dist/dpa.cjs`,
 * made by scripts/bundle.mjs): they share the language, the generator and the LSP libraries, so
 * the package holds them once. `packages/server/dist/server.cjs`, `packages/cli/dist/cli.cjs` and
 * `packages/extension/dist/extension.cjs` are starters of a few lines that call one of these.
 * Each program is imported on demand: the bundle evaluates only the modules of the program
 * started (the server does not load the CLI or the extension, the CLI not the server's
 * connection, the extension neither the language nor the generator).
 */
import { isMainThread, workerData } from 'node:worker_threads';
import type * as vscode from 'vscode';
import type * as Extension from '../packages/extension/src/extension.js';

export function startServer(): Promise<unknown> {
    return import('../packages/server/src/main.js');
}

export function startCli(): Promise<unknown> {
    return import('../packages/cli/src/main.js');
}

let extension: Promise<typeof Extension> | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<void> {
    extension = import('../packages/extension/src/extension.js');
    await (await extension).activate(context);
}

export async function deactivate(): Promise<void> {
    if (extension) await (await extension).deactivate();
}

// A program that runs work in worker threads loads them from the file it runs from (`__filename`,
// this bundle): only the CLI does (`dpa batch`), so a worker thread given data is the CLI's.
if (!isMainThread && workerData !== undefined && workerData !== null) void startCli();

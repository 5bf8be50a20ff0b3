/**
 * What the extension does once it has a language client, on the desktop (extension.ts, the server
 * in a Node process) and in VS Code for the web (browser.ts, the server in a Web Worker): starts the
 * client and registers the commands (preview, generate, batch, new agreement, compare with another
 * version, import and review a document, the code lens "show in preview") and the preview's panel serializer. Batch generation runs the CLI in a Node process, and import
 * and review need the companion extension "DPA Import" (Node libraries): on the web there is none, and the commands say so.
 */
import * as vscode from 'vscode';
import type { BaseLanguageClient } from 'vscode-languageclient';
import type { BatchGenerator } from './batch.js';
import { sendDpaSettings } from './client-options.js';
import { CompareManager } from './compare/command.js';
import { errorReason } from './documents.js';
import { generateAgreement } from './generate.js';
import { importAgreementCommand, ReviewPanels } from './import/command.js';
import { newAgreement } from './new-agreement.js';
import { PREVIEW_VIEW_TYPE, PreviewManager } from './preview/manager.js';
import { refusal, type WritingCommand } from './trust.js';

let client: BaseLanguageClient | undefined;

/** Activates the extension with its language client; `batch` where the CLI can run (the desktop). */
export async function activateWith(context: vscode.ExtensionContext, languageClient: BaseLanguageClient, batch: BatchGenerator | undefined): Promise<void> {
    client = languageClient;
    const previews = new PreviewManager(languageClient, context.extensionUri);
    const comparisons = new CompareManager(languageClient, context.extensionUri);
    const reviews = new ReviewPanels(languageClient, context.extensionUri);
    /** On the web (no batch generator, no Node): the import commands say they need the desktop. */
    const desktopOnly = (): boolean => {
        if (batch) return false;
        void vscode.window.showInformationMessage(vscode.l10n.t('Importing and reviewing Word, PDF, text, Markdown and HTML documents needs VS Code on the desktop with the extension "DPA Import", or the dpa command line (dpa import, dpa review).'));
        return true;
    };

    context.subscriptions.push(
        previews,
        comparisons,
        reviews,
        ...(batch ? [batch] : []),
        vscode.commands.registerCommand('dpa.generateFromData', async (argument: unknown) => {
            if (!batch) {
                void vscode.window.showInformationMessage(vscode.l10n.t('Generating one agreement per customer runs the dpa command line, which VS Code for the web cannot run: use VS Code on the desktop or the CLI.'));
                return;
            }
            if (refused('dpa.generateFromData')) return;
            const document = await dpaDocument(argument, vscode.l10n.t('Open a template .dpa file to generate one agreement per customer.'));
            if (document !== undefined) await batch.run(document.uri);
        }),
        // Before the client starts: VS Code restores previews as soon as activation allows.
        vscode.window.registerWebviewPanelSerializer(PREVIEW_VIEW_TYPE, previews),
        // Invoked from the palette (no argument), the editor title (the editor's URI) or a menu.
        vscode.commands.registerCommand('dpa.openPreviewToSide', async (argument: unknown) => {
            const document = await dpaDocument(argument, vscode.l10n.t('Open a .dpa file to show its preview.'));
            if (document !== undefined) previews.openToSide(document);
        }),
        vscode.commands.registerCommand('dpa.generate', async (argument: unknown) => {
            if (refused('dpa.generate')) return;
            const document = await dpaDocument(argument, vscode.l10n.t('Open a .dpa file to generate its agreement.'));
            if (document !== undefined) await generateAgreement(languageClient, document);
        }),
        // "Compare with…": the palette or the editor title (the editor's URI); a second URI skips the question.
        vscode.commands.registerCommand('dpa.compareWith', async (argument: unknown, other: unknown) => {
            const document = await dpaDocument(argument, vscode.l10n.t('Open a .dpa file to compare it with another version.'));
            if (document !== undefined) await comparisons.compare(document, other instanceof vscode.Uri ? other : undefined);
        }),
        // Import and review: the palette (a file to pick) or the explorer's menu on a document (its URI).
        vscode.commands.registerCommand('dpa.importAgreement', async (argument: unknown) => {
            if (!desktopOnly() && !refused('dpa.importAgreement')) await importAgreementCommand(argument);
        }),
        vscode.commands.registerCommand('dpa.reviewAgreement', async (argument: unknown) => {
            if (!desktopOnly()) await reviews.review(argument);
        }),
        vscode.commands.registerCommand('dpa.newAgreement', async () => {
            try {
                await newAgreement();
            } catch (error) {
                void vscode.window.showErrorMessage(vscode.l10n.t('Could not create a new agreement: {0}', errorReason(error)));
            }
        }),
        // The code lens above each processing activity: [uri, 0-based line of `processing`].
        vscode.commands.registerCommand('dpa.showInPreview', async (uri: unknown, line: unknown) => {
            const target = typeof uri === 'string' ? vscode.Uri.parse(uri) : uri instanceof vscode.Uri ? uri : undefined;
            if (target === undefined) return;
            await previews.showInPreview(target, typeof line === 'number' && line >= 0 ? Math.floor(line) : 0);
        }),
        // Trust granted: the firm's template folder applies from now on (the previews refresh when
        // the server has revalidated), and the generate commands run (their menus show again).
        vscode.workspace.onDidGrantWorkspaceTrust(() => {
            if (languageClient.isRunning()) void sendDpaSettings(languageClient);
        })
    );

    try {
        await languageClient.start();
    } catch (error) {
        void vscode.window.showErrorMessage(vscode.l10n.t('The DPA language server could not be started: {0}', errorReason(error)));
    }
}

export async function deactivate(): Promise<void> {
    const running = client;
    client = undefined;
    await running?.stop();
}

/** True (and says why) when a command that writes files may not run: the workspace is not trusted. */
function refused(command: WritingCommand): boolean {
    const reason = refusal(command, vscode.workspace.isTrusted, vscode.l10n);
    if (reason !== undefined) void vscode.window.showWarningMessage(reason);
    return reason !== undefined;
}

/**
 * The .dpa document a command applies to: the URI argument, else the active editor's document.
 * Opening a URI's document also makes the language client send it to the server.
 */
async function dpaDocument(argument: unknown, complaint: string): Promise<vscode.TextDocument | undefined> {
    let document: vscode.TextDocument | undefined;
    if (argument instanceof vscode.Uri) {
        try {
            document = await vscode.workspace.openTextDocument(argument);
        } catch {
            document = undefined;
        }
    } else {
        document = vscode.window.activeTextEditor?.document;
    }
    if (document?.languageId !== 'dpa') {
        void vscode.window.showErrorMessage(complaint);
        return undefined;
    }
    return document;
}

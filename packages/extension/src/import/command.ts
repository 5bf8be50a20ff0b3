/**
 * "DPA: Import Agreement…" and "DPA: Review Agreement…" (issue 15), on the desktop: a Word, PDF,
 * text, Markdown or HTML document read and imported by the companion extension "DPA Import" in the
 * extension host; Import writes the `.dpa` beside the document and opens it beside the editor (the
 * language server validates it as any other), Review asks the server for the Art. 28(3) review of
 * the import (`dpa/review`) and shows it in a panel. Without the companion the commands say so and
 * offer to install it. The pure part is importing.ts.
 */
import * as vscode from 'vscode';
import type { BaseLanguageClient } from 'vscode-languageclient';
import { ReviewRequest, type ReviewResult } from '@dpa/server/protocol';
import { errorReason } from '../documents.js';
import { baseName } from '../paths.js';
import { PageChannel, webviewOptions } from '../preview/page-channel.js';
import { parsePageMessage } from '../preview/messages.js';
import {
    DOCUMENT_EXTENSIONS, IMPORT_EXTENSION_ID, importedFileName, importSummary, isDocumentPath, isImportError, isImporterApi, megabytes,
    messageLanguage, reviewStatus, reviewTrace, type ImportedFacts, type ImporterApi
} from './importing.js';

export const REVIEW_VIEW_TYPE = 'dpa.review';

/** The importer of the companion extension, activated; undefined after saying why there is none (and offering to install it). */
async function importer(): Promise<ImporterApi | undefined> {
    const companion = vscode.extensions.getExtension<unknown>(IMPORT_EXTENSION_ID);
    if (companion === undefined) {
        const install = vscode.l10n.t('Install DPA Import');
        const choice = await vscode.window.showInformationMessage(
            vscode.l10n.t('Importing Word, PDF, text, Markdown and HTML documents needs the extension "DPA Import" ({0}), which holds the document readers.', IMPORT_EXTENSION_ID),
            install
        );
        if (choice === install) await vscode.commands.executeCommand('workbench.extensions.installExtension', IMPORT_EXTENSION_ID);
        return undefined;
    }
    try {
        const api = companion.isActive ? companion.exports : await companion.activate();
        if (isImporterApi(api)) return api;
    } catch (error) {
        void vscode.window.showErrorMessage(vscode.l10n.t('The extension "DPA Import" could not be started: {0}', errorReason(error)));
        return undefined;
    }
    void vscode.window.showErrorMessage(vscode.l10n.t('The extension "DPA Import" is not the version this DPA extension works with: update both.'));
    return undefined;
}

function language(): 'nl' | 'en' {
    return messageLanguage(vscode.workspace.getConfiguration('dpa').get('diagnostics.language'), vscode.env.language);
}

/** The document a command imports: the explorer's URI, else the one the user picks. */
async function documentToImport(argument: unknown, openLabel: string): Promise<vscode.Uri | undefined> {
    if (argument instanceof vscode.Uri) return argument;
    const picked = await vscode.window.showOpenDialog({
        canSelectMany: false,
        openLabel,
        filters: { [vscode.l10n.t('Agreements (Word, PDF, text, Markdown, HTML)')]: [...DOCUMENT_EXTENSIONS] },
        ...(vscode.workspace.workspaceFolders?.[0] ? { defaultUri: vscode.workspace.workspaceFolders[0].uri } : {})
    });
    return picked?.[0];
}

/** A document imported: its `.dpa` text and what was found; undefined after saying why it cannot be. */
async function importDocument(api: ImporterApi, file: vscode.Uri): Promise<{ text: string; facts: ImportedFacts } | undefined> {
    const name = vscode.workspace.asRelativePath(file, false);
    if (!isDocumentPath(file.path)) {
        void vscode.window.showErrorMessage(vscode.l10n.t('{0} is not a document DPA can import: choose a .docx, .pdf, .txt, .md or .html file.', name));
        return undefined;
    }
    const lang = language();
    return vscode.window.withProgress({ location: vscode.ProgressLocation.Notification, title: vscode.l10n.t('Importing {0}…', baseName(file.path)) }, async () => {
        try {
            const { size } = await vscode.workspace.fs.stat(file);
            const limit = api.IMPORT_LIMITS.fileBytes;
            // Refused before it is read into memory, in the importer's own words.
            if (size > limit) throw new api.ImportError('read.tooLarge', name, { size: megabytes(size), limit: megabytes(limit) });
            const source = await api.readSource(name, await vscode.workspace.fs.readFile(file));
            return api.importAgreement(source);
        } catch (error) {
            const message = isImportError(error, api) ? error.describe(lang) : vscode.l10n.t('Could not import {0}: {1}', name, errorReason(error));
            void vscode.window.showErrorMessage(message);
            return undefined;
        }
    });
}

/** "DPA: Import Agreement…": the `.dpa` beside the document (the user says whether to replace one), opened beside the editor. */
export async function importAgreementCommand(argument: unknown): Promise<void> {
    const api = await importer();
    if (api === undefined) return;
    const file = await documentToImport(argument, vscode.l10n.t('Import'));
    if (file === undefined) return;
    const imported = await importDocument(api, file);
    if (imported === undefined) return;
    const target = vscode.Uri.joinPath(file, '..', importedFileName(baseName(file.path)));
    const exists = await vscode.workspace.fs.stat(target).then(() => true, () => false);
    if (exists) {
        const replace = vscode.l10n.t('Replace');
        const choice = await vscode.window.showWarningMessage(vscode.l10n.t('{0} already exists. Replace it with the import of {1}?', baseName(target.path), baseName(file.path)), { modal: true }, replace);
        if (choice !== replace) return;
    }
    try {
        await vscode.workspace.fs.writeFile(target, new TextEncoder().encode(imported.text));
    } catch (error) {
        void vscode.window.showErrorMessage(vscode.l10n.t('Could not write {0}: {1}', target.toString(true), errorReason(error)));
        return;
    }
    await vscode.window.showTextDocument(target, { viewColumn: vscode.ViewColumn.Beside });
    void vscode.window.showInformationMessage(importSummary(baseName(target.path), imported.facts, vscode.l10n));
}

/** "DPA: Review Agreement…": the document imported, reviewed by the language server, the report in a panel beside the editor (one per document). */
export class ReviewPanels implements vscode.Disposable {
    private readonly panels = new Map<string, { panel: vscode.WebviewPanel; page: PageChannel }>();

    constructor(private readonly client: BaseLanguageClient, private readonly extensionUri: vscode.Uri) {}

    async review(argument: unknown): Promise<void> {
        const api = await importer();
        if (api === undefined) return;
        const file = await documentToImport(argument, vscode.l10n.t('Review'));
        if (file === undefined) return;
        const imported = await importDocument(api, file);
        if (imported === undefined) return;
        let result: ReviewResult;
        try {
            result = await this.client.sendRequest(ReviewRequest, { text: imported.text, source: baseName(file.path), trace: reviewTrace(imported.facts), lang: language() });
        } catch (error) {
            void vscode.window.showErrorMessage(vscode.l10n.t('The review of {0} failed: {1}', baseName(file.path), errorReason(error)));
            return;
        }
        this.show(file, result);
    }

    dispose(): void {
        for (const { panel } of [...this.panels.values()]) panel.dispose();
        this.panels.clear();
    }

    private show(file: vscode.Uri, result: ReviewResult): void {
        const key = file.toString();
        let shown = this.panels.get(key);
        if (shown === undefined) {
            const panel = vscode.window.createWebviewPanel(REVIEW_VIEW_TYPE, result.title, { viewColumn: vscode.ViewColumn.Beside, preserveFocus: false }, webviewOptions(this.extensionUri));
            const page = new PageChannel(panel, file, this.extensionUri);
            const created = { panel, page };
            this.panels.set(key, created);
            const subscriptions = [
                panel.webview.onDidReceiveMessage((message: unknown) => {
                    if (parsePageMessage(message)?.type === 'ready') page.ready();
                }),
                panel.onDidChangeViewState(() => {
                    if (!panel.visible) page.unloaded();
                })
            ];
            panel.onDidDispose(() => {
                for (const subscription of subscriptions) subscription.dispose();
                if (this.panels.get(key) === created) this.panels.delete(key);
            });
            shown = created;
        } else {
            shown.panel.title = result.title;
            shown.panel.reveal(shown.panel.viewColumn, false);
        }
        shown.page.show({ title: result.title, css: result.css }, { type: 'update', body: result.body, ...reviewStatus(result, vscode.l10n) });
    }
}

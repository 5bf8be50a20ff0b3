/**
 * The change report beside the editor: one webview panel per open .dpa document, showing the
 * server's report (DiffRequest) from another version to the document, refreshed as the document is
 * edited. The page is the preview's (PageChannel, page.ts: the strict CSP, the nonce, the page
 * script); a click on a change shows its line in the editor.
 */
import * as vscode from 'vscode';
import type { BaseLanguageClient } from 'vscode-languageclient';
import { LatestRequest } from '../latest-request.js';
import { DiffRequest, type DiffChange, type DiffResult } from '@dpa/server/protocol';
import { errorReason } from '../documents.js';
import { baseName } from '../paths.js';
import { PageChannel, webviewOptions } from '../preview/page-channel.js';
import { escapeHtml } from '../preview/page.js';
import { revealSourceLine } from '../preview/reveal-source.js';
import { compareAction, compareTitle, compareUpdate } from './report.js';

export const COMPARE_VIEW_TYPE = 'dpa.compare';
/** After an edit of the document, the report follows this long after the last keystroke. */
const REFRESH_DELAY_MS = 500;

/** The other version: its text and its name in the report ("HEAD", a file name). */
export interface OtherVersion {
    readonly text: string;
    readonly label: string;
}

export class ComparePanel {
    private readonly panel: vscode.WebviewPanel;
    private readonly page: PageChannel;
    private readonly disposables: vscode.Disposable[] = [];
    private readonly disposeListeners: (() => void)[] = [];
    private changes: readonly DiffChange[] = [];
    private timer: ReturnType<typeof setTimeout> | undefined;
    private readonly request = new LatestRequest();
    private disposed = false;

    constructor(private readonly client: BaseLanguageClient, extensionUri: vscode.Uri, readonly source: vscode.Uri, private other: OtherVersion) {
        this.panel = vscode.window.createWebviewPanel(
            COMPARE_VIEW_TYPE,
            this.title(),
            { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true },
            webviewOptions(extensionUri)
        );
        this.page = new PageChannel(this.panel, source, extensionUri);
        this.disposables.push(
            this.panel.onDidDispose(() => {
                this.dispose();
            }),
            this.panel.onDidChangeViewState(() => {
                if (!this.panel.visible) this.page.unloaded();
            }),
            this.panel.webview.onDidReceiveMessage((message: unknown) => {
                this.onMessage(message);
            }),
            vscode.workspace.onDidChangeTextDocument(event => {
                if (event.document.uri.toString() === this.source.toString() && event.contentChanges.length > 0) this.scheduleRefresh();
            })
        );
    }

    onDidDispose(listener: () => void): void {
        this.disposeListeners.push(listener);
    }

    /** Compares with another version from now on, and shows the panel. */
    compareWith(other: OtherVersion): void {
        this.other = other;
        this.panel.title = this.title();
        this.panel.reveal(this.panel.viewColumn, true);
        this.refreshNow();
    }

    refreshNow(): void {
        this.clearTimer();
        void this.refresh();
    }

    dispose(): void {
        if (this.disposed) return;
        this.disposed = true;
        this.clearTimer();
        this.request.cancel();
        for (const disposable of this.disposables) disposable.dispose();
        this.disposables.length = 0;
        this.panel.dispose();
        for (const listener of this.disposeListeners) listener();
        this.disposeListeners.length = 0;
    }

    private title(): string {
        return compareTitle(this.other.label, baseName(this.source.path), vscode.l10n);
    }

    private scheduleRefresh(): void {
        this.clearTimer();
        this.timer = setTimeout(() => {
            this.timer = undefined;
            void this.refresh();
        }, REFRESH_DELAY_MS);
    }

    private async refresh(): Promise<void> {
        const uri = this.client.code2ProtocolConverter.asUri(this.source);
        const result = await this.request.send(
            token => this.client.sendRequest(DiffRequest, { uri, other: { text: this.other.text, label: this.other.label } }, token),
            (error): DiffResult => failed(vscode.l10n.t('The comparison failed: {0}', errorReason(error)))
        );
        if (result === undefined || this.disposed) return;
        this.changes = result.changes;
        this.page.show({ title: this.title(), css: result.css }, compareUpdate(result, vscode.l10n));
    }

    private onMessage(raw: unknown): void {
        const action = compareAction(raw, this.changes);
        if (action?.kind === 'ready') this.page.ready();
        if (action?.kind === 'reveal') void revealSourceLine(this.source, action.line, this.panel.viewColumn);
    }

    private clearTimer(): void {
        if (this.timer !== undefined) {
            clearTimeout(this.timer);
            this.timer = undefined;
        }
    }
}

/** The answer when the server could not be asked: the reason, as the page's body. */
function failed(message: string): DiffResult {
    return {
        ok: false, title: '', css: '', body: `<p>${escapeHtml(message)}</p>`, message, changes: [],
        counts: { 'looser-for-processor': 0, 'stricter-for-controller': 0, 'stricter-for-processor': 0, 'looser-for-controller': 0, neutral: 0 }
    };
}

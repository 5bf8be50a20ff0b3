/**
 * The preview of one document: a webview panel showing the agreement as the language server
 * renders it (PreviewRequest), refreshed after every validation of the document, debounced by
 * `dpa.preview.debounceMs`; while the panel is hidden, only marked stale and refreshed when shown.
 * What the page holds is the PageChannel's business; following the editor is the ScrollSync's.
 */
import * as vscode from 'vscode';
import type { BaseLanguageClient } from 'vscode-languageclient';
import { LatestRequest } from '../latest-request.js';
import { baseName } from '../paths.js';
import { PreviewRequest, type PreviewResult } from '@dpa/server/protocol';
import { errorReason } from '../documents.js';
import { parsePageMessage, type ScrollMode } from './messages.js';
import { PageChannel, webviewOptions } from './page-channel.js';
import { unavailablePage, updateMessage } from './page.js';
import { ScrollSync, type EditorEvent } from './scroll-sync.js';

export const PREVIEW_VIEW_TYPE = 'dpa.preview';
const DEFAULT_DEBOUNCE_MS = 300;

export class PreviewPanel {
    private readonly panel: vscode.WebviewPanel;
    private readonly page: PageChannel;
    private readonly sync: ScrollSync;
    private readonly disposables: vscode.Disposable[] = [];
    private readonly disposeListeners: (() => void)[] = [];
    private debounceTimer: ReturnType<typeof setTimeout> | undefined;
    private readonly request = new LatestRequest();
    /** A validation arrived while the panel was hidden. */
    private stale = false;
    private disposed = false;

    /** A new panel beside the active editor, or a panel VS Code restored after a reload. */
    constructor(
        private readonly client: BaseLanguageClient,
        extensionUri: vscode.Uri,
        readonly source: vscode.Uri,
        restored?: vscode.WebviewPanel
    ) {
        if (restored !== undefined) {
            this.panel = restored;
            this.panel.webview.options = webviewOptions(extensionUri);
            this.panel.title = previewTitle(source);
        } else {
            this.panel = vscode.window.createWebviewPanel(
                PREVIEW_VIEW_TYPE,
                previewTitle(source),
                { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true },
                webviewOptions(extensionUri)
            );
        }
        this.page = new PageChannel(this.panel, source, extensionUri);
        const panel = this.panel;
        this.sync = new ScrollSync(source, {
            get visible() { return panel.visible; },
            get viewColumn() { return panel.viewColumn; },
            scrollToLine: (line, mode) => { this.scrollToLine(line, mode); }
        });
        this.disposables.push(
            this.sync,
            this.panel.onDidDispose(() => {
                this.dispose();
            }),
            this.panel.onDidChangeViewState(() => {
                this.onViewStateChanged();
            }),
            this.panel.webview.onDidReceiveMessage((message: unknown) => {
                this.onMessage(message);
            })
        );
    }

    onDidDispose(listener: () => void): void {
        this.disposeListeners.push(listener);
    }

    /** Brings the panel to the front: in its own group, unless that would cover the source editor. */
    reveal(): void {
        const own = this.panel.viewColumn;
        const active = vscode.window.activeTextEditor?.viewColumn;
        const column = this.panel.visible || (own !== undefined && own !== active) ? own : vscode.ViewColumn.Beside;
        this.panel.reveal(column, true);
    }

    /** Refreshes after the configured delay; restarts the delay when called again. */
    scheduleRefresh(): void {
        if (this.disposed) return;
        if (!this.panel.visible) {
            this.stale = true;
            return;
        }
        this.clearTimer();
        this.debounceTimer = setTimeout(() => {
            this.debounceTimer = undefined;
            void this.refresh();
        }, debounceMs(this.source));
    }

    refreshNow(): void {
        this.clearTimer();
        void this.refresh();
    }

    /** Shows the text of a source line, now or as soon as the page can. */
    scrollToLine(line: number, mode: ScrollMode): void {
        if (!this.disposed) this.page.scrollToLine(line, mode);
    }

    /** Editor → preview: a cursor move or scroll in an editor of the source. */
    followEditor(editor: vscode.TextEditor, event: EditorEvent): void {
        if (!this.disposed) this.sync.followEditor(editor, event);
    }

    /** After a reload, when the source cannot be opened any more. */
    showMissingSource(): void {
        this.show(unavailablePage('missing', this.source.toString(true), vscode.l10n));
    }

    dispose(): void {
        if (this.disposed) return;
        this.disposed = true;
        this.clearTimer();
        this.request.cancel();
        for (const disposable of this.disposables) {
            disposable.dispose();
        }
        this.disposables.length = 0;
        this.panel.dispose();
        for (const listener of this.disposeListeners) {
            listener();
        }
        this.disposeListeners.length = 0;
    }

    private async refresh(): Promise<void> {
        const uri = this.client.code2ProtocolConverter.asUri(this.source);
        const result = await this.request.send(
            token => this.client.sendRequest(PreviewRequest, { uri }, token),
            error => unavailablePage('failed', errorReason(error), vscode.l10n)
        );
        if (result === undefined || this.disposed) return;
        this.show(result);
    }

    private show(result: PreviewResult): void {
        if (!this.disposed) this.page.show(result, updateMessage(result, vscode.l10n));
    }

    private onViewStateChanged(): void {
        if (!this.panel.visible) {
            this.page.unloaded();
            return;
        }
        if (this.stale) {
            this.stale = false;
            this.refreshNow();
        }
    }

    private onMessage(raw: unknown): void {
        const message = parsePageMessage(raw);
        if (message?.type === 'reveal') void this.sync.revealSource(message.line);
        if (message?.type === 'ready') this.page.ready();
    }

    private clearTimer(): void {
        if (this.debounceTimer !== undefined) {
            clearTimeout(this.debounceTimer);
            this.debounceTimer = undefined;
        }
    }
}

function previewTitle(source: vscode.Uri): string {
    return vscode.l10n.t('Preview {0}', baseName(source.path));
}

function debounceMs(source: vscode.Uri): number {
    const value = vscode.workspace.getConfiguration('dpa', source).get<number>('preview.debounceMs');
    return typeof value === 'number' && Number.isFinite(value) && value >= 0 ? value : DEFAULT_DEBOUNCE_MS;
}

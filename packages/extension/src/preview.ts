/**
 * "DPA: Open Preview to the Side": one webview panel per .dpa document, showing the agreement as
 * the language server renders it (PreviewRequest) and refreshing it after every validation of the
 * document (DocumentValidatedNotification), debounced by `dpa.preview.debounceMs`.
 *
 * The page's HTML is set once; later updates are posted to its script, which replaces the content
 * in place, so the scroll position survives typing. The preview and the editor follow each other:
 * a click on a paragraph, heading or annex row selects its source line in the editor; moving the
 * cursor or scrolling in the editor scrolls the preview to the text of that line
 * (`dpa.preview.scrollPreviewWithEditor`). A serializer restores open previews after a reload.
 */
import { posix } from 'node:path';
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import {
    DocumentValidatedNotification,
    PreviewRequest,
    type DiagnosticCounts,
    type DocumentValidatedParams,
    type PreviewResult
} from '@dpa/server/protocol';
import {
    escapeHtml,
    parsePageMessage,
    parsePageState,
    renderPage,
    type ScrollMode,
    type ScrollToLineMessage,
    type StatusClass,
    type UpdateMessage
} from './preview-page.js';
import { revealSourceLine } from './reveal-source.js';

export const PREVIEW_VIEW_TYPE = 'dpa.preview';
const DEFAULT_DEBOUNCE_MS = 300;
/** Editor events within this delay are handled once (a cursor move wins over the scroll it causes). */
const SYNC_DELAY_MS = 50;
/** After a click in the preview has moved the editor, the editor's events do not scroll the preview. */
const ECHO_SUPPRESSION_MS = 300;
/** The editor scrolls because its cursor moved: that scrolling does not override the cursor's text. */
const CURSOR_SCROLL_MS = 400;

const WEBVIEW_OPTIONS: vscode.WebviewOptions = { enableScripts: true, localResourceRoots: [] };

/** Opens previews, restores them after a reload and routes server and editor events to them. */
export class PreviewManager implements vscode.Disposable, vscode.WebviewPanelSerializer {
    /** Open panels, keyed by the source document's URI (`Uri.toString()`). */
    private readonly panels = new Map<string, PreviewPanel>();
    private readonly subscriptions: vscode.Disposable[] = [];

    constructor(private readonly client: LanguageClient) {
        this.subscriptions.push(
            client.onNotification(DocumentValidatedNotification, (params) => {
                this.onDocumentValidated(params);
            }),
            vscode.window.onDidChangeTextEditorSelection((event) => {
                this.panelOf(event.textEditor.document.uri)?.followEditor(event.textEditor, 'cursor');
            }),
            vscode.window.onDidChangeTextEditorVisibleRanges((event) => {
                this.panelOf(event.textEditor.document.uri)?.followEditor(event.textEditor, 'scroll');
            })
        );
    }

    /** Opens the preview of a .dpa document beside the active editor, or reveals the existing one. */
    openToSide(document: vscode.TextDocument): void {
        const existing = this.panelOf(document.uri);
        if (existing !== undefined) {
            existing.reveal();
            return;
        }
        const panel = this.track(new PreviewPanel(this.client, document.uri));
        panel.refreshNow();
        // Start where the user is: the text of the cursor's line (or of the first visible line).
        const editor = vscode.window.activeTextEditor;
        if (editor?.document === document) {
            const cursor = editor.selection.active.line;
            const visible = editor.visibleRanges.some(range => range.contains(editor.selection.active));
            const line = visible ? cursor : editor.visibleRanges[0]?.start.line ?? cursor;
            if (line > 0) panel.scrollToLine(line, 'cursor');
        }
    }

    /** The code lens command: the preview of a document (opened beside if need be), at a source line. */
    async showInPreview(uri: vscode.Uri, line: number): Promise<void> {
        let document: vscode.TextDocument;
        try {
            document = await vscode.workspace.openTextDocument(uri);
        } catch (error) {
            const reason = error instanceof Error ? error.message : String(error);
            void vscode.window.showErrorMessage(`Could not open ${uri.toString(true)}: ${reason}`);
            return;
        }
        let panel = this.panelOf(document.uri);
        if (panel === undefined) {
            panel = this.track(new PreviewPanel(this.client, document.uri));
            panel.refreshNow();
        } else {
            panel.reveal();
        }
        panel.scrollToLine(line, 'reveal');
    }

    /** Restores a preview after a window reload, from the state its page saved. */
    async deserializeWebviewPanel(webviewPanel: vscode.WebviewPanel, state: unknown): Promise<void> {
        const saved = parsePageState(state);
        let source: vscode.Uri | undefined;
        try {
            source = saved === undefined ? undefined : vscode.Uri.parse(saved.uri, true);
        } catch {
            source = undefined;
        }
        if (source === undefined || this.panelOf(source) !== undefined) {
            webviewPanel.dispose();
            return;
        }
        const panel = this.track(new PreviewPanel(this.client, source, webviewPanel));
        try {
            // The language client sends the server only the documents that are open.
            await vscode.workspace.openTextDocument(source);
        } catch {
            panel.showMissingSource();
            return;
        }
        panel.refreshNow();
    }

    dispose(): void {
        for (const panel of [...this.panels.values()]) {
            panel.dispose();
        }
        this.panels.clear();
        for (const subscription of this.subscriptions) {
            subscription.dispose();
        }
        this.subscriptions.length = 0;
    }

    private panelOf(uri: vscode.Uri): PreviewPanel | undefined {
        return this.panels.get(uri.toString());
    }

    private track(panel: PreviewPanel): PreviewPanel {
        const key = panel.source.toString();
        this.panels.set(key, panel);
        panel.onDidDispose(() => {
            if (this.panels.get(key) === panel) this.panels.delete(key);
        });
        return panel;
    }

    private onDocumentValidated(params: DocumentValidatedParams): void {
        // Normalise the server's spelling of the URI (e.g. an encoded drive letter) to VS Code's.
        this.panelOf(vscode.Uri.parse(params.uri))?.scheduleRefresh();
    }
}

/** The preview of one document. */
class PreviewPanel {
    private readonly panel: vscode.WebviewPanel;
    private readonly disposables: vscode.Disposable[] = [];
    private readonly disposeListeners: (() => void)[] = [];
    private debounceTimer: ReturnType<typeof setTimeout> | undefined;
    private request: vscode.CancellationTokenSource | undefined;
    /** The newest content, and the content written into the current HTML (undefined: none yet). */
    private latest: UpdateMessage | undefined;
    private embedded: UpdateMessage | undefined;
    /** The stylesheet of the current HTML; a different one needs a full reload. */
    private css: string | undefined;
    /** The page's script has announced itself since the HTML was last (re)loaded. */
    private scriptReady = false;
    /** A validation arrived while the panel was hidden. */
    private stale = false;
    /** A scroll request waiting for the page's script. */
    private pendingScroll: ScrollToLineMessage | undefined;
    /** Editor → preview: the editor and the kind of its pending event, coalesced. */
    private followTimer: ReturnType<typeof setTimeout> | undefined;
    private follow: { editor: vscode.TextEditor; mode: 'cursor' | 'scroll' } | undefined;
    /** Until this time (ms), editor events are echoes of a click in the preview. */
    private quietUntil = 0;
    /** When the preview last followed the editor's cursor (ms), and the editor's last top line. */
    private lastCursorAt = 0;
    private lastTopLine: number | undefined;
    private disposed = false;

    constructor(
        private readonly client: LanguageClient,
        readonly source: vscode.Uri,
        restored?: vscode.WebviewPanel
    ) {
        if (restored !== undefined) {
            this.panel = restored;
            this.panel.webview.options = WEBVIEW_OPTIONS;
            this.panel.title = previewTitle(source);
        } else {
            this.panel = vscode.window.createWebviewPanel(
                PREVIEW_VIEW_TYPE,
                previewTitle(source),
                { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true },
                WEBVIEW_OPTIONS
            );
        }
        this.disposables.push(
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
        if (this.disposed) return;
        const message: ScrollToLineMessage = { type: 'scrollToLine', line, mode };
        if (this.scriptReady) {
            this.pendingScroll = undefined;
            void this.panel.webview.postMessage(message);
        } else {
            this.pendingScroll = message;
        }
    }

    /** Editor → preview: a cursor move or scroll in an editor of the source. */
    followEditor(editor: vscode.TextEditor, mode: 'cursor' | 'scroll'): void {
        const now = Date.now();
        if (this.disposed || !this.panel.visible || now < this.quietUntil) return;
        if (mode === 'cursor') {
            this.lastCursorAt = now;
        } else {
            // Resizing changes the visible ranges but not the top line: nothing to follow.
            const topLine = editor.visibleRanges[0]?.start.line;
            if (topLine === this.lastTopLine) return;
            this.lastTopLine = topLine;
            if (now - this.lastCursorAt < CURSOR_SCROLL_MS) return;
        }
        if (this.follow === undefined || mode === 'cursor') this.follow = { editor, mode };
        this.followTimer ??= setTimeout(() => {
            this.followTimer = undefined;
            const follow = this.follow;
            this.follow = undefined;
            if (follow === undefined || Date.now() < this.quietUntil || !scrollPreviewWithEditor(this.source)) return;
            const line = follow.mode === 'cursor'
                ? follow.editor.selection.active.line
                : follow.editor.visibleRanges[0]?.start.line ?? 0;
            this.scrollToLine(line, follow.mode);
        }, SYNC_DELAY_MS);
    }

    /** After a reload, when the source cannot be opened any more. */
    showMissingSource(): void {
        this.show({
            ok: false,
            title: 'Preview unavailable',
            css: '',
            body: `<p>The source of this preview, ${escapeHtml(this.source.toString(true))}, could not be opened.</p>`,
            counts: { errors: 0, warnings: 0, infos: 0 }
        });
    }

    dispose(): void {
        if (this.disposed) return;
        this.disposed = true;
        this.clearTimer();
        if (this.followTimer !== undefined) clearTimeout(this.followTimer);
        this.followTimer = undefined;
        this.request?.cancel();
        this.request?.dispose();
        this.request = undefined;
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
        this.request?.cancel();
        this.request?.dispose();
        const request = new vscode.CancellationTokenSource();
        this.request = request;
        let result: PreviewResult;
        try {
            const uri = this.client.code2ProtocolConverter.asUri(this.source);
            result = await this.client.sendRequest(PreviewRequest, { uri }, request.token);
        } catch (error) {
            if (request.token.isCancellationRequested || this.disposed) return;
            result = failedPreview(error);
        }
        if (request.token.isCancellationRequested || this.disposed) return;
        this.request = undefined;
        request.dispose();
        this.show(result);
    }

    private show(result: PreviewResult): void {
        if (this.disposed) return;
        const message: UpdateMessage = {
            type: 'update',
            body: result.body,
            counts: result.counts,
            status: statusLine(result.counts),
            statusClass: statusClass(result.counts)
        };
        this.latest = message;
        if (this.embedded === undefined || result.css !== this.css || !this.panel.visible) {
            // First render, new stylesheet, or a hidden (unloaded) page: write the whole page.
            this.css = result.css;
            this.embedded = message;
            this.scriptReady = false;
            this.panel.webview.html = renderPage(this.panel.webview, this.source, result.title, result.css, message);
        } else if (this.scriptReady) {
            void this.panel.webview.postMessage(message);
        }
        // Otherwise the page is still loading; its 'ready' message triggers the update.
    }

    private onViewStateChanged(): void {
        if (!this.panel.visible) {
            // Without retainContextWhenHidden the page is unloaded; it reloads when shown again.
            this.scriptReady = false;
            return;
        }
        if (this.stale) {
            this.stale = false;
            this.refreshNow();
        }
    }

    private onMessage(raw: unknown): void {
        const message = parsePageMessage(raw);
        if (message === undefined) return;
        if (message.type === 'reveal') {
            void this.revealSource(message.line);
            return;
        }
        this.scriptReady = true;
        // The (re)loaded page shows the embedded content; bring it up to date.
        if (this.latest !== undefined && this.latest !== this.embedded) {
            void this.panel.webview.postMessage(this.latest);
        }
        if (this.pendingScroll !== undefined) {
            void this.panel.webview.postMessage(this.pendingScroll);
            this.pendingScroll = undefined;
        }
    }

    /** Preview → source; the editor's resulting selection and scroll events are not echoed back. */
    private async revealSource(line: number): Promise<void> {
        this.quiet();
        try {
            await revealSourceLine(this.source, line, this.panel.viewColumn);
        } finally {
            this.quiet();
        }
    }

    private quiet(): void {
        this.quietUntil = Date.now() + ECHO_SUPPRESSION_MS;
        this.follow = undefined;
    }

    private clearTimer(): void {
        if (this.debounceTimer !== undefined) {
            clearTimeout(this.debounceTimer);
            this.debounceTimer = undefined;
        }
    }
}

function previewTitle(source: vscode.Uri): string {
    return `Preview ${posix.basename(source.path)}`;
}

function debounceMs(source: vscode.Uri): number {
    const value = vscode.workspace.getConfiguration('dpa', source).get<number>('preview.debounceMs');
    return typeof value === 'number' && Number.isFinite(value) && value >= 0 ? value : DEFAULT_DEBOUNCE_MS;
}

function scrollPreviewWithEditor(source: vscode.Uri): boolean {
    return vscode.workspace.getConfiguration('dpa', source).get<boolean>('preview.scrollPreviewWithEditor', true);
}

/** A preview that explains why the server could not render one. */
function failedPreview(error: unknown): PreviewResult {
    const reason = error instanceof Error ? error.message : String(error);
    return {
        ok: false,
        title: 'Preview unavailable',
        css: '',
        body: `<p>The preview could not be rendered: ${escapeHtml(reason)}</p>`,
        counts: { errors: 0, warnings: 0, infos: 0 }
    };
}

/** "N fouten, M waarschuwingen", with Dutch singulars. */
export function statusLine(counts: DiagnosticCounts): string {
    const errors = `${String(counts.errors)} ${counts.errors === 1 ? 'fout' : 'fouten'}`;
    const warnings = `${String(counts.warnings)} ${counts.warnings === 1 ? 'waarschuwing' : 'waarschuwingen'}`;
    return `${errors}, ${warnings}`;
}

function statusClass(counts: DiagnosticCounts): StatusClass {
    if (counts.errors > 0) return 'errors';
    if (counts.warnings > 0) return 'warnings';
    return 'clean';
}

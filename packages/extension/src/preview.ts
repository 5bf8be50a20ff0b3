/**
 * "DPA: Open Preview to the Side": one webview panel per .dpa document, showing the agreement as
 * the language server renders it (PreviewRequest) and refreshing it after every validation of the
 * document (DocumentValidatedNotification), debounced by `dpa.preview.debounceMs`.
 *
 * The page's HTML is set once; later updates are posted to a small inline script that replaces
 * the content in place, so the scroll position survives typing.
 */
import { randomBytes } from 'node:crypto';
import { posix } from 'node:path';
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import {
    DocumentValidatedNotification,
    PreviewRequest,
    type DiagnosticCounts,
    type DocumentValidatedParams,
    type PreviewResult
} from '@dpa/language/protocol';

const VIEW_TYPE = 'dpa.preview';
const DEFAULT_DEBOUNCE_MS = 300;

/** Extension → webview: new content for the page. */
interface UpdateMessage {
    readonly type: 'update';
    readonly body: string;
    readonly counts: DiagnosticCounts;
    /** The Dutch status line, e.g. "2 fouten, 1 waarschuwing". */
    readonly status: string;
    readonly statusClass: StatusClass;
}

type StatusClass = 'errors' | 'warnings' | 'clean';

/** Opens previews and routes the server's validation notifications to them. */
export class PreviewManager implements vscode.Disposable {
    /** Open panels, keyed by the source document's URI (`Uri.toString()`). */
    private readonly panels = new Map<string, PreviewPanel>();
    private readonly subscriptions: vscode.Disposable[] = [];

    constructor(private readonly client: LanguageClient) {
        this.subscriptions.push(
            client.onNotification(DocumentValidatedNotification, (params) => {
                this.onDocumentValidated(params);
            })
        );
    }

    /** Opens the preview of a .dpa document beside the active editor, or reveals the existing one. */
    openToSide(document: vscode.TextDocument): void {
        const key = document.uri.toString();
        const existing = this.panels.get(key);
        if (existing !== undefined) {
            existing.reveal();
            return;
        }
        const panel = new PreviewPanel(this.client, document.uri);
        this.panels.set(key, panel);
        panel.onDidDispose(() => this.panels.delete(key));
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

    private onDocumentValidated(params: DocumentValidatedParams): void {
        // Normalise the server's spelling of the URI (e.g. an encoded drive letter) to VS Code's.
        const panel = this.panels.get(vscode.Uri.parse(params.uri).toString());
        panel?.scheduleRefresh();
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
    private disposed = false;

    constructor(
        private readonly client: LanguageClient,
        private readonly source: vscode.Uri
    ) {
        this.panel = vscode.window.createWebviewPanel(
            VIEW_TYPE,
            `Preview ${posix.basename(source.path)}`,
            { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true },
            { enableScripts: true, localResourceRoots: [] }
        );
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

    reveal(): void {
        this.panel.reveal(vscode.ViewColumn.Beside, true);
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

    dispose(): void {
        if (this.disposed) return;
        this.disposed = true;
        this.clearTimer();
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
            this.panel.webview.html = renderPage(this.panel.webview, result.title, result.css, message);
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

    private onMessage(message: unknown): void {
        if (!isReadyMessage(message)) return;
        this.scriptReady = true;
        // The (re)loaded page shows the embedded content; bring it up to date.
        if (this.latest !== undefined && this.latest !== this.embedded) {
            void this.panel.webview.postMessage(this.latest);
        }
    }

    private clearTimer(): void {
        if (this.debounceTimer !== undefined) {
            clearTimeout(this.debounceTimer);
            this.debounceTimer = undefined;
        }
    }
}

function debounceMs(source: vscode.Uri): number {
    const value = vscode.workspace.getConfiguration('dpa', source).get<number>('preview.debounceMs');
    return typeof value === 'number' && Number.isFinite(value) && value >= 0 ? value : DEFAULT_DEBOUNCE_MS;
}

function isReadyMessage(message: unknown): boolean {
    return typeof message === 'object' && message !== null && (message as { type?: unknown }).type === 'ready';
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

function renderPage(webview: vscode.Webview, title: string, css: string, content: UpdateMessage): string {
    const nonce = randomBytes(16).toString('base64');
    const csp = [
        "default-src 'none'",
        `style-src 'nonce-${nonce}'`,
        `script-src 'nonce-${nonce}'`,
        `img-src ${webview.cspSource} data:`
    ].join('; ');
    return `<!DOCTYPE html>
<html lang="nl">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${csp};">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>${escapeHtml(title)}</title>
<style nonce="${nonce}">${STATUS_CSS}</style>
<style nonce="${nonce}">${css.replace(/<\/style/gi, '<\\/style')}</style>
</head>
<body>
<div id="dpa-status" class="${content.statusClass}">${escapeHtml(content.status)}</div>
<main id="dpa-content">${content.body}</main>
<script nonce="${nonce}">${PAGE_SCRIPT}</script>
</body>
</html>`;
}

const STATUS_CSS = `
#dpa-status {
    position: sticky; top: 0; z-index: 1;
    padding: 2px 8px; margin: 0 0 8px;
    font: 12px var(--vscode-font-family, sans-serif);
    color: var(--vscode-descriptionForeground);
    background: var(--vscode-editor-background);
    border-bottom: 1px solid var(--vscode-panel-border, transparent);
}
#dpa-status.errors { color: var(--vscode-errorForeground); }
#dpa-status.warnings { color: var(--vscode-editorWarning-foreground); }
`;

/** Runs in the webview: applies updates in place and remembers the scroll position. */
const PAGE_SCRIPT = `
(function () {
    const vscode = acquireVsCodeApi();
    const status = document.getElementById('dpa-status');
    const content = document.getElementById('dpa-content');
    const state = vscode.getState();
    if (state && typeof state.scrollY === 'number') {
        window.scrollTo(0, state.scrollY);
    }
    let saving = false;
    window.addEventListener('scroll', function () {
        if (saving) return;
        saving = true;
        requestAnimationFrame(function () {
            saving = false;
            vscode.setState({ scrollY: window.scrollY });
        });
    }, { passive: true });
    window.addEventListener('message', function (event) {
        const message = event.data;
        if (!message || message.type !== 'update') return;
        const scrollY = window.scrollY;
        status.textContent = message.status;
        status.className = message.statusClass;
        content.innerHTML = message.body;
        window.scrollTo(0, scrollY);
    });
    vscode.postMessage({ type: 'ready' });
}());
`;

function escapeHtml(text: string): string {
    return text
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;')
        .replace(/"/g, '&quot;')
        .replace(/'/g, '&#39;');
}

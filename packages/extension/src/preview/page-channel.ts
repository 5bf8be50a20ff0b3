/**
 * The page of one preview panel as the extension sees it: what its HTML holds, whether its script
 * runs, and the scroll request waiting for the script. The HTML is written once (and again for a
 * new stylesheet, or when the hidden, unloaded page is shown again); later content is posted to
 * the script, which replaces it in place, so the scroll position survives typing.
 */
import * as vscode from 'vscode';
import type { PreviewResult } from '@dpa/server/protocol';
import type { ScrollMode, ScrollToLineMessage, ToPageMessage, UpdateMessage } from './messages.js';
import { PAGE_SCRIPT_PATH, renderPage } from './page.js';

/** The webview options of a preview: scripts on, and only the page script's folder readable. */
export function webviewOptions(extensionUri: vscode.Uri): vscode.WebviewOptions {
    return { enableScripts: true, localResourceRoots: [vscode.Uri.joinPath(extensionUri, ...PAGE_SCRIPT_PATH.slice(0, -1))] };
}

export class PageChannel {
    /** The newest content, and the content written into the current HTML (undefined: none yet). */
    private latest: UpdateMessage | undefined;
    private embedded: UpdateMessage | undefined;
    /** The stylesheet of the current HTML; a different one needs a full reload. */
    private css: string | undefined;
    /** The page's script has announced itself since the HTML was last (re)loaded. */
    private scriptReady = false;
    /** A scroll request waiting for the page's script. */
    private pendingScroll: ScrollToLineMessage | undefined;

    constructor(
        private readonly panel: vscode.WebviewPanel,
        private readonly source: vscode.Uri,
        private readonly extensionUri: vscode.Uri
    ) {}

    /** Shows new content: the whole page when it must be (re)written, else a message to its script. (Also the compare panel's page: ../compare/panel.ts.) */
    show(result: Pick<PreviewResult, 'title' | 'css'>, content: UpdateMessage): void {
        this.latest = content;
        if (this.embedded === undefined || result.css !== this.css || !this.panel.visible) {
            // First render, new stylesheet, or a hidden (unloaded) page: write the whole page.
            this.css = result.css;
            this.embedded = content;
            this.scriptReady = false;
            const webview = this.panel.webview;
            webview.html = renderPage({
                script: webview.asWebviewUri(vscode.Uri.joinPath(this.extensionUri, ...PAGE_SCRIPT_PATH)).toString(),
                cspSource: webview.cspSource,
                source: this.source.toString(),
                title: result.title,
                css: result.css,
                content
            });
        } else if (this.scriptReady) {
            this.post(content);
        }
        // Otherwise the page is still loading; its 'ready' message triggers the update.
    }

    /** Shows the text of a source line, now or as soon as the page's script runs. */
    scrollToLine(line: number, mode: ScrollMode): void {
        const message: ScrollToLineMessage = { type: 'scrollToLine', line, mode };
        if (this.scriptReady) {
            this.pendingScroll = undefined;
            this.post(message);
        } else {
            this.pendingScroll = message;
        }
    }

    /** The panel was hidden: without retainContextWhenHidden the page is unloaded; it reloads when shown again. */
    unloaded(): void {
        this.scriptReady = false;
    }

    /** The page's script runs: the (re)loaded page shows the embedded content; bring it up to date. */
    ready(): void {
        this.scriptReady = true;
        if (this.latest !== undefined && this.latest !== this.embedded) this.post(this.latest);
        if (this.pendingScroll !== undefined) {
            this.post(this.pendingScroll);
            this.pendingScroll = undefined;
        }
    }

    private post(message: ToPageMessage): void {
        void this.panel.webview.postMessage(message);
    }
}

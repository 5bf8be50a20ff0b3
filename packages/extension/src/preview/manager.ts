/**
 * "DPA: Open Preview to the Side": one preview panel per .dpa document (panel.ts). The manager
 * opens previews, restores them after a window reload (the panel serializer, from the state the
 * page saved), and routes the server's and the editor's events to the panel of their document.
 */
import * as vscode from 'vscode';
import type { BaseLanguageClient } from 'vscode-languageclient';
import { DocumentValidatedNotification, type DocumentValidatedParams } from '@dpa/server/protocol';
import { openDocument } from '../documents.js';
import { parsePageState } from './messages.js';
import { PreviewPanel } from './panel.js';

export { PREVIEW_VIEW_TYPE } from './panel.js';

export class PreviewManager implements vscode.Disposable, vscode.WebviewPanelSerializer {
    /** Open panels, keyed by the source document's URI (`Uri.toString()`). */
    private readonly panels = new Map<string, PreviewPanel>();
    private readonly subscriptions: vscode.Disposable[] = [];

    constructor(private readonly client: BaseLanguageClient, private readonly extensionUri: vscode.Uri) {
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
        const panel = this.open(document.uri);
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
        const document = await openDocument(uri);
        if (document === undefined) return;
        let panel = this.panelOf(document.uri);
        if (panel === undefined) {
            panel = this.open(document.uri);
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
        const panel = this.track(new PreviewPanel(this.client, this.extensionUri, source, webviewPanel));
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

    /** A new panel beside the active editor, rendering now. */
    private open(source: vscode.Uri): PreviewPanel {
        const panel = this.track(new PreviewPanel(this.client, this.extensionUri, source));
        panel.refreshNow();
        return panel;
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

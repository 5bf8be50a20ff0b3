import { setDiagnostics, type Action, type Diagnostic } from '@codemirror/lint';
import { LSPPlugin, type LSPClient, type LSPClientExtension } from '@codemirror/lsp-client';
import type { EditorView } from '@codemirror/view';
import type * as lsp from 'vscode-languageserver-protocol';

/**
 * Diagnostics with their quick fixes: the server's published diagnostics, each with the code
 * actions the server offers for it (one `textDocument/codeAction` request for the whole document
 * per publication), applied as editor changes. Publications for an older version of the
 * document than the editor's are dropped, as the LSP client's own handler does.
 */
export function diagnosticsWithFixes(onPublished: (uri: string, diagnostics: readonly lsp.Diagnostic[]) => void): LSPClientExtension {
    return {
        clientCapabilities: {
            textDocument: {
                publishDiagnostics: { versionSupport: true },
                codeAction: { codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix'] } } }
            }
        },
        notificationHandlers: {
            'textDocument/publishDiagnostics': (client: LSPClient, params: lsp.PublishDiagnosticsParams) => {
                const file = client.workspace.getFile(params.uri);
                if (!file || (params.version != null && params.version !== file.version)) return false;
                const view = file.getView();
                const plugin = view && LSPPlugin.get(view);
                if (!view || !plugin) return false;
                onPublished(params.uri, params.diagnostics);
                void show(client, view, plugin, params);
                return true;
            }
        }
    };
}

async function show(client: LSPClient, view: EditorView, plugin: LSPPlugin, params: lsp.PublishDiagnosticsParams): Promise<void> {
    const synced = plugin.syncedDoc;
    let actions: readonly (lsp.CodeAction | lsp.Command)[] = [];
    if (params.diagnostics.length > 0) {
        try {
            actions = await client.request<lsp.CodeActionParams, (lsp.CodeAction | lsp.Command)[] | null>('textDocument/codeAction', {
                textDocument: { uri: params.uri },
                range: { start: { line: 0, character: 0 }, end: plugin.toPosition(synced.length, synced) },
                context: { diagnostics: params.diagnostics, only: ['quickfix'] }
            }) ?? [];
        } catch {
            // Without fixes, the diagnostics still show.
        }
    }
    // The document may have changed meanwhile: positions are mapped through the changes not yet sent.
    if (plugin.syncedDoc !== synced) return;
    const mapped = (position: lsp.Position) => plugin.unsyncedChanges.mapPos(plugin.fromPosition(position, synced));
    const diagnostics: Diagnostic[] = params.diagnostics.map(item => ({
        from: mapped(item.range.start),
        to: mapped(item.range.end),
        severity: item.severity === 1 ? 'error' : item.severity === 2 ? 'warning' : item.severity === 3 ? 'info' : 'hint',
        message: typeof item.message === 'string' ? item.message : item.message.value,
        ...(item.code !== undefined ? { source: String(item.code) } : {}),
        actions: actions.filter(action => 'diagnostics' in action && action.diagnostics?.some(d => sameDiagnostic(d, item))).flatMap(action => fixOf(action as lsp.CodeAction, params.uri, plugin))
    }));
    view.dispatch(setDiagnostics(view.state, diagnostics));
}

function sameDiagnostic(a: lsp.Diagnostic, b: lsp.Diagnostic): boolean {
    return a.message === b.message && a.code === b.code && a.range.start.line === b.range.start.line && a.range.start.character === b.range.start.character
        && a.range.end.line === b.range.end.line && a.range.end.character === b.range.end.character;
}

/** A code action as a lint action: its edits of this document, applied in one transaction. */
function fixOf(action: lsp.CodeAction, uri: string, plugin: LSPPlugin): Action[] {
    const edits: lsp.TextEdit[] = action.edit?.changes?.[uri]
        ?? action.edit?.documentChanges?.flatMap(change => ('textDocument' in change && change.textDocument.uri === uri ? change.edits.filter(edit => 'newText' in edit) : [])) ?? [];
    if (edits.length === 0) return [];
    const synced = plugin.syncedDoc;
    return [{
        name: action.title,
        apply: view => {
            if (plugin.syncedDoc !== synced) return; // stale: the next publication brings fresh fixes
            const changes = edits.map(edit => ({
                from: plugin.unsyncedChanges.mapPos(plugin.fromPosition(edit.range.start, synced)),
                to: plugin.unsyncedChanges.mapPos(plugin.fromPosition(edit.range.end, synced)),
                insert: edit.newText
            }));
            view.dispatch({ changes, userEvent: 'input.fix' });
        }
    }];
}

import { DocumentState, type LangiumDocument } from 'langium';
import type { LangiumSharedServices } from 'langium/lsp';
import { URI } from 'vscode-uri';
import type { Connection, PublishDiagnosticsParams } from 'vscode-languageserver';

/**
 * Diagnostics name the version of the open document they were computed from (LSP's optional
 * `version`), so that an editor, a test or a benchmark can tell the diagnostics of the text on
 * screen from those of an older version while the user types. Langium publishes them without one.
 * The version is taken when the document is parsed (the editor's text document, which Langium
 * keeps, moves on to newer versions in place). A document no editor has open has no version.
 */
export function versionDiagnostics(connection: Connection, shared: LangiumSharedServices): void {
    const parsed = new WeakMap<LangiumDocument, number>();
    shared.workspace.DocumentBuilder.onDocumentPhase(DocumentState.Parsed, document => {
        const open = shared.workspace.TextDocuments.get(document.uri.toString());
        if (open) parsed.set(document, open.version);
        else parsed.delete(document);
    });
    const versionOf = (uri: string): { version?: number } => {
        try {
            const document = shared.workspace.LangiumDocuments.getDocument(URI.parse(uri));
            const version = document && parsed.get(document);
            return version === undefined ? {} : { version };
        } catch {
            return {};
        }
    };
    const send = connection.sendDiagnostics.bind(connection);
    connection.sendDiagnostics = (params: PublishDiagnosticsParams) => send(params.version === undefined ? { ...params, ...versionOf(params.uri) } : params);
}

import { URI, type LangiumSharedCoreServices, type TextDocumentProvider } from 'langium';
import { DefaultDocumentUpdateHandler, type LangiumSharedServices } from 'langium/lsp';
import type { TextDocumentChangeEvent } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { DpaWorkspaceManager } from '../dpa-workspace-manager.js';

/**
 * Langium 4.4 keeps a document after its editor closes: `TextDocuments` forgets the text, but the
 * parsed and validated document (AST, CST, the editor's last text, diagnostics, index entries)
 * stays in `LangiumDocuments` for the life of the server, about 80 KiB to 700 KiB per closed
 * agreement. This handler releases it on `didClose`:
 *
 * - a document that is not a file of the workspace (outside the workspace folders, unsaved, on
 *   another scheme) is removed from the workspace, its diagnostics are cleared;
 * - a workspace file goes back to what the server holds for every workspace file: the saved
 *   text on disk, not the closed editor's buffer, rebuilt and revalidated.
 */
export class DpaDocumentUpdateHandler extends DefaultDocumentUpdateHandler {
    private readonly textDocuments: TextDocumentProvider | undefined;
    private readonly workspace: DpaWorkspaceManager;

    constructor(services: LangiumSharedServices) {
        super(services);
        this.textDocuments = services.workspace.TextDocuments;
        this.workspace = (services as LangiumSharedCoreServices).workspace.WorkspaceManager as DpaWorkspaceManager;
    }

    didCloseDocument(event: TextDocumentChangeEvent<TextDocument>): void {
        const uri = URI.parse(event.document.uri);
        // The same queue as every other update, so a quick close and reopen stay in order.
        this.workspaceManager.ready.then(() => this.workspaceLock.write(async token => {
            // Opened again in the meantime: the open's own update takes over.
            if (this.textDocuments?.get(uri.toString())) return;
            if (await this.workspace.isWorkspaceFile(uri)) {
                await this.documentBuilder.update([uri], [], token);
            } else {
                await this.documentBuilder.update([], [uri], token);
            }
        })).catch(error => {
            console.error(`Could not release the closed document ${uri.toString()}.`, error);
        });
    }
}

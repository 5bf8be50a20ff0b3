import { DefaultLangiumDocuments, DefaultWorkspaceManager, UriUtils, type ConfigurationProvider, type LangiumDocument, type LangiumSharedCoreServices, type URI } from 'langium';
import { LSPErrorCodes, ResponseError, type CancellationToken, type WorkspaceFolder } from 'vscode-languageserver-protocol';

/**
 * Builds the workspace only once the client's settings have arrived, so that the first
 * diagnostics already use the user's message language and rule levels (otherwise the first
 * round is in English and then replaced). Knows which files belong to the workspace, so that a
 * closed editor's document can be released (see DpaDocumentUpdateHandler).
 */
export class DpaWorkspaceManager extends DefaultWorkspaceManager {
    private readonly configuration: ConfigurationProvider;

    constructor(services: LangiumSharedCoreServices) {
        super(services);
        this.configuration = services.workspace.ConfigurationProvider;
    }

    override async initializeWorkspace(folders: WorkspaceFolder[], cancelToken?: CancellationToken): Promise<void> {
        await this.configuration.ready;
        return super.initializeWorkspace(folders, cancelToken);
    }

    /**
     * Whether `uri` is a file the workspace itself holds: on disk, inside a workspace folder, in no
     * folder the workspace scan skips (`node_modules`, hidden folders), of our language. These are
     * the files loaded at start-up; any other document exists only while an editor has it open.
     */
    async isWorkspaceFile(uri: URI): Promise<boolean> {
        if (uri.scheme !== 'file') return false;
        const root = (this.folders ?? []).map(folder => this.getRootFolder(folder)).find(folder => UriUtils.contains(folder, uri));
        if (!root) return false;
        // Every folder between the root and the file must be one the scan enters.
        for (let dir = UriUtils.dirname(uri); UriUtils.contains(root, dir) && UriUtils.relative(root, dir) !== ''; dir = UriUtils.dirname(dir)) {
            if (!this.shouldIncludeEntry({ uri: dir, isDirectory: true, isFile: false })) return false;
        }
        try {
            const stat = await this.fileSystemProvider.stat(uri);
            return stat.isFile && this.shouldIncludeEntry(stat);
        } catch {
            return false;
        }
    }
}

/**
 * The language server's documents: a request may only bring in a document the editor has open
 * or a workspace file. Langium loads any other URI a request names from disk: a closed document
 * came back (and stayed: a leak) when a request for it was answered after the close, and a URI
 * with no file failed with an internal error (ENOENT). Those requests now fail with RequestFailed.
 */
export class DpaServerDocuments extends DefaultLangiumDocuments {
    override async getOrCreateDocument(uri: URI, cancellationToken?: CancellationToken): Promise<LangiumDocument> {
        const document = this.getDocument(uri);
        if (document) return document;
        const workspace = this.services.workspace;
        const open = workspace.TextDocuments?.get(uri.toString()) !== undefined;
        if (!open && !(await (workspace.WorkspaceManager as DpaWorkspaceManager).isWorkspaceFile(uri))) {
            throw new ResponseError(LSPErrorCodes.RequestFailed, `The document ${uri.toString()} is not open.`);
        }
        return super.getOrCreateDocument(uri, cancellationToken);
    }
}

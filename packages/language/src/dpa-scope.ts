import {
    AstUtils, DefaultScopeProvider, DocumentCache, DocumentState, interruptAndCheck, MapScope, UriUtils, type LangiumCoreServices, type LangiumDocument,
    type ReferenceInfo, type Scope, type URI
} from 'langium';
import { CancellationTokenSource, LSPErrorCodes, ResponseError, type CancellationToken } from 'vscode-languageserver-protocol';
import { isDocument } from './generated/ast.js';
import { ResponsiveDocumentBuilder } from './lsp/responsive-builder.js';

/**
 * Every agreement is self-contained: a reference resolves to a declaration in the same file.
 * The scope for each (document, reference type) is built once and cached until the document
 * changes, so linking stays linear in the size of the file (the default provider rescans the
 * local symbols for every reference).
 */
export class DpaScopeProvider extends DefaultScopeProvider {
    private readonly scopes: DocumentCache<string, Scope>;

    constructor(services: LangiumCoreServices) {
        super(services);
        this.scopes = new DocumentCache(services.shared);
    }

    override getScope(context: ReferenceInfo): Scope {
        const referenceType = this.reflection.getReferenceType(context);
        const document = AstUtils.getDocument(context.container);
        return this.scopes.get(document.uri, referenceType, () => {
            const root = document.parseResult.value;
            const agreement = isDocument(root) ? root.agreement : undefined;
            const symbols = document.localSymbols;
            if (!agreement || !symbols?.has(agreement)) return new MapScope([]);
            return new MapScope(symbols.getStream(agreement).filter(d => this.reflection.isSubtype(d.type, referenceType)));
        });
    }
}

/**
 * Since every agreement is self-contained (see DpaScopeProvider), a change to one document never
 * resolves or breaks a reference in another. Langium relinks and revalidates every other document
 * that has an unresolved reference on each update, which with many open (or workspace) files
 * with errors makes every keystroke revalidate all of them; here only the changed documents are
 * rebuilt.
 */
export class DpaDocumentBuilder extends ResponsiveDocumentBuilder {
    protected override shouldRelink(_document: LangiumDocument, _changedUris: Set<string>): boolean {
        return false;
    }

    /**
     * Langium announces a build phase only when some document went through it. Requests that wait
     * for the workspace to reach a phase (workspace symbols, references, rename, highlights) wait
     * for that announcement, so an update with nothing to build (a closed document removed, one
     * opened and closed before it was built) left them waiting until some later edit: a hang.
     * The phase is announced with no documents instead.
     */
    /**
     * A request that waits for a document to reach a state (code actions, hovers: until it is
     * validated) waited for ever when the document was removed before it got there — closed right
     * after it was opened, and not a workspace file (DpaDocumentUpdateHandler removes it): Langium
     * listens for the document's next phase, which never comes. The wait now ends when the document
     * is removed, as the request's cancellation would end it, with the LSP's "server cancelled"
     * (the client may ask again).
     */
    protected override awaitDocumentState(state: DocumentState, uri: URI, cancelToken: CancellationToken): Promise<URI> {
        const stop = new CancellationTokenSource();
        let removed = false;
        const cancelled = cancelToken.onCancellationRequested(() => stop.cancel());
        const updates = this.onUpdate((_changed, deleted) => {
            if (!deleted.some(gone => UriUtils.equals(gone, uri))) return;
            removed = true;
            stop.cancel();
        });
        const done = () => {
            cancelled.dispose();
            updates.dispose();
            stop.dispose();
        };
        return super.awaitDocumentState(state, uri, stop.token).then(
            reached => {
                done();
                return reached;
            },
            (error: unknown) => {
                done();
                throw removed ? new ResponseError(LSPErrorCodes.ServerCancelled, `The document ${uri.toString()} was closed before it was ${DocumentState[state]}.`) : error;
            }
        );
    }

    protected override async notifyBuildPhase(documents: LangiumDocument[], state: DocumentState, cancelToken: CancellationToken): Promise<void> {
        if (documents.length > 0) return super.notifyBuildPhase(documents, state, cancelToken);
        for (const listener of this.buildPhaseListeners.get(state).slice()) {
            await interruptAndCheck(cancelToken);
            await listener([], cancelToken);
        }
    }
}

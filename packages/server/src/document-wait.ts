import type { DocumentState, LangiumDocument, LangiumSharedCoreServices } from 'langium';
import { CancellationTokenSource, LSPErrorCodes, ResponseError, type CancellationToken } from 'vscode-languageserver';
import type { URI } from 'vscode-uri';
import type { Document } from '@dpa/language';

/**
 * A document of the workspace once it has reached `state` (parsed for a comparison, validated for
 * the preview and generation), waiting at most `waitMs` and no longer than the client wants: the
 * document, 'pending' when it is not there yet, undefined when the server has none (or it closed
 * while we waited). The client's cancellation is the LSP's RequestCancelled.
 */
export async function documentAt(shared: LangiumSharedCoreServices, uri: URI, state: DocumentState, waitMs: number, token: CancellationToken): Promise<LangiumDocument<Document> | 'pending' | undefined> {
    const documents = shared.workspace.LangiumDocuments;
    if (!documents.hasDocument(uri)) return undefined;
    const budget = new CancellationTokenSource();
    const cancelled = token.onCancellationRequested(() => budget.cancel());
    const timer = setTimeout(() => budget.cancel(), waitMs);
    try {
        await shared.workspace.DocumentBuilder.waitUntil(state, uri, budget.token);
    } catch {
        // Out of time, cancelled by the client, or the document went away: see below.
    } finally {
        clearTimeout(timer);
        cancelled.dispose();
        budget.dispose();
    }
    if (token.isCancellationRequested) throw new ResponseError(LSPErrorCodes.RequestCancelled, 'The request was cancelled.');
    const document = documents.getDocument(uri) as LangiumDocument<Document> | undefined;
    if (!document) return undefined;
    return document.state >= state ? document : 'pending';
}

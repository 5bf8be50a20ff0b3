import type { AstNode, LangiumDocument } from 'langium';
import { AbstractSemanticTokenProvider, type SemanticTokenAcceptor } from 'langium/lsp';
import {
    SemanticTokenModifiers, SemanticTokenTypes, type CancellationToken, type SemanticTokens, type SemanticTokensDelta, type SemanticTokensDeltaParams,
    type SemanticTokensParams, type SemanticTokensRangeParams
} from 'vscode-languageserver';
import * as ast from '../generated/ast.js';

/** A custom modifier for sensitive data (Art. 9 special categories, Art. 10 criminal data, BSN). */
export const SENSITIVE_MODIFIER = 'sensitive';

function isSensitive(data: ast.DataCategory | undefined): boolean {
    return !!data && (data.special.length > 0 || data.criminal || data.bsn);
}

/**
 * What TextMate cannot tell: a name that is declared versus one that is referenced, of which
 * kind, and which data is sensitive (highlighted with the `sensitive` modifier).
 */
export class DpaSemanticTokenProvider extends AbstractSemanticTokenProvider {
    /** Requests under way; Langium's provider keeps the last document in a field, which we clear when none is left. */
    private running = 0;

    override semanticHighlight(document: LangiumDocument, params: SemanticTokensParams, cancelToken?: CancellationToken): Promise<SemanticTokens> {
        return this.releasing(() => super.semanticHighlight(document, params, cancelToken));
    }

    override semanticHighlightRange(document: LangiumDocument, params: SemanticTokensRangeParams, cancelToken?: CancellationToken): Promise<SemanticTokens> {
        return this.releasing(() => super.semanticHighlightRange(document, params, cancelToken));
    }

    override semanticHighlightDelta(document: LangiumDocument, params: SemanticTokensDeltaParams, cancelToken?: CancellationToken): Promise<SemanticTokens | SemanticTokensDelta> {
        return this.releasing(() => super.semanticHighlightDelta(document, params, cancelToken));
    }

    /** Runs a request; after the last one, the document is no longer referenced (a closed one can be collected). */
    private async releasing<T>(request: () => Promise<T>): Promise<T> {
        this.running++;
        try {
            return await request();
        } finally {
            if (--this.running === 0) {
                this.currentDocument = undefined;
                this.currentTokensBuilder = undefined;
                this.currentRange = undefined;
            }
        }
    }

    override get tokenModifiers(): Record<string, number> {
        const base = super.tokenModifiers;
        return { ...base, [SENSITIVE_MODIFIER]: 1 << Object.keys(base).length };
    }

    protected override highlightElement(node: AstNode, acceptor: SemanticTokenAcceptor): void {
        const declare = (type: string, modifiers: string[] = []) =>
            acceptor({ node, property: 'name', type, modifier: [SemanticTokenModifiers.declaration, ...modifiers] });
        if (ast.isDataCategory(node)) declare(SemanticTokenTypes.variable, isSensitive(node) ? [SENSITIVE_MODIFIER] : []);
        else if (ast.isSubjectCategory(node) || ast.isStaffRole(node)) declare(SemanticTokenTypes.variable);
        else if (ast.isMeasure(node)) declare(SemanticTokenTypes.property);
        else if (ast.isParty(node) || ast.isSubProcessor(node)) declare(SemanticTokenTypes.class);
        else if (ast.isProcessing(node)) declare(SemanticTokenTypes.function);
        else if (ast.isCustomClause(node) || ast.isTemplateParameter(node)) declare(SemanticTokenTypes.parameter);
        else if (ast.isAgreement(node)) declare(SemanticTokenTypes.namespace);
        else if (ast.isProcessing(node.$container) || ast.isStaffOperations(node)) return;

        if (ast.isProcessing(node)) {
            node.data.forEach((ref, index) => acceptor({
                node, property: 'data', index, type: SemanticTokenTypes.variable,
                modifier: isSensitive(ref.ref) ? [SENSITIVE_MODIFIER] : []
            }));
            node.subjects.forEach((_, index) => acceptor({ node, property: 'subjects', index, type: SemanticTokenTypes.variable }));
            node.measures.forEach((_, index) => acceptor({ node, property: 'measures', index, type: SemanticTokenTypes.property }));
            node.subprocessors.forEach((_, index) => acceptor({ node, property: 'subprocessors', index, type: SemanticTokenTypes.class }));
        } else if (ast.isStaffOperations(node)) {
            acceptor({ node, property: 'role', type: SemanticTokenTypes.variable });
        }
    }
}

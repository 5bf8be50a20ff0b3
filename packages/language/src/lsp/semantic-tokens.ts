import { AstUtils, GrammarAST, GrammarUtils, isCompositeCstNode, type AstNode, type CstNode, type LangiumDocument } from 'langium';
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

/** The references of a processing activity that are highlighted, with their token type. */
const PROCESSING_REFERENCES = {
    data: SemanticTokenTypes.variable,
    subjects: SemanticTokenTypes.variable,
    measures: SemanticTokenTypes.property,
    subprocessors: SemanticTokenTypes.class
} as const;

/** How a declaration's name is highlighted (besides `declaration`), as `highlightElement` does. */
function declarationOf(node: AstNode): { type: string; modifiers: string[] } | undefined {
    if (ast.isDataCategory(node)) return { type: SemanticTokenTypes.variable, modifiers: isSensitive(node) ? [SENSITIVE_MODIFIER] : [] };
    if (ast.isSubjectCategory(node) || ast.isStaffRole(node)) return { type: SemanticTokenTypes.variable, modifiers: [] };
    if (ast.isMeasure(node)) return { type: SemanticTokenTypes.property, modifiers: [] };
    if (ast.isParty(node) || ast.isSubProcessor(node)) return { type: SemanticTokenTypes.class, modifiers: [] };
    if (ast.isProcessing(node)) return { type: SemanticTokenTypes.function, modifiers: [] };
    if (ast.isCustomClause(node) || ast.isTemplateParameter(node)) return { type: SemanticTokenTypes.parameter, modifiers: [] };
    if (ast.isAgreement(node)) return { type: SemanticTokenTypes.namespace, modifiers: [] };
    return undefined;
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

    /**
     * The whole document in one pass over its syntax tree's tokens, with the tokens
     * `highlightElement` gives (Langium looks each name and reference up in the node's syntax
     * tree again, per token). A range request takes Langium's way, over the nodes in the range.
     */
    protected override async computeHighlighting(document: LangiumDocument, acceptor: SemanticTokenAcceptor, cancelToken: CancellationToken): Promise<void> {
        const root = document.parseResult.value.$cstNode;
        if (this.currentRange || !root) return super.computeHighlighting(document, acceptor, cancelToken);
        /** The nodes whose name has been highlighted (only their first `name`, as `findNodeForProperty` finds it). */
        const named = new Set<AstNode>();
        /** The references of the current processing activity seen so far, per list. */
        let activity: ast.Processing | undefined;
        const seen: Record<string, number> = {};
        /** Highlights `cst` if it is a name or a reference of `owner`; whether it is one. */
        const token = (cst: CstNode, owner: AstNode): boolean => {
            const feature = this.assignmentOf(cst.grammarSource)?.feature;
            if (feature === 'name') {
                if (named.has(owner)) return true;
                named.add(owner);
                const declaration = declarationOf(owner);
                if (declaration) acceptor({ cst, type: declaration.type, modifier: [SemanticTokenModifiers.declaration, ...declaration.modifiers] });
                return true;
            }
            if (ast.isProcessing(owner) && feature && feature in PROCESSING_REFERENCES) {
                if (activity !== owner) {
                    activity = owner;
                    for (const list of Object.keys(PROCESSING_REFERENCES)) seen[list] = 0;
                }
                const index = seen[feature]!++;
                const references = owner[feature as keyof typeof PROCESSING_REFERENCES];
                if (index >= references.length) return true;
                const sensitive = feature === 'data' && isSensitive(owner.data[index]?.ref);
                acceptor({ cst, type: PROCESSING_REFERENCES[feature as keyof typeof PROCESSING_REFERENCES], modifier: sensitive ? [SENSITIVE_MODIFIER] : [] });
                return true;
            }
            return false;
        };
        const visit = (node: CstNode): void => {
            if (!isCompositeCstNode(node)) return;
            for (const child of node.content) {
                if (child.hidden) continue;
                // A child node of its own (a party in the agreement): its tokens belong to it.
                if (child.astNode !== node.astNode) visit(child);
                else if (!token(child, node.astNode)) visit(child);
            }
        };
        visit(root);
    }

    /** The assignment a grammar element is part of (cached: the grammar is small, the document is not). */
    private readonly assignments = new Map<AstNode, GrammarAST.Assignment | undefined>();

    private assignmentOf(source: AstNode | undefined): GrammarAST.Assignment | undefined {
        if (!source) return undefined;
        if (!this.assignments.has(source)) this.assignments.set(source, AstUtils.getContainerOfType(source, GrammarAST.isAssignment));
        return this.assignments.get(source);
    }

    /** Langium's modifiers and ours (made once: Langium reads them for every token). */
    private modifiers: Record<string, number> | undefined;

    override get tokenModifiers(): Record<string, number> {
        if (!this.modifiers) {
            const base = super.tokenModifiers;
            this.modifiers = { ...base, [SENSITIVE_MODIFIER]: 1 << Object.keys(base).length };
        }
        return this.modifiers;
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
            // The references of each list, found in the syntax tree once per list (not once per element).
            const references = (property: 'data' | 'subjects' | 'measures' | 'subprocessors', type: string, modifier?: (index: number) => string[]) => {
                const cst = node.$cstNode;
                if (!cst) return;
                GrammarUtils.findNodesForProperty(cst, property).forEach((reference, index) => acceptor({ cst: reference, type, modifier: modifier?.(index) ?? [] }));
            };
            references('data', SemanticTokenTypes.variable, index => (isSensitive(node.data[index]?.ref) ? [SENSITIVE_MODIFIER] : []));
            references('subjects', SemanticTokenTypes.variable);
            references('measures', SemanticTokenTypes.property);
            references('subprocessors', SemanticTokenTypes.class);
        } else if (ast.isStaffOperations(node)) {
            acceptor({ node, property: 'role', type: SemanticTokenTypes.variable });
        }
    }
}

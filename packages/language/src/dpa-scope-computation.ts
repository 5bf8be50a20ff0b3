import {
    AstUtils, CstUtils, DefaultAstNodeDescriptionProvider, DefaultScopeComputation, interruptAndCheck, MultiMap, type AstNode, type AstNodeDescription, type DocumentSegment,
    type LangiumDocument, type LocalSymbols
} from 'langium';
import { CancellationToken } from 'vscode-languageserver';
import { astIndex } from './dpa-linking.js';

/**
 * Exports every named declaration of an agreement (parties, data, measures, activities, …) to
 * the workspace index, so that workspace symbols find them across files. Linking stays local to
 * the file (see DpaScopeProvider): the index is not used to resolve references.
 *
 * The exported symbols and the local ones are the same declarations (every named node, described
 * the same way): they are described once per parse, in one walk over the AST (see astIndex),
 * and shared by both phases. A new parse gives a new root node, and with it new descriptions.
 */
export class DpaScopeComputation extends DefaultScopeComputation {
    /** The named nodes' descriptions, by the root node of the parse they describe. */
    private readonly named = new WeakMap<AstNode, AstNodeDescription[]>();

    override async collectExportedSymbols(document: LangiumDocument, cancelToken = CancellationToken.None): Promise<AstNodeDescription[]> {
        return [...await this.namedDescriptions(document, cancelToken)];
    }

    override async collectLocalSymbols(document: LangiumDocument, cancelToken = CancellationToken.None): Promise<LocalSymbols> {
        const symbols = new MultiMap<AstNode, AstNodeDescription>();
        for (const description of await this.namedDescriptions(document, cancelToken)) {
            const container = description.node?.$container;
            if (container) symbols.add(container, description);
        }
        return symbols;
    }

    /** The root and every node under it that has a name, described, in the order of AstUtils.streamAllContents. */
    private async namedDescriptions(document: LangiumDocument, cancelToken: CancellationToken): Promise<readonly AstNodeDescription[]> {
        const root = document.parseResult.value;
        const known = this.named.get(root);
        if (known) return known;
        await interruptAndCheck(cancelToken);
        const descriptions: AstNodeDescription[] = [];
        for (const node of astIndex(root).nodes) {
            const name = this.nameProvider.getName(node);
            if (name) descriptions.push(this.descriptions.createDescription(node, name, document));
        }
        this.named.set(root, descriptions);
        return descriptions;
    }
}

/**
 * Descriptions of declarations whose segments are computed when first read, like Langium's name
 * segment already is: the index describes every declaration on each keystroke, and the
 * segments (ranges) are read only by requests (workspace symbols, go to definition).
 */
export class DpaAstNodeDescriptionProvider extends DefaultAstNodeDescriptionProvider {
    override createDescription(node: AstNode, name: string | undefined, document?: LangiumDocument): AstNodeDescription {
        const uri = (document ?? AstUtils.getDocument(node)).uri;
        const named = name ?? this.nameProvider.getName(node);
        const path = this.astNodeLocator.getAstNodePath(node);
        if (!named) throw new Error(`Node at path ${path} has no name.`);
        const nameProvider = this.nameProvider;
        let nameSegment: DocumentSegment | undefined;
        let selectionSegment: DocumentSegment | undefined;
        return {
            node,
            name: named,
            get nameSegment() {
                return nameSegment ??= CstUtils.toDocumentSegment(nameProvider.getNameNode(node) ?? node.$cstNode);
            },
            get selectionSegment() {
                return selectionSegment ??= CstUtils.toDocumentSegment(node.$cstNode);
            },
            type: node.$type,
            documentUri: uri,
            path
        };
    }
}

import {
    DefaultIndexManager, DefaultLinker, DefaultReferenceDescriptionProvider, interruptAndCheck, isAstNode, isMultiReference, isReference, type AstNode,
    type LangiumDocument, type ReferenceDescription, type ReferenceInfo, type URI
} from 'langium';
import { CancellationToken } from 'vscode-languageserver-protocol';

// The phases after parsing (issue 12), linear and with no stream per node: Langium walks the AST
// with a stream of each node's contents and another of its references, element by element
// through every array (most of a .dpa agreement's arrays hold strings). Here one plain walk
// yields the nodes in the same order (Object.keys order, depth first, as AstUtils.streamAst) and
// the references of each in the order of AstUtils.streamReferences, once per parse.

/** How many nodes between two checks for cancellation (Langium checks at every node). */
const CHECK_EVERY = 512;

/** The nodes of a parse (the root first, in the order of AstUtils.streamAst) and their references (in the order of AstUtils.streamReferences, node by node). */
export interface AstIndex {
    readonly nodes: readonly AstNode[];
    readonly references: readonly ReferenceInfo[];
}

/** The index of each parse, by its root: an AST does not change after its parse, and scoping and linking walk it once. */
const indexes = new WeakMap<AstNode, AstIndex>();

/** The nodes and references under `root`, walked once per parse. */
export function astIndex(root: AstNode): AstIndex {
    let index = indexes.get(root);
    if (!index) {
        index = walk(root);
        indexes.set(root, index);
    }
    return index;
}

/** Records the index of a root whose nodes were just made (the incremental parse copies the AST in this order). */
export function rememberIndex(root: AstNode, index: AstIndex): void {
    indexes.set(root, index);
}

function walk(root: AstNode): AstIndex {
    const nodes: AstNode[] = [];
    const references: ReferenceInfo[] = [];
    const visit = (node: AstNode): void => {
        nodes.push(node);
        const record = node as unknown as Record<string, unknown>;
        const keys = Object.keys(record);
        // A node's references first, then the nodes it contains, each in the order of its keys.
        let children = false;
        for (const key of keys) {
            if (key.charCodeAt(0) === 36) continue; // `$type`, `$container`, `$cstNode`, …
            const value = record[key];
            if (typeof value !== 'object' || value === null) continue;
            if (Array.isArray(value)) {
                for (let index = 0; index < value.length; index++) {
                    const element: unknown = value[index];
                    if (typeof element !== 'object' || element === null) continue;
                    if (isReference(element) || isMultiReference(element)) references.push({ reference: element, container: node, property: key, index });
                    else if (isAstNode(element)) children = true;
                }
            } else if (isReference(value) || isMultiReference(value)) {
                references.push({ reference: value, container: node, property: key });
            } else if (isAstNode(value)) {
                children = true;
            }
        }
        if (!children) return;
        for (const key of keys) {
            if (key.charCodeAt(0) === 36) continue;
            const value = record[key];
            if (typeof value !== 'object' || value === null) continue;
            if (Array.isArray(value)) {
                for (const element of value) if (typeof element === 'object' && element !== null && isAstNode(element)) visit(element);
            } else if (isAstNode(value)) {
                visit(value);
            }
        }
    };
    visit(root);
    return { nodes, references };
}

/** Links with one walk over the AST (see allContents); the scopes are DpaScopeProvider's, cached per document. */
export class DpaLinker extends DefaultLinker {
    override async link(document: LangiumDocument, cancelToken = CancellationToken.None): Promise<void> {
        if (this.profiler?.isActive('linking')) return super.link(document, cancelToken);
        const { references } = astIndex(document.parseResult.value);
        for (let i = 0; i < references.length; i++) {
            if (i % CHECK_EVERY === 0) await interruptAndCheck(cancelToken);
            this.doLink(references[i]!, document);
        }
    }
}

/** The reference descriptions of a document from one walk, and at once (for the lazy index below). */
export class DpaReferenceDescriptionProvider extends DefaultReferenceDescriptionProvider {
    override async createDescriptions(document: LangiumDocument, cancelToken = CancellationToken.None): Promise<ReferenceDescription[]> {
        await interruptAndCheck(cancelToken);
        return this.createDescriptionsNow(document);
    }

    createDescriptionsNow(document: LangiumDocument): ReferenceDescription[] {
        const descriptions: ReferenceDescription[] = [];
        for (const info of astIndex(document.parseResult.value).references) {
            if (!info.reference.error) descriptions.push(...this.createInfoDescriptions(info));
        }
        return descriptions;
    }
}

/**
 * The index of references, made when it is asked for. Langium describes every reference of a
 * document (its range, the paths of both ends) after each link, on every keystroke, for requests
 * (find references, rename) that come seldom. Here `updateReferences` only notes the document
 * and its AST; a question to the index describes the noted documents first, as long as their AST
 * is still the one that was linked (a changed document is reset, which drops the note, as it
 * drops Langium's entry). The answers are those of Langium's eager index.
 */
export class DpaIndexManager extends DefaultIndexManager {
    private readonly pending = new Map<string, { document: LangiumDocument; root: AstNode }>();

    override async updateReferences(document: LangiumDocument, cancelToken = CancellationToken.None): Promise<void> {
        const provider = this.serviceRegistry.getServices(document.uri).workspace.ReferenceDescriptionProvider;
        if (!(provider instanceof DpaReferenceDescriptionProvider)) return super.updateReferences(document, cancelToken);
        await interruptAndCheck(cancelToken);
        const uri = document.uri.toString();
        this.referenceIndex.delete(uri);
        this.pending.set(uri, { document, root: document.parseResult.value });
    }

    override removeReferences(uri: URI): void {
        this.pending.delete(uri.toString());
        super.removeReferences(uri);
    }

    override findAllReferences(targetNode: AstNode, astNodePath: string): ReturnType<DefaultIndexManager['findAllReferences']> {
        this.describePending();
        return super.findAllReferences(targetNode, astNodePath);
    }

    override isAffected(document: LangiumDocument, changedUris: Set<string>): boolean {
        this.describePending();
        return super.isAffected(document, changedUris);
    }

    private describePending(): void {
        for (const [uri, { document, root }] of this.pending) {
            if (document.parseResult.value !== root) continue;
            const provider = this.serviceRegistry.getServices(document.uri).workspace.ReferenceDescriptionProvider as DpaReferenceDescriptionProvider;
            this.referenceIndex.set(uri, provider.createDescriptionsNow(document));
        }
        this.pending.clear();
    }
}

import { AstUtils, DefaultScopeComputation, type AstNodeDescription, type LangiumDocument } from 'langium';
import type { CancellationToken } from 'vscode-languageserver';

/**
 * Exports every named declaration of an agreement (parties, data, measures, activities, …) to
 * the workspace index, so that workspace symbols find them across files. Linking stays local to
 * the file (see DpaScopeProvider): the index is not used to resolve references.
 */
export class DpaScopeComputation extends DefaultScopeComputation {
    override collectExportedSymbols(document: LangiumDocument, cancelToken?: CancellationToken): Promise<AstNodeDescription[]> {
        return this.collectExportedSymbolsForNode(document.parseResult.value, document, root => AstUtils.streamAllContents(root), cancelToken);
    }
}

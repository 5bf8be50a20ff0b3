import { AstUtils, GrammarAST, type LangiumDocument } from 'langium';
import { DefaultRenameProvider } from 'langium/lsp';
import { ResponseError, type RenameParams, type WorkspaceEdit } from 'vscode-languageserver';
import { DpaGrammar } from '../generated/grammar.js';
import type { Document } from '../generated/ast.js';
import { namedMembers } from '../names.js';

const ID = /^[_a-zA-Z]\w*$/;
/** The grammar's keywords, read from the grammar on the first rename (not while the server starts). */
let keywords: ReadonlySet<string> | undefined;
const KEYWORDS = { has: (name: string): boolean => (keywords ??= new Set(AstUtils.streamAllContents(DpaGrammar()).filter(GrammarAST.isKeyword).map(k => k.value))).has(name) };

/**
 * Rename, refusing names the language cannot hold: not an identifier, a keyword, or a name
 * another declaration of the agreement already has (all names share one namespace).
 */
export class DpaRenameProvider extends DefaultRenameProvider {
    override async rename(document: LangiumDocument, params: RenameParams): Promise<WorkspaceEdit | undefined> {
        const name = params.newName;
        if (!ID.test(name)) throw new ResponseError(-32602, `'${name}' is not a valid name: use letters, digits and _ and start with a letter.`);
        if (KEYWORDS.has(name)) throw new ResponseError(-32602, `'${name}' is a keyword of the language.`);
        const agreement = (document.parseResult.value as Document).agreement;
        const taken = agreement && namedMembers(agreement).some(node => node.name === name);
        if (taken) throw new ResponseError(-32602, `'${name}' is already used in this agreement.`);
        return super.rename(document, params);
    }
}

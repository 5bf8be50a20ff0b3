import { AstUtils, GrammarAST, TextDocument, type AstNodeDescription, type LangiumDocument, type MaybePromise, type ReferenceInfo } from 'langium';
import { DefaultCompletionProvider, type CompletionAcceptor, type CompletionContext, type CompletionValueItem, type NextFeature } from 'langium/lsp';
import { CompletionItemKind, InsertTextFormat, type CancellationToken, type CompletionList, type CompletionParams } from 'vscode-languageserver';
import { allCountries, type CountryInfo } from '../countries.js';
import { SNIPPETS_DATA } from '../data/index.js';
import * as ast from '../generated/ast.js';
import { glossaryEntry } from '../glossary.js';
import { referenceNames } from '../references.js';
import { ART28_ELEMENTS } from '../validation/art28.js';
import { CompletionWindow, type TokensAround } from './completion-window.js';

const SNIPPETS = SNIPPETS_DATA.snippets;
const STATUS_WORDS: Record<CountryInfo['status'], string> = {
    eea: 'EEA',
    adequate: 'adequacy',
    partial: 'partial adequacy: confirm the scope or add a mechanism',
    third: 'third country: mechanism needed'
};

/** `{{ref ` and the start of a name, just before the cursor (inside a string). */
const REFERENCE_BEFORE_CURSOR = /\{\{\s*ref\s+([\w-]*)$/;

/** The name of the grammar rule an element belongs to. */
function ruleOf(element: GrammarAST.AbstractElement): string | undefined {
    return AstUtils.getContainerOfType(element, GrammarAST.isParserRule)?.name;
}

/** The standard clauses with their defaults, keyed by their first keyword. */
const CLAUSE_DEFAULTS = new Map<string, string>();
for (const element of ART28_ELEMENTS) {
    if (element.clause) CLAUSE_DEFAULTS.set(element.clause.split(' ')[0]!, element.clause);
}

/**
 * Completion that knows the domain: keywords with their Dutch term and GDPR article, references
 * with their labels, country codes with name and transfer status, snippets for a whole
 * processing activity, party, sub-processor or clause, and the standard clauses with defaults.
 */
export class DpaCompletionProvider extends DefaultCompletionProvider {
    /** The windows of the requests under way (see CompletionWindow): Langium's hooks get the text, not the document. */
    private readonly windows = new Set<CompletionWindow>();

    override async getCompletion(document: LangiumDocument, params: CompletionParams, cancelToken?: CancellationToken): Promise<CompletionList | undefined> {
        const reference = this.completeReference(document, params);
        if (reference) return reference;
        const window = CompletionWindow.at(document, document.textDocument.offsetAt(params.position));
        if (window) this.windows.add(window);
        try {
            return await super.getCompletion(document, params, cancelToken);
        } finally {
            if (window) this.windows.delete(window);
        }
    }

    /** What the grammar expects at `offset`: from the window's text where there is one (the same features, read from a member start). */
    protected override findFeaturesAt(document: TextDocument, offset: number): NextFeature[] {
        const text = document.getText();
        for (const window of this.windows) {
            const reduced = window.text === text ? window.textUpTo(offset) : undefined;
            if (reduced !== undefined) return super.findFeaturesAt(TextDocument.create(document.uri, document.languageId, document.version, reduced), reduced.length);
        }
        return super.findFeaturesAt(document, offset);
    }

    /** The tokens around the cursor: lexed from the window where there is one. */
    protected override backtrackToAnyToken(text: string, offset: number): TokensAround {
        for (const window of this.windows) {
            const around = window.text === text ? window.tokensAround(this.lexer, offset) : undefined;
            if (around) return around;
        }
        return super.backtrackToAnyToken(text, offset);
    }

    /** Inside `{{ref …}}` in a text: the names of the agreement's clauses, fixed articles and annexes. */
    private completeReference(document: LangiumDocument, params: CompletionParams): CompletionList | undefined {
        const { line, character } = params.position;
        const before = REFERENCE_BEFORE_CURSOR.exec(document.textDocument.getText({ start: { line, character: 0 }, end: params.position }));
        const root = document.parseResult.value;
        const agreement = ast.isDocument(root) ? root.agreement : undefined;
        if (!before || !agreement) return undefined;
        const range = { start: { line, character: character - before[1]!.length }, end: params.position };
        return { isIncomplete: false, items: referenceNames(agreement).map(name => ({ label: name, kind: CompletionItemKind.Reference, textEdit: { range, newText: name } })) };
    }

    protected override completionFor(context: CompletionContext, next: NextFeature, acceptor: CompletionAcceptor): MaybePromise<void> {
        // A country code is the datatype rule CountryCode (ID | PLACEHOLDER): offer the codes once, for its ID.
        if (GrammarAST.isRuleCall(next.feature) && next.feature.rule.ref?.name === 'ID' && ruleOf(next.feature) === 'CountryCode') {
            this.completeCountries(context, acceptor);
            return;
        }
        return super.completionFor(context, next, acceptor);
    }

    private completeCountries(context: CompletionContext, acceptor: CompletionAcceptor): void {
        for (const country of allCountries()) {
            acceptor(context, {
                label: country.code,
                kind: CompletionItemKind.Constant,
                detail: `${country.nl} · ${STATUS_WORDS[country.status]}`,
                documentation: `${country.nl} / ${country.en}${country.note ? `\n\n${country.note}` : ''}`,
                filterText: `${country.code} ${country.nl} ${country.en}`,
                // EEA first, then the rest, each alphabetically.
                sortText: `${country.status === 'eea' ? 0 : 1}${country.code}`
            });
        }
    }

    protected override completionForKeyword(context: CompletionContext, keyword: GrammarAST.Keyword, acceptor: CompletionAcceptor): MaybePromise<void> {
        if (!this.filterKeyword(context, keyword)) return;
        const entry = glossaryEntry(keyword.value);
        acceptor(context, {
            label: keyword.value,
            kind: this.getKeywordCompletionItemKind(keyword),
            detail: entry ? `${entry.nl}${entry.article ? ` · ${entry.article}` : ''}` : 'keyword',
            ...(entry ? { documentation: `${entry.nl} — ${entry.en}${entry.note ? `\n\n${entry.note}` : ''}` } : {}),
            sortText: '1'
        });
        const rule = ruleOf(keyword);
        const snippet = SNIPPETS[keyword.value];
        if (snippet && (rule === 'Processing' || rule === 'PartyRole' || rule === 'SubProcessor' || rule === 'CustomClause')) {
            acceptor(context, {
                label: snippet.label,
                kind: CompletionItemKind.Snippet,
                detail: snippet.detail,
                insertText: snippet.body,
                insertTextFormat: InsertTextFormat.Snippet,
                filterText: keyword.value,
                sortText: '2'
            });
        }
        const clause = CLAUSE_DEFAULTS.get(keyword.value);
        if (clause && clause !== keyword.value && rule?.endsWith('Clause')) {
            acceptor(context, {
                label: clause,
                kind: CompletionItemKind.Snippet,
                detail: `standard clause${entry?.article ? ` · ${entry.article}` : ''}`,
                insertText: clause,
                filterText: keyword.value,
                sortText: '2'
            });
        }
    }

    protected override createReferenceCompletionItem(nodeDescription: AstNodeDescription, refInfo: ReferenceInfo, context: CompletionContext): CompletionValueItem {
        const item = super.createReferenceCompletionItem(nodeDescription, refInfo, context);
        const node = nodeDescription.node;
        const label = node && 'label' in node && typeof node.label === 'string' ? node.label
            : ast.isMeasure(node) ? node.description
                : ast.isSubProcessor(node) ? node.legalName
                    : undefined;
        return label ? { ...item, detail: label } : item;
    }
}

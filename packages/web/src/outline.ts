import type { LSPClient } from '@codemirror/lsp-client';
import type * as lsp from 'vscode-languageserver-protocol';

/**
 * The outline: the server's document symbols (parties, processing activities, sub-processors,
 * measures, clauses, …) as a menu, indented by depth; choosing one moves the editor to it. It is
 * read again after each validation of the document.
 */
export class Outline {
    private symbols: { readonly line: number; readonly character: number }[] = [];

    constructor(private readonly select: HTMLSelectElement, private readonly placeholder: () => string, onChoose: (line: number, character: number) => void) {
        select.addEventListener('change', () => {
            const symbol = this.symbols[select.selectedIndex - 1];
            select.selectedIndex = 0;
            if (symbol) onChoose(symbol.line, symbol.character);
        });
    }

    async refresh(client: LSPClient, uri: string): Promise<void> {
        const result = await client.request<lsp.DocumentSymbolParams, (lsp.DocumentSymbol | lsp.SymbolInformation)[] | null>('textDocument/documentSymbol', { textDocument: { uri } });
        const options: { label: string; line: number; character: number }[] = [];
        const visit = (symbol: lsp.DocumentSymbol | lsp.SymbolInformation, depth: number) => {
            const start = 'selectionRange' in symbol ? symbol.selectionRange.start : symbol.location.range.start;
            options.push({ label: `${'\u00a0\u00a0'.repeat(depth)}${symbol.name}`, line: start.line, character: start.character });
            if ('children' in symbol) for (const child of symbol.children ?? []) visit(child, depth + 1);
        };
        for (const symbol of result ?? []) visit(symbol, 0);
        this.symbols = options;
        this.select.replaceChildren(new Option(this.placeholder(), ''), ...options.map(option => new Option(option.label, String(option.line))));
    }
}

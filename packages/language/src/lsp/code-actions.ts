import type { LangiumDocument } from 'langium';
import type { CodeActionProvider } from 'langium/lsp';
import { CodeActionKind, type CodeAction, type CodeActionParams, type Command } from 'vscode-languageserver';
import { isFixData } from '../validation/fixes.js';

/**
 * Quick fixes. Each check computes its fixes when it reports a diagnostic and carries them in
 * the diagnostic's `data`; this provider turns them into code actions. Diagnostics with other
 * data (another tool's, or malformed) get none.
 */
export class DpaCodeActionProvider implements CodeActionProvider {
    getCodeActions(document: LangiumDocument, params: CodeActionParams): Array<Command | CodeAction> {
        const actions: CodeAction[] = [];
        const diagnostics: unknown = params.context?.diagnostics;
        if (!Array.isArray(diagnostics)) return actions;
        const lineCount = document.textDocument.lineCount;
        for (const diagnostic of diagnostics as unknown[]) {
            if (typeof diagnostic !== 'object' || diagnostic === null) continue;
            const data: unknown = (diagnostic as { data?: unknown }).data;
            if (!isFixData(data, lineCount)) continue;
            for (const fix of data.fixes) {
                actions.push({
                    title: fix.title,
                    kind: CodeActionKind.QuickFix,
                    diagnostics: [diagnostic as CodeActionParams['context']['diagnostics'][number]],
                    ...(fix.preferred ? { isPreferred: true } : {}),
                    edit: { changes: { [document.textDocument.uri]: fix.edits.map(e => ({ range: e.range, newText: e.newText })) } }
                });
            }
        }
        return actions;
    }
}

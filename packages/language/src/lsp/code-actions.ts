import type { LangiumDocument } from 'langium';
import type { CodeActionProvider } from 'langium/lsp';
import { CodeActionKind, type CodeAction, type CodeActionParams, type Command } from 'vscode-languageserver';
import { isFixData } from '../validation/fixes.js';

/**
 * Quick fixes. Each check computes its fixes when it reports a diagnostic and carries them in
 * the diagnostic's `data`; this provider turns them into code actions.
 */
export class DpaCodeActionProvider implements CodeActionProvider {
    getCodeActions(document: LangiumDocument, params: CodeActionParams): Array<Command | CodeAction> {
        const actions: CodeAction[] = [];
        for (const diagnostic of params.context.diagnostics) {
            if (!isFixData(diagnostic.data)) continue;
            for (const fix of diagnostic.data.fixes) {
                actions.push({
                    title: fix.title,
                    kind: CodeActionKind.QuickFix,
                    diagnostics: [diagnostic],
                    ...(fix.preferred ? { isPreferred: true } : {}),
                    edit: { changes: { [document.textDocument.uri]: fix.edits.map(e => ({ range: e.range, newText: e.newText })) } }
                });
            }
        }
        return actions;
    }
}

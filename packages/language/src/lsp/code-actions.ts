import type { LangiumDocument } from 'langium';
import type { CodeActionProvider } from 'langium/lsp';
import { CodeActionKind, type CodeAction, type CodeActionParams, type Command } from 'vscode-languageserver';
import type { Fix, FixData, FixEdit } from '../validation/fixes.js';
import { isRange } from './params.js';

/**
 * Whether a diagnostic's `data` is the fix data of one of our checks, down to every edit: a
 * client sends back whatever diagnostics it holds, also those of other tools and ones it made up,
 * so nothing of their shape is trusted. An edit must lie inside the document it would change.
 */
export function isWellFormedFixData(data: unknown, lineCount: number): data is FixData {
    if (typeof data !== 'object' || data === null) return false;
    const fixes = (data as { fixes?: unknown }).fixes;
    return Array.isArray(fixes) && fixes.every(fix => isWellFormedFix(fix, lineCount));
}

function isWellFormedFix(fix: unknown, lineCount: number): fix is Fix {
    if (typeof fix !== 'object' || fix === null) return false;
    const { title, edits, preferred } = fix as Partial<Record<keyof Fix, unknown>>;
    return typeof title === 'string' && title.length > 0
        && (preferred === undefined || typeof preferred === 'boolean')
        && Array.isArray(edits) && edits.length > 0 && edits.every(edit => isWellFormedEdit(edit, lineCount));
}

function isWellFormedEdit(edit: unknown, lineCount: number): edit is FixEdit {
    if (typeof edit !== 'object' || edit === null) return false;
    const { range, newText } = edit as Partial<Record<keyof FixEdit, unknown>>;
    return typeof newText === 'string' && isRange(range) && range.end.line < lineCount;
}

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
            if (!isWellFormedFixData(data, lineCount)) continue;
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

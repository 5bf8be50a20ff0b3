/**
 * Preview → source: shows a line of a .dpa document in an editor and selects its text.
 */
import * as vscode from 'vscode';
import { openDocument } from '../documents.js';

/**
 * Reveals and selects a (0-based) line of a document: in the editor that shows it, else in the
 * editor group that has it open in a tab (other than the preview's group), else beside the preview.
 */
export async function revealSourceLine(source: vscode.Uri, line: number, previewColumn: vscode.ViewColumn | undefined): Promise<void> {
    const document = await openDocument(source);
    if (document === undefined) return;
    const target = document.lineAt(Math.min(Math.max(0, line), document.lineCount - 1));
    const selection = new vscode.Selection(
        target.lineNumber, target.firstNonWhitespaceCharacterIndex,
        target.lineNumber, target.range.end.character
    );
    const editor = await vscode.window.showTextDocument(document, {
        viewColumn: editorColumn(source, previewColumn),
        selection,
        preserveFocus: false
    });
    editor.revealRange(selection, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
}

function editorColumn(source: vscode.Uri, previewColumn: vscode.ViewColumn | undefined): vscode.ViewColumn {
    const key = source.toString();
    const visible = vscode.window.visibleTextEditors.find(editor => editor.document.uri.toString() === key && editor.viewColumn !== undefined);
    if (visible?.viewColumn !== undefined) return visible.viewColumn;
    const group = vscode.window.tabGroups.all.find(candidate => candidate.viewColumn !== previewColumn
        && candidate.tabs.some(tab => tab.input instanceof vscode.TabInputText && tab.input.uri.toString() === key));
    return group?.viewColumn ?? vscode.ViewColumn.Beside;
}

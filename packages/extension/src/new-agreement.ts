/**
 * "DPA: New Agreement": a new untitled .dpa document from the template
 * `packages/extension/templates/new-agreement.dpa`, inserted as a snippet whose tab stops are the
 * names, addresses and dates to fill in.
 */
import * as vscode from 'vscode';
import template from '../templates/new-agreement.dpa' with { type: 'text' };

export async function newAgreement(): Promise<void> {
    const document = await vscode.workspace.openTextDocument({ language: 'dpa', content: '' });
    const editor = await vscode.window.showTextDocument(document, { preview: false });
    await editor.insertSnippet(new vscode.SnippetString(template), new vscode.Position(0, 0));
}

/**
 * The manifest's `browser` entry in the desktop package (out/dpa.vsix), which holds the Node
 * language server and not the Web Worker one: installed in VS Code for the web, it says which
 * package that needs (out/dpa-web.vsix, scripts/package-web.mjs, where `browser` is browser.ts).
 */
import * as vscode from 'vscode';

export function activate(): void {
    void vscode.window.showWarningMessage(vscode.l10n.t('This is the desktop package of DPA. VS Code for the web needs its web package (dpa-web.vsix).'));
}

export function deactivate(): void {}

/**
 * Opening documents for the commands, and the text of an error for a message to the user.
 */
import * as vscode from 'vscode';

/** The message of an error (or the thrown value as text), for a message to the user. */
export function errorReason(error: unknown): string {
    return error instanceof Error ? error.message : String(error);
}

/** Opens a document; when that fails, says why in an error message and yields undefined. */
export async function openDocument(uri: vscode.Uri): Promise<vscode.TextDocument | undefined> {
    try {
        return await vscode.workspace.openTextDocument(uri);
    } catch (error) {
        void vscode.window.showErrorMessage(vscode.l10n.t('Could not open {0}: {1}', uri.toString(true), errorReason(error)));
        return undefined;
    }
}

/**
 * "DPA: Compare with…": asks which version to compare the .dpa document with — its last committed
 * version (git HEAD, through VS Code's git extension, when the file is in a repository) or another
 * .dpa file — and shows the change report beside the editor (panel.ts), one panel per document.
 */
import * as vscode from 'vscode';
import type { BaseLanguageClient } from 'vscode-languageclient';
import { errorReason } from '../documents.js';
import { baseName } from '../paths.js';
import { gitRepositoryOf } from './git.js';
import { ComparePanel, type OtherVersion } from './panel.js';
import { compareChoices, otherFileLabel, type CompareChoice } from './report.js';

export class CompareManager implements vscode.Disposable {
    /** Open panels, keyed by the document's URI (`Uri.toString()`). */
    private readonly panels = new Map<string, ComparePanel>();

    constructor(private readonly client: BaseLanguageClient, private readonly extensionUri: vscode.Uri) {}

    /**
     * Compares `document` with the version the user picks, or with `otherFile` when given (a
     * command's second argument, e.g. from a test or a keybinding).
     */
    async compare(document: vscode.TextDocument, otherFile?: vscode.Uri): Promise<void> {
        const other = otherFile !== undefined ? await this.fileVersion(document, otherFile) : await this.pick(document);
        if (other === undefined) return;
        const key = document.uri.toString();
        const existing = this.panels.get(key);
        if (existing !== undefined) {
            existing.compareWith(other);
            return;
        }
        const panel = new ComparePanel(this.client, this.extensionUri, document.uri, other);
        this.panels.set(key, panel);
        panel.onDidDispose(() => {
            if (this.panels.get(key) === panel) this.panels.delete(key);
        });
        panel.refreshNow();
    }

    dispose(): void {
        for (const panel of [...this.panels.values()]) panel.dispose();
        this.panels.clear();
    }

    private async pick(document: vscode.TextDocument): Promise<OtherVersion | undefined> {
        const repository = await gitRepositoryOf(document.uri);
        const picked = await vscode.window.showQuickPick<CompareChoice>(compareChoices(repository !== undefined, vscode.l10n), {
            title: vscode.l10n.t('Compare {0} with…', baseName(document.uri.path)),
            placeHolder: vscode.l10n.t('The version to compare with')
        });
        if (picked === undefined) return undefined;
        if (picked.source === 'head' && repository !== undefined) {
            try {
                return { text: await repository.show('HEAD'), label: 'HEAD' };
            } catch (error) {
                void vscode.window.showErrorMessage(vscode.l10n.t('{0} has no committed version to compare with: {1}', baseName(document.uri.path), errorReason(error)));
                return undefined;
            }
        }
        const files = await vscode.window.showOpenDialog({
            canSelectMany: false,
            openLabel: vscode.l10n.t('Compare'),
            title: vscode.l10n.t('Compare {0} with…', baseName(document.uri.path)),
            filters: { [vscode.l10n.t('DPA agreements')]: ['dpa'] },
            defaultUri: vscode.Uri.joinPath(document.uri, '..')
        });
        const file = files?.[0];
        return file === undefined ? undefined : this.fileVersion(document, file);
    }

    /** Another file's text (an open editor's, unsaved edits included), and its name in the report. */
    private async fileVersion(document: vscode.TextDocument, file: vscode.Uri): Promise<OtherVersion | undefined> {
        const label = otherFileLabel(vscode.workspace.asRelativePath(file, false), baseName(document.uri.path));
        const open = vscode.workspace.textDocuments.find(candidate => candidate.uri.toString() === file.toString());
        if (open !== undefined) return { text: open.getText(), label };
        try {
            return { text: new TextDecoder('utf-8').decode(await vscode.workspace.fs.readFile(file)), label };
        } catch (error) {
            void vscode.window.showErrorMessage(vscode.l10n.t('Could not open {0}: {1}', file.toString(true), errorReason(error)));
            return undefined;
        }
    }
}

/**
 * "DPA: Generate Agreement…": asks for a format (`dpa.output.defaultFormat` preselected), has the
 * language server generate the agreement (GenerateRequest) and writes it to `dpa.output.folder` or
 * next to the .dpa file.
 */
import * as vscode from 'vscode';
import type { BaseLanguageClient } from 'vscode-languageclient';
import { GenerateRequest, type DocumentFormat, type GenerateResult } from '@dpa/server/protocol';
import { errorReason } from './documents.js';
import { formatItems, type FormatItem } from './formats.js';
import { baseName, isAbsolutePath } from './paths.js';

/** The formats of the choice, in this order. */
const FORMATS: readonly DocumentFormat[] = ['md', 'html', 'docx', 'pdf'];

/** Generates the agreement of a .dpa document (one the language client has sent to the server). */
export async function generateAgreement(client: BaseLanguageClient, document: vscode.TextDocument): Promise<void> {
    const picked = await pickFormat(defaultFormat(document.uri));
    if (picked === undefined) return;

    const params = { uri: client.code2ProtocolConverter.asUri(document.uri), format: picked.format };
    const generate = (draft: boolean) => generated(picked, () => client.sendRequest(GenerateRequest, draft ? { ...params, draft } : params));
    let result = await generate(false);
    if (result === undefined) return;
    if (!result.ok) {
        const count = result.errors.length;
        const generateAsDraft = vscode.l10n.t('Generate as Draft');
        const showProblems = vscode.l10n.t('Show Problems');
        const choice = await vscode.window.showErrorMessage(
            count === 1 ? vscode.l10n.t('The agreement has 1 error') : vscode.l10n.t('The agreement has {0} errors', count),
            generateAsDraft,
            showProblems
        );
        if (choice === showProblems) {
            await openProblems();
            return;
        }
        if (choice !== generateAsDraft) return;
        result = await generate(true);
        if (result === undefined) return;
        if (!result.ok) {
            // The server refuses even a draft when the text does not parse (syntax errors).
            const reason = result.errors[0];
            const again = await vscode.window.showErrorMessage(
                reason === undefined
                    ? vscode.l10n.t('Could not generate a draft: the agreement could not be read')
                    : vscode.l10n.t('Could not generate a draft: {0}', reason),
                showProblems
            );
            if (again === showProblems) await openProblems();
            return;
        }
    }
    if (result.content === undefined) {
        void vscode.window.showErrorMessage(vscode.l10n.t('The language server returned no document.'));
        return;
    }

    const folder = await outputFolder(document.uri);
    if (folder === undefined) return;
    const name = `${sourceBaseName(document.uri)}.${picked.format}`;
    const target = vscode.Uri.joinPath(folder, name);
    try {
        await vscode.workspace.fs.createDirectory(folder);
        const bytes = result.encoding === 'base64' ? Buffer.from(result.content, 'base64') : new TextEncoder().encode(result.content);
        await vscode.workspace.fs.writeFile(target, bytes);
    } catch (error) {
        void vscode.window.showErrorMessage(vscode.l10n.t('Could not write {0}: {1}', target.fsPath, errorReason(error)));
        return;
    }

    const open = vscode.l10n.t('Open');
    const action = await vscode.window.showInformationMessage(vscode.l10n.t('Generated {0}', name), open);
    if (action === open) {
        if (result.encoding === 'base64') {
            // Word and PDF files open in the application the system has for them.
            await vscode.env.openExternal(target);
        } else {
            // Opened as text: a browser cannot reach local files in remote setups.
            await vscode.commands.executeCommand('vscode.open', target);
        }
    }
}

/** `dpa.output.defaultFormat`: the format preselected in the format choice. */
function defaultFormat(source: vscode.Uri): DocumentFormat {
    const setting = vscode.workspace.getConfiguration('dpa', source).get<string>('output.defaultFormat');
    return FORMATS.find(format => format === setting) ?? 'md';
}

/** The format choice, with the default format preselected (and the order kept stable). */
function pickFormat(preselected: DocumentFormat): Promise<FormatItem | undefined> {
    return new Promise(resolve => {
        const pick = vscode.window.createQuickPick<FormatItem>();
        const items = formatItems(FORMATS);
        pick.placeholder = vscode.l10n.t('Generate the agreement as…');
        pick.items = items;
        pick.activeItems = items.filter(item => item.format === preselected);
        pick.onDidAccept(() => {
            resolve(pick.selectedItems[0] ?? pick.activeItems[0]);
            pick.hide();
        });
        pick.onDidHide(() => {
            resolve(undefined);
            pick.dispose();
        });
        pick.show();
    });
}

async function openProblems(): Promise<void> {
    await vscode.commands.executeCommand('workbench.actions.view.problems');
}

/**
 * Sends a generate request with progress; reports a failed request, or a document the server could
 * not produce although the agreement allows it (`failure`), and yields undefined for both.
 */
async function generated(format: FormatItem, send: () => Promise<GenerateResult>): Promise<GenerateResult | undefined> {
    let result: GenerateResult;
    try {
        result = await vscode.window.withProgress(
            { location: vscode.ProgressLocation.Window, title: vscode.l10n.t('Generating agreement…') },
            send
        );
    } catch (error) {
        void vscode.window.showErrorMessage(vscode.l10n.t('Generating the agreement failed: {0}', errorReason(error)));
        return undefined;
    }
    if (result.failure === undefined) return result;
    void vscode.window.showErrorMessage(vscode.l10n.t('Could not generate the {0}: {1}', format.label, result.failure));
    return undefined;
}

/**
 * `dpa.output.folder` when set (absolute, or relative to the document's workspace folder), else the
 * folder of the .dpa file; for an untitled document the workspace folder, else the user picks one.
 */
async function outputFolder(source: vscode.Uri): Promise<vscode.Uri | undefined> {
    const workspaceFolder = vscode.workspace.getWorkspaceFolder(source)?.uri ?? vscode.workspace.workspaceFolders?.[0]?.uri;
    const setting = vscode.workspace.getConfiguration('dpa', source).get<string>('output.folder', '').trim();
    const sourceFolder = source.scheme === 'untitled' ? undefined : vscode.Uri.joinPath(source, '..');

    if (setting !== '') {
        if (isAbsolutePath(setting)) {
            const base = workspaceFolder ?? sourceFolder;
            return base === undefined || base.scheme === 'file'
                ? vscode.Uri.file(setting)
                : base.with({ path: setting.replace(/\\/g, '/') });
        }
        const base = workspaceFolder ?? sourceFolder;
        if (base !== undefined) return vscode.Uri.joinPath(base, setting);
    }
    if (sourceFolder !== undefined) return sourceFolder;
    if (workspaceFolder !== undefined) return workspaceFolder;

    const picked = await vscode.window.showOpenDialog({
        canSelectFiles: false,
        canSelectFolders: true,
        canSelectMany: false,
        openLabel: vscode.l10n.t('Generate Here')
    });
    return picked?.[0];
}

/** The file name without `.dpa`; "Untitled-1" for an untitled document. */
function sourceBaseName(source: vscode.Uri): string {
    const name = baseName(source.path);
    return name.toLowerCase().endsWith('.dpa') ? name.slice(0, -'.dpa'.length) : name;
}

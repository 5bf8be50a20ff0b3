/**
 * "DPA: Generate Agreement…": asks for a format (`dpa.output.defaultFormat` preselected), has the
 * language server generate the agreement (GenerateRequest) and writes it to `dpa.output.folder` or
 * next to the .dpa file.
 */
import { isAbsolute, posix } from 'node:path';
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { GenerateRequest, type DocumentFormat, type GenerateResult } from '@dpa/server/protocol';

interface FormatItem extends vscode.QuickPickItem {
    readonly format: DocumentFormat;
}

const FORMATS: readonly FormatItem[] = [
    { label: 'Markdown (.md)', format: 'md' },
    { label: 'HTML (.html)', format: 'html' },
    { label: 'Word (.docx)', format: 'docx' },
    { label: 'PDF (.pdf)', format: 'pdf', detail: 'Needs LibreOffice on this machine' }
];

const GENERATE_AS_DRAFT = 'Generate as Draft';
const SHOW_PROBLEMS = 'Show Problems';
const OPEN = 'Open';

/** Generates the agreement of a .dpa document (one the language client has sent to the server). */
export async function generateAgreement(client: LanguageClient, document: vscode.TextDocument): Promise<void> {
    const picked = await pickFormat(defaultFormat(document.uri));
    if (picked === undefined) return;

    const params = { uri: client.code2ProtocolConverter.asUri(document.uri), format: picked.format };
    let result = await request(() => client.sendRequest(GenerateRequest, params));
    if (result === undefined) return;
    if (result.failure !== undefined) {
        void vscode.window.showErrorMessage(`Could not generate the ${picked.label}: ${result.failure}`);
        return;
    }
    if (!result.ok) {
        const count = result.errors.length;
        const choice = await vscode.window.showErrorMessage(
            `The agreement has ${String(count)} ${count === 1 ? 'error' : 'errors'}`,
            GENERATE_AS_DRAFT,
            SHOW_PROBLEMS
        );
        if (choice === SHOW_PROBLEMS) {
            await showProblems();
            return;
        }
        if (choice !== GENERATE_AS_DRAFT) return;
        result = await request(() => client.sendRequest(GenerateRequest, { ...params, draft: true }));
        if (result === undefined) return;
        if (result.failure !== undefined) {
            void vscode.window.showErrorMessage(`Could not generate the ${picked.label}: ${result.failure}`);
            return;
        }
        if (!result.ok) {
            // The server refuses even a draft when the text does not parse (syntax errors).
            const reason = result.errors[0];
            const again = await vscode.window.showErrorMessage(
                `Could not generate a draft: ${reason ?? 'the agreement could not be read'}`,
                SHOW_PROBLEMS
            );
            if (again === SHOW_PROBLEMS) await showProblems();
            return;
        }
    }
    if (result.content === undefined) {
        void vscode.window.showErrorMessage('The language server returned no document.');
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
        void vscode.window.showErrorMessage(`Could not write ${target.fsPath}: ${errorMessage(error)}`);
        return;
    }

    const action = await vscode.window.showInformationMessage(`Generated ${name}`, OPEN);
    if (action === OPEN) {
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
    return FORMATS.find(item => item.format === setting)?.format ?? 'md';
}

/** The format choice, with the default format preselected (and the order kept stable). */
function pickFormat(preselected: DocumentFormat): Promise<FormatItem | undefined> {
    return new Promise(resolve => {
        const pick = vscode.window.createQuickPick<FormatItem>();
        pick.placeholder = 'Generate the agreement as…';
        pick.items = FORMATS;
        pick.activeItems = FORMATS.filter(item => item.format === preselected);
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

async function showProblems(): Promise<void> {
    await vscode.commands.executeCommand('workbench.actions.view.problems');
}

/** Sends a generate request with progress; reports a failure and yields undefined. */
async function request(send: () => Promise<GenerateResult>): Promise<GenerateResult | undefined> {
    try {
        return await vscode.window.withProgress(
            { location: vscode.ProgressLocation.Window, title: 'Generating agreement…' },
            send
        );
    } catch (error) {
        void vscode.window.showErrorMessage(`Generating the agreement failed: ${errorMessage(error)}`);
        return undefined;
    }
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
        if (isAbsolute(setting) || posix.isAbsolute(setting)) {
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
        openLabel: 'Generate Here'
    });
    return picked?.[0];
}

/** The file name without `.dpa`; "Untitled-1" for an untitled document. */
function sourceBaseName(source: vscode.Uri): string {
    const name = posix.basename(source.path);
    return name.toLowerCase().endsWith('.dpa') ? name.slice(0, -'.dpa'.length) : name;
}

function errorMessage(error: unknown): string {
    return error instanceof Error ? error.message : String(error);
}

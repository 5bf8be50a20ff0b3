/**
 * "DPA: Generate Agreements from Data…": one agreement per row of a CSV or JSON file, from a
 * template agreement. Runs the bundled CLI (`dpa batch --progress lines`) as a child process, so
 * the work leaves the extension host; the notification shows its progress and cancelling stops
 * it (documents are written whole or not at all, so a cancelled run leaves no partial file).
 */
import { spawn } from 'node:child_process';
import { dirname } from 'node:path';
import * as vscode from 'vscode';
import { formatItems } from './formats.js';

const PROGRESS = /^progress (\d+)\/(\d+)$/;

interface RunResult {
    readonly code: number | null;
    readonly cancelled: boolean;
    readonly lines: readonly string[];
}

export class BatchGenerator implements vscode.Disposable {
    private readonly output = vscode.window.createOutputChannel(vscode.l10n.t('DPA Batch'));

    constructor(private readonly cliPath: string) {}

    dispose(): void {
        this.output.dispose();
    }

    async run(template: vscode.Uri): Promise<void> {
        const near = vscode.Uri.file(dirname(template.fsPath));
        const data = await pickOne({
            title: vscode.l10n.t('Customer data: one agreement per row'),
            defaultUri: near,
            filters: { [vscode.l10n.t('CSV or JSON')]: ['csv', 'json'] }
        });
        if (data === undefined) return;
        const format = await vscode.window.showQuickPick(formatItems(['docx', 'md', 'html'] as const), { placeHolder: vscode.l10n.t('Generate the agreements as…') });
        if (format === undefined) return;
        const folder = await pickOne({
            title: vscode.l10n.t('Folder for the agreements'),
            defaultUri: near,
            canSelectFiles: false,
            canSelectFolders: true,
            openLabel: vscode.l10n.t('Generate Here')
        });
        if (folder === undefined) return;
        const language = vscode.workspace.getConfiguration('dpa', template).get<string>('agreement.language') === 'en' ? 'en' : 'nl';
        const args: string[] = ['batch', template.fsPath, data.fsPath, '--format', format.format, '--out', folder.fsPath, '--lang', language, '--progress', 'lines'];

        let result = await this.runWithProgress(args);
        if (result.code === 1 && result.lines.some(l => l.includes('--draft'))) {
            const asDrafts = vscode.l10n.t('Generate as Drafts');
            const details = vscode.l10n.t('Show Details');
            const choice = await vscode.window.showErrorMessage(vscode.l10n.t('The template has errors.'), asDrafts, details);
            if (choice === details) this.output.show(true);
            if (choice !== asDrafts) return;
            args.push('--draft');
            result = await this.runWithProgress(args);
        }
        // The CLI writes nothing when any agreement would replace an existing file (exit 2, --force).
        if (result.code === 2 && result.lines.some(l => l.includes('--force'))) {
            const overwrite = vscode.l10n.t('Overwrite');
            const choice = await vscode.window.showWarningMessage(
                vscode.l10n.t('Some agreements already exist in that folder; nothing was written.'), { modal: true, detail: result.lines.find(l => l.includes('--force')) ?? '' }, overwrite);
            if (choice !== overwrite) return;
            result = await this.runWithProgress([...args, '--force']);
        }
        this.report(result, folder);
    }

    private runWithProgress(args: readonly string[]): Thenable<RunResult> {
        this.output.appendLine(`dpa ${args.join(' ')}`);
        return vscode.window.withProgress(
            { location: vscode.ProgressLocation.Notification, title: vscode.l10n.t('Generating agreements'), cancellable: true },
            (progress, token) => new Promise<RunResult>(resolve => {
                // The extension host's own Node (Electron's, run as Node) runs the bundled CLI.
                const child = spawn(process.execPath, [this.cliPath, ...args], {
                    env: { ...process.env, ELECTRON_RUN_AS_NODE: '1' },
                    stdio: ['ignore', 'pipe', 'pipe']
                });
                const lines: string[] = [];
                let done = 0;
                let cancelled = false;
                token.onCancellationRequested(() => {
                    cancelled = true;
                    child.kill();
                });
                let buffer = '';
                const onData = (chunk: Buffer) => {
                    buffer += chunk.toString('utf8');
                    let newline;
                    while ((newline = buffer.indexOf('\n')) >= 0) {
                        const line = buffer.slice(0, newline).trimEnd();
                        buffer = buffer.slice(newline + 1);
                        const m = PROGRESS.exec(line);
                        if (m) {
                            const [now, total] = [Number(m[1]), Number(m[2])];
                            progress.report({ increment: total > 0 ? ((now - done) * 100) / total : 0, message: `${now}/${total}` });
                            done = now;
                        } else if (line) {
                            lines.push(line);
                            this.output.appendLine(line);
                        }
                    }
                };
                child.stdout.on('data', onData);
                child.stderr.on('data', onData);
                child.on('error', error => {
                    lines.push(error.message);
                    resolve({ code: null, cancelled, lines });
                });
                child.on('close', code => resolve({ code, cancelled, lines }));
            })
        );
    }

    private report(result: RunResult, folder: vscode.Uri): void {
        const summary = result.lines.filter(l => /\d+ generated/.test(l)).pop() ?? result.lines[result.lines.length - 1] ?? '';
        if (result.cancelled) {
            void vscode.window.showWarningMessage(vscode.l10n.t('Cancelled. {0}', summary).trim());
            return;
        }
        const openFolder = vscode.l10n.t('Open Folder');
        const details = vscode.l10n.t('Show Details');
        const shown = result.code === 0
            ? vscode.window.showInformationMessage(summary || vscode.l10n.t('Agreements generated.'), openFolder, details)
            : vscode.window.showErrorMessage(summary || vscode.l10n.t('Batch generation failed (exit {0}).', String(result.code)), openFolder, details);
        void shown.then(choice => {
            if (choice === openFolder) void vscode.commands.executeCommand('revealFileInOS', folder);
            if (choice === details) this.output.show(true);
        });
    }
}

/** One file or folder from the open dialog, or undefined when the user cancels. */
async function pickOne(options: vscode.OpenDialogOptions): Promise<vscode.Uri | undefined> {
    const [picked] = await vscode.window.showOpenDialog({ ...options, canSelectMany: false }) ?? [];
    return picked;
}

/**
 * "DPA: Generate Agreements from Data…": one agreement per row of a CSV or JSON file, from a
 * template agreement. Runs the bundled CLI (`dpa batch --progress lines`) as a child process, so
 * the work leaves the extension host; the notification shows its progress and cancelling stops
 * it (documents are written whole or not at all, so a cancelled run leaves no partial file).
 */
import { spawn } from 'node:child_process';
import { dirname } from 'node:path';
import * as vscode from 'vscode';

interface FormatItem extends vscode.QuickPickItem {
    readonly format: 'md' | 'html' | 'docx';
}

const FORMATS: readonly FormatItem[] = [
    { label: 'Word (.docx)', format: 'docx' },
    { label: 'Markdown (.md)', format: 'md' },
    { label: 'HTML (.html)', format: 'html' }
];

const PROGRESS = /^progress (\d+)\/(\d+)$/;

interface RunResult {
    readonly code: number | null;
    readonly cancelled: boolean;
    readonly lines: readonly string[];
}

export class BatchGenerator implements vscode.Disposable {
    private readonly output = vscode.window.createOutputChannel('DPA Batch');

    constructor(private readonly cliPath: string) {}

    dispose(): void {
        this.output.dispose();
    }

    async run(template: vscode.Uri): Promise<void> {
        const [data] = await vscode.window.showOpenDialog({
            title: 'Customer data: one agreement per row',
            defaultUri: vscode.Uri.file(dirname(template.fsPath)),
            canSelectMany: false,
            filters: { 'CSV or JSON': ['csv', 'json'] }
        }) ?? [];
        if (data === undefined) return;
        const format = await vscode.window.showQuickPick(FORMATS, { placeHolder: 'Generate the agreements as…' });
        if (format === undefined) return;
        const [folder] = await vscode.window.showOpenDialog({
            title: 'Folder for the agreements',
            defaultUri: vscode.Uri.file(dirname(template.fsPath)),
            canSelectFiles: false,
            canSelectFolders: true,
            canSelectMany: false,
            openLabel: 'Generate here'
        }) ?? [];
        if (folder === undefined) return;
        const language = vscode.workspace.getConfiguration('dpa', template).get<string>('agreement.language') === 'en' ? 'en' : 'nl';
        const args: string[] = ['batch', template.fsPath, data.fsPath, '--format', format.format, '--out', folder.fsPath, '--lang', language, '--progress', 'lines'];

        let result = await this.runWithProgress(args);
        if (result.code === 1 && result.lines.some(l => l.includes('--draft'))) {
            const choice = await vscode.window.showErrorMessage('The template has errors.', 'Generate as Drafts', 'Show Details');
            if (choice === 'Show Details') this.output.show(true);
            if (choice !== 'Generate as Drafts') return;
            args.push('--draft');
            result = await this.runWithProgress(args);
        }
        // The CLI writes nothing when any agreement would replace an existing file (exit 2, --force).
        if (result.code === 2 && result.lines.some(l => l.includes('--force'))) {
            const choice = await vscode.window.showWarningMessage(
                'Some agreements already exist in that folder; nothing was written.', { modal: true, detail: result.lines.find(l => l.includes('--force')) ?? '' }, 'Overwrite');
            if (choice !== 'Overwrite') return;
            result = await this.runWithProgress([...args, '--force']);
        }
        this.report(result, folder);
    }

    private runWithProgress(args: readonly string[]): Thenable<RunResult> {
        this.output.appendLine(`dpa ${args.join(' ')}`);
        return vscode.window.withProgress(
            { location: vscode.ProgressLocation.Notification, title: 'Generating agreements', cancellable: true },
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
            void vscode.window.showWarningMessage(`Cancelled. ${summary}`.trim());
            return;
        }
        const actions = ['Open Folder', 'Show Details'];
        const shown = result.code === 0
            ? vscode.window.showInformationMessage(summary || 'Agreements generated.', ...actions)
            : vscode.window.showErrorMessage(summary || `Batch generation failed (exit ${String(result.code)}).`, ...actions);
        void shown.then(choice => {
            if (choice === 'Open Folder') void vscode.commands.executeCommand('revealFileInOS', folder);
            if (choice === 'Show Details') this.output.show(true);
        });
    }
}

/**
 * The firm's playbook files the server must hear of (it reads them, it does not watch them):
 * `dpa-playbook.json` (`.yaml`, `.yml`) anywhere in the workspace, through the client's file
 * events, and the file the `dpa.playbook` setting names, wherever it is, through a watcher made
 * again when the setting changes, whose events are sent as `workspace/didChangeWatchedFiles`.
 */
import * as vscode from 'vscode';
import { DidChangeWatchedFilesNotification, FileChangeType, type BaseLanguageClient } from 'vscode-languageclient';

/** The glob of the playbook files a workspace folder may hold. */
export const PLAYBOOK_FILES = '**/dpa-playbook.{json,yaml,yml}';

/** Watches the playbook `dpa.playbook` names, for `client`; disposed with the extension. */
export function watchNamedPlaybook(context: vscode.ExtensionContext, client: () => BaseLanguageClient | undefined): void {
    let watcher: vscode.FileSystemWatcher | undefined;
    const watch = () => {
        watcher?.dispose();
        watcher = undefined;
        const setting = vscode.workspace.getConfiguration('dpa').get<string>('playbook', '').trim();
        if (setting === '') return;
        const absolute = setting.startsWith('/') || /^[A-Za-z]:[\\/]/.test(setting);
        const pattern = absolute
            ? new vscode.RelativePattern(vscode.Uri.joinPath(vscode.Uri.file(setting), '..'), setting.split(/[\\/]/).pop()!)
            : new vscode.RelativePattern(vscode.workspace.workspaceFolders?.[0] ?? vscode.Uri.file('/'), setting);
        watcher = vscode.workspace.createFileSystemWatcher(pattern);
        const send = (type: FileChangeType) => (uri: vscode.Uri) => {
            const running = client();
            if (running?.isRunning()) void running.sendNotification(DidChangeWatchedFilesNotification.type, { changes: [{ uri: uri.toString(), type }] });
        };
        watcher.onDidCreate(send(FileChangeType.Created));
        watcher.onDidChange(send(FileChangeType.Changed));
        watcher.onDidDelete(send(FileChangeType.Deleted));
    };
    watch();
    context.subscriptions.push(
        vscode.workspace.onDidChangeConfiguration(event => {
            if (event.affectsConfiguration('dpa.playbook')) watch();
        }),
        { dispose: () => watcher?.dispose() }
    );
}

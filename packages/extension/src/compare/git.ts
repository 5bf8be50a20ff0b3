/**
 * The last committed version of a file through VS Code's git extension (`vscode.git`, API
 * version 1), when it is installed and enabled and the file is in a repository it knows. No git
 * of our own: on the web, or without the extension, there is no such version to offer.
 */
import * as vscode from 'vscode';

/** The part of the git extension's API (extensions/git/src/api/git.d.ts) used here. */
interface GitExtension {
    readonly enabled: boolean;
    getAPI(version: 1): GitApi;
}

interface GitApi {
    readonly state: 'uninitialized' | 'initialized';
    readonly onDidChangeState: vscode.Event<'uninitialized' | 'initialized'>;
    getRepository(uri: vscode.Uri): GitRepository | null;
}

interface GitRepository {
    /** The file's text at `ref`; `path` is the file's absolute path. */
    show(ref: string, path: string): Promise<string>;
}

/** How long to wait for the git extension to find the workspace's repositories, when it has not yet. */
const INITIALIZATION_MS = 3_000;

/** The repository of a file, when the git extension is there and knows one; never throws. */
export async function gitRepositoryOf(uri: vscode.Uri): Promise<{ show(ref: string): Promise<string> } | undefined> {
    if (uri.scheme !== 'file') return undefined;
    try {
        const extension = vscode.extensions.getExtension<GitExtension>('vscode.git');
        if (extension === undefined) return undefined;
        const exports = extension.isActive ? extension.exports : await extension.activate();
        if (!exports.enabled) return undefined;
        const api = exports.getAPI(1);
        if (api.state === 'uninitialized') await initialized(api);
        const repository = api.getRepository(uri);
        if (repository === null) return undefined;
        return { show: ref => repository.show(ref, uri.fsPath) };
    } catch {
        return undefined;
    }
}

function initialized(api: GitApi): Promise<void> {
    return new Promise(resolve => {
        const timer = setTimeout(done, INITIALIZATION_MS);
        const listener = api.onDidChangeState(state => {
            if (state === 'initialized') done();
        });
        function done(): void {
            clearTimeout(timer);
            listener.dispose();
            resolve();
        }
    });
}

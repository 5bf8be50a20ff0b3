import type { FileSystemProvider } from 'langium';
import { URI, Utils } from 'vscode-uri';
import { parsePlaybook, type Playbook } from './schema.js';

/** A playbook as read from its file: its positions, or why the file could not be used. */
export type LoadedPlaybook =
    | { readonly path: string; readonly playbook: Playbook }
    | { readonly path: string; readonly error: string };

/** The names a playbook file has in a workspace folder, in the order they are looked for. */
export const PLAYBOOK_FILE_NAMES = ['dpa-playbook.json', 'dpa-playbook.yaml', 'dpa-playbook.yml'] as const;

/**
 * Which playbook holds for a document: the one named by the `dpa.playbook` setting or the CLI's
 * `--playbook` (a path, relative to the workspace folder), else a `dpa-playbook.json` (or
 * `.yaml`, `.yml`) at the root of the document's workspace folder (the CLI's folder is the
 * current directory), else none. A named playbook with an absolute path holds for every
 * document. Each file is read once and kept until `reset` (the server calls it when a playbook
 * file or the setting changes); a file that cannot be read or is not a playbook is kept as its
 * error, which the validator reports on every agreement it would apply to.
 */
export class PlaybookSource {
    private folders: readonly URI[] = [];
    private setting: string | undefined;
    private readonly loaded = new Map<string, LoadedPlaybook | undefined>();

    constructor(private readonly fileSystem: FileSystemProvider) {}

    /** The workspace folders and the named playbook (empty or undefined: look for the file in each folder). */
    configure(folders: readonly URI[], setting: string | undefined): void {
        this.folders = [...folders].sort((a, b) => b.path.length - a.path.length);
        this.setting = setting?.trim() ? setting.trim() : undefined;
        this.reset();
    }

    /** Forgets what was read: the next validation reads the files again. */
    reset(): void {
        this.loaded.clear();
    }

    /** Whether `uri` is a file this source reads (a change to it calls for `reset`). */
    watches(uri: URI): boolean {
        const name = Utils.basename(uri);
        if ((PLAYBOOK_FILE_NAMES as readonly string[]).includes(name)) return true;
        return [...this.loaded.values()].some(loaded => loaded !== undefined && loaded.path === uri.fsPath);
    }

    /** The playbook of the document at `uri`, if any. A playbook named by an absolute path holds for every document. */
    forDocument(uri: URI): LoadedPlaybook | undefined {
        if (this.setting !== undefined && isAbsolute(this.setting)) {
            if (!this.loaded.has('')) this.loaded.set('', this.read(URI.file(this.setting), true));
            return this.loaded.get('');
        }
        const folder = this.folders.find(f => uri.path === f.path || uri.path.startsWith(f.path.endsWith('/') ? f.path : `${f.path}/`));
        if (!folder) return undefined;
        const key = folder.toString();
        if (!this.loaded.has(key)) this.loaded.set(key, this.load(folder));
        return this.loaded.get(key);
    }

    private load(folder: URI): LoadedPlaybook | undefined {
        if (this.setting !== undefined) return this.read(Utils.resolvePath(folder, this.setting), true);
        for (const name of PLAYBOOK_FILE_NAMES) {
            const read = this.read(Utils.joinPath(folder, name), false);
            if (read) return read;
        }
        return undefined;
    }

    private read(file: URI, named: boolean): LoadedPlaybook | undefined {
        const path = file.scheme === 'file' ? file.fsPath : file.toString();
        let text: string;
        try {
            if (!this.fileSystem.existsSync(file)) return named ? { path, error: `${path}: no such file` } : undefined;
            text = this.fileSystem.readFileSync(file);
        } catch (error) {
            return { path, error: `${path}: ${error instanceof Error ? error.message : String(error)}` };
        }
        const parsed = parsePlaybook(text, path);
        return 'playbook' in parsed ? { path, playbook: parsed.playbook } : { path, error: parsed.error };
    }
}

/** Whether a path is absolute, on POSIX or Windows. */
export function isAbsolute(path: string): boolean {
    return path.startsWith('/') || /^[A-Za-z]:[\\/]/.test(path) || path.startsWith('\\\\');
}

import { readdirSync, realpathSync, statSync, type Stats } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { say } from './messages.js';

/** A command-line mistake: reported with usage help and exit code 2. */
export class UsageError extends Error {}

/** A file or folder the command cannot use: reported as `dpa <command>: <path>: <reason>`, exit code 2. */
export class FileError extends Error {
    constructor(readonly path: string, readonly reason: string) {
        super(`${path}: ${reason}`);
    }
}

/** The file-system error codes that have a message of their own (`fs.<code>`): what it means and what to do. */
const FS_ERROR_CODES = ['ENOENT', 'EISDIR', 'ENOTDIR', 'EACCES', 'EPERM', 'ELOOP', 'ENAMETOOLONG', 'ENOSPC', 'EROFS', 'EDQUOT', 'EMFILE', 'EBUSY', 'EEXIST'] as const;

/** What a file-system error means for the user, and what to do: one line per error code. */
export const FS_ERROR_REASONS: Readonly<Record<string, string>> = Object.fromEntries(FS_ERROR_CODES.map(code => [code, say(`fs.${code}`)]));

/** What a command names a file it reads, in messages ("name the data file in it"). */
export type FileKind = 'file.source' | 'file.template' | 'file.data' | 'file.document';

/** A file-system error as a `FileError` naming `path`; other errors are returned unchanged. */
export function fileError(error: unknown, path: string): unknown {
    if (error instanceof FileError) return error;
    const code = error instanceof Error && 'code' in error ? String(error.code) : undefined;
    const reason = code === undefined ? undefined : FS_ERROR_REASONS[code];
    if (reason === undefined) return code === undefined ? error : new FileError(displayPath(path), say('file.errorCode', { code, message: (error as Error).message.replace(/^[A-Z]+: /, '') }));
    return new FileError(displayPath(path), reason);
}

/** A path as messages show it: relative to the working directory when inside it. */
export function displayPath(path: string): string {
    const rel = relative(process.cwd(), resolve(path));
    return rel === '' || rel.startsWith('..') ? path : rel;
}

/** Checks that `path` is a readable regular file; a `FileError` says what it is instead. */
export function requireFile(path: string, kind: FileKind): void {
    const what = say(kind);
    let stats: Stats;
    try {
        stats = statSync(path);
    } catch (error) {
        if (error instanceof Error && 'code' in error && error.code === 'ENOENT') throw new UsageError(say('usage.noSuchFile', { what, path }));
        throw fileError(error, path);
    }
    if (stats.isDirectory()) throw new FileError(displayPath(path), say('file.isFolder', { what }));
    if (!stats.isFile()) throw new FileError(displayPath(path), say('file.notRegular', { what }));
}

/**
 * Expands files and folders (recursively) to the sorted list of `.dpa` files they hold. Symbolic
 * links are followed, but each folder is visited once (by its real path), so a link loop ends;
 * inside a folder, a broken link or an entry that cannot be examined is skipped.
 */
export function collectDpaFiles(inputs: readonly string[]): string[] {
    const files = new Set<string>();
    const visited = new Set<string>();
    const visit = (path: string, explicit: boolean) => {
        let stats: Stats;
        try {
            stats = statSync(path);
        } catch (error) {
            if (!explicit) return;
            const code = error instanceof Error && 'code' in error ? error.code : undefined;
            if (code === 'ENOENT') throw new UsageError(say('usage.noSuchPath', { path }));
            throw fileError(error, path);
        }
        if (stats.isDirectory()) {
            const real = realpathSync(path);
            if (visited.has(real)) return;
            visited.add(real);
            let entries: string[];
            try {
                entries = readdirSync(path);
            } catch (error) {
                throw fileError(error, path);
            }
            for (const entry of entries.sort()) {
                if (entry === 'node_modules' || entry.startsWith('.')) continue;
                visit(join(path, entry), false);
            }
        } else if (explicit || (path.endsWith('.dpa') && stats.isFile())) {
            files.add(resolve(path));
        }
    };
    for (const input of inputs) visit(input, true);
    return [...files].sort();
}

/** The `.dpa` files of a command's arguments (see collectDpaFiles); none named, or none found, is a usage error. */
export function dpaInputFiles(inputs: readonly string[]): string[] {
    if (inputs.length === 0) throw new UsageError(say('usage.nameInputs'));
    const files = collectDpaFiles(inputs);
    if (files.length === 0) throw new UsageError(say('usage.noDpaFiles', { inputs: inputs.join(', ') }));
    return files;
}

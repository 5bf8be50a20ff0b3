import { readdirSync, realpathSync, statSync, type Stats } from 'node:fs';
import { join, relative, resolve } from 'node:path';

/** A command-line mistake: reported with usage help and exit code 2. */
export class UsageError extends Error {}

/** A file or folder the command cannot use: reported as `dpa <command>: <path>: <reason>`, exit code 2. */
export class FileError extends Error {
    constructor(readonly path: string, readonly reason: string) {
        super(`${path}: ${reason}`);
    }
}

/** What a file-system error means for the user, and what to do: one line per error code. */
export const FS_ERROR_REASONS: Readonly<Record<string, string>> = {
    ENOENT: 'no such file or folder; check the path',
    EISDIR: 'is a folder, not a file; name a file in it',
    ENOTDIR: 'a part of the path is a file, not a folder; check the path',
    EACCES: 'permission denied; check the permissions of the file or folder',
    EPERM: 'operation not permitted; check the permissions of the file or folder',
    ELOOP: 'a loop of symbolic links; fix or remove the link',
    ENAMETOOLONG: 'the path is too long; use a shorter name or folder',
    ENOSPC: 'no space left on the device; free some space or choose another folder',
    EROFS: 'the file system is read-only; choose another folder',
    EDQUOT: 'the disk quota is exceeded; free some space or choose another folder',
    EMFILE: 'too many open files; close other programs and try again',
    EBUSY: 'the file is in use by another program; close it and try again',
    EEXIST: 'already exists'
};

/** A file-system error as a `FileError` naming `path`; other errors are returned unchanged. */
export function fileError(error: unknown, path: string): unknown {
    if (error instanceof FileError) return error;
    const code = error instanceof Error && 'code' in error ? String(error.code) : undefined;
    const reason = code === undefined ? undefined : FS_ERROR_REASONS[code];
    if (reason === undefined) return code === undefined ? error : new FileError(displayPath(path), `${code}: ${(error as Error).message.replace(/^[A-Z]+: /, '')}`);
    return new FileError(displayPath(path), reason);
}

/** A path as messages show it: relative to the working directory when inside it. */
export function displayPath(path: string): string {
    const rel = relative(process.cwd(), resolve(path));
    return rel === '' || rel.startsWith('..') ? path : rel;
}

/** Checks that `path` is a readable regular file; a `FileError` says what it is instead. */
export function requireFile(path: string, what: string): void {
    let stats: Stats;
    try {
        stats = statSync(path);
    } catch (error) {
        if (error instanceof Error && 'code' in error && error.code === 'ENOENT') throw new UsageError(`No such ${what}: ${path}`);
        throw fileError(error, path);
    }
    if (stats.isDirectory()) throw new FileError(displayPath(path), `is a folder; name the ${what} in it`);
    if (!stats.isFile()) throw new FileError(displayPath(path), `is not a regular file (a device or pipe); name the ${what}`);
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
            if (code === 'ENOENT') throw new UsageError(`No such file or folder: ${path}`);
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

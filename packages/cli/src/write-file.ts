import { existsSync, linkSync, mkdirSync, readdirSync, renameSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { fileError, FileError, displayPath } from './files.js';
import { say } from './messages.js';
import { terminalSafeJson, type Output } from './output.js';

/**
 * Temporary files are named `.<name>.dpa-tmp-<pid>` beside their target: hidden, recognisable,
 * and tied to the process that writes them, so that a later run can remove those of a process
 * that is gone (killed by SIGKILL or a power cut, which no handler can catch).
 */
const TEMPORARY = /^\..+\.dpa-tmp-(\d+)$/;

export function temporaryName(path: string, pid = process.pid): string {
    return join(dirname(path), `.${basename(path)}.dpa-tmp-${pid}`);
}

/** Temporary files this process is writing now: removed by the signal handler. */
const active = new Set<string>();
/** Folders already cleaned of leftovers in this run. */
const cleaned = new Set<string>();

function isRunning(pid: number): boolean {
    if (pid === process.pid) return true;
    try {
        process.kill(pid, 0);
        return true;
    } catch (error) {
        // EPERM: the process exists but belongs to someone else.
        return error instanceof Error && 'code' in error && error.code === 'EPERM';
    }
}

/**
 * Removes the temporary files in `folder` left by processes that no longer run; the files of a
 * running process (another dpa writing there now) are kept. Returns the names removed.
 */
export function removeLeftoverTemporaries(folder: string): string[] {
    let entries: string[];
    try {
        entries = readdirSync(folder);
    } catch {
        return [];
    }
    const removed: string[] = [];
    for (const entry of entries) {
        const m = TEMPORARY.exec(entry);
        if (!m || isRunning(Number(m[1]))) continue;
        try {
            unlinkSync(join(folder, entry));
            removed.push(entry);
        } catch {
            // Gone already, or not ours to remove: leave it.
        }
    }
    return removed;
}

/** Errors of `link` on file systems without hard links. */
const NO_LINKS: ReadonlySet<string> = new Set(['EPERM', 'ENOTSUP', 'EOPNOTSUPP', 'ENOSYS', 'EXDEV']);

/** Removes a file if it is there and may be removed; never throws (a folder we may not write into). */
function removeQuietly(path: string): void {
    try {
        rmSync(path, { force: true });
    } catch {
        // Nothing was written there either.
    }
}

export interface WriteOptions {
    /** Replace an existing file (default true); false refuses with a `FileError` and leaves it as it was. */
    readonly overwrite?: boolean;
}

/**
 * Writes a file so that it is either complete or absent: the content goes to a temporary file
 * beside the target, which is then renamed over it (atomic on the same file system) or, without
 * `overwrite`, linked to it (which fails if the target exists, so nothing is ever clobbered).
 * The first write into a folder removes the leftover temporaries of dead processes there.
 * File-system errors are `FileError`s naming the file or folder and what to do.
 */
export function writeFileAtomic(path: string, content: string | Uint8Array, options: WriteOptions = {}): void {
    const folder = dirname(path);
    try {
        mkdirSync(folder, { recursive: true });
    } catch (error) {
        const code = error instanceof Error && 'code' in error ? error.code : undefined;
        if (code === 'EEXIST' || code === 'ENOTDIR') throw new FileError(displayPath(folder), say('write.folderIsFile'));
        throw fileError(error, folder);
    }
    if (enabled) installSignalHandlers();
    if (!cleaned.has(folder)) {
        cleaned.add(folder);
        removeLeftoverTemporaries(folder);
    }
    const temporary = temporaryName(path);
    active.add(temporary);
    try {
        writeFileSync(temporary, content);
        if (options.overwrite === false) {
            const exists = () => new FileError(displayPath(path), say('write.exists'));
            try {
                linkSync(temporary, path);
                unlinkSync(temporary);
            } catch (error) {
                const code = error instanceof Error && 'code' in error ? error.code : undefined;
                if (code === 'EEXIST') throw exists();
                // A file system without hard links (FAT, some network drives): check, then rename.
                if (!NO_LINKS.has(String(code))) throw error;
                if (existsSync(path)) throw exists();
                renameSync(temporary, path);
            }
        } else {
            renameSync(temporary, path);
        }
    } catch (error) {
        removeQuietly(temporary);
        throw fileError(error, error instanceof Error && 'path' in error && error.path === temporary ? folder : path);
    } finally {
        active.delete(temporary);
    }
}

/** The signals after which the temporary files are removed; exit code 128 + the number. */
const SIGNALS = { SIGINT: 2, SIGTERM: 15, SIGHUP: 1 } as const;

let enabled = false;
let installed = false;

/**
 * From the first file written on, SIGINT, SIGTERM and SIGHUP remove the temporary file being
 * written and exit with 128 + the signal's number (as a shell reports a process killed by it).
 * Installed only then, so that Ctrl+C stops a long check at once, as Node's default does; a
 * command that writes several files yields to the event loop between them, so the signal is
 * handled within one file. For the binary only: a test process keeps Node's defaults.
 */
export function removeTemporariesOnSignal(): void {
    enabled = true;
}

function installSignalHandlers(): void {
    if (installed) return;
    installed = true;
    for (const [signal, number] of Object.entries(SIGNALS)) {
        process.on(signal, () => {
            for (const temporary of active) removeQuietly(temporary);
            process.exit(128 + number);
        });
    }
}

/**
 * A command's report (`dpa diff`, `dpa review`): written to `file` when one is given (atomically;
 * `wrote` is then said on standard error), else JSON to the data channel and text to standard
 * output.
 */
export function emitReport(out: Output, report: string, options: { readonly file?: string | undefined; readonly json: boolean; readonly wrote: string }): void {
    if (options.file !== undefined) {
        writeFileAtomic(options.file, report);
        out.stderr(options.wrote);
    } else if (options.json) {
        const json = terminalSafeJson(report);
        if (out.data) out.data(json);
        else out.stdout(json);
    } else {
        out.stdout(report.replace(/\n$/, ''));
    }
}

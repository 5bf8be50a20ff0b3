import { accessSync, constants, existsSync, mkdirSync, statSync } from 'node:fs';
import { relative } from 'node:path';
import { reportedPath as displayPath } from '../diagnostics.js';
import { fileError, FileError } from '../files.js';
import { say } from '../messages.js';

// The output folder and the files already in it (nothing is overwritten without --force).

/** A path as messages show it: relative to the current folder (as diagnostics name files). */
export { displayPath };

/** How many existing files the refusal names before "… and n more". */
const EXISTING_SHOWN = 5;

/** The output folder, created if needed; a `FileError` if it cannot take files. */
export function prepareOutputFolder(path: string): void {
    if (existsSync(path) && !statSync(path).isDirectory()) throw new FileError(displayPath(path), say('batch.outIsFile'));
    try {
        mkdirSync(path, { recursive: true });
        accessSync(path, constants.W_OK);
    } catch (error) {
        const failure = fileError(error, path);
        if (failure instanceof FileError) throw new FileError(failure.path, say('batch.outNotWritable', { reason: failure.reason }));
        throw failure;
    }
}

/**
 * The refusal when any row's file already exists (checked for every row before anything is
 * written), or undefined when none does.
 */
export function existingFilesRefusal(targets: readonly string[], outDir: string): string | undefined {
    const existing = targets.filter(target => existsSync(target));
    if (existing.length === 0) return undefined;
    const shown = existing.slice(0, EXISTING_SHOWN).map(target => relative(outDir, target)).join(', ');
    const listed = existing.length > EXISTING_SHOWN ? say('batch.existingMore', { shown, more: existing.length - EXISTING_SHOWN }) : shown;
    return say('batch.existing', { existing: existing.length, total: targets.length, folder: displayPath(outDir), shown: listed });
}

import { accessSync, constants, existsSync, mkdirSync, statSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { fileError, FileError } from '../files.js';

// The output folder and the files already in it (nothing is overwritten without --force).

/** A path as messages show it: relative to the current folder. */
export function displayPath(path: string): string {
    return relative(process.cwd(), resolve(path)) || path;
}

/** How many existing files the refusal names before "… and n more". */
const EXISTING_SHOWN = 5;

/** The output folder, created if needed; a `FileError` if it cannot take files. */
export function prepareOutputFolder(path: string): void {
    if (existsSync(path) && !statSync(path).isDirectory()) throw new FileError(displayPath(path), 'is a file, not a folder; choose a folder for the agreements with --out');
    try {
        mkdirSync(path, { recursive: true });
        accessSync(path, constants.W_OK);
    } catch (error) {
        const failure = fileError(error, path);
        if (failure instanceof FileError) throw new FileError(failure.path, `cannot write the agreements here: ${failure.reason}; choose another folder with --out`);
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
    const more = existing.length > EXISTING_SHOWN ? ` and ${existing.length - EXISTING_SHOWN} more` : '';
    return `Not generated: ${existing.length} of the ${targets.length} files already exist in ${displayPath(outDir)} (${shown}${more}); nothing was written. Use --force to overwrite them, or choose another folder with --out.`;
}

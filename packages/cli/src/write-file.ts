import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

/**
 * Writes a file so that it is either complete or absent: the content goes to a temporary file
 * beside the target, which is then renamed over it (atomic on the same file system).
 */
export function writeFileAtomic(path: string, content: string | Uint8Array): void {
    mkdirSync(dirname(path), { recursive: true });
    const temporary = `${path}.${process.pid}.tmp`;
    try {
        writeFileSync(temporary, content);
        renameSync(temporary, path);
    } catch (error) {
        rmSync(temporary, { force: true });
        throw error;
    }
}

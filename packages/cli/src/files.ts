import { readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** A command-line mistake: reported with usage help and exit code 2. */
export class UsageError extends Error {}

/** Expands files and folders (recursively) to the sorted list of `.dpa` files they hold. */
export function collectDpaFiles(inputs: readonly string[]): string[] {
    const files = new Set<string>();
    const visit = (path: string, explicit: boolean) => {
        let stats;
        try {
            stats = statSync(path);
        } catch {
            throw new UsageError(`No such file or folder: ${path}`);
        }
        if (stats.isDirectory()) {
            for (const entry of readdirSync(path).sort()) {
                if (entry === 'node_modules' || entry.startsWith('.')) continue;
                visit(join(path, entry), false);
            }
        } else if (explicit || path.endsWith('.dpa')) {
            files.add(resolve(path));
        }
    };
    for (const input of inputs) visit(input, true);
    return [...files].sort();
}

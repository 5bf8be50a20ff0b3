import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { ROOT } from '../helpers.js';

/*
 * The starters load the bundle through dist/load.cjs with V8's code cache (scripts/load-bundle.ts):
 * the bundled CLI run with its cache in a folder of the test's own, as users run it.
 */

const CLI = join(ROOT, 'packages/cli/dist/cli.cjs');
const EXAMPLE = join(ROOT, 'examples/complete.dpa');
const identity = createHash('sha256').update(readFileSync(join(ROOT, 'dist/dpa.cjs'), 'utf8')).digest('hex').slice(0, 20);

const folders: string[] = [];
afterAll(() => folders.forEach(folder => rmSync(folder, { recursive: true, force: true })));

/** A new temporary folder, removed after the tests. */
function temporaryFolder(): string {
    const folder = mkdtempSync(join(tmpdir(), 'dpa-code-cache-'));
    folders.push(folder);
    return folder;
}

function validate(cache: string) {
    const result = spawnSync(process.execPath, [CLI, 'validate', EXAMPLE, '--format', 'json'], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, DPA_CODE_CACHE: cache } });
    return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

function cacheFiles(folder: string): string[] {
    return readdirSync(folder).filter(name => name.startsWith('code-')).map(name => join(folder, name));
}

describe('the code cache of the bundled CLI and server', () => {
    const uncached = validate('off');

    test('a first run writes the cache, for this bundle; the next run uses it and gives the same output', () => {
        const folder = temporaryFolder();
        expect(validate(folder)).toEqual(uncached);
        const [file, ...others] = cacheFiles(folder);
        expect(others).toEqual([]);
        const written = readFileSync(file!);
        expect(written.subarray(0, 20).toString('latin1')).toBe(identity);
        expect(written.length).toBeGreaterThan(100_000);
        const { mtimeMs } = statSync(file!);

        expect(validate(folder)).toEqual(uncached);
        expect(statSync(file!).mtimeMs).toBe(mtimeMs);
        expect(readFileSync(file!).equals(written)).toBe(true);
    });

    test('a cache of another bundle, or a damaged one, is not used but made anew', () => {
        const folder = temporaryFolder();
        validate(folder);
        const [file] = cacheFiles(folder);
        const good = readFileSync(file!);

        // Another build's cache: the identity differs (V8 alone would check only the length).
        writeFileSync(file!, Buffer.concat([Buffer.from('0'.repeat(20), 'latin1'), good.subarray(20)]));
        expect(validate(folder)).toEqual(uncached);
        expect(readFileSync(file!).subarray(0, 20).toString('latin1')).toBe(identity);

        // This build's identity, but bytes V8 rejects.
        writeFileSync(file!, Buffer.concat([good.subarray(0, 20), Buffer.from('not a code cache')]));
        expect(validate(folder)).toEqual(uncached);
        expect(readFileSync(file!).length).toBeGreaterThan(100_000);
    });

    test('a cache folder that cannot be made leaves the program as it was', () => {
        const parent = temporaryFolder();
        const blocked = join(parent, 'a-file');
        writeFileSync(blocked, 'not a folder');
        expect(validate(join(blocked, 'cache'))).toEqual(uncached);
    });
});

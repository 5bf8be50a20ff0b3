import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { expect, test } from 'vitest';

const ROOT = join(import.meta.dirname, '..');

// scripts/check-layers.mjs builds a temporary copy of the packages: clean, then with an upward
// import of the server (by package name) and of the generator (by relative path) in the
// language package. It exits 0 only when the clean copy builds and both upward imports fail.
test('an upward import fails the build, and the unmodified packages build (npm run check:layers)', () => {
    const result = spawnSync(process.execPath, [join(ROOT, 'scripts/check-layers.mjs')], { cwd: ROOT, encoding: 'utf8' });
    const output = `${result.stdout}${result.stderr}`;
    expect(output).toContain('ok   the unmodified language package builds');
    expect(output).toContain('ok   an upward package import');
    expect(output).toContain('ok   an upward relative import');
    expect(output).not.toContain('FAIL');
    expect(result.status, output).toBe(0);
}, 120_000);

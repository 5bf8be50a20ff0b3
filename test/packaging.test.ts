import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';

const ROOT = join(import.meta.dirname, '..');
const CHECK_SIZE = join(ROOT, 'scripts/check-size.mjs');
const temp = mkdtempSync(join(tmpdir(), 'dpa-size-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

function checkSize(...args: string[]) {
    const result = spawnSync(process.execPath, [CHECK_SIZE, ...args], { cwd: ROOT, encoding: 'utf8' });
    return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

describe('the size budget of the .vsix (scripts/check-size.mjs, run by .ci/run)', () => {
    test('a file over the budget fails, saying by how much and where to look', () => {
        const big = join(temp, 'big.vsix');
        writeFileSync(big, Buffer.alloc(601 * 1024, 1));
        const { status, output } = checkSize(big);
        expect(status, output).toBe(1);
        expect(output).toContain('601.0 KB, over its budget of 600 KB by 1.0 KB');
        expect(output).toContain('.vscodeignore');
    });

    test('a file within the budget passes, at the budget too', () => {
        for (const kb of [1, 600]) {
            const file = join(temp, `fits-${kb}.vsix`);
            writeFileSync(file, Buffer.alloc(kb * 1024, 1));
            const { status, output } = checkSize(file);
            expect(status, output).toBe(0);
            expect(output).toContain('within its budget of 600 KB');
        }
    });

    test('--budget-kb sets another budget; a missing file or a bad budget is a usage error', () => {
        const file = join(temp, 'ten.vsix');
        writeFileSync(file, Buffer.alloc(10 * 1024, 1));
        expect(checkSize(file, '--budget-kb', '9').status).toBe(1);
        expect(checkSize(file, '--budget-kb', '10').status).toBe(0);
        expect(checkSize(file, '--budget-kb', 'lots').status).toBe(2);
        const missing = checkSize(join(temp, 'missing.vsix'));
        expect(missing.status).toBe(2);
        expect(missing.output).toContain('npm run package');
    });
});

describe('the bundles (scripts/bundle.mjs)', () => {
    test('the server, the CLI and the extension start from one shared bundle', () => {
        // The server and the CLI through the loader with V8's code cache (scripts/load-bundle.ts), which loads dpa.cjs beside it.
        for (const starter of ['packages/server/dist/server.cjs', 'packages/cli/dist/cli.cjs']) {
            expect(readFileSync(join(ROOT, starter), 'utf8')).toContain("require('../../../dist/load.cjs').load()");
        }
        expect(readFileSync(join(ROOT, 'dist/load.cjs'), 'utf8')).toContain('"dpa.cjs"');
        expect(readFileSync(join(ROOT, 'packages/extension/dist/extension.cjs'), 'utf8')).toContain("require('../../../dist/dpa.cjs')");
        const cli = spawnSync(process.execPath, [join(ROOT, 'packages/cli/dist/cli.cjs'), '--help'], { cwd: ROOT, encoding: 'utf8' });
        expect(cli.status, cli.stderr).toBe(0);
        expect(cli.stdout).toContain('Usage: dpa <command>');
    });

    test('the shared bundle has no dynamic import(): the loader runs it through vm.Script, which resolves none', () => {
        const bundle = readFileSync(join(ROOT, 'dist/dpa.cjs'), 'utf8');
        expect(bundle.match(/(?<![\w.$])import\(/g) ?? []).toEqual([]);
    });

    test('the shared bundle is minified, and its source map beside it gives stack traces in the sources', () => {
        const bundle = readFileSync(join(ROOT, 'dist/dpa.cjs'), 'utf8');
        // Minified: long lines (the line breaks left are inside the templates' text).
        expect(bundle.length / bundle.split('\n').length).toBeGreaterThan(500);
        expect(bundle.trimEnd().endsWith('//# sourceMappingURL=dpa.cjs.map')).toBe(true);
        const map = JSON.parse(readFileSync(join(ROOT, 'dist/dpa.cjs.map'), 'utf8')) as { sources: string[] };
        expect(map.sources).toContain('../packages/server/src/main.ts');
        // Outside VS Code the extension's first import (`vscode`) fails: its stack names the sources.
        const run = spawnSync(process.execPath, ['--enable-source-maps', '-e', "require('./dist/dpa.cjs').activate({}).catch(e => { console.error(e.stack); process.exit(3); })"], { cwd: ROOT, encoding: 'utf8' });
        expect(run.status, run.stderr).toBe(3);
        expect(run.stderr).toContain("Cannot find module 'vscode'");
        expect(run.stderr).toMatch(/packages\/extension\/src\/[\w/-]+\.ts:\d+:\d+/);
    });

    test('the package holds the bundles and the starters, and no source map', () => {
        const vsce = spawnSync(process.execPath, [join(ROOT, 'node_modules/@vscode/vsce/vsce'), 'ls', '--no-dependencies'], { cwd: ROOT, encoding: 'utf8' });
        expect(vsce.status, vsce.stderr).toBe(0);
        const files = vsce.stdout.trim().split('\n');
        expect(files).toEqual(expect.arrayContaining(['dist/dpa.cjs', 'dist/load.cjs', 'packages/server/dist/server.cjs', 'packages/cli/dist/cli.cjs',
            'packages/extension/dist/extension.cjs', 'packages/extension/dist/webview/preview.js']));
        expect(files.filter(file => file.endsWith('.map'))).toEqual([]);
    });
});

// Proves that the package layers hold (ARCHITECTURE.md, "Layers"; language ← generator ← server
// ← cli, extension). In a temporary copy of the packages, `tsc -b packages/language` must pass
// unmodified, and must fail with TS6307 once a language file imports a layer above it, by
// package name and by relative path. The clean build is what keeps the check from passing
// vacuously: a copy that fails to build for any other reason fails the check.
// The packages' declared dependencies (package.json) must follow the same order: a package may
// depend only on @dpa packages of a lower layer, which also rules out a cycle. That check runs on
// the real manifests and, so that it cannot pass vacuously, on a copy of the language manifest
// given an upward dependency, which it must reject.
// Exit 0 when all of this holds, 1 otherwise. Run by `npm run check:layers` and test/layers.test.ts.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const tsc = join(root, 'node_modules/typescript/bin/tsc');
/** The packages copied: language, and the layers above it that the upward imports name. */
const PACKAGES = ['language', 'generator', 'server'];
/** The file that gets the upward import. */
const TARGET = 'packages/language/src/index.ts';
const UPWARD = [
    { kind: 'package import', line: "export * from '@dpa/server/protocol';", imported: 'packages/server/src/protocol.ts' },
    { kind: 'relative import', line: "export * from '../../generator/src/ir.js';", imported: 'packages/generator/src/ir.ts' }
];

/** The layer of each package, bottom up: a package may depend only on lower layers. */
const LAYER = { language: 0, generator: 1, importer: 1, server: 2, cli: 3, extension: 3 };

/** The upward (or unknown) @dpa dependencies a package manifest declares. */
function upwardDependencies(name, manifest) {
    const own = LAYER[name];
    return Object.keys({ ...manifest.dependencies, ...manifest.devDependencies, ...manifest.peerDependencies })
        .filter(dep => dep.startsWith('@dpa/'))
        .map(dep => dep.slice('@dpa/'.length).split('/')[0])
        .filter(dep => !(dep in LAYER) || LAYER[dep] >= own);
}

const dir = mkdtempSync(join(tmpdir(), 'dpa-layers-'));
let failures = 0;
const report = (ok, text) => {
    if (!ok) failures++;
    console.log(`${ok ? 'ok  ' : 'FAIL'} ${text}`);
};
const build = () => spawnSync(process.execPath, [tsc, '-b', 'packages/language'], { cwd: dir, encoding: 'utf8' });

try {
    for (const name of Object.keys(LAYER)) {
        const manifest = JSON.parse(readFileSync(join(root, 'packages', name, 'package.json'), 'utf8'));
        const upward = upwardDependencies(name, manifest);
        report(upward.length === 0, `packages/${name}/package.json depends only on lower layers${upward.length === 0 ? '' : `, not on ${upward.map(d => `@dpa/${d}`).join(', ')}`}`);
    }
    const language = JSON.parse(readFileSync(join(root, 'packages/language/package.json'), 'utf8'));
    const cyclic = { ...language, dependencies: { ...language.dependencies, '@dpa/generator': '0.1.0' } };
    report(upwardDependencies('language', cyclic).includes('generator'), 'a language manifest that depends on @dpa/generator is rejected');

    cpSync(join(root, 'tsconfig.base.json'), join(dir, 'tsconfig.base.json'));
    for (const name of PACKAGES) {
        cpSync(join(root, 'packages', name), join(dir, 'packages', name), {
            recursive: true,
            filter: source => basename(source) !== 'dist' && basename(source) !== 'node_modules'
        });
    }
    symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'), 'dir');

    const clean = build();
    report(clean.status === 0, `the unmodified language package builds (tsc -b)${clean.status === 0 ? '' : `:\n${clean.stdout}${clean.stderr}`}`);

    const original = readFileSync(join(dir, TARGET), 'utf8');
    for (const upward of UPWARD) {
        writeFileSync(join(dir, TARGET), `${original}${upward.line}\n`);
        const result = build();
        const output = `${result.stdout}${result.stderr}`;
        const expected = output.split('\n').some(line => line.includes('error TS6307') && line.includes(upward.imported));
        report(result.status !== 0 && expected,
            `an upward ${upward.kind} (${upward.line}) fails the build with TS6307 on ${upward.imported}${expected ? '' : `; the build said:\n${output}`}`);
    }
    writeFileSync(join(dir, TARGET), original);
} finally {
    rmSync(dir, { recursive: true, force: true });
}
process.exit(failures === 0 ? 0 : 1);

// Builds the language package of an earlier commit as one ES module, so that a benchmark can run
// today's validator and that commit's on the same input in the same process (ratios, never
// absolute times). The commit's tree is exported with `git archive` into
// node_modules/.cache/dpa-baseline/<commit>/ (the repository's node_modules are linked into it),
// its Langium sources are generated there, and esbuild bundles `packages/language/src/index.ts`.
// A build is kept per commit; the current tree is bundled the same way, every time.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, rmSync, symlinkSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const CACHE = join(ROOT, 'node_modules', '.cache', 'dpa-baseline');

/** esbuild options shared by the baseline and the current bundle, so they compare fairly. */
function bundleOptions(root, outfile) {
    return {
        entryPoints: [join(root, 'packages', 'language', 'src', 'index.ts')],
        outfile,
        bundle: true,
        platform: 'node',
        target: 'node20',
        format: 'esm',
        logLevel: 'warning',
        legalComments: 'none',
        mainFields: ['module', 'main'],
        conditions: ['node'],
        nodePaths: [join(ROOT, 'node_modules')],
        // Langium's CommonJS dependencies call require(); give the ES module one.
        banner: { js: "import { createRequire as __dpaRequire } from 'node:module'; const require = __dpaRequire(import.meta.url);" }
    };
}

function git(...args) {
    return execFileSync('git', args, { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }).trim();
}

/**
 * The bundle of the language package at `commit` (a full hash or any revision git knows); built
 * once and cached. Throws with a clear message when the commit is not in this clone.
 */
export async function baselineLanguage(revision) {
    let commit;
    try {
        commit = git('rev-parse', '--verify', `${revision}^{commit}`);
    } catch {
        throw new Error(`baseline commit ${revision} is not in this clone (a shallow clone lacks history: git fetch --unshallow)`);
    }
    const dir = join(CACHE, commit);
    const outfile = join(dir, 'language.mjs');
    if (existsSync(outfile)) return outfile;
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
    try {
        execFileSync('sh', ['-c', 'git archive "$1" | tar -x -C "$2"', 'sh', commit, dir], { cwd: ROOT, stdio: ['ignore', 'ignore', 'pipe'] });
        symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'), 'dir');
        execFileSync(process.execPath, ['--import', join(ROOT, 'scripts', 'polyfills.mjs'), join(ROOT, 'node_modules', 'langium-cli', 'bin', 'langium.js'), 'generate'], { cwd: dir, stdio: ['ignore', 'ignore', 'pipe'] });
        await esbuild.build(bundleOptions(dir, outfile));
    } catch (error) {
        rmSync(dir, { recursive: true, force: true });
        throw error;
    }
    return outfile;
}

/** Today's language package, bundled exactly as the baseline is. */
export async function currentLanguage() {
    const outfile = join(CACHE, 'current', 'language.mjs');
    mkdirSync(dirname(outfile), { recursive: true });
    await esbuild.build(bundleOptions(ROOT, outfile));
    return outfile;
}

/**
 * Loads the shared bundle (dist/dpa.cjs) for the server and CLI starters with V8's code cache:
 * compiling the 2 MB bundle was a quarter of the server's start-up (benchmark row `startup`).
 * The first run compiles as usual and, once the program has run a moment (or when it exits),
 * writes what V8 compiled to a cache file; later runs hand that to V8 and skip the compilation.
 * This is what VS Code does for its own code and what Node 22 offers as `module.enableCompileCache`
 * (Node 20, which dpa supports, has only the `vm` API used here).
 *
 * Each installed bundle has one cache file (its name a hash of the bundle's path, the Node version
 * and the architecture) that starts with a hash of the bundle's content: a cache is only ever
 * offered to the bundle it was made from (V8 itself checks no more than the source's length), and
 * a rebuild or an update in place replaces it. Cache files of bundles that have not been started
 * for a month are removed when a cache is written. They live in the user's own cache folder, never
 * in a shared temporary one that another user could write to; `DPA_CODE_CACHE` names another
 * folder, or `off`.
 * Without a cache folder, or with source maps enabled (`--enable-source-maps` maps the stack
 * traces of files Node loads itself), the bundle is simply required; a cache that cannot be read
 * is made anew, one that cannot be written is not (the next start compiles as this one did).
 *
 * Bundled by scripts/bundle.mjs to dist/load.cjs; the extension's own starter does not use it.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire, Module } from 'node:module';
import { homedir } from 'node:os';
import { dirname, join } from 'node:path';
import { Script } from 'node:vm';

/** The bundle's content hash (hex digits) at the start of its cache file. */
const IDENTITY_LENGTH = 20;

/** Cache files of bundles not started for this long (last read) are removed. */
const UNUSED_FOR_MS = 30 * 24 * 60 * 60 * 1000;

/** How long a first run waits before it writes the cache: long enough to have compiled what start-up needs. */
const SAVE_AFTER_MS = 1500;

export function load(bundle = join(__dirname, 'dpa.cjs')): unknown {
    const folder = cacheFolder();
    if (folder === undefined || sourceMapsEnabled()) return createRequire(bundle)(bundle);
    const source = readFileSync(bundle, 'utf8');
    const identity = Buffer.from(createHash('sha256').update(source).digest('hex').slice(0, IDENTITY_LENGTH), 'latin1');
    const file = join(folder, `code-${createHash('sha256').update(`${bundle}\n${process.version}\n${process.arch}`).digest('hex').slice(0, 16)}.bin`);
    let cached: Buffer | undefined;
    try {
        const stored = readFileSync(file);
        if (stored.subarray(0, IDENTITY_LENGTH).equals(identity)) cached = stored.subarray(IDENTITY_LENGTH);
    } catch {
        // No cache yet: this run makes it.
    }
    const script = new Script(Module.wrap(source), { filename: bundle, ...(cached ? { cachedData: cached } : {}) });
    const module = new Module(bundle, require.main);
    module.filename = bundle;
    module.paths = (Module as unknown as { _nodeModulePaths(from: string): string[] })._nodeModulePaths(dirname(bundle));
    (script.runInThisContext() as (...args: unknown[]) => void).call(module.exports, module.exports, createRequire(bundle), module, bundle, dirname(bundle));
    module.loaded = true;
    if (cached === undefined || script.cachedDataRejected === true) {
        let saved = false;
        const save = () => {
            if (saved) return;
            saved = true;
            saveCache(folder, file, identity, script);
        };
        setTimeout(save, SAVE_AFTER_MS).unref();
        process.once('exit', save);
    }
    return module.exports;
}

/** Writes the cache atomically (a temporary file renamed), and removes the caches of bundles not started for a month. */
function saveCache(folder: string, file: string, identity: Buffer, script: Script): void {
    try {
        mkdirSync(folder, { recursive: true, mode: 0o700 });
        const temporary = `${file}.${process.pid}.tmp`;
        writeFileSync(temporary, Buffer.concat([identity, script.createCachedData()]));
        renameSync(temporary, file);
        const old = Date.now() - UNUSED_FOR_MS;
        for (const name of readdirSync(folder)) {
            const path = join(folder, name);
            if (name.startsWith('code-') && path !== file && statSync(path).atimeMs < old) rmSync(path, { force: true });
        }
    } catch {
        // A cache is an optimisation: a read-only or full disk leaves the next start as this one.
    }
}

function cacheFolder(): string | undefined {
    const configured = process.env['DPA_CODE_CACHE'];
    if (configured === 'off') return undefined;
    if (configured) return configured;
    const home = homedir();
    if (!home) return undefined;
    if (process.platform === 'win32') return join(process.env['LOCALAPPDATA'] ?? join(home, 'AppData', 'Local'), 'dpa', 'Cache');
    if (process.platform === 'darwin') return join(home, 'Library', 'Caches', 'dpa');
    return join(process.env['XDG_CACHE_HOME'] || join(home, '.cache'), 'dpa');
}

function sourceMapsEnabled(): boolean {
    return (process as { sourceMapsEnabled?: boolean }).sourceMapsEnabled === true
        || [...process.execArgv, ...(process.env['NODE_OPTIONS'] ?? '').split(/\s+/)].some(option => option.startsWith('--enable-source-maps'));
}

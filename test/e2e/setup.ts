/**
 * vitest globalSetup of the e2e suite: the packaged extension, Node 24 and code-server (cached),
 * a fresh user-data/extensions dir with the vsix installed, a copy of examples/ as the workspace,
 * and code-server on 127.0.0.1 in its own process group. Teardown kills the whole group and
 * fails when anything of it survives.
 */
import { closeSync, copyFileSync, cpSync, existsSync, mkdirSync, mkdtempSync, openSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import {
    CACHE, ROOT, SCREENSHOTS, codeServerEnv, ensureCodeServer, ensureVsix, freePort, groupMembers, killGroup, killGroupNow, log, run, spawnGroup, waitUntil
} from './env.js';

export interface CodeServerInfo {
    /** http://127.0.0.1:<port> */
    url: string;
    /** The workspace folder (a copy of examples/) opened in code-server. */
    workspace: string;
    /** The code-server log, for failure messages. */
    logFile: string;
}

declare module 'vitest' {
    export interface ProvidedContext {
        codeServer: CodeServerInfo;
    }
}

const EXTENSION_ID = 'dpa-tools.dpa';
/** The companion extension "DPA Import" (out/dpa-import.vsix), installed after the extension it depends on. */
const IMPORT_EXTENSION_ID = 'dpa-tools.dpa-import';

/** User settings: quiet, deterministic, offline workbench. */
const SETTINGS = {
    'workbench.startupEditor': 'none',
    'workbench.tips.enabled': false,
    'workbench.enableExperiments': false,
    'workbench.welcomePage.walkthroughs.openOnInstall': false,
    'workbench.secondarySideBar.defaultVisibility': 'hidden',
    'workbench.colorTheme': 'Default Dark Modern',
    'chat.disableAIFeatures': true,
    'telemetry.telemetryLevel': 'off',
    'update.mode': 'none',
    'extensions.autoCheckUpdates': false,
    'extensions.autoUpdate': false,
    'extensions.ignoreRecommendations': true,
    'security.workspace.trust.enabled': false,
    // Other servers on this machine must not pop up "Your application running on port … is available".
    'remote.autoForwardPorts': false,
    'files.autoSave': 'off',
    'git.enabled': false,
    'json.schemaDownload.enable': false,
    'editor.minimap.enabled': false,
    'editor.hover.delay': 300,
    'editor.accessibilitySupport': 'off',
    'dpa.preview.debounceMs': 100
};

/** Leftovers of an earlier run that died before its teardown (recorded by process group). */
async function killLeftovers(runDir: string): Promise<void> {
    if (!existsSync(runDir)) return;
    for (const name of readdirSync(runDir)) {
        const leader = Number(name.replace(/\.pgid$/, ''));
        if (!Number.isInteger(leader)) continue;
        const members = groupMembers(leader).filter(p => p.cmd.includes('code-server') || p.cmd.includes('vscode'));
        if (members.length > 0) {
            log(`killing ${members.length} leftover process(es) of an earlier run (group ${leader})`);
            await killGroup(leader, 2000);
        }
        rmSync(join(runDir, name), { force: true });
    }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
    const started = Date.now();
    // Leftovers of an earlier run, once, before anything of this run starts (a second code-server
    // of this run, launched by a test, must not take the first one for a leftover).
    const runDir = join(CACHE, 'run');
    mkdirSync(runDir, { recursive: true });
    await killLeftovers(runDir);
    mkdirSync(SCREENSHOTS, { recursive: true });
    for (const f of readdirSync(SCREENSHOTS)) if (/\.(png|log|json)$/.test(f)) rmSync(join(SCREENSHOTS, f), { force: true });
    const { info, teardown } = await launchCodeServer(ensureVsix(), 'code-server.log');
    log(`code-server ${info.url} up after ${Math.round((Date.now() - started) / 1000)} s of setup; workspace ${info.workspace}`);
    project.provide('codeServer', info);
    return teardown;
}

/**
 * code-server (installed and cached by ensureCodeServer) on 127.0.0.1, in its own process group,
 * with `vsix` installed in a fresh user-data and extensions folder and a copy of examples/ as the
 * workspace. The teardown kills the whole group, keeps the log as `screenshots/<logName>`, and
 * fails when anything of it survives. (The web extension's test starts a second one with
 * out/dpa-web.vsix.)
 */
export async function launchCodeServer(vsix: string | readonly string[], logName: string): Promise<{ info: CodeServerInfo; teardown: () => Promise<void> }> {
    const install = await ensureCodeServer();
    const runDir = join(CACHE, 'run');
    mkdirSync(runDir, { recursive: true });

    const tmp = mkdtempSync(join(tmpdir(), 'dpa-e2e-'));
    const workspace = join(tmp, 'workspace');
    const userData = join(tmp, 'user-data');
    const extensions = join(tmp, 'extensions');
    const config = join(tmp, 'config.yaml');
    const logFile = join(tmp, 'code-server.log');
    cpSync(join(ROOT, 'examples'), workspace, { recursive: true });
    mkdirSync(join(userData, 'User'), { recursive: true });
    writeFileSync(join(userData, 'User', 'settings.json'), JSON.stringify(SETTINGS, null, 2));
    writeFileSync(config, 'auth: none\ncert: false\n');
    const env = codeServerEnv(install, tmp);
    const base = [install.entry, '--config', config, '--user-data-dir', userData, '--extensions-dir', extensions];

    const packages = typeof vsix === 'string' ? [vsix] : vsix;
    for (const file of packages) run(install.node, [...base, '--install-extension', file, '--force'], { env, cwd: tmp, timeoutMs: 120_000 });
    const listed = run(install.node, [...base, '--list-extensions', '--show-versions'], { env, cwd: tmp, timeoutMs: 60_000 });
    const expected = [EXTENSION_ID, ...(packages.some(file => file.endsWith('dpa-import.vsix')) ? [IMPORT_EXTENSION_ID] : [])];
    for (const id of expected) if (!listed.includes(`${id}@`)) throw new Error(`${id} is not installed after --install-extension:\n${listed}`);

    const port = await freePort();
    const out = openSync(logFile, 'a');
    const server = spawnGroup(install.node, [
        ...base,
        '--auth', 'none',
        '--bind-addr', `127.0.0.1:${port}`,
        '--disable-telemetry',
        '--disable-update-check',
        '--disable-workspace-trust',
        '--disable-getting-started-override',
        '--ignore-last-opened',
        workspace
    ], { cwd: tmp, env, logFile: out });
    closeSync(out);
    const leader = server.pid;
    if (leader === undefined) throw new Error('code-server did not start');
    writeFileSync(join(runDir, `${leader}.pgid`), `${tmp}\n`);
    const onExit = (): void => killGroupNow(leader);
    process.on('exit', onExit);
    let exited: string | undefined;
    server.on('exit', (code, signal) => { exited = `exit ${code ?? signal}`; });

    const logTail = (): string => {
        try { return readFileSync(logFile, 'utf8').split('\n').slice(-30).join('\n'); } catch { return '(no log)'; }
    };

    let stopped = false;
    const teardown = async (): Promise<void> => {
        if (stopped) return;
        stopped = true;
        const survivors = await killGroup(leader);
        process.off('exit', onExit);
        rmSync(join(runDir, `${leader}.pgid`), { force: true });
        try { copyFileSync(logFile, join(SCREENSHOTS, logName)); } catch { /* no log */ }
        if (!process.env.DPA_E2E_KEEP) rmSync(tmp, { recursive: true, force: true });
        if (survivors.length > 0) {
            throw new Error(`code-server processes survived the teardown:\n${survivors.map(p => `${p.pid} ${p.cmd}`).join('\n')}`);
        }
        log('code-server stopped; nothing of its process group is left');
    };

    try {
        const url = `http://127.0.0.1:${port}`;
        const state = await waitUntil(`code-server at ${url}/healthz`, 90_000, async () => {
            if (exited) return 'exited';
            const response = await fetch(`${url}/healthz`, { signal: AbortSignal.timeout(2000) }).catch(() => undefined);
            return response?.ok ? 'up' : undefined;
        }, 300).catch((error: unknown) => {
            throw new Error(`${error instanceof Error ? error.message : String(error)}\n--- code-server log ---\n${logTail()}`);
        });
        if (state === 'exited') throw new Error(`code-server ended early (${exited}):\n--- code-server log ---\n${logTail()}`);
        return { info: { url, workspace, logFile }, teardown };
    } catch (error) {
        await teardown().catch(() => undefined);
        throw error;
    }
}

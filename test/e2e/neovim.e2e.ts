/**
 * The bundled language server (packages/server/dist/server.cjs --stdio) in a second real client:
 * Debian's headless Neovim (0.7) with its built-in LSP client (test/e2e/lsp-diagnostics.lua).
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { E2E_DIR, NVIM, ROOT, SERVER_BUNDLE, groupMembers, killGroup } from './env.js';
import { lineOf } from './workbench.js';

interface NvimDiagnostic {
    lnum: number;
    col: number;
    severity: number;
    code?: string | number;
    source?: string;
    message: string;
}

/** vim.diagnostic.severity.ERROR */
const ERROR = 1;

describe('the DPA language server in Neovim', () => {
    const dir = mkdtempSync(join(tmpdir(), 'dpa-e2e-nvim-'));
    afterAll(() => rmSync(dir, { recursive: true, force: true }));

    it('publishes DPA-R19 as an error on the processing activity without a retention term', async () => {
        expect(existsSync(SERVER_BUNDLE), `${SERVER_BUNDLE} (npm run build)`).toBe(true);
        // complete.dpa passes every check; drop the retention term of its first processing activity.
        const complete = readFileSync(join(ROOT, 'examples', 'complete.dpa'), 'utf8');
        const processing = lineOf(complete, /^\s*processing Payroll /);
        const retention = lineOf(complete, /^\s*retention /, processing);
        const lines = complete.split('\n');
        lines.splice(retention - 1, 1);
        const file = join(dir, 'no-retention.dpa');
        writeFileSync(file, lines.join('\n'));
        const out = join(dir, 'diagnostics.json');

        const nvim = spawn(NVIM, ['--headless', '--clean', '-n', '-i', 'NONE', '-c', `luafile ${join(E2E_DIR, 'lsp-diagnostics.lua')}`, file], {
            cwd: dir,
            detached: true, // own process group: the server it starts can be found and stopped
            stdio: ['ignore', 'pipe', 'pipe'],
            env: {
                ...process.env,
                LSP_CMD: `${process.execPath} ${SERVER_BUNDLE} --stdio`,
                LSP_FT: 'dpa',
                DIAG_OUT: out,
                DIAG_WAIT_CODE: 'DPA-R19',
                LSP_TIMEOUT_MS: '30000',
                XDG_CONFIG_HOME: join(dir, 'config'),
                XDG_DATA_HOME: join(dir, 'data'),
                XDG_STATE_HOME: join(dir, 'state'),
                XDG_CACHE_HOME: join(dir, 'cache')
            }
        });
        let output = '';
        nvim.stdout.on('data', (chunk: Buffer) => { output += chunk.toString(); });
        nvim.stderr.on('data', (chunk: Buffer) => { output += chunk.toString(); });
        const leader = nvim.pid!;
        const exit = await new Promise<number | string>((done, fail) => {
            const timer = setTimeout(() => { void killGroup(leader, 500); fail(new Error(`nvim did not finish within 60 s:\n${output}`)); }, 60_000);
            nvim.on('error', error => { clearTimeout(timer); fail(new Error(`${NVIM} could not be started (apt-get install -y neovim): ${error.message}`)); });
            nvim.on('exit', (code, signal) => { clearTimeout(timer); done(code ?? String(signal)); });
        });
        const survivors = await killGroup(leader, 3000);

        expect(existsSync(out), `nvim wrote ${out} (exit ${exit}):\n${output}`).toBe(true);
        const result = JSON.parse(readFileSync(out, 'utf8')) as { got: boolean; exited: unknown; diagnostics: NvimDiagnostic[] };
        const summary = JSON.stringify(result, null, 1);
        writeFileSync(join(E2E_DIR, 'screenshots', 'neovim-diagnostics.json'), `${summary}\n`);
        expect(result.got, `DPA-R19 arrived within 30 s: ${summary}`).toBe(true);
        expect(exit, `nvim exit status:\n${output}`).toBe(0);

        const r19 = result.diagnostics.filter(d => d.code === 'DPA-R19');
        expect(r19, summary).toHaveLength(1);
        expect(r19[0]).toMatchObject({ lnum: processing, severity: ERROR });
        expect(r19[0]!.message, 'the message names the processing activity').toMatch(/Payroll|Salarisadministratie/);
        // Nothing else is wrong with the file.
        expect(result.diagnostics.filter(d => d.severity === ERROR).map(d => d.code)).toEqual(['DPA-R19']);
        expect(survivors.map(p => p.cmd), 'nvim and the language server are gone').toEqual([]);
        expect(groupMembers(leader)).toEqual([]);
    });
});

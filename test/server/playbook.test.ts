import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { DidChangeWatchedFilesNotification, FileChangeType } from 'vscode-languageserver-protocol/node';
import { afterEach, describe, expect, test } from 'vitest';
import { EXAMPLES } from '../helpers.js';
import { StdioServer } from './stdio-server.js';

/**
 * The firm's playbook in the language server, over stdio as an editor speaks to it: the workspace
 * folder's dpa-playbook.json applies to the agreements in it, an edit of that file
 * (workspace/didChangeWatchedFiles) revalidates them, and `dpa.playbook` names another one.
 */
const PLAYBOOK = readFileSync(join(EXAMPLES, 'playbooks/kantoor-de-linde.json'), 'utf8');
const COMPLETE = readFileSync(join(EXAMPLES, 'complete.dpa'), 'utf8');

let server: StdioServer | undefined;
afterEach(async () => {
    await server?.stop();
    server = undefined;
});

function workspace(): { dir: string; uri: string; agreement: string } {
    const dir = mkdtempSync(join(tmpdir(), 'dpa-server-playbook-'));
    return { dir, uri: pathToFileURL(dir).href, agreement: pathToFileURL(join(dir, 'complete.dpa')).href };
}

const codes = (params: { diagnostics: { code?: string | number }[] }) => params.diagnostics.map(d => String(d.code)).filter(code => /^(PB-|LINDE-|playbook-)/.test(code));

describe('the playbook in the language server', () => {
    test('the folder\'s dpa-playbook.json applies; editing it revalidates the open agreement', async () => {
        const { dir, uri, agreement } = workspace();
        writeFileSync(join(dir, 'dpa-playbook.json'), PLAYBOOK);
        copyFileSync(join(EXAMPLES, 'complete.dpa'), join(dir, 'complete.dpa'));
        server = await StdioServer.start({ workspaceFolder: uri });
        await server.open(agreement, COMPLETE);
        expect(codes(await server.diagnosticsOf(agreement, 1)).sort()).toEqual(['LINDE-AANSPR', 'PB-subprocessor-countries', 'PB-subprocessor-countries']);

        const count = server.published.get(agreement)!.length;
        writeFileSync(join(dir, 'dpa-playbook.json'), JSON.stringify({ name: 'Strict', positions: { breachNotification: { maxHours: 12, severity: 'error' } } }));
        await server.connection.sendNotification(DidChangeWatchedFilesNotification.type, { changes: [{ uri: pathToFileURL(join(dir, 'dpa-playbook.json')).href, type: FileChangeType.Changed }] });
        const after = await server.diagnostics(agreement, count);
        expect(codes(after)).toEqual(['PB-breach-notification']);
        expect(after.diagnostics.find(d => d.code === 'PB-breach-notification')).toMatchObject({ severity: 1, message: expect.stringMatching(/^Strict: breach notification within 24 hours is later than the firm's position of 12 hours\.$/) });
    });

    test('dpa.playbook names the playbook; a broken one is a warning that names it', async () => {
        const { dir, uri, agreement } = workspace();
        writeFileSync(join(dir, 'firm.yaml'), 'name: Firm\npositions:\n  breachNotification: { maxHours: nine }\n');
        server = await StdioServer.start({ workspaceFolder: uri, settings: { playbook: 'firm.yaml' } });
        await server.open(agreement, COMPLETE);
        const published = await server.diagnosticsOf(agreement, 1);
        expect(codes(published)).toEqual(['playbook-unreadable']);
        expect(published.diagnostics.find(d => d.code === 'playbook-unreadable')!.message).toMatch(/firm\.yaml: positions\.breachNotification\.maxHours: /);
    });
});

import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import {
    createProtocolConnection, ConfigurationRequest, DidChangeConfigurationNotification, DidOpenTextDocumentNotification, ExitNotification,
    InitializedNotification, InitializeRequest, PublishDiagnosticsNotification, RegistrationRequest, ShutdownRequest,
    StreamMessageReader, StreamMessageWriter, type ProtocolConnection
} from 'vscode-languageserver-protocol/node';
import {
    configurationForServer, dpaSectionForServer, dpaSettingsNotification, refusal, RESTRICTED_SETTINGS, WRITING_COMMANDS
} from '../../packages/extension/src/trust.js';
import { PreviewRequest } from '../../packages/server/src/protocol.js';
import { minimalAgreement, ROOT } from '../helpers.js';

interface MenuItem { readonly command: string; readonly when?: string }
interface Manifest {
    readonly capabilities?: { readonly untrustedWorkspaces?: { readonly supported?: unknown; readonly description?: unknown; readonly restrictedConfigurations?: unknown } };
    readonly contributes: {
        readonly commands: readonly { readonly command: string }[];
        readonly menus: Readonly<Record<string, readonly MenuItem[]>>;
        readonly configuration: { readonly properties: Readonly<Record<string, unknown>> };
    };
}

const manifest = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as Manifest;
/** The manifest's English text: a `%key%` value is looked up in package.nls.json, as VS Code does. */
const nls = JSON.parse(readFileSync(join(ROOT, 'package.nls.json'), 'utf8')) as Record<string, string>;
const text = (value: unknown): unknown => typeof value === 'string' ? value.replace(/^%([\w.-]+)%$/, (whole, key: string) => nls[key] ?? whole) : value;

describe('the manifest declares limited support for untrusted workspaces', () => {
    test('supported: limited, with a description and the restricted settings', () => {
        const trust = manifest.capabilities?.untrustedWorkspaces;
        expect(trust?.supported).toBe('limited');
        expect(text(trust?.description)).toMatch(/built-in templates only.*dpa\.templates\.folder.*writes no files/);
        expect(trust?.restrictedConfigurations).toEqual([...RESTRICTED_SETTINGS]);
        for (const setting of RESTRICTED_SETTINGS) expect(manifest.contributes.configuration.properties, setting).toHaveProperty([setting]);
    });

    test('every menu entry of a command that writes files asks for a trusted workspace', () => {
        const entries = Object.values(manifest.contributes.menus).flat().filter(item => (WRITING_COMMANDS as readonly string[]).includes(item.command));
        expect(entries.length).toBeGreaterThanOrEqual(4);
        for (const entry of entries) expect(entry.when, entry.command).toMatch(/(^|&& )isWorkspaceTrusted( &&|$)/);
        for (const command of WRITING_COMMANDS) expect(manifest.contributes.commands.map(c => c.command)).toContain(command);
        // Preview and the new agreement (an untitled document) stay available.
        const preview = Object.values(manifest.contributes.menus).flat().filter(item => item.command === 'dpa.openPreviewToSide');
        for (const entry of preview) expect(entry.when ?? '').not.toContain('isWorkspaceTrusted');
    });
});

describe('the extension\'s decisions by workspace trust', () => {
    const section = { agreement: { language: 'en' }, templates: { folder: 'firm-templates' }, output: { folder: 'out' } };

    test('untrusted: the server gets no template folder; everything else unchanged', () => {
        expect(dpaSectionForServer(section, false)).toEqual({ agreement: { language: 'en' }, templates: { folder: '' }, output: { folder: 'out' } });
        expect(dpaSectionForServer(section, true)).toBe(section);
        expect(dpaSectionForServer({ rules: {} }, false)).toEqual({ rules: {}, templates: { folder: '' } });
        const items = [{ section: 'dpa' }, { section: 'dpa.templates' }, { section: 'dpa.templates.folder' }, { section: 'editor' }];
        const values = [section, section.templates, 'firm-templates', { tabSize: 4 }];
        expect(configurationForServer(items, values, false)).toEqual([
            { ...section, templates: { folder: '' } }, { folder: '' }, '', { tabSize: 4 }
        ]);
        expect(configurationForServer(items, values, true)).toEqual(values);
        expect(dpaSettingsNotification(section, false)).toEqual({ settings: { dpa: { ...section, templates: { folder: '' } } } });
        expect(dpaSettingsNotification(section, true)).toEqual({ settings: { dpa: section } });
    });

    test('untrusted: the commands that write files say why and do not run', () => {
        for (const command of WRITING_COMMANDS) {
            expect(refusal(command, false)).toMatch(/untrusted workspace: it would write files.*Trust the workspace/);
            expect(refusal(command, true)).toBeUndefined();
        }
    });
});

/**
 * The real server given the settings the client sends under each trust state: untrusted, the
 * preview uses the built-in text although a firm's folder is configured; when trust is granted
 * (the client sends the settings again, trusted), the firm's text.
 */
describe('the language server with the settings of an untrusted, then trusted, workspace', () => {
    let server: ChildProcessWithoutNullStreams;
    let connection: ProtocolConnection;
    const uri = 'file:///tmp/trust.dpa';
    const firm = mkdtempSync(join(tmpdir(), 'dpa-trust-'));
    mkdirSync(join(firm, 'articles'));
    writeFileSync(join(firm, 'articles', 'breach.hbs'), 'Door de firma geschreven meldplicht.\n');
    const settings = { diagnostics: { language: 'nl' }, templates: { folder: firm } };

    beforeAll(async () => {
        server = spawn(process.execPath, [join(ROOT, 'packages/server/dist/server.cjs'), '--stdio'], { stdio: 'pipe' });
        connection = createProtocolConnection(new StreamMessageReader(server.stdout), new StreamMessageWriter(server.stdin));
        // What the client's middleware answers in an untrusted workspace.
        connection.onRequest(ConfigurationRequest.type, params => configurationForServer(params.items, params.items.map(item => (item.section === 'dpa' ? settings : {})), false));
        connection.onRequest(RegistrationRequest.type, () => undefined);
        const published = new Promise<void>(resolve => connection.onNotification(PublishDiagnosticsNotification.type, params => {
            if (params.uri === uri) resolve();
        }));
        connection.listen();
        await connection.sendRequest(InitializeRequest.type, { processId: process.pid, rootUri: null, workspaceFolders: null, capabilities: { workspace: { configuration: true } } });
        await connection.sendNotification(InitializedNotification.type, {});
        await connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'dpa', version: 1, text: minimalAgreement() } });
        await published;
    }, 60_000);

    afterAll(async () => {
        await connection.sendRequest(ShutdownRequest.type);
        await connection.sendNotification(ExitNotification.type);
        connection.dispose();
        server.kill();
    });

    test('untrusted: the built-in templates; trusted: the firm\'s', async () => {
        const untrusted = await connection.sendRequest(PreviewRequest, { uri });
        expect(untrusted.ok).toBe(true);
        expect(untrusted.body).not.toContain('Door de firma geschreven meldplicht.');
        // A settings change in the untrusted workspace still leaves the firm's folder out.
        await connection.sendNotification(DidChangeConfigurationNotification.type, dpaSettingsNotification(settings, false));
        expect((await connection.sendRequest(PreviewRequest, { uri })).body).not.toContain('Door de firma geschreven meldplicht.');
        // Trust granted: the client sends the settings as they are.
        await connection.sendNotification(DidChangeConfigurationNotification.type, dpaSettingsNotification(settings, true));
        const trusted = await connection.sendRequest(PreviewRequest, { uri });
        expect(trusted.ok).toBe(true);
        expect(trusted.body).toContain('Door de firma geschreven meldplicht.');
    }, 60_000);
});

import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { ResponseError } from 'vscode-languageserver-protocol/node';
import { DiffRequest, type DiffParams, type DiffResult } from '../../packages/server/src/protocol.js';
import { lineOf, readExample } from '../helpers.js';
import { StdioServer } from './stdio-server.js';

/**
 * "DPA: Compare with…" (issue 14) over real stdio: the bundled server compares the open document
 * with another version, sent as text (the last committed version) or named by the URI of a
 * document it has, and answers the change report, the changes with their lines and the counts per
 * effect; a side that is not an agreement is a message naming it and its first error's line.
 */
const COMPLETE = readExample('complete.dpa');
/** The version before: a 48-hour breach deadline, no sub-processor in the United States. */
const BEFORE = COMPLETE.replace('breach notification within 24 hours', 'breach notification within 48 hours');
/** The version after (the open document): 24 hours, and Analytix added in the United States. */
const AFTER = COMPLETE.replace('    subprocessor Mailhuis {', '    subprocessor Analytix {\n        name "Analytix Inc."\n        service "Gebruiksstatistieken"\n        country US\n        transfer dpf certified\n    }\n\n    subprocessor Mailhuis {');

describe('dpa/diff over stdio', () => {
    let server: StdioServer;
    const afterUri = 'file:///tmp/compare/after.dpa';

    beforeAll(async () => {
        expect(BEFORE).not.toBe(COMPLETE);
        expect(AFTER).not.toBe(COMPLETE);
        server = await StdioServer.start({ settings: { diagnostics: { language: 'nl' } } });
        await server.open(afterUri, AFTER);
        await server.diagnostics(afterUri);
    });

    afterAll(async () => {
        await server.stop();
    });

    const diff = (params: DiffParams): Promise<DiffResult> => server.connection.sendRequest(DiffRequest, params);

    test('against the last committed version sent as text: the stricter breach deadline and the new sub-processor outside the EEA, linked to their lines', async () => {
        const result = await diff({ uri: afterUri, other: { text: BEFORE, label: 'HEAD' }, lang: 'en' });
        expect(result.ok).toBe(true);
        expect(result.changes.map(change => change.text)).toEqual([
            'Breach notification: deadline: 48 hours → 24 hours (stricter for the processor, shorter)',
            'Sub-processor Analytix added (looser for the processor, new transfer outside the EEA)'
        ]);
        expect(result.counts).toEqual({ 'looser-for-processor': 1, 'stricter-for-controller': 0, 'stricter-for-processor': 1, 'looser-for-controller': 0, neutral: 0 });
        const breach = result.changes[0]!;
        expect(breach).toMatchObject({ kind: 'changed', effect: 'stricter-for-processor', note: 'shorter', line: { old: lineOf(BEFORE, 'breach notification') + 1, new: lineOf(AFTER, 'breach notification') + 1 } });
        expect(result.changes[1]).toMatchObject({ kind: 'added', effect: 'looser-for-processor', note: 'new-transfer', line: { new: lineOf(AFTER, 'subprocessor Analytix') + 1 } });
        // The report's rows carry their 0-based line in the open document, for the panel's links.
        expect(result.body).toContain('<h1>Changes to the data processing agreement</h1>');
        expect(result.body).toContain('From HEAD to after.dpa');
        expect(result.body).toContain(`<li data-line="${lineOf(AFTER, 'breach notification')}">Breach notification: deadline: 48 hours → 24 hours`);
        expect(result.body).toContain(`<li data-line="${lineOf(AFTER, 'subprocessor Analytix')}">Sub-processor Analytix added`);
        expect(result.body).not.toMatch(/<!DOCTYPE|<html|<head|<script/i);
        expect(result.css).toContain('del{');
    });

    test('in the server\'s message language when the client names none (here Dutch), the same bytes each time', async () => {
        const params: DiffParams = { uri: afterUri, other: { text: BEFORE, label: 'HEAD' } };
        const first = await diff(params);
        expect(first.changes[0]!.text).toBe('Melding van datalekken: termijn: 48 uur → 24 uur (strenger voor de verwerker, korter)');
        expect(first.body).toContain('Van HEAD naar after.dpa');
        expect(JSON.stringify(await diff(params))).toBe(JSON.stringify(first));
    });

    test('against another document the server has, named by its URI; the other text is never added to the workspace', async () => {
        const beforeUri = 'file:///tmp/compare/before.dpa';
        await server.open(beforeUri, BEFORE);
        const result = await diff({ uri: afterUri, other: { uri: beforeUri }, lang: 'en' });
        expect(result.ok).toBe(true);
        expect(result.body).toContain('From before.dpa to after.dpa');
        expect(result.changes.map(change => change.effect)).toEqual(['stricter-for-processor', 'looser-for-processor']);
        await server.close(beforeUri);
        // Nothing was published for a document the server parsed for a comparison only.
        expect([...server.published.keys()].filter(uri => !uri.startsWith('file:'))).toEqual([]);
    });

    test('the same version: no change', async () => {
        const result = await diff({ uri: afterUri, other: { text: AFTER, label: 'HEAD' }, lang: 'en' });
        expect(result).toMatchObject({ ok: true, changes: [] });
        expect(result.body).toContain('The two versions say the same: no change.');
    });

    test('another version that does not parse is a message naming it and the line of its first error, not a crash', async () => {
        const broken = BEFORE.replace('breach notification within 48 hours', 'breach notification within 48 hourz');
        const result = await diff({ uri: afterUri, other: { text: broken, label: 'HEAD' }, lang: 'en' });
        expect(result.ok).toBe(false);
        expect(result.message).toMatch(new RegExp(`^The other version \\(HEAD\\) is not an agreement dpa can read: line ${lineOf(broken, 'hourz') + 1}: `));
        expect(result.body).toContain('<p class="notice">The other version (HEAD) is not an agreement dpa can read');
        expect(result.changes).toEqual([]);

        const nl = await diff({ uri: afterUri, other: { text: 'agreement {', label: 'HEAD' }, lang: 'nl' });
        expect(nl.message).toMatch(/^De andere versie \(HEAD\) is geen overeenkomst die dpa kan lezen: regel 1: /);
        const empty = await diff({ uri: afterUri, other: { text: '', label: 'HEAD' }, lang: 'en' });
        expect(empty.message).toMatch(/^The other version \(HEAD\) is not an agreement dpa can read: line 1: Expecting token of type 'agreement'/);
        expect(server.alive).toBe(true);
    });

    test('an open document that does not parse is named as the side that fails', async () => {
        const brokenUri = 'file:///tmp/compare/broken.dpa';
        const text = `${COMPLETE}\n}}\n`;
        await server.open(brokenUri, text);
        await server.diagnostics(brokenUri);
        const result = await diff({ uri: brokenUri, other: { text: COMPLETE, label: 'HEAD' }, lang: 'en' });
        expect(result.ok).toBe(false);
        expect(result.message).toMatch(new RegExp(`^The open document broken\\.dpa is not an agreement dpa can read: line ${text.split('\n').length - 1}: `));
        await server.close(brokenUri);
    });

    test('unknown documents are messages; malformed parameters are InvalidParams; the server serves on', async () => {
        const unknown = await diff({ uri: 'file:///tmp/compare/nowhere.dpa', other: { text: BEFORE, label: 'HEAD' }, lang: 'en' });
        expect(unknown.message).toBe('This document is not (or no longer) open in the editor.');
        const otherUnknown = await diff({ uri: afterUri, other: { uri: 'file:///tmp/compare/nowhere.dpa' }, lang: 'en' });
        expect(otherUnknown.message).toBe('The other version, file:///tmp/compare/nowhere.dpa, is not open in the editor nor a file of the workspace.');
        for (const params of [{}, { uri: afterUri }, { uri: afterUri, other: { text: 1, label: 'x' } }, { uri: afterUri, other: { text: '' } }, { uri: afterUri, other: { uri: afterUri }, lang: 'de' }]) {
            const error = await server.connection.sendRequest(DiffRequest.method, params).then(() => undefined, (e: unknown) => e);
            expect(error, JSON.stringify(params)).toBeInstanceOf(ResponseError);
            expect((error as ResponseError<unknown>).code).toBe(-32602);
        }
        expect((await diff({ uri: afterUri, other: { text: BEFORE, label: 'HEAD' }, lang: 'en' })).ok).toBe(true);
    });
});

describe('dpa/diff with the firm\'s playbook of the workspace', () => {
    test('the change that brings a departure from a position is marked, as dpa diff --playbook marks it', async () => {
        const { copyFileSync, mkdtempSync } = await import('node:fs');
        const { tmpdir } = await import('node:os');
        const { join } = await import('node:path');
        const { pathToFileURL } = await import('node:url');
        const dir = mkdtempSync(join(tmpdir(), 'dpa-compare-playbook-'));
        copyFileSync(join(import.meta.dirname, '../../examples/playbooks/kantoor-de-linde.json'), join(dir, 'dpa-playbook.json'));
        const server = await StdioServer.start({ workspaceFolder: pathToFileURL(dir).href });
        try {
            const uri = pathToFileURL(join(dir, 'complete.dpa')).href;
            const later = COMPLETE.replace('breach notification within 24 hours', 'breach notification within 72 hours');
            await server.open(uri, later);
            await server.diagnostics(uri);
            const result = await server.connection.sendRequest(DiffRequest, { uri, other: { text: COMPLETE, label: 'HEAD' }, lang: 'en' });
            expect(result.changes.map(change => change.text)).toEqual(['Breach notification: deadline: 24 hours → 72 hours (looser for the processor, longer)']);
            expect(result.body).toContain('<p class="crossing">Departs from the firm&#39;s position: Playbook Kantoor De Linde: breach notification within 72 hours is later than the firm&#39;s position of 36 hours. [PB-breach-notification]</p>');
        } finally {
            await server.stop();
        }
    });
});

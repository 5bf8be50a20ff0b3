import { copyFileSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { dump } from 'js-yaml';
import { NodeFileSystem } from 'langium/node';
import { URI } from 'vscode-uri';
import { describe, expect, test } from 'vitest';
import type { Diagnostic } from 'vscode-languageserver-types';
import { checkText, createDpaServices, isFixData, type DpaServices } from '../../packages/language/src/index.js';
import { applyEdits, EXAMPLES, readExample } from '../helpers.js';

/**
 * The firm's playbook as a check of the validator: the workspace folder's dpa-playbook.json (or
 * .yaml), or the one a setting names, applies to the agreements in the folder; its departures are
 * diagnostics with the firm's codes, severities and messages, and quick fixes that reach the
 * position; a broken playbook is one warning naming the file and why.
 */
const EXAMPLE_PLAYBOOK = join(EXAMPLES, 'playbooks/kantoor-de-linde.json');
const COMPLETE = readExample('complete.dpa');

function folderWith(files: Record<string, string>): string {
    const dir = mkdtempSync(join(tmpdir(), 'dpa-playbook-'));
    for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
    return dir;
}

function servicesFor(folder: string, setting?: string): DpaServices {
    const { Dpa } = createDpaServices(NodeFileSystem);
    Dpa.dpa.Playbooks.configure([URI.file(folder)], setting);
    return Dpa;
}

async function diagnostics(services: DpaServices, folder: string, text = COMPLETE): Promise<{ all: readonly Diagnostic[]; playbook: Diagnostic[]; text: string }> {
    const result = await checkText(services, text, URI.file(join(folder, 'agreement.dpa')).toString());
    const all = result.diagnostics;
    return { all, playbook: all.filter(d => /^(PB-|LINDE-)|^playbook-/.test(String(d.code))), text };
}

const said = (list: readonly Diagnostic[]) => list.map(d => `${String(d.code)} ${d.severity}: ${d.message}`);

describe('the playbook in the validator', () => {
    test('the workspace folder\'s dpa-playbook.json applies: the firm\'s codes, severities and messages, at their places', async () => {
        const folder = folderWith({});
        copyFileSync(EXAMPLE_PLAYBOOK, join(folder, 'dpa-playbook.json'));
        const { playbook, text } = await diagnostics(servicesFor(folder), folder);
        expect(said(playbook)).toEqual([
            'PB-subprocessor-countries 2: Playbook Kantoor De Linde: sub-processor Ticketflow is seated or processes in US, outside the countries the firm accepts (the EEA, CH, GB).',
            'PB-subprocessor-countries 2: Playbook Kantoor De Linde: sub-processor Mailhuis is seated or processes in US, outside the countries the firm accepts (the EEA, CH, GB).',
            'LINDE-AANSPR 2: We accept no liability cap below EUR 500,000 (policy 2026, item 4).'
        ]);
        const lines = text.split('\n');
        const [ticketflow, , cap] = playbook;
        expect(lines[ticketflow!.range.start.line]!.slice(ticketflow!.range.start.character, ticketflow!.range.end.character)).toBe('Ticketflow');
        expect(lines[cap!.range.start.line]!.slice(cap!.range.start.character, cap!.range.end.character)).toMatch(/^\d+$/);
    });

    test('the same playbook in YAML gives the same diagnostics; an agreement outside the playbook\'s folder is not held to it', async () => {
        const yamlFolder = folderWith({ 'dpa-playbook.yaml': dump(JSON.parse(readExampleJson())) });
        const yaml = await diagnostics(servicesFor(yamlFolder), yamlFolder);
        expect(yaml.playbook).toHaveLength(3);
        expect(said(yaml.playbook)).toEqual(said((await diagnostics(servicesFor(jsonFolder()), jsonFolder())).playbook));
        const outside = folderWith({});
        expect((await diagnostics(servicesFor(jsonFolder()), outside)).playbook).toEqual([]);
    });

    test('each quick fix moves the agreement to the position: the diagnostic is gone after it', async () => {
        const folder = jsonFolder();
        const services = servicesFor(folder);
        const later = COMPLETE.replace('breach notification within 24 hours', 'breach notification within 3 days')
            .replace('"Hosting van het platform', '"Naar beste vermogen: "hosting" van het platform'.replace(/"hosting"/, '\\"hosting\\"'));
        const before = await diagnostics(services, folder, later);
        const fixable = before.playbook.filter(d => isFixData(d.data) && d.data.fixes.length > 0);
        expect(fixable.map(d => String(d.code)).sort()).toEqual(['LINDE-AANSPR', 'PB-breach-notification', 'PB-forbidden-wording']);
        let text = later;
        for (const code of ['PB-breach-notification', 'PB-forbidden-wording', 'LINDE-AANSPR']) {
            const current = await diagnostics(services, folder, text);
            const d = current.playbook.find(x => x.code === code)!;
            if (!isFixData(d.data)) throw new Error(`${code} has no fix`);
            text = applyEdits(text, d.data.fixes[0]!.edits);
        }
        const after = await diagnostics(services, folder, text);
        expect(after.playbook.map(d => d.code)).toEqual(['PB-subprocessor-countries', 'PB-subprocessor-countries']);
        expect(after.all.filter(d => d.severity === 1)).toEqual([]);
        expect(text).toContain('breach notification within 36 hours');
    });

    test('a replacement with quotes and backslashes stays one string literal', async () => {
        const playbook = { name: 'Quotes', positions: { forbiddenWording: [{ words: 'best efforts', replacement: 'the "agreed" \\ measures' }] } };
        const folder = folderWith({ 'dpa-playbook.json': JSON.stringify(playbook) });
        const services = servicesFor(folder);
        const text = COMPLETE.replace('"Hosting van het platform', '"Best efforts: hosting van het platform');
        const { playbook: found } = await diagnostics(services, folder, text);
        expect(found).toHaveLength(1);
        if (!isFixData(found[0]!.data)) throw new Error('no fix');
        const fixed = applyEdits(text, found[0]!.data.fixes[0]!.edits);
        expect(fixed).toContain('"the \\"agreed\\" \\\\ measures: hosting van het platform');
        const again = await diagnostics(services, folder, fixed);
        expect(again.playbook).toEqual([]);
        expect(again.all.filter(d => d.severity === 1)).toEqual([]);
    });

    test('a playbook named by the setting, relative to the folder, wins over the folder\'s file; an absolute one holds everywhere', async () => {
        const folder = folderWith({ 'dpa-playbook.json': JSON.stringify({ name: 'Folder', positions: { liabilityCap: { minimum: 1 } } }) });
        writeFileSync(join(folder, 'firm.json'), readExampleJson());
        expect((await diagnostics(servicesFor(folder), folder)).playbook).toEqual([]);
        expect((await diagnostics(servicesFor(folder, 'firm.json'), folder)).playbook).toHaveLength(3);
        const elsewhere = folderWith({});
        expect((await diagnostics(servicesFor(elsewhere, join(folder, 'firm.json')), elsewhere)).playbook).toHaveLength(3);
    });

    test('a broken or missing playbook is one warning on the agreement with the file and why; nothing else changes', async () => {
        const clean = await diagnostics(servicesFor(folderWith({})), folderWith({}));
        for (const [files, setting, reason] of [
            [{ 'dpa-playbook.json': '{ "name": "X", "positions": { "breachNotification": { "maxHours": "36" } } }' }, undefined, /dpa-playbook\.json: positions\.breachNotification\.maxHours: /],
            [{ 'dpa-playbook.json': '{ "name": ' }, undefined, /dpa-playbook\.json: not JSON: /],
            [{ 'dpa-playbook.yaml': 'name: X\npositions: [\n' }, undefined, /dpa-playbook\.yaml: not YAML: .*\(\d+:\d+\)/],
            [{}, 'missing.json', /missing\.json: no such file/]
        ] as const) {
            const folder = folderWith(files);
            const { all, playbook } = await diagnostics(servicesFor(folder, setting), folder);
            expect(said(playbook)).toEqual([expect.stringMatching(/^playbook-unreadable 2: The playbook could not be read, so its positions were not checked: /)]);
            expect(playbook[0]!.message).toMatch(reason);
            expect(all.length).toBe(clean.all.length + 1);
        }
    });

    test('the examples without a playbook: no playbook diagnostics', async () => {
        for (const name of ['complete.dpa', 'icteam-imaging-people.dpa']) {
            const { playbook } = await diagnostics(servicesFor(folderWith({})), folderWith({}), readExample(name));
            expect(playbook).toEqual([]);
        }
    });
});

let examplePlaybookFolder: string | undefined;

/** A folder holding the example playbook as dpa-playbook.json. */
function jsonFolder(): string {
    examplePlaybookFolder ??= folderWith({ 'dpa-playbook.json': readExampleJson() });
    return examplePlaybookFolder;
}

function readExampleJson(): string {
    return readExample('playbooks/kantoor-de-linde.json');
}

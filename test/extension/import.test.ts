import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import * as importerModule from '../../packages/importer/src/index.js';
import {
    DOCUMENT_EXTENSIONS, IMPORT_EXTENSION_ID, importedFileName, importSummary, isDocumentPath, isImportError, isImporterApi, megabytes, messageLanguage,
    reviewStatus, reviewTrace, type ImporterApi
} from '../../packages/extension/src/import/importing.js';
import { bundleText, SOURCE_TEXT } from '../../packages/extension/src/l10n.js';
import { ROOT } from '../helpers.js';

/**
 * "DPA: Import Agreement…" and "DPA: Review Agreement…" without VS Code: the companion's API is
 * the importer's module as it is (checked by type and by shape), the documents the commands take,
 * the file an import writes, the messages' language, and the words of the summary and the panel.
 */
const manifest = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
    contributes: { commands: { command: string; title: string }[]; menus: Record<string, { command: string; when?: string }[]> };
    scripts: Record<string, string>;
};
const nl = bundleText(JSON.parse(readFileSync(join(ROOT, 'l10n', 'bundle.l10n.nl.json'), 'utf8')) as Record<string, string>);

describe('the companion extension\'s API', () => {
    test('is the importer\'s module: it has the shape the commands call (by type, and by isImporterApi)', () => {
        // A compile-time check as much as a run-time one: the module must be assignable to the API.
        const api: ImporterApi = importerModule;
        expect(isImporterApi(api)).toBe(true);
        expect(isImporterApi({ readSource: () => undefined })).toBe(false);
        expect(isImporterApi(undefined)).toBe(false);
    });

    test('its ImportError, made by the extension for a file over the limit, says so in Dutch and English', () => {
        const api: ImporterApi = importerModule;
        const error = new api.ImportError('read.tooLarge', 'big.pdf', { size: megabytes(30 * 1024 * 1024), limit: megabytes(api.IMPORT_LIMITS.fileBytes) });
        expect(isImportError(error, api)).toBe(true);
        expect(isImportError(new Error('x'), api)).toBe(false);
        expect(error.describe('en')).toContain('big.pdf');
        expect(error.describe('en')).toContain('30 MB');
        expect(error.describe('nl')).not.toBe(error.describe('en'));
    });

    test('the documents the commands take are the importer\'s formats', () => {
        expect([...DOCUMENT_EXTENSIONS].sort()).toEqual(Object.keys(importerModule.SOURCE_EXTENSIONS).map(e => e.slice(1)).sort());
        expect(isDocumentPath('/w/Verwerkersovereenkomst.DOCX')).toBe(true);
        expect(isDocumentPath('/w/a.pdf')).toBe(true);
        expect(isDocumentPath('/w/a.dpa')).toBe(false);
        expect(isDocumentPath('/w/.md')).toBe(false);
        expect(isDocumentPath('/w/README')).toBe(false);
    });
});

test('an import is written beside its document, as <name>.dpa', () => {
    expect(importedFileName('Verwerkersovereenkomst.docx')).toBe('Verwerkersovereenkomst.dpa');
    expect(importedFileName('dpa.v2.pdf')).toBe('dpa.v2.dpa');
    expect(importedFileName('notes')).toBe('notes.dpa');
});

test('the importer\'s messages follow dpa.diagnostics.language, else the display language', () => {
    expect(messageLanguage('en', 'nl')).toBe('en');
    expect(messageLanguage('auto', 'nl-BE')).toBe('nl');
    expect(messageLanguage(undefined, 'en-US')).toBe('en');
    expect(messageLanguage('auto', 'de')).toBe('en');
});

test('the trace sent to the server holds each piece\'s text and destination only', () => {
    const facts = {
        placements: [{ block: 3, at: { line: 4 }, text: 'Partijen', destination: { kind: 'model' as const, element: 'party:processor' } }],
        customClauses: ['Looptijd'],
        standardClauses: ['breach']
    };
    expect(reviewTrace(facts)).toEqual({ placements: [{ text: 'Partijen', destination: { kind: 'model', element: 'party:processor' } }], customClauses: ['Looptijd'] });
    expect(importSummary('a.dpa', facts, SOURCE_TEXT)).toBe('Imported a.dpa: 1 standard clauses, 1 custom clauses to review (marked // REVIEW).');
    expect(importSummary('a.dpa', facts, nl)).toBe('a.dpa geïmporteerd: 1 standaardbepalingen, 1 eigen bepalingen om na te lopen (gemarkeerd met // REVIEW).');
});

test('the review panel\'s status line: missing elements are errors, weak ones or defects warnings', () => {
    const result = (present: number, weak: number, missing: number, defects: number) => ({ title: '', css: '', body: '', counts: { present, weak, missing, defects } });
    expect(reviewStatus(result(8, 1, 2, 3), SOURCE_TEXT)).toEqual({ status: 'Art. 28(3): 8 present, 1 weak, 2 missing; 3 defects', statusClass: 'errors' });
    expect(reviewStatus(result(10, 1, 0, 0), nl)).toEqual({ status: 'Art. 28 lid 3: 10 aanwezig, 1 zwak, 0 ontbreekt; 0 gebreken', statusClass: 'warnings' });
    expect(reviewStatus(result(11, 0, 0, 0), SOURCE_TEXT).statusClass).toBe('clean');
});

describe('the manifest', () => {
    test('contributes both commands to the palette, and to the explorer\'s menu of a document on the desktop', () => {
        const commands = manifest.contributes.commands.map(c => c.command);
        expect(commands).toEqual(expect.arrayContaining(['dpa.importAgreement', 'dpa.reviewAgreement']));
        const explorer = manifest.contributes.menus['explorer/context']!;
        for (const command of ['dpa.importAgreement', 'dpa.reviewAgreement']) {
            const entry = explorer.find(item => item.command === command);
            expect(entry?.when).toContain('!isWeb');
            const pattern = /resourceExtname =~ \/(.+)\/i/.exec(entry?.when ?? '')?.[1];
            const regex = new RegExp(pattern!.replace(/\\\\/g, '\\'), 'i');
            for (const extension of DOCUMENT_EXTENSIONS) expect(regex.test(`.${extension}`), extension).toBe(true);
            expect(regex.test('.dpa')).toBe(false);
        }
        // No palette condition: on the web the commands say they need the desktop.
        expect(manifest.contributes.menus.commandPalette!.some(item => item.command === 'dpa.importAgreement')).toBe(false);
    });

    test('npm run package also packages the companion, whose id the commands ask for', () => {
        expect(manifest.scripts.package).toContain('node scripts/package-import.mjs');
        const script = readFileSync(join(ROOT, 'scripts', 'package-import.mjs'), 'utf8');
        expect(script).toContain("name: 'dpa-import'");
        expect(IMPORT_EXTENSION_ID).toBe('dpa-tools.dpa-import');
    });
});

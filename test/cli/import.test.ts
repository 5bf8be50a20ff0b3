import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { check, readExample, ROOT } from '../helpers.js';

/**
 * `dpa import` and `dpa review` end to end, through the bundled CLI and the importer's own bundle
 * (dist/import.cjs): a real agreement as text and a Word file become a .dpa that parses; the
 * review judges the Art. 28(3) elements; a document that cannot be read is exit 2 with why.
 */
const CLI = join(ROOT, 'packages/cli/dist/cli.cjs');
const REAL = join(ROOT, '..', 'shared', 'real-agreements', 'opsio-2026-verwerkersovereenkomst.txt');
const corpus = existsSync(REAL) ? describe : describe.skip;

function dpa(args: string[], cwd: string) {
    const result = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8' });
    return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

function folder(): string {
    return mkdtempSync(join(tmpdir(), 'dpa-import-'));
}

corpus('dpa import of a real agreement', () => {
    test('text: a .dpa named after the document, which parses; an existing one is kept without --force', async () => {
        const dir = folder();
        const result = dpa(['import', REAL], dir);
        expect(result.code).toBe(0);
        const target = join(dir, 'opsio-2026-verwerkersovereenkomst.dpa');
        expect(result.stdout).toMatch(/^Wrote .*opsio-2026-verwerkersovereenkomst\.dpa: \d+ standard clauses, \d+ custom clauses to review; \d+ error\(s\), \d+ warning\(s\)\./);
        const text = readFileSync(target, 'utf8');
        const checked = await check(text);
        expect(checked.document.parseResult.parserErrors).toEqual([]);
        expect(checked.agreement?.parties.length).toBeGreaterThanOrEqual(2);
        const again = dpa(['import', REAL], dir);
        expect(again.code).toBe(2);
        expect(readFileSync(target, 'utf8')).toBe(text);
        expect(dpa(['import', REAL, '--force'], dir).code).toBe(0);
        expect(readFileSync(target, 'utf8'), 'same document, same bytes').toBe(text);
    });

    test('dpa review: the 17 elements of Art. 28(3), each present, weak or missing, as JSON and Markdown', () => {
        const dir = folder();
        const json = dpa(['review', REAL, '--format', 'json'], dir);
        expect(json.code).toBe(0);
        const review = JSON.parse(json.stdout) as { source: string; elements: { id: string; status: string; quotes: string[] }[]; defects: { code: string }[] };
        expect(review.source).toBe('opsio-2026-verwerkersovereenkomst.txt');
        expect(review.elements).toHaveLength(17);
        expect(review.elements.every(e => ['present', 'weak', 'missing'].includes(e.status))).toBe(true);
        expect(review.elements.some(e => e.status === 'present' && e.quotes.length > 0), 'a present element quotes the document').toBe(true);
        const md = dpa(['review', REAL, '--lang', 'nl'], dir);
        expect(md.stdout).toMatch(/^# Beoordeling van opsio-2026-verwerkersovereenkomst\\.txt\n/);
        expect(existsSync(join(dir, 'opsio-2026-verwerkersovereenkomst.dpa')), 'review writes no .dpa').toBe(false);
    });
});

describe('dpa import and review of other documents', () => {
    test('a Word file the generator wrote comes back as an agreement with its parties', async () => {
        const dir = folder();
        writeFileSync(join(dir, 'complete.dpa'), readExample('complete.dpa'));
        expect(dpa(['generate', 'complete.dpa', '--format', 'docx', '--out', 'word'], dir).code).toBe(0);
        const result = dpa(['import', 'word/complete.docx', '--out', 'imported'], dir);
        expect(result.code, result.stderr).toBe(0);
        const text = readFileSync(join(dir, 'imported', 'complete.dpa'), 'utf8');
        const checked = await check(text);
        expect(checked.document.parseResult.parserErrors).toEqual([]);
        expect(checked.agreement?.parties.map(p => p.name).length).toBeGreaterThanOrEqual(2);
        // A Word document has paragraphs, not lines: the comments say which paragraph each piece comes from.
        expect(text).toMatch(/^ {4}\/\/ Source paragraph \d+: /mu);
        expect(text).not.toMatch(/Source line|\?:/u);
    });

    test('a .dpa is reviewed as it is', () => {
        const dir = folder();
        writeFileSync(join(dir, 'complete.dpa'), readExample('complete.dpa'));
        const review = JSON.parse(dpa(['review', 'complete.dpa', '--format', 'json'], dir).stdout) as { elements: { status: string }[]; defects: unknown[] };
        expect(review.elements.every(e => e.status === 'present')).toBe(true);
        expect(review.defects).toEqual([]);
    });

    test('documents that cannot be read: exit 2, the file and why, nothing written', () => {
        const dir = folder();
        writeFileSync(join(dir, 'empty.txt'), '');
        writeFileSync(join(dir, 'broken.docx'), 'not a zip at all');
        writeFileSync(join(dir, 'agreement.odt'), 'x');
        for (const name of ['empty.txt', 'broken.docx', 'agreement.odt', 'missing.pdf']) {
            const result = dpa(['import', name], dir);
            expect(result.code, name).toBe(2);
            expect(result.stderr, name).toContain(name);
            expect(existsSync(join(dir, name.replace(/\.\w+$/, '.dpa'))), name).toBe(false);
        }
        expect(dpa(['import'], dir).stderr).toMatch(/^Name one document to import\./);
    });
});

test('the importer is a bundle of its own: the shared bundle (the server\'s, the extension\'s) does not hold its readers', () => {
    const shared = readFileSync(join(ROOT, 'dist/dpa.cjs'), 'utf8');
    const importer = readFileSync(join(ROOT, 'dist/import.cjs'), 'utf8');
    expect(shared).toContain('require("./import.cjs")');
    for (const marker of ['mammoth', 'unpdf', 'GlobalWorkerOptions']) {
        expect(importer, `${marker} is in the importer's bundle`).toContain(marker);
        expect(shared, `${marker} is not in the shared bundle`).not.toContain(marker);
    }
});

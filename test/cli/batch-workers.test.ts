import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { runBatch, threadCount, type BatchRun } from '../../packages/cli/src/batch/run.js';
import { readDataFile, type DataFile } from '../../packages/cli/src/data-rows.js';
import { createLineProgress } from '../../packages/cli/src/progress.js';
import { commandServices } from '../../packages/cli/src/settings.js';
import { checkSources } from '../../packages/cli/src/sources.js';
import { docxText } from '../generator/docx-text.js';
import { EXAMPLES, ROOT } from '../helpers.js';
import { referenceBatch } from './batch-reference.js';

// Worker threads and several formats in one run give what `dpa batch` gave before issue 12, one
// format at a time in one thread (batch-reference.ts): the same lines, the same files, the same
// bytes, for the example rows, for hostile and failing rows and for rows fast-check makes up.

const CLI = join(ROOT, 'packages/cli/dist/cli.cjs');
const TEMPLATE = join(EXAMPLES, 'itzz-template.dpa');
const { Dpa } = commandServices({ lang: 'en', rule: [] });
const { results: [template] } = await checkSources(Dpa, [TEMPLATE]);
const customers = readDataFile(join(EXAMPLES, 'customers.csv'));

/** Rows as a JSON data file (any value, any character), read as the CLI reads it. */
function dataFile(rows: readonly Record<string, unknown>[]): DataFile {
    const dir = mkdtempSync(join(tmpdir(), 'dpa-workers-'));
    writeFileSync(join(dir, 'rows.json'), JSON.stringify(rows));
    return readDataFile(join(dir, 'rows.json'));
}

const base = customers.rows.map(row => row.values as Record<string, string>);
/** The example rows, and rows that fail or warn in every way a row can. */
const MIXED = [
    ...base,
    { ...base[0], customerName: '' },
    { ...base[1], signingDate: '2025-02-30' },
    { ...base[2], customerCity: 'Delft\u202Eevil' },
    { ...base[3], customerRepresentative: 'Bell\u0007' },
    { ...base[4], customerName: 'Naam {{customerCity}}' },
    { ...base[0], categories: 'AddressPhone; Bogus' },
    { ...base[1], careProvider: 'misschien' },
    { ...base[1], careProvider: 'nee', customerName: 'Medisch zonder zorgnorm' },
    { ...base[2], customerName: ['an', 'array'] },
    { ...base[3], customerName: 'Quote " and \\ backslash\nand a line break' },
    { ...base[0] }
];

interface Captured { lines: string[]; progress: string[]; files: Map<string, Buffer>; written: readonly string[]; failed: readonly number[] }

/** One run of the new runBatch into a fresh folder, with everything it said and wrote. */
async function run(data: DataFile, formats: BatchRun['formats'], threads: number, workerFile = CLI): Promise<Captured> {
    const outDir = mkdtempSync(join(tmpdir(), 'dpa-workers-out-'));
    const lines: string[] = [];
    const progress: string[] = [];
    const result = await runBatch({
        services: Dpa, template: template!, templateLabel: 'itzz-template.dpa', data, dataLabel: 'rows.json', formats, outDir,
        nameColumn: 'customerName', lang: 'en', agreementLang: 'nl', draft: true, report: line => lines.push(line),
        progress: createLineProgress(data.rows.length, line => progress.push(line)),
        workers: { file: workerFile, settings: { serviceLang: 'en', rules: [] } }, threads
    });
    const files = new Map(readdirSync(outDir).map(name => [name, readFileSync(join(outDir, name))]));
    return { lines, progress, files, written: result.written.map(path => path.slice(outDir.length + 1)), failed: result.failed };
}

/** What the run before issue 12 gave, one format at a time. */
async function reference(data: DataFile, formats: BatchRun['formats']) {
    const outDir = '/out';
    const runs = [];
    for (const format of formats) {
        runs.push(await referenceBatch({ services: Dpa, template: template!, templateLabel: 'itzz-template.dpa', data, dataLabel: 'rows.json', format, outDir, nameColumn: 'customerName', lang: 'en', agreementLang: 'nl', draft: true }));
    }
    const files = new Map<string, Buffer>();
    for (const r of runs) for (const [path, content] of r.files) files.set(path.slice(outDir.length + 1), Buffer.from(content));
    return { lines: runs[0]!.lines, failed: runs[0]!.failed, files };
}

function expectSame(actual: Captured, expected: Awaited<ReturnType<typeof reference>>) {
    expect(actual.lines).toEqual(expected.lines);
    expect(actual.failed).toEqual(expected.failed);
    expect([...actual.files.keys()].sort()).toEqual([...expected.files.keys()].sort());
    for (const [name, bytes] of expected.files) expect(actual.files.get(name)?.equals(bytes), name).toBe(true);
}

describe('dpa batch in worker threads, several formats per run', () => {
    test('md,docx in one run, in this thread and in two workers: the lines, files and bytes of one format at a time before', async () => {
        const data = dataFile(MIXED);
        const expected = await reference(data, ['md', 'docx']);
        expect(expected.failed.length).toBeGreaterThan(5);
        expect(expected.lines.some(line => line.includes('warning DPA-R'))).toBe(true);
        const sequential = await run(data, ['md', 'docx'], 0);
        const workers = await run(data, ['md', 'docx'], 2);
        const threeWorkers = await run(data, ['md', 'docx'], 4);
        expectSame(sequential, expected);
        expectSame(workers, expected);
        expectSame(threeWorkers, expected);
        expect(workers.progress).toEqual(sequential.progress);
        expect(workers.written).toEqual(sequential.written);
        // Per row, one file per format in the order given.
        expect(sequential.written.slice(0, 2)).toEqual(['bakkerij-de-korst-b-v.md', 'bakkerij-de-korst-b-v.docx']);
    }, 240_000);

    test('rows made up by fast-check (empty, hostile, wrong dates, countries and choices): same as one thread before', async () => {
        const text = fc.oneof(
            fc.constantFrom('Bakkerij De Korst B.V.', 'Delft', '', ' ', 'Ünïcødé ß æ', 'a\u0000b', 'x\u2066y', '{{signingPlace}}', 'NL', 'C:\\path "quoted"', 'tab\there'),
            fc.string({ maxLength: 12 })
        );
        const date = fc.oneof(fc.constantFrom('2025-03-03', '2024-02-29', '2025-02-29', '2025-13-01', '03-03-2025', '', 'NL'), fc.date({ min: new Date('1990-01-01'), max: new Date('2040-01-01'), noInvalidDate: true }).map(d => d.toISOString().slice(0, 10)));
        const categories = fc.subarray(['AddressPhone', 'Financial', 'Medical', 'ThirdPartyLogins', 'Bogus', 'medical']).map(items => items.join('; '));
        const row = fc.record({
            customerName: text, customerCity: text, customerRepresentative: text, customerRepresentativeFunction: text, signingPlace: text,
            signingDate: date, mainAgreementDate: date, mainAgreementReference: text, processorSigningDate: date,
            categories, careProvider: fc.constantFrom('ja', 'nee', '', 'x', 'YES', 'misschien')
        });
        await fc.assert(fc.asyncProperty(fc.array(row, { minLength: 1, maxLength: 6 }), async rows => {
            const data = dataFile(rows);
            const expected = await reference(data, ['md', 'docx']);
            expectSame(await run(data, ['md', 'docx'], 0), expected);
            expectSame(await run(data, ['md', 'docx'], 2), expected);
        }), { numRuns: 4, seed: 12 });
    }, 600_000);

    test('the Word files are whole documents with the row\'s values in word/document.xml', async () => {
        const result = await run(dataFile(base.slice(0, 3)), ['docx'], 2);
        const text = docxText(result.files.get('tandartspraktijk-zuidwal.docx')!);
        expect(text).toContain('Tandartspraktijk Zuidwal');
        expect(text).toContain('Dr. A.M. Kortenhorst');
        expect(result.files.size).toBe(3);
    }, 120_000);

    test('a worker thread that dies is a clear error naming the rows; nothing half-written', async () => {
        const dir = mkdtempSync(join(tmpdir(), 'dpa-crash-'));
        const exits = join(dir, 'exits.cjs');
        writeFileSync(exits, 'require("node:worker_threads").parentPort.on("message", () => process.exit(3));\n');
        const throws = join(dir, 'throws.cjs');
        writeFileSync(throws, 'require("node:worker_threads").parentPort.on("message", () => { throw new Error("boom"); });\n');
        const data = dataFile(base);
        await expect(run(data, ['md'], 2, exits)).rejects.toThrow(/^a worker thread failed at rows \d+(–\d+)?: it stopped \(exit code 3\)$/);
        await expect(run(data, ['md'], 2, throws)).rejects.toThrow(/^a worker thread failed at rows \d+(–\d+)?: boom$/);
    }, 60_000);

    test('small batches stay in one thread: a worker costs more than it gains', () => {
        expect(threadCount(10, 2)).toBe(0);
        expect(threadCount(499, 2)).toBe(0);
        expect(threadCount(500, 2)).toBe(2);
        expect(threadCount(1000, 2)).toBe(2);
        expect(threadCount(1000, 1)).toBe(0);
        expect(threadCount(800, 8)).toBe(3);
    });
});

describe('dpa batch --format with several formats, through the binary', () => {
    const dpa = (args: string[], cwd: string, threads: string) => {
        const result = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8', env: { ...process.env, DPA_BATCH_THREADS: threads } });
        return { code: result.status, stdout: result.stdout, stderr: result.stderr };
    };
    const workspace = () => {
        const dir = mkdtempSync(join(tmpdir(), 'dpa-formats-'));
        writeFileSync(join(dir, 'template.dpa'), readFileSync(TEMPLATE));
        writeFileSync(join(dir, 'rows.json'), JSON.stringify(MIXED));
        return dir;
    };
    const folder = (dir: string) => new Map(readdirSync(dir).map(name => [name, readFileSync(join(dir, name))]));

    test('--format md,docx: the same output, messages, progress and exit code with and without workers', () => {
        const dir = workspace();
        const args = (out: string) => ['batch', 'template.dpa', 'rows.json', '--out', out, '--format', 'md,docx', '--progress', 'lines', '--draft'];
        const one = dpa(args('one'), dir, '0');
        const two = dpa(args('two'), dir, '2');
        expect(one.code).toBe(1);
        expect(two.code).toBe(one.code);
        expect(two.stderr).toBe(one.stderr);
        expect(two.stdout).toBe(one.stdout);
        expect(one.stderr).toMatch(/\n\d+ generated, \d+ failed \(rows /);
        const a = folder(join(dir, 'one'));
        const b = folder(join(dir, 'two'));
        expect([...b.keys()]).toEqual([...a.keys()]);
        for (const [name, bytes] of a) expect(b.get(name)!.equals(bytes), name).toBe(true);
        expect([...a.keys()].filter(name => name.endsWith('.md')).length).toBe([...a.keys()].filter(name => name.endsWith('.docx')).length);
    }, 240_000);

    test('a format named twice or unknown is a usage error; existing files of any format are refused', () => {
        const dir = workspace();
        expect(dpa(['batch', 'template.dpa', 'rows.json', '--format', 'md,md'], dir, '0')).toMatchObject({ code: 2, stderr: expect.stringContaining("--format names 'md' twice.") });
        expect(dpa(['batch', 'template.dpa', 'rows.json', '--format', 'md,pdf'], dir, '0')).toMatchObject({ code: 2, stderr: expect.stringContaining("Unknown format 'pdf'") });
        writeFileSync(join(dir, 'bakkerij-de-korst-b-v.docx'), 'mine');
        const refused = dpa(['batch', 'template.dpa', 'rows.json', '--format', 'md,docx', '--draft'], dir, '0');
        expect(refused.code).toBe(2);
        expect(refused.stderr).toContain('(bakkerij-de-korst-b-v.docx)');
    }, 60_000);
});

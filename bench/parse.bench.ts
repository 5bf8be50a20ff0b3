/**
 * A keystroke through `LangiumDocumentFactory.update` (issue 12): one character typed inside a
 * string of a custom clause in the middle of a generated agreement, then deleted again, with the
 * incremental reparse of one member (packages/language/src/incremental-parse.ts) against Langium's
 * full reparse (the baseline), on the same services, in this process. Records the rows
 * `parse.keystroke.<lines>`: incremental ÷ full, target ≤ 0.2.
 */
import { DefaultLangiumDocumentFactory, EmptyFileSystem, type LangiumDocument } from 'langium';
import { bench, describe } from 'vitest';
import { CancellationToken } from 'vscode-languageserver-protocol';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { URI } from 'vscode-uri';
import { createDpaServices } from '../packages/language/src/index.js';
import type { DpaDocumentFactory } from '../packages/language/src/incremental-parse.js';
import { generatedAgreement, SIZES } from './agreements.js';
import { median, record, type BenchRow } from './results.js';

const { shared } = createDpaServices(EmptyFileSystem);
const incremental = shared.workspace.LangiumDocumentFactory as DpaDocumentFactory;
const full = new DefaultLangiumDocumentFactory(shared);
const textDocuments = shared.workspace.TextDocuments!;

/** The agreement and the same text with one character typed inside a clause's text in its middle. */
function keystroke(lines: number): { text: string; typed: string } {
    const text = generatedAgreement(lines);
    const at = text.indexOf('text "', Math.floor(text.length / 2)) + 'text "'.length + 5;
    return { text, typed: text.slice(0, at) + 'x' + text.slice(at) };
}

let uris = 0;
/** A document of `text` whose updates go through `factory`; each call types or deletes the character. */
function typist(factory: DefaultLangiumDocumentFactory, text: string, typed: string): () => Promise<number> {
    const uri = URI.parse(`memory:///parse-bench-${++uris}.dpa`);
    const document: LangiumDocument = factory.fromString(text, uri);
    let version = 0;
    return async () => {
        const next = version % 2 === 0 ? typed : text;
        textDocuments.set(TextDocument.create(uri.toString(), 'dpa', ++version, next));
        const start = performance.now();
        await factory.update(document, CancellationToken.None);
        return performance.now() - start;
    };
}

const ROUNDS = 30;
const rows: BenchRow[] = [];
const typists = new Map<number, { incremental: () => Promise<number>; full: () => Promise<number> }>();

for (const lines of SIZES) {
    const { text, typed } = keystroke(lines);
    const pair = { incremental: typist(incremental, text, typed), full: typist(full, text, typed) };
    typists.set(lines, pair);
    // Warm up, then alternate the two sides so that both see the same machine load.
    for (let i = 0; i < 4; i++) {
        await pair.incremental();
        await pair.full();
    }
    const before = incremental.stats.incremental;
    const times = { incremental: [] as number[], full: [] as number[] };
    for (let i = 0; i < ROUNDS; i++) {
        times.incremental.push(await pair.incremental());
        times.full.push(await pair.full());
    }
    if (incremental.stats.incremental - before !== ROUNDS) throw new Error(`the keystroke at ${lines} lines did not take the incremental path`);
    const value = median(times.incremental);
    const baseline = median(times.full);
    rows.push({
        id: `parse.keystroke.${lines}`,
        what: `keystroke in a clause text → LangiumDocumentFactory.update, incremental ÷ full reparse, ${lines.toLocaleString('en')} lines`,
        lines,
        value: Math.round(value * 100) / 100,
        unit: 'ms',
        baseline: { what: 'full reparse (Langium DefaultLangiumDocumentFactory.update)', value: Math.round(baseline * 100) / 100 },
        ratio: Math.round((value / baseline) * 1000) / 1000,
        target: { limit: 0.2, of: 'ratio' }
    });
}
for (const row of record(rows)) console.log(`${row.id}: ${row.value} ms vs ${row.baseline?.value} ms = ×${row.ratio} (target ≤ ${row.target.limit}) ${row.pass ? 'pass' : 'FAIL'}`);

for (const lines of SIZES) {
    const pair = typists.get(lines)!;
    describe(`keystroke through LangiumDocumentFactory.update, ${lines} lines`, () => {
        bench('incremental reparse of the member', async () => { await pair.incremental(); }, { iterations: 10, time: 0 });
        bench('full reparse (baseline)', async () => { await pair.full(); }, { iterations: 10, time: 0 });
    });
}

import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { annexFacts, label, measureImports, NOT_IN_SOURCE, partyFacts, renderImportAccuracy } from '../../scripts/import-accuracy.js';
import { check, ROOT } from '../helpers.js';
import { corpus } from './corpus.js';

const DOC = join(ROOT, 'docs', 'import-accuracy.md');

it('docs/import-accuracy.md is the importer measured now (UPDATE_DOCS=1 rewrites it)', async () => {
    const table = await renderImportAccuracy();
    if (process.env['UPDATE_DOCS'] === '1' || !existsSync(DOC)) writeFileSync(DOC, table);
    expect(readFileSync(DOC, 'utf8')).toBe(table);
}, 120_000);

it('every defect the review reports on an imported agreement is judged by hand (test/importer/judged/)', async () => {
    const rows = await measureImports();
    expect(rows.flatMap(row => row.unjudged)).toEqual([]);
}, 120_000);

it('leaves out only facts that the hand-made models have (NOT_IN_SOURCE names no stale fact)', async () => {
    const stale: string[] = [];
    for (const entry of corpus()) {
        const hand = (await check(readFileSync(entry.model, 'utf8'))).agreement!;
        const facts = new Set([...partyFacts(hand), ...annexFacts(hand)].map(label));
        for (const { fact } of NOT_IN_SOURCE[entry.name] ?? []) if (!facts.has(fact)) stale.push(`${entry.name}: ${fact}`);
    }
    expect(Object.keys(NOT_IN_SOURCE).filter(name => !corpus().some(entry => entry.name === name))).toEqual([]);
    expect(stale).toEqual([]);
});

import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { measureImports, renderImportAccuracy } from '../../scripts/import-accuracy.js';
import { ROOT } from '../helpers.js';

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

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { renderClausesDoc, unexplainedParameters } from '../../scripts/clauses-doc.js';
import { ROOT } from '../helpers.js';

test('docs/clauses.md is current (regenerate with `npm run docs`)', async () => {
    expect(readFileSync(join(ROOT, 'docs/clauses.md'), 'utf8')).toBe(await renderClausesDoc());
}, 60_000);

test('every value of every standard clause parameter is explained (glossary or scripts/clause-notes.ts)', () => {
    expect(unexplainedParameters()).toEqual([]);
});

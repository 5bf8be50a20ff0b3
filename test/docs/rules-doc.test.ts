import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { renderRulesDoc } from '../../scripts/rules-doc.js';
import { ROOT } from '../helpers.js';

test('docs/rules.md is current (regenerate with `npm run docs`)', async () => {
    expect(readFileSync(join(ROOT, 'docs/rules.md'), 'utf8')).toBe(await renderRulesDoc());
});

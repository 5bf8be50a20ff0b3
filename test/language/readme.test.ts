import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { check, ROOT } from '../helpers.js';

test('the README example is a valid, clean agreement', async () => {
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    const example = /```dpa\n([\s\S]*?)```/.exec(readme)?.[1];
    expect(example).toBeDefined();
    const result = await check(example!);
    expect(result.diagnostics.map(d => `${d.range.start.line + 1}: ${d.code} ${d.message}`)).toEqual([]);
});

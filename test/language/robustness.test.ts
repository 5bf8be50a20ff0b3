import { describe, expect, test } from 'vitest';
import { VALIDATION_FAILED } from '../../packages/language/src/index.js';
import { check, readExample } from '../helpers.js';

/**
 * Half-typed documents: every check must cope with a partial syntax tree (a missing name,
 * label or value) without throwing. A throwing check becomes a `validation-failed` diagnostic
 * (and Langium's own wrapper an "An error occurred during validation"); there must be none, for
 * any prefix of the examples or any example with one line removed.
 */
function variants(text: string, count: number): string[] {
    const lines = text.split('\n');
    const out: string[] = [];
    for (let i = 1; i <= count; i++) out.push(text.slice(0, Math.floor((text.length * i) / (count + 1))));
    for (let i = 0; i < lines.length; i += Math.max(1, Math.floor(lines.length / count))) {
        out.push([...lines.slice(0, i), ...lines.slice(i + 1)].join('\n'));
        // The line cut in half: a declaration without its label or value.
        const half = lines[i]!.slice(0, Math.ceil(lines[i]!.length / 2));
        out.push([...lines.slice(0, i), half, ...lines.slice(i + 1)].join('\n'));
    }
    return out;
}

describe.each(['complete.dpa', 'icteam-imaging-people.dpa', 'itzz-template.dpa'])('%s, broken in many places', file => {
    test('never makes a check throw', async () => {
        const failures: string[] = [];
        for (const text of variants(readExample(file), 60)) {
            const result = await check(text);
            for (const d of result.diagnostics) {
                if (d.code === VALIDATION_FAILED || String(d.message).includes('An error occurred')) failures.push(`${d.message}\n--- in ---\n${text.slice(-200)}`);
            }
        }
        expect(failures.slice(0, 3)).toEqual([]);
    });
});

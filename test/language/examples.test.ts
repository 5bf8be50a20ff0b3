import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { describe, expect, test } from 'vitest';
import { check, exampleFiles } from '../helpers.js';

describe('examples', () => {
    test('there are the three reference examples', () => {
        expect(exampleFiles().map(f => basename(f))).toEqual(
            expect.arrayContaining(['complete.dpa', 'icteam-imaging-people.dpa', 'itzz-template.dpa'])
        );
    });

    for (const file of exampleFiles()) {
        test(`${basename(file)} parses and links without errors`, async () => {
            const result = await check(readFileSync(file, 'utf8'));
            expect(result.document.parseResult.lexerErrors).toEqual([]);
            expect(result.document.parseResult.parserErrors).toEqual([]);
            const linking = result.diagnostics.filter(d => d.code === 'linking-error' || String(d.message).startsWith('Could not resolve'));
            expect(linking).toEqual([]);
            expect(result.agreement).toBeDefined();
        });
    }

    test('complete.dpa is clean: no error, no warning, no info', async () => {
        const result = await check(readFileSync(exampleFiles().find(f => f.endsWith('complete.dpa'))!, 'utf8'));
        expect(result.diagnostics.map(d => `${d.range.start.line + 1}: ${d.code} ${d.message}`)).toEqual([]);
    });
});

import { describe, expect, test } from 'vitest';
import { rowValues, type TemplateField } from '../../packages/cli/src/commands/batch.js';
import { dpaInputFiles, FS_ERROR_REASONS, UsageError } from '../../packages/cli/src/files.js';
import { CLI_LANG, CLI_MESSAGES, say } from '../../packages/cli/src/messages.js';
import { formatOption } from '../../packages/cli/src/settings.js';

const field: TemplateField = { name: 'customerName', label: 'Naam van de klant', required: true, roles: new Set() };

describe('the CLI catalogue', () => {
    test('the CLI speaks English whatever --lang; the Dutch texts are there', () => {
        expect(CLI_LANG).toBe('en');
        expect(say('batch.summary', { written: 3, failed: 0 })).toBe('3 generated, 0 failed');
        expect(CLI_MESSAGES.text('nl', 'batch.summary', { written: 3, failed: 0 })).toBe('3 gegenereerd, 0 mislukt');
        expect(FS_ERROR_REASONS.ENOENT).toBe('no such file or folder; check the path');
        expect(Object.keys(FS_ERROR_REASONS)).toHaveLength(13);
    });

    test("a row's problems follow --lang", () => {
        const row = (value: unknown) => ({ number: 2, values: { customerName: value as string } });
        expect(rowValues([field], row(''), 'nl').problems).toEqual([{ field: 'customerName', message: 'leeg, maar verplicht (Naam van de klant)' }]);
        expect(rowValues([field], row(['x']), 'nl').problems[0]!.message).toBe('tekst verwacht, niet een lijst');
        expect(rowValues([field], row({ x: 1 }), 'en').problems[0]!.message).toBe('expected text, got an object');
    });

    test('the shared prologue: --format against the list, the .dpa inputs', () => {
        expect(formatOption('json', ['text', 'json'])).toBe('json');
        expect(() => formatOption('xml', ['text', 'json'])).toThrow(new UsageError("Unknown format 'xml': use text or json."));
        expect(() => formatOption('xml', ['md', 'pdf'], 'md, pdf')).toThrow(new UsageError("Unknown format 'xml': use md, pdf."));
        expect(() => dpaInputFiles([])).toThrow(new UsageError('Name at least one .dpa file or folder.'));
        expect(() => dpaInputFiles(['grammar'])).toThrow(new UsageError('No .dpa files in grammar.'));
        expect(dpaInputFiles(['examples/complete.dpa']).map(f => f.endsWith('examples/complete.dpa'))).toEqual([true]);
    });
});

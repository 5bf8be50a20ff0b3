import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { errorText, orList } from '../../packages/generator/src/errors.js';
import { GENERATOR_MESSAGES } from '../../packages/generator/src/i18n/index.js';
import { loadTemplateFolder, PdfError, TemplateError } from '../../packages/generator/src/index.js';
import { ROOT } from '../helpers.js';

const SOURCES = join(ROOT, 'packages/generator/src');

function sourceFiles(dir: string): string[] {
    return readdirSync(dir, { withFileTypes: true }).flatMap(entry =>
        entry.isDirectory() ? sourceFiles(join(dir, entry.name)) : entry.name.endsWith('.ts') ? [join(dir, entry.name)] : []);
}

describe('the generator\'s error messages', () => {
    const code = sourceFiles(SOURCES).map(file => readFileSync(file, 'utf8')).join('\n');

    test('every error.* message of the catalogue is used by the code (no dead keys)', () => {
        const keys = Object.keys(GENERATOR_MESSAGES.messages('en')).filter(key => key.startsWith('error.'));
        expect(keys.length).toBeGreaterThan(40);
        expect(keys.filter(key => !code.includes(`'${key}'`))).toEqual([]);
    });

    test('no error of the generator is written inline: each takes a message of the catalogue', () => {
        // A TemplateError's reason is typed ErrorText; a PdfError would also take a plain string.
        expect(code.match(/new (?:PdfError|GeneratorError)\(\s*['"`]/g) ?? []).toEqual([]);
        expect(code).toMatch(/new PdfError\(errorText\(/);
    });

    test('the message is English; describe(lang) says it in either language, values included', () => {
        const error = new TemplateError('partials/x', 4, errorText('error.render.tooMuchText', { max: { grouped: 10_000_000 } }));
        expect(error.message).toBe('Template \'partials/x\' line 4: produces more than 10,000,000 characters of text (a partial or block that repeats its text too often?)');
        expect(error.describe('en')).toBe(error.message);
        expect(error.describe('nl')).toBe('Sjabloon \'partials/x\' regel 4: levert meer dan 10.000.000 tekens tekst op (een partial of blok dat zijn tekst te vaak herhaalt?)');

        const large = new TemplateError('a.hbs', undefined, errorText('error.file.tooLargeSize', { max: { bytes: 1024 * 1024 }, size: { bytes: 2.1 * 1024 * 1024 } }), '/f/a.hbs');
        expect(large.message).toBe('/f/a.hbs: the file is larger than 1 MiB (2.1 MiB)');
        expect(large.describe('nl')).toBe('/f/a.hbs: het bestand is groter dan 1 MiB (2,1 MiB)');

        const stray = errorText('error.folder.strayEntry', { dirs: 'en/, nl/', entry: 'x', into: orList(['en/', 'nl/']) });
        expect(new TemplateError('x', undefined, stray, '/f/x').describe('nl')).toMatch(/verplaats 'x' naar en\/ of nl\/$/);

        const timeout = new PdfError(errorText('error.pdf.timeout', { seconds: 0.05 }));
        expect(timeout.message).toBe('LibreOffice did not convert the agreement to PDF within 0.05 s');
        expect(timeout.describe('nl')).toBe('LibreOffice heeft de overeenkomst niet binnen 0,05 s naar PDF omgezet');
        expect(timeout.text?.key).toBe('error.pdf.timeout');
    });

    test('an error from loading a folder keeps its key, file and values', () => {
        const missing = join(ROOT, 'no-such-template-folder');
        let error: unknown;
        try {
            loadTemplateFolder(missing, 'en');
        } catch (caught) {
            error = caught;
        }
        expect(error).toBeInstanceOf(TemplateError);
        const templateError = error as TemplateError;
        expect(templateError.message).toBe(`${missing}: no such template folder`);
        expect(templateError.reason.key).toBe('error.folder.missing');
        expect(templateError.describe('nl')).toBe(`${missing}: deze sjablonenmap bestaat niet`);
    });
});

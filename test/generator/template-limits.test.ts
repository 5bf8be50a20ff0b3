import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import {
    generateAgreement, loadTemplateFolder, TemplateEngine, TemplateError
} from '../../packages/generator/src/index.js';
import { TEMPLATE_LIMITS } from '../../packages/generator/src/template-limits.js';
import type { Agreement } from '../../packages/language/src/index.js';
import { check, readExample, ROOT } from '../helpers.js';
import { thrown } from './helpers.js';
import { hostileFolders } from './hostile-templates.js';

const CLI = join(ROOT, 'packages/cli/dist/cli.cjs');
const hostile = hostileFolders();

let complete: Agreement;
beforeAll(async () => {
    const result = await check(readExample('complete.dpa'));
    complete = result.agreement!;
});

describe('a hostile firm template folder, through the generator', () => {
    test.each(hostile.map(shape => [shape.name, shape] as const))('%s: a TemplateError with the file', (_, shape) => {
        const error = thrown(() => {
            const engine = loadTemplateFolder(shape.dir, 'nl');
            if (shape.at === 'load') return;
            generateAgreement(complete, { format: 'md', templates: engine });
        });
        expect(error).toBeInstanceOf(TemplateError);
        expect(error.message).toMatch(shape.message);
        if (shape.at === 'render') {
            // Loading succeeded: the problem is found while rendering, and the engine stays usable.
            expect(() => loadTemplateFolder(shape.dir, 'nl')).not.toThrow();
        }
    }, 60_000);

    test('an engine that ran over its budget renders the next agreement from a fresh budget', () => {
        const fan = hostile.find(shape => shape.name.startsWith('partials that double'))!;
        const engine = loadTemplateFolder(fan.dir, 'nl');
        expect(() => generateAgreement(complete, { format: 'md', templates: engine })).toThrow(TemplateError);
        expect(() => generateAgreement(complete, { format: 'md', templates: engine })).toThrow(/produces more than/);
        // The built-in templates of the same engine still render within the budget.
        expect(engine.render('law', { lawText: 'Nederlands recht' })).toContain('Nederlands recht');
    });

    test('a template given as text is limited as a file is', () => {
        const source = 'x'.repeat(TEMPLATE_LIMITS.maxTemplateBytes + 1);
        expect(thrown(() => new TemplateEngine('nl', { overrides: { law: { source, file: '/firm/law.hbs' } } })).message)
            .toBe('/firm/law.hbs: the template is larger than 1 MiB');
        const deep = `${'{{#if a}}'.repeat(101)}${'{{/if}}'.repeat(101)}`;
        expect(thrown(() => new TemplateEngine('nl', { partials: { deep: { source: deep } } })).message)
            .toBe("Template 'partials/deep' line 1: blocks are nested more than 100 deep");
        // 100 deep is allowed.
        const ok = `${'{{#if a}}'.repeat(100)}x${'{{/if}}'.repeat(100)}`;
        expect(new TemplateEngine('nl', { partials: { ok: { source: ok } } })).toBeInstanceOf(TemplateEngine);
    });

    test('a partial that is used by two others, or twice, is not a cycle', () => {
        const engine = new TemplateEngine('nl', {
            partials: { a: { source: '{{> c}}{{> c}}' }, b: { source: '{{> c}}' }, c: { source: 'c' } },
            overrides: { law: { source: '{{> a}}{{> b}}{{#*inline "x"}}{{> c}}{{/inline}}{{> x}}', file: '/firm/law.hbs' } }
        });
        expect(engine.render('law', {})).toBe('cccc');
    });
});

interface Run {
    readonly code: number | null;
    readonly stdout: string;
    readonly stderr: string;
}

function dpa(...args: string[]): Promise<Run> {
    return new Promise(resolve => {
        execFile(process.execPath, [CLI, ...args], { cwd: ROOT, maxBuffer: 16 * 1024 * 1024 }, (error, stdout, stderr) => {
            resolve({ code: error ? (typeof error.code === 'number' ? error.code : null) : 0, stdout, stderr });
        });
    });
}

describe('a hostile firm template folder, through the real CLI', () => {
    test.each(hostile.map(shape => [shape.name, shape] as const))('%s: exit 2, the message with the file, nothing written', async (_, shape) => {
        const out = mkdtempSync(join(tmpdir(), 'dpa-hostile-out-'));
        const result = await dpa('generate', join(ROOT, 'examples/complete.dpa'), '--out', out, '--templates', shape.dir);
        expect(result.stderr.split('\n').find(line => line.startsWith('dpa generate:'))).toMatch(new RegExp(`^dpa generate: ${shape.message.source.slice(1)}`));
        expect(result.code).toBe(2);
        expect(existsSync(join(out, 'complete.md'))).toBe(false);
    }, 60_000);
});

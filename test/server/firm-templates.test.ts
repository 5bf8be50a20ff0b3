import { mkdtempSync, mkdirSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { templateFolderSignature } from '../../packages/generator/src/index.js';
import { FirmTemplates } from '../../packages/server/src/agreement-templates.js';

describe('the firm template folder in the server', () => {
    const dir = mkdtempSync(join(tmpdir(), 'dpa-firm-'));
    mkdirSync(join(dir, 'articles'));
    const breach = join(dir, 'articles', 'breach.hbs');
    writeFileSync(breach, 'De Verwerker meldt een Inbreuk binnen {{clause.deadline}}.\n');

    test('is loaded once and kept while no file changes; a change loads it again', () => {
        const firm = new FirmTemplates(() => dir);
        const first = firm.engineFor('.', 'nl');
        expect(first).toBeDefined();
        expect(firm.engineFor('.', 'nl')).toBe(first);
        const signature = templateFolderSignature(dir);
        utimesSync(breach, new Date(2030, 0, 1), new Date(2030, 0, 1));
        expect(templateFolderSignature(dir)).not.toBe(signature);
        expect(firm.engineFor(dir, 'nl')).not.toBe(first);
    });

    test('a broken folder fails with the same error until a file changes: it is not compiled on every preview', () => {
        const broken = mkdtempSync(join(tmpdir(), 'dpa-firm-broken-'));
        mkdirSync(join(broken, 'partials'));
        const loop = join(broken, 'partials', 'loop.hbs');
        writeFileSync(loop, '{{> loop}}');
        const firm = new FirmTemplates(() => broken);
        const thrown = (): unknown => {
            try {
                firm.engineFor('.', 'nl');
            } catch (error) {
                return error;
            }
            return undefined;
        };
        const first = thrown();
        expect(first).toBeInstanceOf(Error);
        expect((first as Error).message).toBe(`${loop}:1: partial 'loop' includes itself: loop → loop`);
        expect(thrown()).toBe(first);
        writeFileSync(loop, 'Vaste tekst.');
        utimesSync(loop, new Date(2030, 0, 1), new Date(2030, 0, 1));
        expect(thrown()).toBeUndefined();
        expect(firm.engineFor('.', 'nl')).toBeDefined();
    });
});

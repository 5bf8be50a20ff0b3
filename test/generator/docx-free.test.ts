import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';

// The `docx` library is the Word writer's test oracle only (docx-oracle/): the product writes
// every part of a .docx itself (render/docx.ts). No package imports it (ESLint's
// no-restricted-imports says so while editing; this checks the sources and the built bundles).

const ROOT = join(import.meta.dirname, '../..');

function sources(dir: string): string[] {
    return readdirSync(dir, { withFileTypes: true }).flatMap(entry => {
        const path = join(dir, entry.name);
        if (entry.isDirectory()) return entry.name === 'node_modules' || entry.name === 'dist' || entry.name === 'generated' ? [] : sources(path);
        return /\.(ts|mts|cts|js|mjs)$/.test(entry.name) ? [path] : [];
    });
}

/** Strings of docx's own code, in no part it writes: present in a bundle only if docx is. */
const DOCX_CODE = ['default-bullet-numbering', 'Level cannot be greater than 9'];

describe('docx is not part of the product', () => {
    test('no package source imports or requires it', () => {
        const importing = sources(join(ROOT, 'packages'))
            .filter(path => /(?:from\s*|import\s*\(\s*|require\s*\(\s*)['"]docx(?:\/[^'"]*)?['"]/.test(readFileSync(path, 'utf8')));
        expect(importing).toEqual([]);
    });

    test('no package declares it as a dependency', () => {
        const declaring = readdirSync(join(ROOT, 'packages')).filter(name => {
            const manifest = join(ROOT, 'packages', name, 'package.json');
            if (!existsSync(manifest)) return false;
            const json = JSON.parse(readFileSync(manifest, 'utf8')) as { dependencies?: Record<string, string> };
            return 'docx' in (json.dependencies ?? {});
        });
        expect(declaring).toEqual([]);
        const root = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { dependencies?: Record<string, string> };
        expect(Object.keys(root.dependencies ?? {})).not.toContain('docx');
    });

    test.each(['dist/dpa.cjs', 'packages/server/dist/browser.js'])('the built bundle %s holds none of its code', bundle => {
        const path = join(ROOT, bundle);
        if (!existsSync(path)) return; // not built: `npm test` builds first
        const text = readFileSync(path, 'utf8');
        expect(DOCX_CODE.filter(marker => text.includes(marker))).toEqual([]);
    });
});

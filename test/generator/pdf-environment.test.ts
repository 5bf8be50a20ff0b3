import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { findSoffice } from '../../packages/generator/src/render/pdf.js';
import type { Lang } from '../../packages/language/src/index.js';
import { ROOT } from '../helpers.js';

const CLI = join(ROOT, 'packages/cli/dist/cli.cjs');
const soffice = findSoffice();
const inCi = Boolean(process.env.CI) && process.env.CI !== 'false';
if (!soffice && !inCi) console.warn('Skipping the PDF environment tests: LibreOffice is not installed (apt-get install --no-install-recommends libreoffice-writer-nogui)');

/** Time zones and locales of machines the CLI and the server run on; each differs from the next. */
const ENVIRONMENTS: readonly Readonly<Record<string, string>>[] = [
    { TZ: 'UTC', LANG: 'C.UTF-8' },
    { TZ: 'Asia/Tokyo', LANG: 'ar_SA.UTF-8' },
    { TZ: 'America/New_York', LANG: 'de_DE.UTF-8', LC_ALL: 'de_DE.UTF-8' },
    { TZ: 'Pacific/Chatham', LANG: 'ja_JP.UTF-8', LANGUAGE: 'ja' }
];

/** The environment of this process without its time zone and locale variables, and with `vars`. */
function environment(vars: Readonly<Record<string, string>>): NodeJS.ProcessEnv {
    const env: NodeJS.ProcessEnv = {};
    for (const [key, value] of Object.entries(process.env)) if (!/^(LC_\w+|LANG|LANGUAGE|TZ)$/.test(key)) env[key] = value;
    return { ...env, ...vars };
}

/** The PDF of an example, by the real CLI under the given environment. */
function pdfUnder(vars: Readonly<Record<string, string>>, out: string, lang: Lang): Promise<Buffer> {
    return new Promise((resolve, reject) => {
        execFile(process.execPath, [CLI, 'generate', join(ROOT, 'examples/complete.dpa'), '--format', 'pdf', '--lang', lang, '--out', out],
            { env: environment(vars) }, (error, _stdout, stderr) => {
                if (error) reject(new Error(`${error.message}\n${stderr}`));
                else resolve(readFileSync(join(out, 'complete.pdf')));
            });
    });
}

/** The /Lang entries of a PDF (the document catalog's, and any of structure elements). */
function langsOf(pdf: Buffer): string[] {
    return [...pdf.toString('latin1').matchAll(/\/Lang\s*\(([^)]*)\)/g)].map(m => m[1]!);
}

describe('PDF under any time zone and locale', () => {
    const dir = mkdtempSync(join(tmpdir(), 'dpa-pdf-env-'));
    afterAll(() => rmSync(dir, { recursive: true, force: true }));

    test.skipIf(!soffice && !inCi).each([['nl', 'nl-NL'], ['en', 'en-GB']] as const)('%s: the same bytes under four time zones and locales, and /Lang is %s', async (lang, tag) => {
        const pdfs: Buffer[] = [];
        for (const [i, vars] of ENVIRONMENTS.entries()) {
            const out = join(dir, `${lang}-${i}`);
            pdfs.push(await pdfUnder(vars, out, lang));
        }
        for (const [i, pdf] of pdfs.entries()) {
            expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
            expect(langsOf(pdf), JSON.stringify(ENVIRONMENTS[i])).toEqual([tag]);
            expect(pdf.equals(pdfs[0]!), `${JSON.stringify(ENVIRONMENTS[i])} gives other bytes than ${JSON.stringify(ENVIRONMENTS[0])}`).toBe(true);
        }
    }, 400_000);
});

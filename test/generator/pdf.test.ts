import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test, vi } from 'vitest';
import { buildAgreementDocument } from '../../packages/generator/src/index.js';
import { renderDocx } from '../../packages/generator/src/render/docx.js';
import { convertToPdf, findSoffice, normalizePdf, PdfError } from '../../packages/generator/src/render/pdf.js';
import { check, readExample } from '../helpers.js';

const soffice = findSoffice();
const inCi = Boolean(process.env.CI) && process.env.CI !== 'false';
function hasCommand(command: string): boolean {
    try {
        execFileSync(command, ['-v'], { stdio: 'ignore' });
        return true;
    } catch {
        return false;
    }
}
const hasPoppler = hasCommand('pdfinfo') && hasCommand('pdftotext');
const canConvert = soffice !== undefined && hasPoppler;
const MISSING = 'PDF tests need LibreOffice and poppler-utils: apt-get install --no-install-recommends libreoffice-writer-nogui poppler-utils';

if (!canConvert && !inCi) console.warn(`Skipping the PDF conversion tests. ${MISSING}`);

describe('PDF through LibreOffice', () => {
    const dir = mkdtempSync(join(tmpdir(), 'dpa-pdf-test-'));
    afterAll(() => rmSync(dir, { recursive: true, force: true }));

    // Skipped only outside CI: on CI the tools are installed, and their absence fails these tests.
    test.skipIf(!canConvert && !inCi)('converts the ICTeam agreement: plausible page count, all parts in the text, same bytes twice', async () => {
        const result = await check(readExample('icteam-imaging-people.dpa'));
        const docx = await renderDocx(buildAgreementDocument(result.agreement!, { draftErrors: 3 }));
        const started = performance.now();
        const pdf = await convertToPdf(docx);
        const seconds = (performance.now() - started) / 1000;
        console.info(`LibreOffice converted the ICTeam agreement (${docx.length} bytes of DOCX) to ${pdf.length} bytes of PDF in ${seconds.toFixed(1)} s`);
        expect(Buffer.from(pdf.subarray(0, 5)).toString('latin1')).toBe('%PDF-');
        const file = join(dir, 'icteam.pdf');
        writeFileSync(file, pdf);

        const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
        const pages = Number(/^Pages:\s+(\d+)/m.exec(info)?.[1]);
        expect(pages).toBeGreaterThan(3);
        expect(pages).toBeLessThan(60);
        expect(info).toMatch(/^Title:\s+Verwerkersovereenkomst$/m);
        expect(info).toMatch(/^Page size:\s+595\.\d+ x 841\.\d+ pts \(A4\)/m);

        const text = execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
        for (const expected of ['Verwerkersovereenkomst', 'Artikel 1', 'ICTeam Zuid B.V.', 'Imaging People', 'Bijlage 1', 'Bijlage 3', 'CONCEPT', 'Pagina 1 van', `van ${pages}`]) {
            expect(text, expected).toContain(expected);
        }
        // Word numbering survives the conversion.
        expect(text).toMatch(/^3\.1\s/m);
        for (const processing of result.agreement!.processings) expect(text.replace(/\s+/g, ' ')).toContain(processing.title.replace(/\s+/g, ' ').split(' ')[0]);

        // The creation date and the ids are normalised: the same DOCX gives the same PDF.
        const again = await convertToPdf(docx);
        expect(Buffer.from(again).equals(Buffer.from(pdf))).toBe(true);
        expect(info).toMatch(/^CreationDate:\s+.*2000/m);
    }, 300_000);

    test('says which package to install when LibreOffice is not on PATH', async () => {
        vi.stubEnv('PATH', join(dir, 'no-such-folder'));
        try {
            if (findSoffice() !== undefined) return; // installed outside PATH, in a known folder
            await expect(convertToPdf(new Uint8Array([1, 2, 3]))).rejects.toThrow(new PdfError('PDF needs LibreOffice (Debian package libreoffice-writer-nogui); not found on PATH'));
        } finally {
            vi.unstubAllEnvs();
        }
    });

    test.skipIf(!soffice && !inCi)('gives up after the timeout, and kills LibreOffice', async () => {
        await expect(convertToPdf(new Uint8Array([1, 2, 3]), { timeoutMs: 50 })).rejects.toThrow(/did not convert the agreement to PDF within 0.05 s/);
    }, 60_000);
});

describe('normalizePdf', () => {
    test('fixes the creation date, the file id and the checksum, keeping every byte offset', () => {
        const pdf = (date: string, id: string, sum: string) => new TextEncoder().encode([
            '%PDF-1.6',
            '1 0 obj <</Title(x)/Producer(LibreOffice 7.4)',
            `/CreationDate(D:${date})>>`,
            'endobj',
            'trailer',
            `<</Size 2/Root 1 0 R/Info 1 0 R/ID [ <${id}>`,
            `<${id}> ]`,
            `/DocChecksum /${sum}`,
            '>>',
            'startxref',
            '0',
            '%%EOF'
        ].join('\n'));
        const a = pdf("20261122120013+01'00'", '0467115B65D5B02BF9D6306DAE887697', '5630DBB2B7046FFF3A01B705BB6BBC55');
        const b = pdf("20250101235959-05'30'", 'A467115B65D5B02BF9D6306DAE8876FF', '1130DBB2B7046FFF3A01B705BB6BBC55');
        const na = normalizePdf(a);
        const nb = normalizePdf(b);
        expect(na.length).toBe(a.length);
        expect(Buffer.from(na).equals(Buffer.from(nb))).toBe(true);
        const text = new TextDecoder().decode(na);
        expect(text).toContain("/CreationDate(D:20000101000000+00'00')");
        expect(text).not.toContain('0467115B65D5B02BF9D6306DAE887697');
        expect(text).toMatch(/\/ID \[ <([0-9A-F]{32})>\n<\1> \]/);
    });
});

/**
 * Measurement for issue 12 (not a benchmark row, not product code): one agreement of the itzz
 * template (the second example customer) written as Word through the `docx` library (renderDocx)
 * versus a prototype that writes word/document.xml directly as strings, reuses the other parts
 * (taken once from docx's own output) and zips them with node:zlib. The prototype's XML is rough
 * (no real numbering, table widths or section breaks) but of the same size and shape, so its time
 * is what a direct writer would cost. Run:
 *   npx esbuild bench/docx-direct-prototype.ts --bundle --platform=node --format=esm --outfile=bench/tmp/docx-proto.mjs \
 *     --loader:.hbs=text --banner:js="import { createRequire } from 'module'; const require = createRequire(import.meta.url);"
 *   node --import ./scripts/polyfills.mjs bench/tmp/docx-proto.mjs
 * Measured 2026-11-27 on the 2-core machine (load ~8 from other sessions; medians of 3 × 60):
 *   docx (renderDocx)                          14.94 ms
 *   direct XML + zlib level 6                   1.43 ms
 *   direct XML + zlib level 1                   0.83 ms
 *   build IR (buildAgreementDocument)           2.08 ms
 * See the decision in packages/generator/src/render/docx.ts. Since issue 14, renderDocx writes
 * every part itself (docx is only the test oracle), so both lines now measure direct writers.
 */
import { join } from 'node:path';
import { deflateRawSync, crc32 } from 'node:zlib';
import { NodeFileSystem } from 'langium/node';
import { buildAgreementDocument, renderDocx, type AgreementDocument, type Block } from '../packages/generator/src/index.js';
import { checkFiles, checkText, createDpaServices, instantiateTemplate } from '../packages/language/src/index.js';
import { readDataFile, valueText } from '../packages/cli/src/data-rows.js';
import { docxPart } from '../test/generator/docx-text.js';

const { Dpa } = createDpaServices(NodeFileSystem);
const [template] = await checkFiles(Dpa, [join(process.cwd(), 'examples/itzz-template.dpa')]);
const customers = readDataFile(join(process.cwd(), 'examples/customers.csv'));
const values = Object.fromEntries(Object.entries(customers.rows[1]!.values).map(([k, v]) => [k, valueText(v) ?? '']));
const filled = await checkText(Dpa, instantiateTemplate(template!.document, values), 'memory:///x.dpa');
const doc = buildAgreementDocument(filled.agreement!, { draftErrors: 1 });

const esc = (t: string) => t.replace(/[<>&"']/g, c => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' })[c]!);
const run = (t: string, bold = false) => `<w:r>${bold ? '<w:rPr><w:b/><w:bCs/></w:rPr>' : ''}<w:t xml:space="preserve">${esc(t)}</w:t></w:r>`;
const para = (style: string | undefined, body: string, num?: string) => `<w:p><w:pPr>${style ? `<w:pStyle w:val="${style}"/>` : ''}${num ? `<w:numPr><w:ilvl w:val="0"/><w:numId w:val="${num}"/></w:numPr>` : ''}<w:keepNext/></w:pPr>${body}</w:p>`;
function block(b: Block): string {
    switch (b.kind) {
        case 'title': return para('Heading1', run(b.text)) + b.subtitle.map(s => para('DpaSubtitle', run(s))).join('');
        case 'heading': return para(`Heading${b.level}`, run(b.text));
        case 'paragraph': return para('DpaClause', run(b.text), b.number ? '3' : undefined);
        case 'notice': return para('DpaNotice', run(b.text));
        case 'list': return b.items.map(i => para('ListParagraph', run(i), '1')).join('');
        case 'table': return `<w:tbl><w:tblPr><w:tblW w:type="dxa" w:w="9070"/><w:tblBorders><w:top w:val="single" w:sz="4"/></w:tblBorders></w:tblPr><w:tblGrid>${b.columns.map(() => '<w:gridCol w:w="1000"/>').join('')}</w:tblGrid>`
            + [{ cells: b.columns.map(c => [c]) }, ...b.rows].map((r, i) => `<w:tr>${i === 0 ? '<w:trPr><w:tblHeader/></w:trPr>' : ''}${r.cells.map(c => `<w:tc><w:tcPr><w:tcW w:type="dxa" w:w="1000"/><w:tcBorders><w:top w:val="single" w:sz="4"/></w:tcBorders></w:tcPr>${c.map(l => para('DpaTableText', run(l))).join('') || '<w:p/>'}</w:tc>`).join('')}</w:tr>`).join('') + '</w:tbl>';
        case 'signatures': return `<w:tbl>${b.parties.map(p => `<w:tr><w:tc>${para('DpaSignature', run(p.heading, true))}${p.rows.map(([l, v]) => para('DpaSignature', run(`${l}: ${v}`))).join('')}</w:tc></w:tr>`).join('')}</w:tbl>`;
    }
}
function documentXml(d: AgreementDocument): string {
    return '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>'
        + d.blocks.map(block).join('') + '<w:sectPr><w:pgSz w:w="11906" w:h="16838"/></w:sectPr></w:body></w:document>';
}
// Parts the same for every row, taken once from docx's output.
const reference = await renderDocx(doc);
const STATIC = ['[Content_Types].xml', '_rels/.rels', 'word/styles.xml', 'word/numbering.xml', 'word/settings.xml', 'word/fontTable.xml', 'word/_rels/document.xml.rels', 'word/header1.xml', 'word/footer1.xml', 'docProps/app.xml', 'word/comments.xml', 'word/footnotes.xml', 'word/endnotes.xml'].flatMap(n => { try { return [[n, Buffer.from(docxPart(reference, n))] as const]; } catch { return []; } });
function zip(files: readonly (readonly [string, Buffer])[], level: number): Buffer {
    const local: Buffer[] = []; const central: Buffer[] = []; let offset = 0;
    for (const [name, data] of files) {
        const n = Buffer.from(name); const c = deflateRawSync(data, { level }); const crc = crc32(data);
        const h = Buffer.alloc(30); h.writeUInt32LE(0x04034b50, 0); h.writeUInt16LE(20, 4); h.writeUInt16LE(8, 8); h.writeUInt16LE(0x21, 12); h.writeUInt32LE(crc, 14); h.writeUInt32LE(c.length, 18); h.writeUInt32LE(data.length, 22); h.writeUInt16LE(n.length, 26);
        const e = Buffer.alloc(46); e.writeUInt32LE(0x02014b50, 0); e.writeUInt16LE(20, 4); e.writeUInt16LE(20, 6); e.writeUInt16LE(8, 10); e.writeUInt16LE(0x21, 14); e.writeUInt32LE(crc, 16); e.writeUInt32LE(c.length, 20); e.writeUInt32LE(data.length, 24); e.writeUInt16LE(n.length, 28); e.writeUInt32LE(offset, 42);
        local.push(h, n, c); central.push(e, n); offset += 30 + n.length + c.length;
    }
    const cd = Buffer.concat(central); const end = Buffer.alloc(22); end.writeUInt32LE(0x06054b50, 0); end.writeUInt16LE(files.length, 8); end.writeUInt16LE(files.length, 10); end.writeUInt32LE(cd.length, 12); end.writeUInt32LE(offset, 16);
    return Buffer.concat([...local, cd, end]);
}
const direct = (level: number) => zip([...STATIC, ['word/document.xml', Buffer.from(documentXml(doc))]], level);
const docxXml = docxPart(reference, 'word/document.xml');
console.log('document.xml: docx', docxXml.length, 'chars; prototype', documentXml(doc).length);

const N = 60;
const time = async (_label: string, f: () => unknown) => { for (let i = 0; i < 5; i++) await f(); const t = performance.now(); for (let i = 0; i < N; i++) await f(); return (performance.now() - t) / N; };
const results: Record<string, number[]> = {};
for (let round = 0; round < 3; round++) {
    for (const [label, f] of [
        ['docx (renderDocx)', () => renderDocx(doc)],
        ['direct XML + zlib level 6', () => direct(6)],
        ['direct XML + zlib level 1', () => direct(1)],
        ['zlib of docx document.xml only, level 6', () => deflateRawSync(Buffer.from(docxXml), { level: 6 })],
        ['build IR (buildAgreementDocument)', () => buildAgreementDocument(filled.agreement!, { draftErrors: 1 })]
    ] as const) (results[label] ??= []).push(await time(label, f));
}
for (const [label, ts] of Object.entries(results)) console.log(label.padEnd(42), ts.sort((a, b) => a - b)[1]!.toFixed(2), 'ms (median of 3)');

/** The oracle's annex tables (columns as wide as their content needs) and signature table, through docx. */
import { BorderStyle, Paragraph, ShadingType, Table, TableBorders, TableCell, TableLayoutType, TableRow, WidthType } from 'docx';
import type { SignatureParty, SignaturesBlock, TableBlock } from '../../../packages/generator/src/ir.js';
import { CELL_MARGINS, columnWidths } from '../../../packages/generator/src/render/docx/layout.js';
import { runs } from './text.js';

const GRID = { style: BorderStyle.SINGLE, size: 4, color: '9A9A9A' };

export function table(block: TableBlock, width: number): Table {
    const widths = columnWidths(block, width);
    const cell = (lines: readonly string[], i: number, style: string, shading?: string) => new TableCell({
        width: { size: widths[i]!, type: WidthType.DXA },
        ...(shading ? { shading: { type: ShadingType.CLEAR, color: 'auto', fill: shading } } : {}),
        children: (lines.length ? lines : ['']).map(line => new Paragraph({ style, children: runs(line) }))
    });
    return new Table({
        width: { size: width, type: WidthType.DXA },
        columnWidths: widths,
        layout: TableLayoutType.FIXED,
        margins: CELL_MARGINS,
        borders: { top: GRID, bottom: GRID, left: GRID, right: GRID, insideHorizontal: GRID, insideVertical: GRID },
        rows: [
            new TableRow({ tableHeader: true, cantSplit: true, children: block.columns.map((c, i) => cell([c], i, 'DpaTableHeading', 'E4E9F1')) }),
            ...block.rows.map(row => new TableRow({ children: block.columns.map((_, i) => cell(row.cells[i] ?? [], i, 'DpaTableText')) }))
        ]
    });
}

/**
 * A borderless table of signature blocks (one per signatory), at most two side by side: per pair
 * a heading row, then a row per label (name, function, place, date), aligned across the pair; an
 * empty value is a line to write or sign on. The rows of a pair are kept together on one page.
 */
export function signatures(block: SignaturesBlock, width: number): Table {
    const perRow = Math.min(Math.max(block.parties.length, 1), 2);
    const gap = 567;
    const columnWidth = Math.floor((width - gap * (perRow - 1)) / perRow);
    const widths = Array.from({ length: perRow }, (_, i) => (i === 0 ? [columnWidth] : [gap, columnWidth])).flat();
    const empty = () => [new Paragraph({ style: 'DpaSignature', children: [] })];
    const row = (parties: readonly SignatureParty[], content: (party: SignatureParty) => Paragraph[], last: boolean) => new TableRow({
        cantSplit: true,
        keepNext: !last,
        children: Array.from({ length: perRow }, (_, i) => {
            const party = parties[i];
            const cell = new TableCell({ width: { size: columnWidth, type: WidthType.DXA }, children: party ? content(party) : empty() });
            return i === 0 ? [cell] : [new TableCell({ width: { size: gap, type: WidthType.DXA }, children: empty() }), cell];
        }).flat()
    });
    const line = (i: number) => (party: SignatureParty): Paragraph[] => {
        const entry = party.rows[i];
        if (!entry) return empty();
        const [label, value] = entry;
        if (value) return [new Paragraph({ style: 'DpaSignature', children: [...runs(`${label}: `, { color: '595959' }), ...runs(value)] })];
        return [
            new Paragraph({ style: 'DpaSignature', children: runs(`${label}:`, { color: '595959' }) }),
            new Paragraph({
                style: 'DpaSignature',
                spacing: { before: 720, after: 120 },
                border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: '000000', space: 1 } },
                children: []
            })
        ];
    };
    const pairs: SignatureParty[][] = [];
    for (let i = 0; i < block.parties.length; i += perRow) pairs.push(block.parties.slice(i, i + perRow));
    const rows = pairs.flatMap(pair => {
        const count = Math.max(0, ...pair.map(p => p.rows.length));
        return [
            row(pair, party => [new Paragraph({ style: 'DpaSignature', spacing: { before: 120, after: 160 }, children: runs(party.heading, { bold: true }) })], count === 0),
            ...Array.from({ length: count }, (_, i) => row(pair, line(i), i === count - 1))
        ];
    });
    return new Table({
        width: { size: widths.reduce((a, b) => a + b, 0), type: WidthType.DXA },
        columnWidths: widths,
        layout: TableLayoutType.FIXED,
        borders: TableBorders.NONE,
        margins: { top: 0, bottom: 0, left: 0, right: 0 },
        rows
    });
}

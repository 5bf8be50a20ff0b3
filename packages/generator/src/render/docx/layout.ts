/**
 * The layout decisions of the Word document that do not depend on how it is written: its
 * sections (portrait, and landscape pages for wide tables), the version line of its header and
 * the widths of an annex table's columns.
 */
import type { AgreementDocument, Block, TableBlock, TitleBlock } from '../../ir.js';
import { termsFor } from '../../terms.js';
import { WIDE_TABLE } from './styles.js';

/** A run of blocks on pages of one orientation. */
export interface SectionPart {
    readonly landscape: boolean;
    readonly blocks: Block[];
}

/**
 * Sections: portrait, except the parts (article or annex) with a wide table, which get a
 * landscape page of their own. Every section has the same header and footer.
 */
export function sectionParts(doc: AgreementDocument): SectionPart[] {
    const parts: { landscape: boolean; blocks: Block[] }[] = [];
    for (const block of doc.blocks) {
        const last = parts.at(-1);
        if (!last || (block.kind === 'heading' && block.level === 2)) parts.push({ landscape: false, blocks: [block] });
        else last.blocks.push(block);
        if (block.kind === 'table' && block.columns.length >= WIDE_TABLE) parts.at(-1)!.landscape = true;
    }
    const merged: { landscape: boolean; blocks: Block[] }[] = [];
    for (const part of parts) {
        const last = merged.at(-1);
        if (last && last.landscape === part.landscape) last.blocks.push(...part.blocks);
        else merged.push({ landscape: part.landscape, blocks: [...part.blocks] });
    }
    return merged;
}

/** The subtitle line with the version ("Versie 2018/1"), found through the label pattern of terms.json. */
export function versionLine(doc: AgreementDocument): string | undefined {
    const title = doc.blocks.find((b): b is TitleBlock => b.kind === 'title');
    const prefix = termsFor(doc.lang).subtitle.version.split('{x}')[0]!;
    return title?.subtitle.find(line => line.startsWith(prefix));
}

/** The cell margins of an annex table, in twips. */
export const CELL_MARGINS = { top: 50, bottom: 50, left: 85, right: 85 };
/** The width of an average character of table text (8.5 pt Arial, bold), in twips. */
const TABLE_CHAR = 100;
/** Words longer than this may break; they do not widen their column further. */
const LONG_WORD = 24;

/**
 * Column widths: every column as wide as its longest word (up to LONG_WORD characters), and
 * the width left over shared in proportion to the average length of the columns' cells, so a
 * number column stays narrow and a description column gets the room.
 */
export function columnWidths(block: TableBlock, width: number): number[] {
    const stats = block.columns.map((column, i) => {
        const cells = block.rows.map(row => (row.cells[i] ?? []).join(' '));
        const longestWord = Math.max(...[column, ...cells].flatMap(text => text.split(/\s+/)).map(word => word.length));
        const average = cells.length ? cells.reduce((sum, text) => sum + text.length, 0) / cells.length : column.length;
        return { min: (Math.min(longestWord, LONG_WORD) + 1) * TABLE_CHAR + CELL_MARGINS.left + CELL_MARGINS.right, average: Math.min(average, 120) };
    });
    const minimum = stats.reduce((sum, s) => sum + s.min, 0);
    const totalAverage = stats.reduce((sum, s) => sum + s.average, 0) || 1;
    const widths = minimum >= width
        ? stats.map(s => Math.floor((s.min / minimum) * width))
        : stats.map(s => Math.floor(s.min + ((width - minimum) * s.average) / totalAverage));
    widths[widths.length - 1]! += width - widths.reduce((a, b) => a + b, 0);
    return widths;
}

import type { HeadingBlock, SourceBlock, SourceDocument } from '../source.js';

// A document cut into sections: the preamble before the first article, then each article or annex
// with its blocks. Blocks keep their index in the document, so each can say where it went.

export interface IndexedBlock {
    readonly index: number;
    readonly block: SourceBlock;
}

export interface Section {
    /** Undefined for the preamble. */
    readonly heading?: IndexedBlock & { readonly block: HeadingBlock };
    readonly annex: boolean;
    readonly blocks: IndexedBlock[];
}

const ANNEX = /^(?:bijlage|appendix|annex)\b/iu;

export function sectionsOf(source: SourceDocument): { title?: IndexedBlock & { readonly block: HeadingBlock }; sections: Section[] } {
    const sections: Section[] = [{ annex: false, blocks: [] }];
    let title: (IndexedBlock & { readonly block: HeadingBlock }) | undefined;
    let inAnnexes = false;
    source.blocks.forEach((block, index) => {
        if (block.kind === 'heading' && block.level <= 1 && title === undefined && sections.length === 1) {
            title = { index, block };
            return;
        }
        if (block.kind === 'heading' && block.level <= 2) {
            inAnnexes ||= ANNEX.test(block.number ?? block.text);
            sections.push({ heading: { index, block }, annex: inAnnexes && ANNEX.test(block.number ?? block.text) || inAnnexes, blocks: [] });
            return;
        }
        sections[sections.length - 1]!.blocks.push({ index, block });
    });
    return { ...(title ? { title } : {}), sections };
}

/** A heading's title without its number: "Artikel 8 Meldplicht" → "Meldplicht". */
export function headingTitle(block: HeadingBlock): string {
    const stripped = block.text
        .replace(/^\d+\s+(?=(?:artikel|article)\b)/iu, '')
        .replace(/^(?:(?:artikel|article|bijlage|appendix|annex)\s*[\dIVX]*[a-z]?|\d+(?:\.\d+)*)\.?\s*[-—–:.]?\s*/iu, '')
        .trim();
    return stripped === '' ? block.text.trim() : stripped;
}

/** The text of a block; a table's rows joined, cells by " | ". */
export function blockText(block: SourceBlock): string {
    return block.kind === 'table' ? block.rows.map(row => row.join(' | ')).join(' / ') : block.text;
}

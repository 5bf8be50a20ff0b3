/**
 * A document as read from its file (Word, PDF, text, Markdown, HTML), before anything is
 * recognised in it: its blocks in reading order, with the structure the format gives — headings
 * and their level, the numbers of numbered paragraphs ("3.1", "a."), list items, tables — and
 * where each block is in the source, so that every sentence of the source can be found again in
 * the imported agreement (as a model element or as prose).
 */
export interface SourceDocument {
    /** The file's path as the user gave it (for messages). */
    readonly path: string;
    readonly format: SourceFormat;
    readonly blocks: readonly SourceBlock[];
    /**
     * Key-value lines before the text that are not part of the agreement: a text file's header
     * block closed by a rule of `=` (as the reference corpus heads each agreement with its source).
     */
    readonly meta?: Readonly<Record<string, string>>;
    /** How a text file was decoded when it was not UTF-8. */
    readonly encoding?: 'windows-1252' | 'utf-16le' | 'utf-16be';
}

export type SourceFormat = 'docx' | 'pdf' | 'txt' | 'md' | 'html';

export type SourceBlock = HeadingBlock | ParagraphBlock | ListItemBlock | TableBlock;

interface BlockBase {
    /** Where the block starts in the source: a 1-based line of a text format, the page of a PDF, the paragraph index of a Word file. */
    readonly at: SourceLocation;
}

export interface SourceLocation {
    readonly line?: number;
    readonly page?: number;
    readonly paragraph?: number;
}

export interface HeadingBlock extends BlockBase {
    readonly kind: 'heading';
    /** 1 for the document's title, 2 for an article or annex, 3 below. */
    readonly level: number;
    /** The heading's number as written ("Artikel 4", "4.", "Bijlage 1"), when it has one. */
    readonly number?: string;
    readonly text: string;
}

export interface ParagraphBlock extends BlockBase {
    readonly kind: 'paragraph';
    /** The paragraph's number as written ("4.2", "a)"), when it has one. */
    readonly number?: string;
    readonly text: string;
}

export interface ListItemBlock extends BlockBase {
    readonly kind: 'list-item';
    /** Nesting depth, 0 for a top-level item. */
    readonly depth: number;
    /** The item's marker when it has a number or letter ("a.", "i)"); absent for bullets. */
    readonly number?: string;
    readonly text: string;
}

export interface TableBlock extends BlockBase {
    readonly kind: 'table';
    /** The rows, each a list of cell texts; the first row is the header when the source marks one or it reads as one. */
    readonly rows: readonly (readonly string[])[];
    /** True when the source marks the first row as the header (`|---|`, `<th>`, Word's repeated header row, a header repeated across pages); false when it is known not to be one (a run of "label: value" lines). */
    readonly header?: boolean;
}

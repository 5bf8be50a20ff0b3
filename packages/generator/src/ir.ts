/**
 * The agreement as a format-neutral document: what the Markdown, HTML (and later DOCX)
 * renderers lay out. All text is plain and unescaped; each renderer escapes for its format.
 */
import type { Lang } from '@dpa/language';

/** Where a block came from in the .dpa source (0-based line), for preview ↔ source navigation. */
export interface SourceRef {
    readonly line: number;
}

export interface TitleBlock {
    readonly kind: 'title';
    readonly text: string;
    readonly subtitle: readonly string[];
}

export interface HeadingBlock {
    readonly kind: 'heading';
    readonly level: 2 | 3;
    readonly text: string;
    /** Stable anchor, e.g. "artikel-3" or "bijlage-1". */
    readonly anchor: string;
    readonly source?: SourceRef;
}

export interface ParagraphBlock {
    readonly kind: 'paragraph';
    readonly text: string;
    /** Sub-clause number such as "3.1". */
    readonly number?: string;
    readonly source?: SourceRef;
}

export interface ListBlock {
    readonly kind: 'list';
    readonly items: readonly string[];
    readonly source?: SourceRef;
}

export interface TableRow {
    /** Each cell is a list of lines (one line: plain text; more: a list). */
    readonly cells: readonly (readonly string[])[];
    readonly source?: SourceRef;
}

export interface TableBlock {
    readonly kind: 'table';
    readonly columns: readonly string[];
    readonly rows: readonly TableRow[];
}

export interface SignatureParty {
    readonly heading: string;
    /** [label, value] pairs; an empty value is a line to fill in by hand. */
    readonly rows: readonly (readonly [string, string])[];
}

export interface SignaturesBlock {
    readonly kind: 'signatures';
    readonly parties: readonly SignatureParty[];
}

/** A prominent notice, e.g. that the document is a draft. */
export interface NoticeBlock {
    readonly kind: 'notice';
    readonly text: string;
}

export type Block = TitleBlock | HeadingBlock | ParagraphBlock | ListBlock | TableBlock | SignaturesBlock | NoticeBlock;

export interface AgreementDocument {
    readonly lang: Lang;
    readonly title: string;
    readonly draft: boolean;
    readonly blocks: readonly Block[];
}

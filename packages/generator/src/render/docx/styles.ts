/**
 * The Word document's look: page size and margins, fonts, colours, paragraph styles and bullets.
 * Plain data, in the shape of the `docx` library's options (the test oracle gives it to docx as
 * it is); parts.ts writes word/styles.xml and word/numbering.xml from it.
 */

/** Run formatting, as far as the styles and the numbering use it. */
export interface RunStyle {
    readonly font?: string;
    readonly size?: number;
    readonly bold?: boolean;
    readonly color?: string;
    readonly language?: { readonly value: string; readonly eastAsia: string; readonly bidirectional: string };
}

export interface Border {
    readonly style: 'single';
    readonly size: number;
    readonly color: string;
    readonly space: number;
}

/** Paragraph formatting, as far as the styles and the numbering use it. */
export interface ParagraphStyle {
    readonly spacing?: { readonly before?: number; readonly after?: number; readonly line?: number };
    readonly keepNext?: boolean;
    readonly keepLines?: boolean;
    readonly indent?: { readonly left: number; readonly hanging: number };
    readonly border?: { readonly top?: Border; readonly bottom?: Border; readonly left?: Border; readonly right?: Border };
    readonly shading?: { readonly type: 'clear'; readonly color: string; readonly fill: string };
}

export interface StyleOptions {
    readonly run?: RunStyle;
    readonly paragraph?: ParagraphStyle;
}

/** A paragraph style of our own. */
export interface NamedStyle extends StyleOptions {
    readonly id: string;
    readonly name: string;
    readonly basedOn: string;
    readonly quickFormat?: boolean;
}

export interface StyleSheet {
    readonly default: {
        readonly document: { readonly run: RunStyle; readonly paragraph: ParagraphStyle };
        readonly heading1: StyleOptions;
        readonly heading2: StyleOptions;
        readonly heading3: StyleOptions;
        readonly listParagraph: StyleOptions;
    };
    readonly paragraphStyles: readonly NamedStyle[];
}

/** One level of a Word list. */
export interface LevelOptions {
    readonly level: number;
    readonly format: 'bullet' | 'decimal';
    readonly text: string;
    readonly start?: number;
    readonly alignment: 'left';
    readonly suffix?: 'tab';
    readonly style?: StyleOptions;
}

/** A Word list: an abstract numbering, known by its reference. */
export interface NumberingConfig {
    readonly reference: string;
    readonly levels: readonly LevelOptions[];
}

// Layout, in twips (1/20 pt) and half-points: A4, margins of 2.5 cm, Arial 10 pt.
const FONT = 'Arial';
export const PAGE = { width: 11906, height: 16838, margin: 1418 };
export const TEXT_WIDTH = { portrait: PAGE.width - 2 * PAGE.margin, landscape: PAGE.height - 2 * PAGE.margin };
export const CLAUSE_INDENT = 709;
const BULLET_HANGING = 357;
const ACCENT = '1F3864';
export const DRAFT_RED = 'C00000';
export const RULE_GREY = '8C8C8C';
/** Tables with this many columns or more get a landscape page. */
export const WIDE_TABLE = 6;

export const styles = (locale: string): StyleSheet => ({
    default: {
        document: {
            // The agreement's language for every script (w:lang val, eastAsia, bidi): Word and
            // LibreOffice (the PDF's /Lang) take it from here, not from the machine's locale.
            run: { font: FONT, size: 20, language: { value: locale, eastAsia: locale, bidirectional: locale } },
            paragraph: { spacing: { after: 120, line: 264 } }
        },
        heading1: {
            run: { font: FONT, size: 32, bold: true, color: ACCENT },
            paragraph: { spacing: { before: 0, after: 160 }, keepNext: true, keepLines: true }
        },
        heading2: {
            run: { font: FONT, size: 24, bold: true, color: ACCENT },
            paragraph: { spacing: { before: 360, after: 120 }, keepNext: true, keepLines: true }
        },
        heading3: {
            run: { font: FONT, size: 21, bold: true, color: ACCENT },
            paragraph: { spacing: { before: 240, after: 100 }, keepNext: true, keepLines: true }
        },
        listParagraph: {
            paragraph: { spacing: { after: 60 } }
        }
    },
    paragraphStyles: [
        { id: 'DpaSubtitle', name: 'Subtitle (dpa)', basedOn: 'Normal', quickFormat: true, run: { size: 22, color: '404040' }, paragraph: { spacing: { after: 60 } } },
        { id: 'DpaClause', name: 'Clause (dpa)', basedOn: 'Normal', quickFormat: true, paragraph: { indent: { left: CLAUSE_INDENT, hanging: CLAUSE_INDENT } } },
        {
            id: 'DpaNotice', name: 'Notice (dpa)', basedOn: 'Normal', quickFormat: true,
            run: { bold: true, color: DRAFT_RED, size: 22 },
            paragraph: {
                spacing: { before: 240, after: 240 },
                border: { top: NOTICE_BORDER, bottom: NOTICE_BORDER, left: NOTICE_BORDER, right: NOTICE_BORDER },
                shading: { type: 'clear', color: 'auto', fill: 'FDECEA' }
            }
        },
        { id: 'DpaTableText', name: 'Table text (dpa)', basedOn: 'Normal', run: { size: 17 }, paragraph: { spacing: { after: 40, line: 240 } } },
        { id: 'DpaTableHeading', name: 'Table heading (dpa)', basedOn: 'DpaTableText', run: { bold: true }, paragraph: { keepNext: true } },
        { id: 'DpaSignature', name: 'Signature (dpa)', basedOn: 'Normal', paragraph: { spacing: { after: 60 }, keepNext: true, keepLines: true } },
        { id: 'DpaHeaderFooter', name: 'Header and footer (dpa)', basedOn: 'Normal', run: { size: 16, color: '595959' }, paragraph: { spacing: { after: 0 } } }
    ]
});

const NOTICE_BORDER: Border = { style: 'single', size: 12, color: DRAFT_RED, space: 4 };

export const BULLETS: readonly NumberingConfig[] = [
    bulletConfig('dpa-bullet', 0),
    bulletConfig('dpa-bullet-clause', CLAUSE_INDENT)
];

function bulletConfig(reference: string, indent: number): NumberingConfig {
    return {
        reference,
        levels: [{
            level: 0,
            format: 'bullet',
            text: '•',
            alignment: 'left',
            suffix: 'tab',
            style: { paragraph: { indent: { left: indent + BULLET_HANGING, hanging: BULLET_HANGING } } }
        }]
    };
}

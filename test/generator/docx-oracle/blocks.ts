/** The oracle's blocks: the IR as docx paragraphs and tables, in document order (the product writes the same as XML: render/docx/xml.ts). */
import { HeadingLevel, Paragraph, TextRun, type FileChild } from 'docx';
import type { Block, ListBlock, ParagraphBlock } from '../../../packages/generator/src/ir.js';
import type { NumberingPlan } from '../../../packages/generator/src/render/docx/numbering.js';
import { clean } from '../../../packages/generator/src/render/docx/text.js';
import { signatures, table } from './tables.js';
import { runs } from './text.js';

/** The paragraphs and tables of one section's blocks; `width` is the text width of its pages. */
export function sectionChildren(blocks: readonly Block[], width: number, plan: NumberingPlan): FileChild[] {
    const children: FileChild[] = [];
    let afterClause = false;
    for (const [i, block] of blocks.entries()) {
        switch (block.kind) {
            case 'title':
                children.push(
                    new Paragraph({ heading: HeadingLevel.HEADING_1, children: runs(block.text) }),
                    ...block.subtitle.map(line => new Paragraph({ style: 'DpaSubtitle', children: runs(line) }))
                );
                break;
            case 'notice':
                children.push(new Paragraph({ style: 'DpaNotice', children: runs(block.text) }));
                break;
            case 'heading':
                children.push(new Paragraph({
                    heading: block.level === 2 ? HeadingLevel.HEADING_2 : HeadingLevel.HEADING_3,
                    // An annex starts on a new page, unless it already starts a section.
                    pageBreakBefore: i > 0 && block.level === 2 && block.anchor.startsWith('bijlage-'),
                    children: runs(block.text)
                }));
                afterClause = false;
                break;
            case 'paragraph':
                // A sentence that introduces a list, table or the signatures stays on their page.
                children.push(paragraph(block, plan, ['list', 'table', 'signatures'].includes(blocks[i + 1]?.kind ?? '')));
                if (block.number) afterClause = true;
                break;
            case 'list':
                children.push(...list(block, afterClause));
                break;
            case 'table':
                children.push(table(block, width), new Paragraph({ spacing: { after: 0 }, children: [] }));
                break;
            case 'signatures':
                if (block.parties.length) children.push(signatures(block, width));
                break;
        }
    }
    return children;
}

function paragraph(block: ParagraphBlock, plan: NumberingPlan, keepNext: boolean): Paragraph {
    if (!block.number) return new Paragraph({ keepNext, children: runs(block.text) });
    const reference = plan.references.get(block);
    if (reference) return new Paragraph({ style: 'DpaClause', keepNext, numbering: { reference, level: 0 }, children: runs(block.text) });
    // A number Word numbering cannot reproduce: literal, bold, before a tab at the hanging indent.
    return new Paragraph({
        style: 'DpaClause',
        keepNext,
        children: [new TextRun({ text: clean(block.number), bold: true }), new TextRun({ text: '\t' }), ...runs(block.text)]
    });
}

function list(block: ListBlock, afterClause: boolean): Paragraph[] {
    const reference = afterClause ? 'dpa-bullet-clause' : 'dpa-bullet';
    return block.items.map(item => new Paragraph({ style: 'ListParagraph', numbering: { reference, level: 0 }, children: runs(item) }));
}

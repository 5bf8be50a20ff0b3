import type { AgreementDocument, Block, TableBlock } from '../ir.js';
import { escapeMarkdown as md } from './escape.js';

/** Renders the agreement as GitHub-flavoured Markdown. */
export function renderMarkdown(doc: AgreementDocument): string {
    return `${doc.blocks.map(renderBlock).join('\n\n')}\n`;
}

function renderBlock(block: Block): string {
    switch (block.kind) {
        case 'title':
            return [`# ${md(block.text)}`, ...block.subtitle.map(line => `*${md(line)}*`)].join('\n\n');
        case 'notice':
            return `> **${md(block.text)}**`;
        case 'heading':
            return `${'#'.repeat(block.level)} ${md(block.text)}`;
        case 'paragraph':
            // The number is ours ("3.1"), never user text; escaping it would add a backslash.
            return block.number ? `**${block.number}** ${md(block.text)}` : md(block.text);
        case 'list':
            return block.items.map(item => `- ${md(item)}`).join('\n');
        case 'table':
            return table(block);
        case 'signatures': {
            const parties = block.parties;
            const header = `| | ${parties.map(p => md(p.heading)).join(' | ')} |`;
            const rule = `| --- | ${parties.map(() => '---').join(' | ')} |`;
            const rows = parties[0]?.rows.map((row, i) => `| ${md(row[0])} | ${parties.map(p => md(p.rows[i]?.[1] ?? '') || ' ').join(' | ')} |`) ?? [];
            return [header, rule, ...rows].join('\n');
        }
    }
}

function table(block: TableBlock): string {
    const cell = (lines: readonly string[]) => lines.map(md).join('<br>');
    return [
        `| ${block.columns.map(md).join(' | ')} |`,
        `| ${block.columns.map(() => '---').join(' | ')} |`,
        ...block.rows.map(row => `| ${row.cells.map(cell).join(' | ')} |`)
    ].join('\n');
}

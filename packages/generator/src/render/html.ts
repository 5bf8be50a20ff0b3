import type { AgreementDocument, Block, SourceRef, TableBlock } from '../ir.js';
import stylesheet from './agreement.css';
import { escapeHtml as h } from './escape.js';

/** The stylesheet of the HTML agreement (screen and print). */
export const agreementCss: string = stylesheet;

/** The agreement as HTML body content: escaped, no scripts, no external resources. */
export function renderHtmlBody(doc: AgreementDocument): string {
    return `<article class="dpa-agreement${doc.draft ? ' dpa-draft' : ''}" lang="${doc.lang}">\n${doc.blocks.map(renderBlock).join('\n')}\n</article>`;
}

/** A standalone, print-friendly HTML document. */
export function renderHtml(doc: AgreementDocument): string {
    return [
        '<!DOCTYPE html>',
        `<html lang="${doc.lang}">`,
        '<head>',
        '<meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">`,
        `<title>${h(doc.title)}</title>`,
        `<style>\n${agreementCss}</style>`,
        '</head>',
        '<body>',
        renderHtmlBody(doc),
        '</body>',
        '</html>',
        ''
    ].join('\n');
}

function line(source: SourceRef | undefined): string {
    return source ? ` data-line="${source.line}"` : '';
}

function renderBlock(block: Block): string {
    switch (block.kind) {
        case 'title':
            return `<header>\n<h1>${h(block.text)}</h1>\n${block.subtitle.map(s => `<p class="subtitle">${h(s)}</p>`).join('\n')}\n</header>`;
        case 'notice':
            return `<p class="notice" role="note">${h(block.text)}</p>`;
        case 'heading':
            return `<h${block.level} id="${h(block.anchor)}"${line(block.source)}>${h(block.text)}</h${block.level}>`;
        case 'paragraph':
            return `<p${line(block.source)}>${block.number ? `<span class="num">${h(block.number)}</span> ` : ''}${h(block.text)}</p>`;
        case 'list':
            return `<ul${line(block.source)}>\n${block.items.map(item => `<li>${h(item)}</li>`).join('\n')}\n</ul>`;
        case 'table':
            return table(block);
        case 'signatures':
            return `<div class="signatures">\n${block.parties.map(party => [
                '<section>',
                `<h3>${h(party.heading)}</h3>`,
                '<dl>',
                ...party.rows.map(([label, value]) => `<dt>${h(label)}</dt><dd>${value ? h(value) : '&nbsp;'}</dd>`),
                '</dl>',
                '</section>'
            ].join('\n')).join('\n')}\n</div>`;
    }
}

function table(block: TableBlock): string {
    const cell = (lines: readonly string[]) => (lines.length === 1
        ? h(lines[0]!)
        : `<ul>${lines.map(l => `<li>${h(l)}</li>`).join('')}</ul>`);
    return [
        '<table>',
        `<thead><tr>${block.columns.map(c => `<th scope="col">${h(c)}</th>`).join('')}</tr></thead>`,
        '<tbody>',
        ...block.rows.map(row => `<tr${line(row.source)}>${row.cells.map(c => `<td>${cell(c)}</td>`).join('')}</tr>`),
        '</tbody>',
        '</table>'
    ].join('\n');
}

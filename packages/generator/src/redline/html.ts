/**
 * The redline as HTML: the new agreement with its changes marked (`<ins>`, `<del>`), part by part,
 * the parts that changed first in a summary with links, unchanged parts folded away (`<details>`,
 * no script). Every text is escaped; the same two documents give the same bytes.
 */
import type { Lang } from '@dpa/language';
import { generatorText, type GeneratorMessage } from '../i18n/index.js';
import { agreementCss } from '../render/html.js';
import { escapeHtml as h } from '../render/escape.js';
import type { AgreementDocument, SourceRef } from '../ir.js';
import { compareDocuments, type Redline, type RedlineBlock, type RedlineLine, type RedlinePart, type Status } from './model.js';
import stylesheet from './redline.css';
import type { Words } from './words.js';

export interface RedlineOptions {
    /** The language of the redline's own words (headings, summary); the new document's language when not given. */
    readonly lang?: Lang;
    /** How the two versions are named in the heading (their file names), when given. */
    readonly oldName?: string;
    readonly newName?: string;
}

/** The redline's own stylesheet (the marks, the summary, folded parts): a page that shows `renderRedlineBody` has it after `agreementCss`. */
export const redlineCss: string = stylesheet;

/** The redline of two generated agreements as a standalone HTML document (no script, no external resources). */
export function renderRedline(before: AgreementDocument, after: AgreementDocument, options: RedlineOptions = {}): string {
    const redline = compareDocuments(before, after);
    const lang = options.lang ?? redline.lang;
    return [
        '<!DOCTYPE html>',
        `<html lang="${lang}">`,
        '<head>',
        '<meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">`,
        `<title>${h(generatorText(lang, 'redline.title', { title: redline.title }))}</title>`,
        `<style>\n${agreementCss}${redlineCss}</style>`,
        '</head>',
        '<body>',
        redlineBody(redline, { ...options, lang }),
        '</body>',
        '</html>',
        ''
    ].join('\n');
}

/** The redline as HTML body content, for a page that has `agreementCss` and `redlineCss`. */
export function renderRedlineBody(before: AgreementDocument, after: AgreementDocument, options: RedlineOptions = {}): string {
    const redline = compareDocuments(before, after);
    return redlineBody(redline, { ...options, lang: options.lang ?? redline.lang });
}

type Say = (key: GeneratorMessage, args?: Record<string, string>) => string;

function redlineBody(redline: Redline, options: RedlineOptions & { lang: Lang }): string {
    const say: Say = (key, args) => generatorText(options.lang, key, args);
    return `<article class="dpa-agreement dpa-redline${redline.draft ? ' dpa-draft' : ''}" lang="${redline.lang}">\n${head(redline, options, say)}\n${redline.parts.map(part => renderPart(part, say)).join('\n')}\n</article>`;
}

const labelOf = (part: RedlinePart, say: Say) => part.heading ?? say('redline.begin');

/** The redline's own heading: the versions, what the marks mean, the count of parts by status and links to those that changed. */
function head(redline: Redline, options: RedlineOptions, say: Say): string {
    const count = (status: Status) => String(redline.parts.filter(part => part.status === status).length);
    const changed = redline.parts.filter(part => part.status !== 'same');
    const lines = [
        '<div class="dpa-redline-head">',
        `<h1>${h(say('redline.title', { title: redline.title }))}</h1>`,
        ...(options.oldName !== undefined && options.newName !== undefined ? [`<p>${h(say('redline.versions', { old: options.oldName, new: options.newName }))}</p>`] : []),
        `<p>${h(say('redline.legend'))}</p>`,
        `<p>${h(say('redline.summary', { changed: count('changed'), added: count('added'), removed: count('removed'), same: count('same') }))}</p>`,
        changed.length === 0
            ? `<p>${h(say('redline.none'))}</p>`
            : `<ul>\n${changed.map(part => `<li><a href="#${h(part.anchor)}">${h(labelOf(part, say))}</a> <span class="dpa-status">${h(say(`redline.status.${part.status as Exclude<Status, 'same'>}`))}</span></li>`).join('\n')}\n</ul>`,
        '</div>'
    ];
    return lines.join('\n');
}

function renderPart(part: RedlinePart, say: Say): string {
    if (part.status === 'same') {
        const summary = part.was !== undefined ? say('redline.renumbered', { heading: labelOf(part, say), was: part.was }) : say('redline.unchanged', { heading: labelOf(part, say) });
        // The heading is the summary's; the blocks after it unfold.
        const blocks = part.heading !== undefined ? part.blocks.slice(1) : part.blocks;
        return `<details class="dpa-unchanged" id="${h(part.anchor)}">\n<summary>${h(summary)}</summary>\n${blocks.map(block => renderBlock(block)).join('\n')}\n</details>`;
    }
    const status = `<span class="dpa-status">${h(say(`redline.status.${part.status}`))}</span>`;
    return `<section class="dpa-part dpa-part-${part.status}" id="${h(part.anchor)}">\n${part.blocks.map((block, i) => renderBlock(block, i === 0 && part.heading !== undefined ? status : '')).join('\n')}\n</section>`;
}

/** Words as HTML: inserted words in `<ins>`, deleted words in `<del>`. */
function marked(words: Words): string {
    return words.map(word => {
        const text = h(word.text);
        return word.kind === 'added' ? `<ins>${text}</ins>` : word.kind === 'removed' ? `<del>${text}</del>` : text;
    }).join('');
}

const statusClass = (status: Status) => (status === 'same' ? '' : ` class="dpa-${status}"`);
const line = (source: SourceRef | undefined) => (source ? ` data-line="${source.line}"` : '');

function renderBlock(block: RedlineBlock, after = ''): string {
    const attributes = `${statusClass(block.status)}${line(block.source)}`;
    switch (block.kind) {
        case 'title':
            return `<header${attributes}>\n<h1>${marked(block.text)}</h1>\n${block.subtitle.map(s => `<p class="subtitle">${marked(s.words)}</p>`).join('\n')}\n</header>`;
        case 'notice':
            return `<p class="notice" role="note">${marked(block.text)}</p>`;
        case 'heading':
            return `<h${block.level}${attributes}>${marked(block.text)}${after ? ` ${after}` : ''}</h${block.level}>`;
        case 'paragraph': {
            const number = block.number === undefined ? '' : block.status === 'added' ? `<ins>${h(block.number)}</ins>` : block.status === 'removed' ? `<del>${h(block.number)}</del>` : h(block.number);
            return `<p${attributes}>${number ? `<span class="num">${number}</span> ` : ''}${marked(block.text)}</p>`;
        }
        case 'list':
            return `<ul${attributes}>\n${block.items.map(item => `<li${statusClass(item.status)}>${marked(item.words)}</li>`).join('\n')}\n</ul>`;
        case 'table':
            return [
                `<table${attributes}>`,
                `<thead><tr>${block.columns.map(c => `<th scope="col"${statusClass(c.status)}>${marked(c.words)}</th>`).join('')}</tr></thead>`,
                '<tbody>',
                ...block.rows.map(row => `<tr${statusClass(row.status)}${line(row.source)}>${row.cells.map(c => `<td>${cell(c)}</td>`).join('')}</tr>`),
                '</tbody>',
                '</table>'
            ].join('\n');
        case 'signatures':
            return `<div class="signatures"${attributes}>\n${block.parties.map(party => [
                `<section${statusClass(party.status)}>`,
                `<h3>${marked(party.heading)}</h3>`,
                '<dl>',
                ...party.rows.map(row => `<dt>${marked(row.label)}</dt><dd>${row.value.length ? marked(row.value) : '&nbsp;'}</dd>`),
                '</dl>',
                '</section>'
            ].join('\n')).join('\n')}\n</div>`;
    }
}

function cell(lines: readonly RedlineLine[]): string {
    if (lines.length === 0) return '';
    if (lines.length === 1) return marked(lines[0]!.words);
    return `<ul>${lines.map(l => `<li${statusClass(l.status)}>${marked(l.words)}</li>`).join('')}</ul>`;
}

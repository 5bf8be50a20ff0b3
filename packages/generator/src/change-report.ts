import type { Lang } from '@dpa/language';
import { changeRecord, DIFF_EFFECTS, DIFF_MESSAGES, type AgreementChange, type ChangeRecord, type Crossing, type PlaybookCrossings } from '@dpa/language/diff';
import { escapeHtml, escapeMarkdown } from './render/escape.js';
import { reportPage } from './render/report-page.js';

/**
 * The change report of `dpa diff` (issue 14, in progress): what changed from one version of an
 * agreement to another, grouped by what it means for the parties — the changes a controller's
 * lawyer looks at first (looser for the processor, stricter for the controller) on top — as text
 * for the terminal, Markdown, or an HTML page a lawyer can send. A custom clause's text shows its
 * words removed and added. The user's text (names, values, clause text) is escaped in Markdown
 * and HTML. Not yet imported by the CLI (see ARCHITECTURE.md, `diff/`).
 */
export type ReportFormat = 'text' | 'md' | 'html';

export interface ReportOptions {
    readonly lang: Lang;
    readonly format: ReportFormat;
    /** How the two versions are named in the heading (their file names). */
    readonly oldName: string;
    readonly newName: string;
    /** With `dpa diff --playbook`: the departures from the firm's playbook each change brings, and the others. */
    readonly playbook?: PlaybookCrossings;
    /**
     * HTML only: the page's body content, for a viewer that embeds it with CHANGE_REPORT_CSS (the
     * VS Code extension's compare panel), each change in the new version marked with its line
     * there (`data-line`, 0-based) so that a click can show it in the editor.
     */
    readonly embedded?: boolean;
}

/** The report's stylesheet (of the HTML page, and for a viewer that embeds its body). */
export const CHANGE_REPORT_CSS = 'body{font:15px/1.5 system-ui,sans-serif;max-width:50rem;margin:2rem auto;padding:0 1rem}del{color:#b42318;background:#fee4e2}ins{color:#067647;background:#dcfae6;text-decoration:none}blockquote{white-space:pre-wrap;border-left:3px solid #d0d5dd;margin:.5rem 0;padding-left:.75rem}.crossing{color:#b42318;font-weight:600;margin:.25rem 0}';

/** The sections, in the order a controller's lawyer reads them. */
const ORDER = DIFF_EFFECTS;

export function renderChangeReport(changes: readonly AgreementChange[], options: ReportOptions): string {
    const { lang, format } = options;
    const t = (key: Parameters<typeof DIFF_MESSAGES.text>[1], args?: Record<string, string>) => DIFF_MESSAGES.text(lang, key, args);
    const records = changes.map(change => changeRecord(change, lang));
    const crossings = new Map(changes.map((change, i) => [records[i]!, options.playbook?.byChange.get(change) ?? []]));
    const crossingText = (crossing: Crossing) => t('report.crosses', { message: crossing.message, code: crossing.code });
    const other = options.playbook?.other ?? [];
    const otherTitle = options.playbook ? t('report.section.playbook', { name: options.playbook.name }) : '';
    const title = t('report.title');
    const versions = t('report.versions', { old: options.oldName, new: options.newName });
    const sections = ORDER.map(effect => ({ effect, records: records.filter(record => record.effect === effect) })).filter(section => section.records.length > 0);
    // The line in the new version; a removed element has only a line in the old one, which says so.
    const where = (record: ChangeRecord) => {
        if (record.line.new !== undefined) return ` (${t('report.line', { n: String(record.line.new) })})`;
        return record.line.old === undefined ? '' : ` (${t('report.lineOld', { n: String(record.line.old), name: options.oldName })})`;
    };
    switch (format) {
        case 'text': {
            const otherLines = other.length === 0 ? [] : ['', `${otherTitle}:`, ...other.map(crossing => `  ! ${crossingText(crossing)}${crossing.line === undefined ? '' : ` (${t('report.line', { n: String(crossing.line) })})`}`)];
            if (records.length === 0) return [versions, t('report.none'), ...otherLines, ''].join('\n');
            return [versions, ...sections.flatMap(section => [
                '', `${t(`report.section.${section.effect}`)}:`,
                ...section.records.flatMap(record => [`  ${record.text}${where(record)}`, ...crossings.get(record)!.map(crossing => `    ! ${crossingText(crossing)}`)])
            ]), ...otherLines, ''].join('\n');
        }
        case 'md': {
            const lines = [`# ${escapeMarkdown(title)}`, '', escapeMarkdown(versions), ''];
            if (records.length === 0) lines.push(escapeMarkdown(t('report.none')), '');
            for (const section of sections) {
                lines.push(`## ${escapeMarkdown(t(`report.section.${section.effect}`))}`, '');
                for (const record of section.records) {
                    lines.push(`- ${escapeMarkdown(record.text)}${escapeMarkdown(where(record))}`);
                    for (const crossing of crossings.get(record)!) lines.push(`  - **${escapeMarkdown(crossingText(crossing))}**`);
                    if (record.words) lines.push('', `  > ${record.words.map(word => markdownWord(word)).join('')}`, '');
                }
                lines.push('');
            }
            if (other.length > 0) lines.push(`## ${escapeMarkdown(otherTitle)}`, '', ...other.map(crossing => `- ${escapeMarkdown(crossingText(crossing))}`), '');
            return lines.join('\n');
        }
        case 'html': {
            const crossingHtml = (list: readonly Crossing[]) => list.map(crossing => `\n<p class="crossing">${escapeHtml(crossingText(crossing))}</p>`).join('');
            const link = (record: ChangeRecord) => (options.embedded && record.line.new !== undefined ? ` data-line="${record.line.new - 1}"` : '');
            const body = (records.length === 0
                ? `<p>${escapeHtml(t('report.none'))}</p>`
                : sections.map(section => `<section class="${section.effect}">\n<h2>${escapeHtml(t(`report.section.${section.effect}`))}</h2>\n<ul>\n${section.records.map(record => `<li${link(record)}>${escapeHtml(record.text)}${escapeHtml(where(record))}${crossingHtml(crossings.get(record)!)}${record.words ? `\n<blockquote>${record.words.map(word => htmlWord(word)).join('')}</blockquote>` : ''}</li>`).join('\n')}\n</ul>\n</section>`).join('\n'))
                + (other.length > 0 ? `\n<section class="playbook">\n<h2>${escapeHtml(otherTitle)}</h2>${crossingHtml(other)}\n</section>` : '');
            const content = `<h1>${escapeHtml(title)}</h1>\n<p>${escapeHtml(versions)}</p>\n${body}\n`;
            if (options.embedded) return content;
            return reportPage(lang, title, CHANGE_REPORT_CSS, content);
        }
    }
}

/** A word change in Markdown: struck through when removed, bold when added (the marks hug the words, as GFM needs). */
function markdownWord(word: { readonly kind: string; readonly text: string }): string {
    const text = word.text.replace(/\s+/g, ' ');
    if (word.kind === 'same') return escapeMarkdown(text);
    const [, lead = '', core = '', trail = ''] = /^(\s*)(.*?)(\s*)$/s.exec(text) ?? [];
    if (core === '') return text;
    const mark = word.kind === 'removed' ? '~~' : '**';
    return `${lead}${mark}${escapeMarkdown(core)}${mark}${trail}`;
}

function htmlWord(word: { readonly kind: string; readonly text: string }): string {
    const text = escapeHtml(word.text);
    if (word.kind === 'removed') return `<del>${text}</del>`;
    if (word.kind === 'added') return `<ins>${text}</ins>`;
    return text;
}

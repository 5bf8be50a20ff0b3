import type { ElementStatus, Review } from '@dpa/language';
import { generatorText, type GeneratorMessage } from './i18n/index.js';
import { escapeHtml, escapeMarkdown } from './render/escape.js';
import { reportPage } from './render/report-page.js';

/**
 * The review report of `dpa review` (the language's `Review`): the Art. 28(3) checklist — each
 * element present, weak or missing, with the source's own sentences that carry it — then the
 * defects with their rule, legal basis and suggested wording, then what could not be judged. As
 * Markdown or an HTML page a lawyer can read and send; the user's text escaped in both.
 */
export type ReviewFormat = 'md' | 'html';

const MARKS: Readonly<Record<ElementStatus, string>> = { present: '✓', weak: '~', missing: '✗' };

export function renderReview(review: Review, format: ReviewFormat): string {
    const { lang } = review;
    const t = (key: GeneratorMessage, args?: Record<string, string>) => generatorText(lang, key, args);
    const counts = (status: ElementStatus) => String(review.elements.filter(e => e.status === status).length);
    const summary = t('review.summary', { present: counts('present'), weak: counts('weak'), missing: counts('missing'), defects: String(review.defects.length) });
    const status = (s: ElementStatus) => `${MARKS[s]} ${t(`review.status.${s}`)}`;
    if (format === 'md') {
        const m = escapeMarkdown;
        const lines = [`# ${m(t('review.title', { source: review.source }))}`, '', m(summary), '', `## ${m(t('review.elements'))}`, ''];
        for (const element of review.elements) {
            lines.push(`- **${m(element.article)}** ${m(element.label)}: ${m(status(element.status))}${element.finding ? ` — ${m(element.finding)}` : ''}`);
            for (const quote of element.quotes) lines.push(`  > ${m(quote)}`);
        }
        lines.push('', `## ${m(t('review.defects'))}`, '');
        if (review.defects.length === 0) lines.push(m(t('review.noDefects')));
        for (const defect of review.defects) {
            lines.push(`- ${m(`${defect.code} (${t(`review.severity.${defect.severity}`)}, ${t('review.line', { n: String(defect.line) })}): ${defect.message}`)}`);
            for (const suggestion of defect.suggestions) lines.push(`  - ${m(t('review.suggestion', { text: suggestion }))}`);
        }
        lines.push('', `## ${m(t('review.unjudged'))}`, '');
        if (review.unjudged.length === 0) lines.push(m(t('review.nothingUnjudged')));
        for (const clause of review.unjudged) lines.push(`- ${m(clause)}`);
        return `${lines.join('\n')}\n`;
    }
    const { title, css, body } = reviewParts(review);
    return reportPage(lang, title, css, body);
}

/**
 * The HTML review's parts: its title (text), its stylesheet and its body (escaped HTML, no script,
 * nothing remote), for a page of its own (`renderReview`) or one that embeds it (the VS Code
 * extension's review panel, through the server's `dpa/review`).
 */
export function reviewParts(review: Review): { title: string; css: string; body: string } {
    const { lang } = review;
    const t = (key: GeneratorMessage, args?: Record<string, string>) => generatorText(lang, key, args);
    const counts = (status: ElementStatus) => String(review.elements.filter(e => e.status === status).length);
    const summary = t('review.summary', { present: counts('present'), weak: counts('weak'), missing: counts('missing'), defects: String(review.defects.length) });
    const status = (s: ElementStatus) => `${MARKS[s]} ${t(`review.status.${s}`)}`;
    const h = escapeHtml;
    const elements = review.elements.map(element => `<li class="${element.status}"><strong>${h(element.article)}</strong> ${h(element.label)}: <span class="status">${h(status(element.status))}</span>${element.finding ? ` — ${h(element.finding)}` : ''}${element.quotes.map(quote => `\n<blockquote>${h(quote)}</blockquote>`).join('')}</li>`).join('\n');
    const defects = review.defects.length === 0 ? `<p>${h(t('review.noDefects'))}</p>` : `<ul>\n${review.defects.map(defect => `<li class="${defect.severity}"><code>${h(defect.code)}</code> (${h(t(`review.severity.${defect.severity}`))}, ${h(t('review.line', { n: String(defect.line) }))}): ${h(defect.message)}${defect.suggestions.map(s => `\n<p class="suggestion">${h(t('review.suggestion', { text: s }))}</p>`).join('')}</li>`).join('\n')}\n</ul>`;
    const unjudged = review.unjudged.length === 0 ? `<p>${h(t('review.nothingUnjudged'))}</p>` : `<ul>\n${review.unjudged.map(clause => `<li>${h(clause)}</li>`).join('\n')}\n</ul>`;
    const title = t('review.title', { source: review.source });
    const css = 'body{font:15px/1.5 system-ui,sans-serif;max-width:50rem;margin:2rem auto;padding:0 1rem}.present .status{color:#067647}.weak .status{color:#b54708}.missing .status{color:#b42318}blockquote{border-left:3px solid #d0d5dd;margin:.25rem 0;padding-left:.75rem;color:#344054}.suggestion{margin:.25rem 0;color:#475467}';
    const body = [
        `<h1>${h(title)}</h1>`, `<p>${h(summary)}</p>`,
        `<h2>${h(t('review.elements'))}</h2>`, '<ul>', elements, '</ul>',
        `<h2>${h(t('review.defects'))}</h2>`, defects,
        `<h2>${h(t('review.unjudged'))}</h2>`, unjudged, ''
    ].join('\n');
    return { title, css, body };
}

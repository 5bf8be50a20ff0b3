import type { Agreement, Processing } from '@dpa/language';
import { escapeMarkdown } from './render/escape.js';
import { buildDocument, describeProcessing, type BuildOptions } from './document-builder.js';
import type { AgreementDocument } from './ir.js';
import { renderHtml, renderHtmlBody, agreementCss } from './render/html.js';
import { renderMarkdown } from './render/markdown.js';
import { TemplateEngine } from './templates.js';
import type { AgreementLanguage } from './terms.js';

export type OutputFormat = 'md' | 'html';
export const OUTPUT_FORMATS: readonly OutputFormat[] = ['md', 'html'];

export interface GenerateOptions extends BuildOptions {
    readonly format: OutputFormat;
    readonly lang?: AgreementLanguage;
}

const engines = new Map<AgreementLanguage, TemplateEngine>();

/** The template engine of a language, created once (compiled templates are cached in it). */
export function templateEngine(lang: AgreementLanguage = 'nl'): TemplateEngine {
    let engine = engines.get(lang);
    if (!engine) {
        engine = new TemplateEngine(lang);
        engines.set(lang, engine);
    }
    return engine;
}

export function buildAgreementDocument(agreement: Agreement, options: BuildOptions & { lang?: AgreementLanguage } = {}): AgreementDocument {
    return buildDocument(agreement, templateEngine(options.lang), options);
}

/** One processing activity as its Bijlage 1 row, in Markdown (a two-column table), for hovers. */
export function processingRowMarkdown(processing: Processing, lang: AgreementLanguage = 'nl'): string {
    const { columns, cells } = describeProcessing(processing, templateEngine(lang));
    const row = (label: string, lines: readonly string[]) => `| ${escapeMarkdown(label)} | ${lines.map(escapeMarkdown).join('<br>')} |`;
    return ['| | |', '| --- | --- |', ...columns.map((c, i) => row(c, cells[i] ?? []))].join('\n');
}

/** The agreement in the requested format. Same model and options, same bytes. */
export function generateAgreement(agreement: Agreement, options: GenerateOptions): string {
    const doc = buildAgreementDocument(agreement, options);
    return options.format === 'md' ? renderMarkdown(doc) : renderHtml(doc);
}

export { agreementCss, renderHtml, renderHtmlBody, renderMarkdown };
export { escapeHtml, escapeMarkdown } from './render/escape.js';
export { TemplateEngine, TemplateError, builtinTemplateNames } from './templates.js';
export { termsFor, type AgreementLanguage, type Terms } from './terms.js';
export type { AgreementDocument, Block } from './ir.js';
export type { AgreementView, ClauseViews, StandardClauseKind } from './view.js';
export { CLAUSE_KINDS, FIXED_TEMPLATES } from './view.js';

// The generator without what needs Node (`@dpa/generator/portable`): everything but PDF
// (LibreOffice, a child process) and firm template folders (files on disk), for the language
// server in a Web Worker. `index.ts` adds those two for Node.
import type { Agreement, Lang, Processing } from '@dpa/language';
import { escapeMarkdown } from './render/escape.js';
import { buildDocument, describeProcessing, type BuildOptions } from './document-builder.js';
import type { AgreementDocument } from './ir.js';
import { renderHtml, renderHtmlBody, agreementCss } from './render/html.js';
import { renderMarkdown } from './render/markdown.js';
import { TemplateEngine } from './templates.js';

export { CHANGE_REPORT_CSS, renderChangeReport, type ReportFormat, type ReportOptions } from './change-report.js';

export type OutputFormat = 'md' | 'html';
export const OUTPUT_FORMATS: readonly OutputFormat[] = ['md', 'html'];

export interface GenerateOptions extends BuildOptions {
    readonly format: OutputFormat;
    readonly lang?: Lang;
    /** A firm's templates over the built-in set (`loadTemplateFolder`); they fix the language. */
    readonly templates?: TemplateEngine;
}

const engines = new Map<Lang, TemplateEngine>();

/** The template engine of a language, created once (compiled templates are cached in it). */
export function templateEngine(lang: Lang = 'nl'): TemplateEngine {
    let engine = engines.get(lang);
    if (!engine) {
        engine = new TemplateEngine(lang);
        engines.set(lang, engine);
    }
    return engine;
}

export function buildAgreementDocument(agreement: Agreement, options: BuildOptions & { lang?: Lang; templates?: TemplateEngine } = {}): AgreementDocument {
    return buildDocument(agreement, options.templates ?? templateEngine(options.lang), options);
}

/** One processing activity as its Bijlage 1 row, in Markdown (a two-column table), for hovers. */
export function processingRowMarkdown(processing: Processing, lang: Lang = 'nl'): string {
    const { columns, cells } = describeProcessing(processing, templateEngine(lang));
    const row = (label: string, lines: readonly string[]) => `| ${escapeMarkdown(label)} | ${lines.map(escapeMarkdown).join('<br>')} |`;
    return ['| | |', '| --- | --- |', ...columns.map((c, i) => row(c, cells[i] ?? []))].join('\n');
}

/** Formats written as bytes: Word, and PDF (converted from the Word file by LibreOffice). */
export type FileFormat = 'docx' | 'pdf';
export const FILE_FORMATS: readonly FileFormat[] = ['docx', 'pdf'];

export function isFileFormat(format: string): format is FileFormat {
    return (FILE_FORMATS as readonly string[]).includes(format);
}

/**
 * The agreement document as DOCX bytes. The Word renderer is loaded on the first call, not with
 * the generator: the language server and the CLI start without it (in the bundle, a dynamic
 * import evaluates its modules when it runs).
 */
export async function renderDocx(doc: AgreementDocument): Promise<Uint8Array> {
    const { renderDocx: render } = await import('./render/docx.js');
    return render(doc);
}

/** The agreement as DOCX bytes. Same model and options, same bytes. */
export async function generateDocx(agreement: Agreement, options: Omit<GenerateOptions, 'format'>): Promise<Uint8Array> {
    return renderDocx(buildAgreementDocument(agreement, options));
}

/** The agreement in the requested format. Same model and options, same bytes. */
export function generateAgreement(agreement: Agreement, options: GenerateOptions): string {
    const doc = buildAgreementDocument(agreement, options);
    return options.format === 'md' ? renderMarkdown(doc) : renderHtml(doc);
}

export { agreementCss, renderHtml, renderHtmlBody, renderMarkdown };
export { GeneratorError, type ErrorKey, type ErrorText } from './errors.js';
export { escapeHtml, escapeMarkdown } from './render/escape.js';
export { TemplateEngine, TemplateError, builtinTemplateNames, builtinTemplateSources, type TemplateSource } from './templates.js';
export { termsFor, type Terms } from './terms.js';
export type { AgreementDocument, Block } from './ir.js';
export type { AgreementView, ClauseViews, StandardClauseKind } from './view.js';
export { CLAUSE_KINDS, FIXED_TEMPLATES } from './view.js';
export * from './register.js';
export { renderRedline, renderRedlineBody, redlineCss, type RedlineOptions } from './redline/html.js';

/**
 * The redline of two generated agreements as a Word document with tracked changes (redline/docx.ts),
 * loaded on the first call as the Word writer is. Same documents, same bytes.
 */
export async function renderRedlineDocx(before: AgreementDocument, after: AgreementDocument): Promise<Uint8Array> {
    const { renderRedlineDocx: render } = await import('./redline/docx.js');
    return render(before, after);
}
export { renderReview, reviewParts, type ReviewFormat } from './review-report.js';

import { DocumentState, type LangiumDocument, type LangiumSharedCoreServices } from 'langium';
import { CancellationToken, ErrorCodes, ResponseError, type Connection } from 'vscode-languageserver';
import type { Diagnostic } from 'vscode-languageserver-types';
import { URI } from 'vscode-uri';
import { agreementCss, buildAgreementDocument, escapeHtml, generateAgreement, renderHtmlBody, termsFor, type FileFormat, type GenerateOptions, type TemplateEngine } from '@dpa/generator/portable';
import type { Agreement, Document, Lang } from '@dpa/language';
import type { GenerationSettings } from './generation-settings.js';
import { documentAt } from './document-wait.js';
import { SERVER_MESSAGES } from './messages.js';
import {
    DocumentValidatedNotification, GenerateRequest, PreviewRequest,
    type DiagnosticCounts, type DocumentFormat, type GenerateParams, type GenerateResult, type PreviewParams, type PreviewResult
} from './protocol.js';

/**
 * What the preview and generate requests may cost. The largest real agreement we know is about
 * 26 KB of source and becomes about 40 KB of HTML; a 1 MB source takes a few hundred
 * milliseconds to render and yields megabytes of HTML, sent again after every keystroke.
 */
export const AGREEMENT_REQUEST_LIMITS = {
    /** Source characters above which the preview shows a notice instead of the agreement: 10x the largest real agreement. */
    previewMaxSourceChars: 256 * 1024,
    /** HTML characters above which the preview shows a notice (a firm's templates can make a small source large). */
    previewMaxBodyChars: 4 * 1024 * 1024,
    /**
     * How long the preview waits for the document to be validated. The client refreshes the preview
     * when the document has been validated (dpa/documentValidated), so a notice now costs nothing.
     */
    previewWaitMs: 2_000,
    /** Source characters above which "Generate" refuses: an explicit command, so a larger budget than the preview. */
    generateMaxSourceChars: 2 * 1024 * 1024,
    /** How long "Generate" waits for the document to be validated before it asks the user to try again. */
    generateWaitMs: 20_000
} as const;

function kib(chars: number): number {
    return Math.ceil(chars / 1024);
}

/** The preview's notice for a source or a result past its limit (in characters), in the agreement's language. */
function tooLarge(lang: Lang, size: number, limit: number): string {
    return SERVER_MESSAGES.text(lang, 'preview.tooLarge', { size: kib(size), limit: kib(limit) });
}

const FORMATS: ReadonlySet<string> = new Set<DocumentFormat>(['md', 'html', 'docx', 'pdf']);

function isRecord(value: unknown): value is Record<string, unknown> {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Why the parameters of dpa/preview are malformed, or undefined. */
export function previewParamsProblem(params: unknown): string | undefined {
    if (!isRecord(params)) return 'parameters must be an object';
    if (typeof params.uri !== 'string' || params.uri === '') return "'uri' must be a non-empty string";
    return undefined;
}

/** Why the parameters of dpa/generate are malformed, or undefined. */
export function generateParamsProblem(params: unknown): string | undefined {
    const problem = previewParamsProblem(params);
    if (problem || !isRecord(params)) return problem;
    if (typeof params.format !== 'string' || !FORMATS.has(params.format)) return `'format' must be one of ${[...FORMATS].join(', ')}`;
    if (params.draft !== undefined && typeof params.draft !== 'boolean') return "'draft' must be a boolean";
    return undefined;
}

export function countDiagnostics(diagnostics: readonly Diagnostic[]): DiagnosticCounts {
    let errors = 0, warnings = 0, infos = 0;
    for (const d of diagnostics) {
        if (d.severity === 1) errors++;
        else if (d.severity === 2) warnings++;
        else infos++;
    }
    return { errors, warnings, infos };
}

function formatError(d: Diagnostic): string {
    return `${d.range.start.line + 1}:${d.range.start.character + 1} ${d.message}${d.code !== undefined ? ` [${d.code}]` : ''}`;
}

function parseUri(uri: string): URI | undefined {
    try {
        return URI.parse(uri);
    } catch {
        return undefined;
    }
}

/** A document's state after waiting for its validation: validated, still being checked, or unknown to the server. */
type Validated = { document: LangiumDocument<Document> } | { pending: true } | undefined;

/**
 * What generating needs of the platform the server runs on: a Node process has files and
 * LibreOffice, a Web Worker has neither (main.ts, browser.ts).
 */
export interface GenerationPlatform {
    /** The firm's templates in `folder` (`dpa.templates.folder`) for `lang`; throws, with the reason, when they cannot be had. */
    firmTemplates(folder: string, lang: Lang): TemplateEngine;
    /** The agreement as Word or PDF bytes; throws, with the reason, for a format the platform cannot make. */
    renderFile(agreement: Agreement, options: Omit<GenerateOptions, 'format'> & { format: FileFormat }): Promise<Uint8Array>;
}

/**
 * Serves the client's preview and generate requests and tells it when a document has been
 * validated, so that an open preview refreshes as the user types.
 */
export function registerAgreementRequests(connection: Connection, shared: LangiumSharedCoreServices, settings: GenerationSettings, platform: GenerationPlatform): void {
    /** The agreement language and the firm's templates, as the user's settings say now. */
    const generation = () => {
        const lang = settings.agreementLanguage;
        const folder = settings.templatesFolder;
        const templates = folder === undefined ? undefined : platform.firmTemplates(folder, lang);
        return { lang, ...(templates ? { templates } : {}) };
    };
    const builder = shared.workspace.DocumentBuilder;

    // As each document is validated (the typed one first, before its neighbours: see ResponsiveDocumentBuilder).
    builder.onDocumentPhase(DocumentState.Validated, document => {
        void connection.sendNotification(DocumentValidatedNotification, {
            uri: document.uri.toString(),
            counts: countDiagnostics(document.diagnostics ?? [])
        });
    });

    /**
     * The document once validated, waiting at most `waitMs` and no longer than the client wants
     * (the request's cancellation). A document closed while we wait is unknown.
     */
    const validated = async (uri: string, waitMs: number, token: CancellationToken): Promise<Validated> => {
        const parsed = parseUri(uri);
        if (!parsed) return undefined;
        const document = await documentAt(shared, parsed, DocumentState.Validated, waitMs, token);
        return document === 'pending' ? { pending: true } : document && { document };
    };

    const notice = (text: string, counts: DiagnosticCounts): PreviewResult =>
        ({ ok: false, title: 'DPA', css: agreementCss, body: `<p class="notice">${escapeHtml(text)}</p>`, counts });

    connection.onRequest(PreviewRequest, async (params: PreviewParams, token = CancellationToken.None): Promise<PreviewResult | ResponseError> => {
        const problem = previewParamsProblem(params);
        if (problem) return new ResponseError(ErrorCodes.InvalidParams, `Invalid parameters for ${PreviewRequest.method}: ${problem}`);
        const lang = settings.agreementLanguage;
        const none = { errors: 0, warnings: 0, infos: 0 };
        const limits = AGREEMENT_REQUEST_LIMITS;
        const state = await validated(params.uri, limits.previewWaitMs, token);
        if (!state) return notice(SERVER_MESSAGES.text(lang, 'document.unknown'), none);
        if ('pending' in state) return notice(SERVER_MESSAGES.text(lang, 'preview.stillChecking'), none);
        const { document } = state;
        const counts = countDiagnostics(document.diagnostics ?? []);
        const size = document.textDocument.getText().length;
        if (size > limits.previewMaxSourceChars) return notice(tooLarge(lang, size, limits.previewMaxSourceChars), counts);
        const agreement = document.parseResult.value.agreement;
        if (!agreement || document.parseResult.parserErrors.length > 0) return notice(termsFor(lang).broken, counts);
        try {
            const doc = buildAgreementDocument(agreement, { ...generation(), ...(counts.errors > 0 ? { draftErrors: counts.errors } : {}) });
            const body = renderHtmlBody(doc);
            if (body.length > limits.previewMaxBodyChars) return notice(tooLarge(lang, body.length, limits.previewMaxBodyChars), counts);
            return { ok: true, title: doc.title, css: agreementCss, body, counts };
        } catch (error) {
            return notice(error instanceof Error ? error.message : String(error), counts);
        }
    });

    connection.onRequest(GenerateRequest, async (params: GenerateParams, token = CancellationToken.None): Promise<GenerateResult | ResponseError> => {
        const problem = generateParamsProblem(params);
        if (problem) return new ResponseError(ErrorCodes.InvalidParams, `Invalid parameters for ${GenerateRequest.method}: ${problem}`);
        const { uri, format, draft } = params;
        const lang = settings.agreementLanguage;
        const limits = AGREEMENT_REQUEST_LIMITS;
        const state = await validated(uri, limits.generateWaitMs, token);
        if (!state) return { ok: false, errors: [`Unknown document ${uri}`] };
        if ('pending' in state) return { ok: false, failure: SERVER_MESSAGES.text(lang, 'preview.stillChecking'), errors: [] };
        const { document } = state;
        const size = document.textDocument.getText().length;
        if (size > limits.generateMaxSourceChars) {
            return { ok: false, failure: SERVER_MESSAGES.text(lang, 'generate.tooLarge', { size: kib(size), limit: kib(limits.generateMaxSourceChars) }), errors: [] };
        }
        const errors = (document.diagnostics ?? []).filter(d => d.severity === 1);
        const agreement = document.parseResult.value.agreement;
        if (!agreement || document.parseResult.parserErrors.length > 0 || (errors.length > 0 && !draft)) {
            return { ok: false, errors: errors.map(formatError) };
        }
        const draftErrors = errors.length > 0 ? { draftErrors: errors.length } : {};
        let options;
        try {
            options = { ...generation(), ...draftErrors };
        } catch (error) {
            // A broken firm template: its file and line.
            return { ok: false, failure: error instanceof Error ? error.message : String(error), errors: errors.map(formatError) };
        }
        try {
            if (format === 'docx' || format === 'pdf') {
                const bytes = await platform.renderFile(agreement, { ...options, format });
                return { ok: true, content: toBase64(bytes), encoding: 'base64', errors: errors.map(formatError) };
            }
            const content = generateAgreement(agreement, { ...options, format });
            return { ok: true, content, encoding: 'utf8', errors: errors.map(formatError) };
        } catch (error) {
            // PDF needs LibreOffice on the server's machine (and a Node server): say so rather than fail obscurely.
            return { ok: false, failure: error instanceof Error ? error.message : String(error), errors: errors.map(formatError) };
        }
    });
}

/** Bytes as base64, in Node and in browsers alike (`btoa` of Latin-1 text, a chunk at a time: no call takes the whole file as arguments). */
export function toBase64(bytes: Uint8Array): string {
    const CHUNK = 0x8000;
    let latin1 = '';
    for (let i = 0; i < bytes.length; i += CHUNK) latin1 += String.fromCharCode(...bytes.subarray(i, i + CHUNK));
    return btoa(latin1);
}

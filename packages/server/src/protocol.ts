/**
 * Custom messages between the DPA language server and its clients (the VS Code extension's
 * preview and generate commands). Shared by both sides so that names and shapes agree.
 */
import { NotificationType, RequestType } from 'vscode-languageserver-protocol';

/** Text formats (`md`, `html`) and binary ones (`docx`, `pdf`; PDF needs LibreOffice on the server's machine). */
export type DocumentFormat = 'md' | 'html' | 'docx' | 'pdf';

export interface DiagnosticCounts {
    readonly errors: number;
    readonly warnings: number;
    readonly infos: number;
}

export interface PreviewParams {
    /** The `.dpa` document, as the client knows it. */
    readonly uri: string;
}

export interface PreviewResult {
    /** False when the document is too broken to yield an agreement; `body` then explains. */
    readonly ok: boolean;
    readonly title: string;
    /** Stylesheet for the body, without <style> tags (the client adds its CSP nonce). */
    readonly css: string;
    /** The agreement as HTML body content: no scripts, no external resources. */
    readonly body: string;
    readonly counts: DiagnosticCounts;
}

/** Client → server: the generated agreement of a document, for the preview. */
export const PreviewRequest = new RequestType<PreviewParams, PreviewResult, void>('dpa/preview');

export interface GenerateParams {
    readonly uri: string;
    readonly format: DocumentFormat;
    /** Generate despite errors. */
    readonly draft?: boolean;
}

export interface GenerateResult {
    /** False when the document has errors and `draft` was not set; `errors` then lists them. */
    readonly ok: boolean;
    readonly content?: string;
    /** How `content` is encoded: text, or base64 for the binary formats. */
    readonly encoding?: 'utf8' | 'base64';
    /** Why the document could not be produced although the agreement allows it (e.g. no LibreOffice for PDF). */
    readonly failure?: string;
    /** "line:col message [code]" of each error. */
    readonly errors: readonly string[];
}

/** Client → server: the full document in a format, for "DPA: Generate Agreement…". */
export const GenerateRequest = new RequestType<GenerateParams, GenerateResult, void>('dpa/generate');

export interface DocumentValidatedParams {
    readonly uri: string;
    readonly counts: DiagnosticCounts;
}

/** Server → client: a document was (re)validated; an open preview of it should refresh. */
export const DocumentValidatedNotification = new NotificationType<DocumentValidatedParams>('dpa/documentValidated');

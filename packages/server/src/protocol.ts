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

/** What a change means for the parties' positions (the diff's effects, `@dpa/language/diff`). */
/**
 * What a change means for the parties, in the order the report shows them: the language's
 * DIFF_EFFECTS, repeated here because a client imports the protocol without the language
 * (test/server/protocol.test.ts keeps the two equal).
 */
export const CHANGE_EFFECTS = ['looser-for-processor', 'stricter-for-controller', 'stricter-for-processor', 'looser-for-controller', 'neutral'] as const;
export type ChangeEffect = (typeof CHANGE_EFFECTS)[number];

/** The other version of a document to compare with: a document the server has, or a text (e.g. the last committed version). */
export type DiffOther =
    | { readonly uri: string }
    /** `label` names the version in the report and in messages: "HEAD", a file name. */
    | { readonly text: string; readonly label: string };

export interface DiffParams {
    /** The open `.dpa` document: the version after. */
    readonly uri: string;
    /** The version before. */
    readonly other: DiffOther;
    /** The report's language; by default the server's message language (`dpa.diagnostics.language`). */
    readonly lang?: 'nl' | 'en';
}

/** One change, as data (the diff's `changeRecord`): lines are 1-based, in the old and in the new version. */
export interface DiffChange {
    readonly kind: 'added' | 'removed' | 'changed';
    readonly effect: ChangeEffect;
    readonly note?: string;
    readonly subject: string;
    readonly property?: string;
    readonly before?: string;
    readonly after?: string;
    /** The change said in words, in the report's language. */
    readonly text: string;
    readonly line: { readonly old?: number; readonly new?: number };
    readonly words?: readonly { readonly kind: 'same' | 'added' | 'removed'; readonly text: string }[];
}

export interface DiffResult {
    /** False when one of the versions is not an agreement; `message` then says which and where, and `body` shows it. */
    readonly ok: boolean;
    readonly title: string;
    /** Stylesheet for the body, without <style> tags (the client adds its CSP nonce). */
    readonly css: string;
    /** The change report as HTML body content (no scripts, no external resources); each change in the open document has its 0-based line in `data-line`. */
    readonly body: string;
    readonly message?: string;
    readonly changes: readonly DiffChange[];
    /** How many changes of each effect. */
    readonly counts: Readonly<Record<ChangeEffect, number>>;
}

/** Client → server: the change report from another version of a document to the open one, for "DPA: Compare with…". */
export const DiffRequest = new RequestType<DiffParams, DiffResult, void>('dpa/diff');

/**
 * Where each piece of an imported document went (the importer's `ImportFacts`, the language's
 * `ImportTrace`): what the review needs to quote the source's sentences.
 */
export interface ReviewTrace {
    readonly placements: readonly {
        readonly text: string;
        readonly destination: { readonly kind: 'model'; readonly element: string } | { readonly kind: 'prose'; readonly clause: string } | { readonly kind: 'comment' };
    }[];
    readonly customClauses: readonly string[];
}

export interface ReviewParams {
    /** The `.dpa` text the importer wrote from the document. */
    readonly text: string;
    /** The document's file name, as the report names it. */
    readonly source: string;
    readonly trace: ReviewTrace;
    /** The report's language; by default the server's message language (`dpa.diagnostics.language`). */
    readonly lang?: 'nl' | 'en';
}

export interface ReviewCounts {
    readonly present: number;
    readonly weak: number;
    readonly missing: number;
    readonly defects: number;
}

export interface ReviewResult {
    readonly title: string;
    /** Stylesheet for the body, without <style> tags (the client adds its CSP nonce). */
    readonly css: string;
    /** The review as HTML body content: no scripts, no external resources. */
    readonly body: string;
    readonly counts: ReviewCounts;
}

/**
 * Client → server: the Art. 28(3) review of an imported document (what `dpa review` writes), for
 * "DPA: Review Agreement…". The client imports (the companion extension "DPA Import" holds the
 * importer); the server validates the text on its own, never in the workspace, and renders it.
 */
export const ReviewRequest = new RequestType<ReviewParams, ReviewResult, void>('dpa/review');

/**
 * "DPA: Import Agreement…" and "DPA: Review Agreement…" without VS Code (tested in
 * test/extension/import.test.ts): the companion extension's API as the extension uses it, the
 * documents it reads, the `.dpa` file an import writes, the language of the importer's messages,
 * and the words of the summary and the review panel.
 *
 * The importer (the readers of Word, PDF, text, Markdown and HTML, and the recogniser) is not in
 * this extension: its libraries (pdf.js, mammoth, …) are far over the package's budget. The
 * companion extension "DPA Import" (`dpa-tools.dpa-import`, out/dpa-import.vsix) carries it; its
 * `activate` returns the importer's module, `@dpa/importer`. The extension knows it by this shape
 * only (test/extension/import.test.ts checks that the module has it).
 */
import type { ReviewResult, ReviewTrace } from '@dpa/server/protocol';
import type { L10n } from '../l10n.js';

/** The companion extension's identifier (publisher.name of its manifest, scripts/package-import.mjs). */
export const IMPORT_EXTENSION_ID = 'dpa-tools.dpa-import';

/** The file extensions the importer reads (its SOURCE_EXTENSIONS), for the open dialog's filter. */
export const DOCUMENT_EXTENSIONS = ['docx', 'pdf', 'txt', 'text', 'md', 'markdown', 'html', 'htm', 'xhtml'] as const;

/** A document read by the importer: opaque here, handed back to `importAgreement`. */
export interface ImportedSource {
    readonly path: string;
}

/** An `ImportError`: a file that cannot be read as an agreement, said in Dutch or English. */
export interface ImportErrorLike extends Error {
    describe(lang: 'nl' | 'en'): string;
}

/** What an import found, as far as the extension needs it (the importer's `ImportFacts`). */
export interface ImportedFacts extends ReviewTrace {
    readonly standardClauses: readonly string[];
}

/** The companion's API: the importer's module (`@dpa/importer`), the part the commands use. */
export interface ImporterApi {
    readSource(path: string, bytes: Uint8Array): Promise<ImportedSource>;
    importAgreement(source: ImportedSource): { text: string; facts: ImportedFacts };
    readonly ImportError: new (code: 'read.tooLarge', path: string, args: Readonly<Record<string, string | number>>) => ImportErrorLike;
    readonly IMPORT_LIMITS: { readonly fileBytes: number };
}

/** Whether a value is the companion's API (an older or foreign extension under its id is not). */
export function isImporterApi(value: unknown): value is ImporterApi {
    if (typeof value !== 'object' || value === null) return false;
    const api = value as Record<string, unknown>;
    return typeof api.readSource === 'function' && typeof api.importAgreement === 'function' && typeof api.ImportError === 'function'
        && typeof api.IMPORT_LIMITS === 'object' && api.IMPORT_LIMITS !== null;
}

/** Whether a thrown value is the importer's `ImportError` (checked by shape: it comes from another extension's module). */
export function isImportError(error: unknown, api: ImporterApi): error is ImportErrorLike {
    return error instanceof api.ImportError || (error instanceof Error && error.name === 'ImportError' && typeof (error as Partial<ImportErrorLike>).describe === 'function');
}

/** Whether a file is a document the importer reads, by its extension. */
export function isDocumentPath(path: string): boolean {
    const name = path.slice(path.lastIndexOf('/') + 1);
    const dot = name.lastIndexOf('.');
    return dot > 0 && (DOCUMENT_EXTENSIONS as readonly string[]).includes(name.slice(dot + 1).toLowerCase());
}

/** The name of the `.dpa` file an import writes beside the document: `Verwerkersovereenkomst.docx` → `Verwerkersovereenkomst.dpa`. */
export function importedFileName(documentName: string): string {
    const dot = documentName.lastIndexOf('.');
    return `${dot > 0 ? documentName.slice(0, dot) : documentName}.dpa`;
}

/**
 * The language of the importer's messages and of the review: the setting
 * `dpa.diagnostics.language` when it names one, else the editor's display language (as the
 * language server decides).
 */
export function messageLanguage(setting: unknown, displayLanguage: string): 'nl' | 'en' {
    if (setting === 'nl' || setting === 'en') return setting;
    return displayLanguage.toLowerCase().startsWith('nl') ? 'nl' : 'en';
}

/** A size as people say it: `1.5 MB` (as the importer's messages say it). */
export function megabytes(bytes: number): string {
    return `${Math.round((bytes / (1024 * 1024)) * 10) / 10} MB`;
}

/** The trace the review needs, without what the server does not read (each piece's block and location). */
export function reviewTrace(facts: ImportedFacts): ReviewTrace {
    return {
        placements: facts.placements.map(placement => ({ text: placement.text, destination: placement.destination })),
        customClauses: [...facts.customClauses]
    };
}

/** "Imported contract.dpa: 7 standard clauses, 3 custom clauses to review." */
export function importSummary(target: string, facts: ImportedFacts, l10n: L10n): string {
    return l10n.t('Imported {0}: {1} standard clauses, {2} custom clauses to review (marked // REVIEW).', target, facts.standardClauses.length, facts.customClauses.length);
}

/** The review panel's status line and its colour: missing elements are errors, weak ones or defects warnings. */
export function reviewStatus(result: ReviewResult, l10n: L10n): { status: string; statusClass: 'errors' | 'warnings' | 'clean' } {
    const { present, weak, missing, defects } = result.counts;
    return {
        status: l10n.t('Art. 28(3): {0} present, {1} weak, {2} missing; {3} defects', present, weak, missing, defects),
        statusClass: missing > 0 ? 'errors' : weak > 0 || defects > 0 ? 'warnings' : 'clean'
    };
}

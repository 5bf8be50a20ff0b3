import type { Lang } from '@dpa/language';
import { importerText, type ImporterMessage } from '../i18n/index.js';

/** Limits on the files the readers take: the one table to change them. */
export const IMPORT_LIMITS = {
    /**
     * A file to import. The largest real agreements (with their annexes, as Word or PDF with
     * a logo) are a few MB; a scan of a long contract can be 20 MB, and is refused later anyway
     * (no text layer). Above this a file is not one agreement, and reading it would hold the
     * whole file and its text in memory several times over.
     */
    fileBytes: 25 * 1024 * 1024,
    /** Pages of a PDF read: a 500-page PDF is not one agreement (and reading it takes minutes). */
    pdfPages: 500,
    /** Seconds a PDF may take to read (a 100-page agreement takes a few); a damaged file that would keep pdf.js busy is refused after this. */
    pdfSeconds: 60
} as const;

/** What went wrong: the key of the message that says it (i18n/{nl,en}.json). */
export type ImportErrorCode = Extract<ImporterMessage, `read.${string}`>;

/**
 * A file that cannot be read as an agreement: empty, too large, of an unknown kind, damaged,
 * protected, a scan. Its `message` is the English text; `describe(lang)` says it in Dutch or
 * English. The message names the file and says what to do.
 */
export class ImportError extends Error {
    constructor(
        readonly code: ImportErrorCode,
        readonly path: string,
        readonly args: Readonly<Record<string, string | number>> = {}
    ) {
        super(importerText('en', code, { ...args, path }));
        this.name = 'ImportError';
    }

    describe(lang: Lang): string {
        return importerText(lang, this.code, { ...this.args, path: this.path });
    }
}

/** A size as people say it: `1.5 MB`. */
export function megabytes(bytes: number): string {
    return `${Math.round((bytes / (1024 * 1024)) * 10) / 10} MB`;
}

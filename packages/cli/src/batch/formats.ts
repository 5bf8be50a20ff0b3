import type { Agreement, Lang } from '@dpa/language';
import { buildAgreementDocument, renderDocx, renderHtml, renderMarkdown, type AgreementDocument } from '@dpa/generator';

// Output formats: the one place to add one.

export interface RenderOptions {
    /** Set when generating a draft despite errors: their number, shown at the top. */
    readonly draftErrors?: number;
    /** The language of the agreement (default: the generator's, Dutch). */
    readonly lang?: Lang;
}

/**
 * How one checked agreement becomes the content of its file: from the generator's document
 * (`buildAgreementDocument`), built once per row and shared by every format of a run.
 */
export interface BatchFormat {
    readonly extension: string;
    render(document: AgreementDocument): string | Promise<string | Uint8Array>;
}

/**
 * The formats `dpa batch --format` accepts (the help and the check follow this table). Rendering
 * may be asynchronous and binary (written as is by writeFileAtomic).
 */
export const BATCH_FORMATS = {
    md: { extension: 'md', render: document => renderMarkdown(document) },
    html: { extension: 'html', render: document => renderHtml(document) },
    docx: { extension: 'docx', render: document => renderDocx(document) }
} as const satisfies Record<string, BatchFormat>;

export type BatchFormatName = keyof typeof BATCH_FORMATS;

/** The format names, in the order of the table (the help and the usage error list them so). */
export const BATCH_FORMAT_NAMES = Object.keys(BATCH_FORMATS) as BatchFormatName[];

export function isBatchFormat(name: string): name is BatchFormatName {
    return Object.hasOwn(BATCH_FORMATS, name);
}

/** The generator's document of a checked agreement, once per row for all its formats. */
export function agreementDocument(agreement: Agreement, options: RenderOptions): AgreementDocument {
    return buildAgreementDocument(agreement, options);
}

/** Every format's content of one document, in the order of `formats`. */
export async function renderFormats(document: AgreementDocument, formats: readonly BatchFormatName[]): Promise<(string | Uint8Array)[]> {
    const contents: (string | Uint8Array)[] = [];
    for (const format of formats) contents.push(await BATCH_FORMATS[format].render(document));
    return contents;
}

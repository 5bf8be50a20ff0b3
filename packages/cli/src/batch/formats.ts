import type { Agreement, Lang } from '@dpa/language';
import { generateAgreement, generateAgreementFile } from '@dpa/generator';

// Output formats: the one place to add one.

export interface RenderOptions {
    /** Set when generating a draft despite errors: their number, shown at the top. */
    readonly draftErrors?: number;
    /** The language of the agreement (default: the generator's, Dutch). */
    readonly lang?: Lang;
}

/** How one checked agreement becomes the content of its file. */
export interface BatchFormat {
    readonly extension: string;
    render(agreement: Agreement, options: RenderOptions): Promise<string | Uint8Array>;
}

/**
 * The formats `dpa batch --format` accepts (the help and the check follow this table). Rendering
 * may be asynchronous and binary (written as is by writeFileAtomic); DOCX is one more entry:
 *     docx: { extension: 'docx', render: (agreement, options) => generateAgreementFile(agreement, { ...options, format: 'docx' }) },
 */
export const BATCH_FORMATS = {
    md: { extension: 'md', render: async (agreement, options) => generateAgreement(agreement, { ...options, format: 'md' }) },
    html: { extension: 'html', render: async (agreement, options) => generateAgreement(agreement, { ...options, format: 'html' }) },
    docx: { extension: 'docx', render: (agreement, options) => generateAgreementFile(agreement, { ...options, format: 'docx' }) }
} as const satisfies Record<string, BatchFormat>;

export type BatchFormatName = keyof typeof BATCH_FORMATS;

/** The format names, in the order of the table (the help and the usage error list them so). */
export const BATCH_FORMAT_NAMES = Object.keys(BATCH_FORMATS) as BatchFormatName[];

export function isBatchFormat(name: string): name is BatchFormatName {
    return Object.hasOwn(BATCH_FORMATS, name);
}

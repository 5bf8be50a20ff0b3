import type { Agreement } from '@dpa/language';
import { generateAgreement, generateAgreementFile, type AgreementLanguage } from '@dpa/generator';

// Output formats: the one place to add one.

export interface RenderOptions {
    /** Set when generating a draft despite errors: their number, shown at the top. */
    readonly draftErrors?: number;
    /** The language of the agreement (default: the generator's, Dutch). */
    readonly lang?: AgreementLanguage;
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

export function isBatchFormat(name: string): name is BatchFormatName {
    return Object.hasOwn(BATCH_FORMATS, name);
}

// The generator (`@dpa/generator`): the portable part (portable.ts, which runs in browsers too)
// and what needs Node: PDF through LibreOffice, and a firm's template folder on disk.
import type { Agreement } from '@dpa/language';
import { buildAgreementDocument, renderDocx, type FileFormat, type GenerateOptions } from './portable.js';
import { convertToPdf } from './render/pdf.js';

export * from './portable.js';

/** The agreement as DOCX or PDF bytes (PDF needs LibreOffice). Same model, same DOCX bytes. */
export async function generateAgreementFile(agreement: Agreement, options: Omit<GenerateOptions, 'format'> & { format: FileFormat }): Promise<Uint8Array> {
    const docx = await renderDocx(buildAgreementDocument(agreement, options));
    return options.format === 'pdf' ? convertToPdf(docx) : docx;
}

export { convertToPdf, findSoffice, PdfError, type PdfOptions } from './render/pdf.js';
export { loadTemplateFolder, readTemplateFolder, templateFolderSignature, type TemplateFolder } from './template-folder.js';

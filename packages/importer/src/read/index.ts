import type { SourceDocument, SourceFormat } from '../source.js';
import { decodeText } from './decode.js';
import { IMPORT_LIMITS, ImportError, megabytes } from './errors.js';
import { readHtml } from './html.js';
import { readMarkdown } from './markdown.js';
import { readTextLayout } from './text.js';

export { IMPORT_LIMITS, ImportError, type ImportErrorCode } from './errors.js';
export { IMPORTER_MESSAGES } from '../i18n/index.js';

/** File extensions and the format each is read as. */
export const SOURCE_EXTENSIONS: Readonly<Record<string, SourceFormat>> = {
    '.txt': 'txt', '.text': 'txt',
    '.md': 'md', '.markdown': 'md',
    '.html': 'html', '.htm': 'html', '.xhtml': 'html',
    '.docx': 'docx',
    '.pdf': 'pdf'
};

function extensionOf(path: string): string {
    const name = path.slice(Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\')) + 1);
    const dot = name.lastIndexOf('.');
    return dot <= 0 ? '' : name.slice(dot).toLowerCase();
}

/** The format of a file by its extension, or an `ImportError` saying which formats there are. */
export function sourceFormat(path: string): SourceFormat {
    const extension = extensionOf(path);
    const format = SOURCE_EXTENSIONS[extension];
    if (format === undefined) throw new ImportError('read.unknownFormat', path, { extension: extension || path });
    return format;
}

/**
 * A file's blocks: headings with their level and number, numbered paragraphs, list items with
 * their depth, tables, each with where it is in the file. `path` names the file in messages and
 * chooses the reader by its extension. A file that cannot be read (empty, too large, of another
 * kind, damaged, protected, a scan) is an `ImportError` that names it and says what to do.
 */
export async function readSource(path: string, bytes: Uint8Array): Promise<SourceDocument> {
    const format = sourceFormat(path);
    if (bytes.length > IMPORT_LIMITS.fileBytes) {
        throw new ImportError('read.tooLarge', path, { size: megabytes(bytes.length), limit: megabytes(IMPORT_LIMITS.fileBytes) });
    }
    if (bytes.length === 0) throw new ImportError('read.empty', path);
    const document = await readFormat(path, format, bytes);
    if (document.blocks.length === 0) throw new ImportError(format === 'txt' || format === 'md' || format === 'html' ? 'read.empty' : 'read.noBlocks', path);
    return document;
}

async function readFormat(path: string, format: SourceFormat, bytes: Uint8Array): Promise<SourceDocument> {
    switch (format) {
        case 'txt':
        case 'md':
        case 'html': {
            const { text, encoding } = decodeText(path, bytes);
            const layout = format === 'txt' ? readTextLayout(text) : format === 'md' ? readMarkdown(text) : readHtml(text);
            return { path, format, blocks: layout.blocks, ...(layout.meta ? { meta: layout.meta } : {}), ...(encoding ? { encoding } : {}) };
        }
        case 'docx': {
            const { readDocx } = await import('./docx.js');
            return { path, format, blocks: await readDocx(path, bytes) };
        }
        case 'pdf': {
            const { readPdf } = await import('./pdf.js');
            return { path, format, blocks: await readPdf(path, bytes) };
        }
    }
}

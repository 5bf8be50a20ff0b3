import { basename, extname, join, resolve } from 'node:path';
import { checkText, reviewImport, type CheckedAgreement, type DpaServices, type Lang } from '@dpa/language';
import { renderReview } from '@dpa/generator';
import { URI } from 'vscode-uri';
import { formatText, toReported } from '../diagnostics.js';
import { UsageError } from '../files.js';
import { say } from '../messages.js';
import type { Output } from '../output.js';
import { commandServices, formatOption, parseCommand, SETTINGS_HELP } from '../settings.js';
import { checkSources, readFileBytes } from '../sources.js';
import { emitReport, writeFileAtomic } from '../write-file.js';

export const IMPORT_HELP = say('help.import', { settings: SETTINGS_HELP });
export const REVIEW_HELP = say('help.review', { settings: SETTINGS_HELP });

/** Over the importer's own limit (IMPORT_LIMITS.fileBytes, 25 MB), which says it in its words. */
const DOCUMENT_BYTES = 26 * 1024 * 1024;

interface Imported {
    readonly text: string;
    readonly checked: CheckedAgreement;
    readonly standard: number;
    readonly custom: readonly string[];
    readonly trace: Parameters<typeof reviewImport>[2];
}

/**
 * A document read and imported (the importer, with its readers and their libraries, is loaded
 * here only: a bundle of its own beside the CLI's), and the `.dpa` it gives validated as if it
 * were at `target`. Undefined after saying why the document cannot be imported (exit 2).
 */
async function importDocument(services: DpaServices, path: string, target: string, lang: Lang, out: Output): Promise<Imported | undefined> {
    const { readSource, importAgreement, ImportError } = await import('@dpa/importer');
    const bytes = readFileBytes(resolve(path), DOCUMENT_BYTES, 'file.document');
    try {
        const source = await readSource(path, bytes);
        const { text, facts } = importAgreement(source, { services });
        const checked = await checkText(services, text, URI.file(target).toString());
        return { text, checked, standard: facts.standardClauses.length, custom: facts.customClauses, trace: facts };
    } catch (error) {
        if (error instanceof ImportError) {
            out.stderr(`dpa: ${error.describe(lang)}`);
            return undefined;
        }
        throw error;
    }
}

/**
 * `dpa import <file>`: an agreement people already have (Word, PDF, text, Markdown, HTML) as a
 * `.dpa` file: what is recognised becomes the model; everything else a custom clause holding the
 * source's text with a `// REVIEW:` comment, so nothing is lost. The output is validated: its
 * diagnostics are the review. Exit 0 written, 2 a document that cannot be read, or a `.dpa` that
 * exists (without --force).
 */
export async function importCommand(args: readonly string[], out: Output): Promise<number> {
    const parsed = parseCommand(args, {
        out: { type: 'string', default: '.' },
        force: { type: 'boolean', default: false }
    }, IMPORT_HELP, out);
    if (!parsed) return 0;
    const { values, positionals } = parsed;
    if (positionals.length !== 1) throw new UsageError(say('import.nameOneFile'));
    const path = positionals[0]!;
    const { Dpa, lang } = commandServices(values);
    const target = join(resolve(values.out), `${basename(path, extname(path))}.dpa`);
    const imported = await importDocument(Dpa, path, target, lang, out);
    if (!imported) return 2;
    writeFileAtomic(target, imported.text, { overwrite: values.force });
    for (const d of imported.checked.diagnostics) out.stderr(formatText(toReported(target, d)));
    const count = (severity: number) => String(imported.checked.diagnostics.filter(d => d.severity === severity).length);
    out.stdout(say('import.wrote', { target, standard: String(imported.standard), custom: String(imported.custom.length), errors: count(1), warnings: count(2) }));
    return 0;
}

/**
 * `dpa review <file>`: the document imported and judged against Art. 28(3) AVG — each element
 * present, weak or missing with the source's sentences, the defects with their rule and suggested
 * wording, what could not be judged — as Markdown, HTML or JSON. Exit 0 written, 2 a document
 * that cannot be read.
 */
export async function reviewCommand(args: readonly string[], out: Output): Promise<number> {
    const parsed = parseCommand(args, {
        format: { type: 'string', default: 'md' },
        out: { type: 'string' }
    }, REVIEW_HELP, out);
    if (!parsed) return 0;
    const { values, positionals } = parsed;
    const format = formatOption(values.format, ['md', 'html', 'json'] as const);
    if (positionals.length !== 1) throw new UsageError(say('import.nameOneFile'));
    const path = positionals[0]!;
    const { Dpa, lang } = commandServices(values);
    let review: ReturnType<typeof reviewImport>;
    if (extname(path).toLowerCase() === '.dpa') {
        // An agreement already in .dpa: reviewed as it is, with nothing to trace to a source.
        const { results: [checked], problems } = await checkSources(Dpa, [resolve(path)]);
        for (const problem of problems) out.stderr(formatText(problem));
        if (!checked) return 2;
        review = reviewImport(basename(path), checked, { placements: [], customClauses: [] }, lang);
    } else {
        const imported = await importDocument(Dpa, path, resolve(`${basename(path, extname(path))}.dpa`), lang, out);
        if (!imported) return 2;
        review = reviewImport(basename(path), imported.checked, imported.trace, lang);
    }
    const report = format === 'json' ? `${JSON.stringify(review, null, 2)}\n` : renderReview(review, format);
    emitReport(out, report, { file: values.out, json: format === 'json', wrote: say('review.wrote', { target: values.out ?? '' }) });
    return 0;
}

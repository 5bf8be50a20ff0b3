import { basename, extname, join, resolve } from 'node:path';
import { checkText, createDpaServices, fieldValueProblem, instantiateTemplate, structureDifference, templateFieldUses, TemplateValueError, type CheckedAgreement, type DpaServices, type MessageLanguage } from '@dpa/language';
import { FILE_FORMATS, generateAgreement, generateAgreementFile, isFileFormat, loadTemplateFolder, OUTPUT_FORMATS, PdfError, type AgreementLanguage, type FileFormat, type OutputFormat } from '@dpa/generator';
import { NodeFileSystem } from 'langium/node';
import { formatText, generationRefusal, toReported } from '../diagnostics.js';
import { UsageError } from '../files.js';
import type { Output } from '../output.js';
import { applySettings, parseCommand, SETTINGS_HELP } from '../settings.js';
import { checkSources } from '../sources.js';
import { writeFileAtomic } from '../write-file.js';

export const GENERATE_HELP = `Usage: dpa generate <file.dpa> [options]

Generates the agreement, in Dutch or English, from a .dpa file. Refuses (exit 1, errors listed)
when the agreement has errors, unless --draft is given; a draft says so at its top.

Options:
  --format md|html|docx|pdf
                         output format (default: md); pdf is converted from the
                         Word file by LibreOffice, which must be installed
  --out <dir>            output folder (default: the current folder); the file is named
                         after the .dpa file, e.g. agreement.md
  --set <name>=<value>   fill in a template field of a template agreement (repeatable); the
                         value is a literal of the field's place (a date YYYY-MM-DD, a
                         country code, text): one that does not fit, or a field the
                         template does not declare, is a usage error
  --draft                generate despite errors
  --templates <dir>      the firm's own templates over the built-in ones: <dir>/<lang>/… when
                         the folder has language subfolders (nl/, en/), else <dir>/…; same
                         names as the built-in set (articles/breach.hbs, parties.hbs,
                         terms.json, partials/<name>.hbs); a broken one is exit 2, with file:line
${SETTINGS_HELP.replace(/^ {2}--lang .*$/m, '  --lang nl|en           language of the agreement (default: nl) and of the messages\n                         (default: en)')}
  -h, --help             show this help

Exit codes: 0 written, 1 refused because of errors, 2 usage or template error.`;

function parseValues(assignments: readonly string[]): Record<string, string> {
    const values: Record<string, string> = {};
    for (const assignment of assignments) {
        const eq = assignment.indexOf('=');
        if (eq <= 0) throw new UsageError(`--set expects name=value, got '${assignment}'.`);
        const name = assignment.slice(0, eq);
        if (Object.hasOwn(values, name)) throw new UsageError(`--set ${name} is given twice; give each field once.`);
        values[name] = assignment.slice(eq + 1);
    }
    return values;
}

/**
 * The concrete agreement of a template with `--set` values: a field the template does not
 * declare, or a value that does not fit where its field stands, is a usage error naming the
 * field; a filled agreement whose structure differs from the template's is refused (a message).
 */
async function fillTemplate(services: DpaServices, template: CheckedAgreement, values: Readonly<Record<string, string>>, lang: MessageLanguage): Promise<CheckedAgreement | string> {
    const document = template.document;
    const declared = template.agreement!.parameters.map(p => p.name);
    for (const field of Object.keys(values)) {
        if (!declared.includes(field)) {
            throw new UsageError(`--set ${field}: the template declares no field '${field}' (its fields: ${declared.join(', ') || 'none'}).`);
        }
    }
    for (const use of templateFieldUses(document)) {
        if (!Object.hasOwn(values, use.name)) continue;
        const problem = fieldValueProblem(use.slot, values[use.name]!, lang);
        if (problem !== undefined) throw new UsageError(`--set ${use.name}: ${problem}`);
    }
    let text: string;
    try {
        text = instantiateTemplate(document, values, lang);
    } catch (error) {
        if (error instanceof TemplateValueError) throw new UsageError(`--set ${error.message}`);
        throw error;
    }
    const filled = await checkText(services, text, template.document.uri.with({ query: 'filled' }).toString());
    const difference = filled.document.parseResult.parserErrors.length > 0 ? undefined : structureDifference(document.parseResult.value, filled.document.parseResult.value);
    return difference === undefined ? filled : `the filled template differs from the template in structure: ${difference}`;
}

export async function generateCommand(args: readonly string[], out: Output): Promise<number> {
    const parsed = parseCommand(args, {
        format: { type: 'string', default: 'md' },
        out: { type: 'string', default: '.' },
        set: { type: 'string', multiple: true, default: [] },
        draft: { type: 'boolean', default: false },
        templates: { type: 'string' }
    }, GENERATE_HELP, out);
    if (!parsed) return 0;
    const { values, positionals } = parsed;
    const formats: readonly string[] = [...OUTPUT_FORMATS, ...FILE_FORMATS];
    const format = values.format as OutputFormat | FileFormat;
    if (!formats.includes(format)) throw new UsageError(`Unknown format '${values.format}': use ${formats.join(', ')}.`);
    if (positionals.length !== 1) throw new UsageError('Name exactly one .dpa file.');
    const file = resolve(positionals[0]!);
    const fieldValues = parseValues(values.set);

    const { Dpa } = createDpaServices(NodeFileSystem);
    applySettings(Dpa, values.lang ?? 'en', values.rule);
    // --lang picks the agreement's language too (applySettings accepts only nl and en); without it,
    // Dutch. A firm's template folder is loaded, and every template in it compiled, before any work.
    const lang: AgreementLanguage = values.lang === 'en' ? 'en' : 'nl';
    const templates = values.templates !== undefined ? loadTemplateFolder(values.templates, lang) : undefined;
    const name = positionals[0]!;
    const { results: [checked], problems } = await checkSources(Dpa, [file]);
    if (problems[0] !== undefined || checked === undefined) {
        for (const problem of problems) out.stderr(formatText(problem));
        out.stderr(`Not generated: ${name} cannot be read as a .dpa text file.`);
        return 1;
    }
    let result = checked;
    if (result.agreement?.template && result.document.parseResult.parserErrors.length === 0) {
        // A template becomes a concrete agreement: fields filled with checked literals, then
        // validated as such; its structure must stay the template's.
        const filled = await fillTemplate(Dpa, result, fieldValues, values.lang === 'nl' ? 'nl' : 'en');
        if (typeof filled === 'string') {
            out.stderr(`Not generated: ${filled}`);
            return 1;
        }
        result = filled;
    } else if (Object.keys(fieldValues).length > 0) {
        throw new UsageError('--set applies only to a template agreement.');
    }

    const errors = result.diagnostics.filter(d => d.severity === 1);
    for (const d of result.diagnostics) out.stderr(formatText(toReported(name, d)));
    const refusal = generationRefusal(result, values.draft, name);
    if (refusal !== undefined || !result.agreement) {
        out.stderr(refusal ?? `Not generated: ${name}.`);
        return 1;
    }
    const options = { lang, ...(templates ? { templates } : {}), ...(errors.length > 0 ? { draftErrors: errors.length } : {}) };
    let content: string | Uint8Array;
    if (isFileFormat(format)) {
        try {
            content = await generateAgreementFile(result.agreement, { ...options, format });
        } catch (error) {
            if (error instanceof PdfError) {
                out.stderr(`dpa generate: ${error.message}`);
                return 2;
            }
            throw error;
        }
    } else {
        content = generateAgreement(result.agreement, { ...options, format });
    }
    const target = join(resolve(values.out), `${basename(file, extname(file))}.${format}`);
    writeFileAtomic(target, content);
    out.stdout(`Wrote ${target}${errors.length > 0 ? ` (draft: ${errors.length} error(s))` : ''}`);
    return 0;
}

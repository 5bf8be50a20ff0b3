import { basename, extname, join, resolve } from 'node:path';
import { checkText, fieldValueProblem, instantiateTemplate, structureDifference, templateFieldUses, templateShaping, TemplateValueError, type CheckedAgreement, type DpaServices, type Lang } from '@dpa/language';
import { FILE_FORMATS, generateAgreement, generateAgreementFile, isFileFormat, loadTemplateFolder, OUTPUT_FORMATS, PdfError, type FileFormat, type OutputFormat } from '@dpa/generator';
import { formatText, generationRefusal, toReported } from '../diagnostics.js';
import { UsageError } from '../files.js';
import { say } from '../messages.js';
import type { Output } from '../output.js';
import { agreementLanguage, commandServices, formatOption, parseCommand } from '../settings.js';
import { checkSources } from '../sources.js';
import { writeFileAtomic } from '../write-file.js';

export const GENERATE_HELP = say('help.generate', { settings: `${say('help.generateLang')}\n${say('help.settingsRule')}\n${say('help.settingsPlaybook')}` });

function parseValues(assignments: readonly string[]): Record<string, string> {
    const values: Record<string, string> = {};
    for (const assignment of assignments) {
        const eq = assignment.indexOf('=');
        if (eq <= 0) throw new UsageError(say('generate.setSyntax', { assignment }));
        const name = assignment.slice(0, eq);
        if (Object.hasOwn(values, name)) throw new UsageError(say('generate.setTwice', { name }));
        values[name] = assignment.slice(eq + 1);
    }
    return values;
}

/**
 * The concrete agreement of a template with `--set` values: a field the template does not
 * declare, or a value that does not fit where its field stands, is a usage error naming the
 * field; a filled agreement whose structure differs from the template's is refused (a message).
 */
async function fillTemplate(services: DpaServices, template: CheckedAgreement, values: Readonly<Record<string, string>>, lang: Lang): Promise<CheckedAgreement | string> {
    const document = template.document;
    const declared = template.agreement!.parameters.map(p => p.name);
    for (const field of Object.keys(values)) {
        if (!declared.includes(field)) {
            throw new UsageError(say('generate.unknownField', { field, fields: declared.join(', ') || say('generate.noFields') }));
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
    const difference = filled.document.parseResult.parserErrors.length > 0 ? undefined : structureDifference(document.parseResult.value, filled.document.parseResult.value, templateShaping(document, values));
    return difference === undefined ? filled : say('generate.structure', { difference });
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
    const formats: readonly (OutputFormat | FileFormat)[] = [...OUTPUT_FORMATS, ...FILE_FORMATS];
    const format = formatOption(values.format, formats, formats.join(', '));
    if (positionals.length !== 1) throw new UsageError(say('generate.nameOneFile'));
    const file = resolve(positionals[0]!);
    const fieldValues = parseValues(values.set);

    const { Dpa, lang: messageLang } = commandServices(values);
    // --lang picks the agreement's language too; without it, Dutch. A firm's template folder is
    // loaded, and every template in it compiled, before any work.
    const lang = agreementLanguage(values.lang);
    const templates = values.templates !== undefined ? loadTemplateFolder(values.templates, lang) : undefined;
    const name = positionals[0]!;
    const { results: [checked], problems } = await checkSources(Dpa, [file]);
    if (problems[0] !== undefined || checked === undefined) {
        for (const problem of problems) out.stderr(formatText(problem));
        out.stderr(say('notGenerated.unreadable', { name }));
        return 1;
    }
    let result = checked;
    if (result.agreement?.template && result.document.parseResult.parserErrors.length === 0) {
        // A template becomes a concrete agreement: fields filled with checked literals, then
        // validated as such; its structure must stay the template's.
        const filled = await fillTemplate(Dpa, result, fieldValues, messageLang);
        if (typeof filled === 'string') {
            out.stderr(say('notGenerated.reason', { reason: filled }));
            return 1;
        }
        result = filled;
    } else if (Object.keys(fieldValues).length > 0) {
        throw new UsageError(say('generate.setOnlyTemplate'));
    }

    const errors = result.diagnostics.filter(d => d.severity === 1);
    for (const d of result.diagnostics) out.stderr(formatText(toReported(name, d)));
    const refusal = generationRefusal(result, values.draft, name);
    if (refusal !== undefined || !result.agreement) {
        out.stderr(refusal ?? say('notGenerated.name', { name }));
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
    out.stdout(errors.length > 0 ? say('generate.wroteDraft', { target, errors: errors.length }) : say('generate.wrote', { target }));
    return 0;
}

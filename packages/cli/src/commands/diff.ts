import { basename, extname } from 'node:path';
import type { CheckedAgreement, DpaServices } from '@dpa/language';
import { changeRecord, DIFF_EFFECTS, diffAgreements, playbookCrossings, type AgreementChange, type PlaybookCrossings } from '@dpa/language/diff';
import { buildAgreementDocument, renderChangeReport, renderRedline, renderRedlineDocx } from '@dpa/generator';
import { formatText, toReported } from '../diagnostics.js';
import { UsageError } from '../files.js';
import { alternatives, say } from '../messages.js';
import type { Output } from '../output.js';
import { agreementLanguage, commandServices, formatOption, parseCommand, SETTINGS_HELP } from '../settings.js';
import { checkSources } from '../sources.js';
import { emitReport, writeFileAtomic } from '../write-file.js';

export const DIFF_HELP = say('help.diff', { settings: SETTINGS_HELP });

const FORMATS = ['text', 'md', 'html', 'json'] as const;
/** What `--fail-on` takes: an effect, `playbook` (a change crosses a position of the playbook), or `any` change. */
const FAIL_CLASSES = [...DIFF_EFFECTS, 'playbook', 'any'] as const;
type FailClass = (typeof FAIL_CLASSES)[number];

/**
 * `dpa diff <old.dpa> <new.dpa>`: what changed from one version of an agreement to the other, as
 * models (not text), each change with what it means for the parties, as a report (text, Markdown,
 * HTML) or JSON. Exit 1 when a change is of a `--fail-on` class, 2 when a version cannot be read
 * or parsed, else 0.
 */
export async function diffCommand(args: readonly string[], out: Output): Promise<number> {
    const parsed = parseCommand(args, {
        format: { type: 'string', default: 'text' },
        out: { type: 'string' },
        'fail-on': { type: 'string', multiple: true, default: [] },
        redline: { type: 'string' }
    }, DIFF_HELP, out);
    if (!parsed) return 0;
    const { values, positionals } = parsed;
    const format = formatOption(values.format, FORMATS);
    const failOn = failClasses(values['fail-on']);
    const redline = values.redline;
    if (redline !== undefined && !['.html', '.docx'].includes(extname(redline).toLowerCase())) throw new UsageError(say('diff.redlineFormat', { file: redline }));
    if (positionals.length !== 2) throw new UsageError(say('diff.nameTwoFiles'));
    const [oldPath, newPath] = positionals as [string, string];
    const { Dpa, lang } = commandServices(values);
    // One version after the other: the same file given twice is two documents.
    const before = await agreementOf(Dpa, oldPath, out);
    if (!before) return 2;
    const after = await agreementOf(Dpa, newPath, out);
    if (!after) return 2;

    const changes = diffAgreements(before.agreement!, after.agreement!);
    const loaded = Dpa.dpa.Playbooks.forDocument(after.document.uri);
    if (loaded && 'error' in loaded) out.stderr(`dpa diff: ${loaded.error}`);
    const playbook: PlaybookCrossings | undefined = loaded && 'playbook' in loaded ? playbookCrossings(changes, before.agreement!, after.agreement!, loaded.playbook, lang) : undefined;

    const names = { oldName: basename(oldPath), newName: basename(newPath) };
    const report = format === 'json'
        ? `${JSON.stringify(jsonReport(changes, playbook, lang, names), null, 2)}\n`
        : renderChangeReport(changes, { lang, format, ...names, ...(playbook ? { playbook } : {}) });
    emitReport(out, report, { file: values.out, json: format === 'json', wrote: say('diff.wrote', { target: values.out ?? '', n: String(changes.length) }) });
    if (redline !== undefined) {
        // The agreements as generated (in Dutch, or English with --lang en), compared word by word.
        const lang = agreementLanguage(values.lang);
        const oldDocument = buildAgreementDocument(before.agreement!, { lang });
        const newDocument = buildAgreementDocument(after.agreement!, { lang });
        const content = extname(redline).toLowerCase() === '.docx'
            ? await renderRedlineDocx(oldDocument, newDocument)
            : renderRedline(oldDocument, newDocument, { lang, ...names });
        writeFileAtomic(redline, content);
        out.stderr(say('diff.wroteRedline', { target: redline }));
    }
    const failing = changes.filter(change => failOn.some(kind => fails(kind, change, playbook)));
    const crossesOther = failOn.includes('playbook') && (playbook?.other.length ?? 0) > 0;
    if (failing.length > 0 || crossesOther) {
        out.stderr(say('diff.failOn', { n: String(failing.length + (crossesOther ? playbook!.other.length : 0)), classes: failOn.join(', ') }));
        return 1;
    }
    return 0;
}

/** The `--fail-on` classes, each given once or as a comma-separated list. */
function failClasses(given: readonly string[]): FailClass[] {
    const classes = given.flatMap(value => value.split(',')).map(value => value.trim()).filter(value => value !== '');
    for (const value of classes) {
        if (!(FAIL_CLASSES as readonly string[]).includes(value)) throw new UsageError(say('diff.unknownClass', { value, classes: alternatives(FAIL_CLASSES) }));
    }
    return classes as FailClass[];
}

function fails(kind: FailClass, change: AgreementChange, playbook: PlaybookCrossings | undefined): boolean {
    if (kind === 'any') return true;
    if (kind === 'playbook') return (playbook?.byChange.get(change)?.length ?? 0) > 0;
    return change.effect === kind;
}

/**
 * The agreement of one version, or undefined after saying why there is none: a file that cannot
 * be read as text, or whose syntax errors keep it from being compared (the first ones, with their
 * places). Other diagnostics do not matter to a comparison.
 */
async function agreementOf(services: DpaServices, path: string, out: Output): Promise<CheckedAgreement | undefined> {
    const { results: [checked], problems } = await checkSources(services, [path]);
    for (const problem of problems) out.stderr(formatText(problem));
    if (!checked) return undefined;
    const { parserErrors, lexerErrors } = checked.document.parseResult;
    if (parserErrors.length > 0 || lexerErrors.length > 0 || !checked.agreement) {
        for (const d of checked.diagnostics.filter(d => d.severity === 1).slice(0, 5)) out.stderr(formatText(toReported(path, d)));
        out.stderr(say('diff.cannotCompare', { name: path }));
        return undefined;
    }
    return checked;
}

/** `--format json`: the changes as records, with the departures from the playbook each brings. */
function jsonReport(changes: readonly AgreementChange[], playbook: PlaybookCrossings | undefined, lang: 'nl' | 'en', names: { oldName: string; newName: string }) {
    return {
        old: names.oldName,
        new: names.newName,
        changes: changes.map(change => {
            const crossings = playbook?.byChange.get(change);
            return { ...changeRecord(change, lang), ...(crossings ? { playbook: crossings } : {}) };
        }),
        ...(playbook ? { playbook: { name: playbook.name, other: playbook.other } } : {})
    };
}

import { resolve } from 'node:path';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { allRules, createDpaServices, isLang, type DpaServices, type Lang } from '@dpa/language';
import { NodeFileSystem } from 'langium/node';
import { URI } from 'vscode-uri';
import { displayPath, FileError, UsageError } from './files.js';
import { alternatives, say } from './messages.js';
import type { Output } from './output.js';

/** The options every command takes: `--lang`, `--rule`, `--playbook` (see SETTINGS_HELP) and `--help`. */
const SHARED_OPTIONS = {
    lang: { type: 'string' },
    rule: { type: 'string', multiple: true, default: [] },
    playbook: { type: 'string' },
    help: { type: 'boolean', short: 'h' }
} as const satisfies CommandOptions;

/**
 * Parses a command's arguments: its own options, the shared ones and its positionals. Undefined
 * when `--help` was given (the help is then printed). An unknown option is a usage error
 * (`ERR_PARSE_ARGS_…`, reported with the help by cli.ts).
 */
type CommandConfig<O extends CommandOptions> = { args: string[]; allowPositionals: true; strict: true; options: typeof SHARED_OPTIONS & O };
/** What parseCommand gives: the values of the shared and the command's own options, and the positionals. */
export type ParsedCommand<O extends CommandOptions> = ReturnType<typeof parseArgs<CommandConfig<O>>>;

export function parseCommand<const O extends CommandOptions>(args: readonly string[], options: O, help: string, out: Output): ParsedCommand<O> | undefined {
    const parsed = parseArgs<CommandConfig<O>>({ args: [...args], allowPositionals: true, strict: true, options: { ...SHARED_OPTIONS, ...options } });
    if ((parsed.values as { help?: boolean }).help) {
        out.stdout(help);
        return undefined;
    }
    return parsed;
}

/** A command's own options, as `util.parseArgs` takes them. */
type CommandOptions = NonNullable<ParseArgsConfig['options']>;

const LEVELS = ['off', 'info', 'warning', 'error'] as const;
type Level = (typeof LEVELS)[number];

/** Help lines of the options every checking command shares. */
export const SETTINGS_HELP = `${say('help.settingsLang')}\n${say('help.settingsRule')}\n${say('help.settingsPlaybook')}`;

/** `DPA-R01 … DPA-R61`: the first and last rule id. */
function range(ids: ReadonlySet<string>): string {
    const sorted = [...ids].sort();
    return `${sorted[0]} … ${sorted.at(-1)}`;
}

/**
 * Applies `--lang` and `--rule` to the language services. An unknown language, rule id or level,
 * and a rule given two different levels, are usage errors.
 */
export function applySettings(services: DpaServices, lang: string, rules: readonly string[]): void {
    if (!isLang(lang)) throw new UsageError(say('settings.unknownLang', { lang }));
    services.dpa.Settings.language = lang;
    const known = new Set(allRules().map(rule => rule.id));
    const levels: Record<string, Level> = {};
    for (const assignment of rules) {
        const eq = assignment.indexOf('=');
        if (eq <= 0) throw new UsageError(say('settings.ruleSyntax', { assignment }));
        const id = assignment.slice(0, eq).trim().toUpperCase();
        const level = assignment.slice(eq + 1).trim().toLowerCase();
        if (!known.has(id)) throw new UsageError(say('settings.unknownRule', { assignment, id: assignment.slice(0, eq), range: range(known) }));
        if (!(LEVELS as readonly string[]).includes(level)) throw new UsageError(say('settings.unknownLevel', { assignment, level: assignment.slice(eq + 1) }));
        if (levels[id] !== undefined && levels[id] !== level) throw new UsageError(say('settings.ruleTwice', { id, first: levels[id], second: level }));
        levels[id] = level as Level;
    }
    services.dpa.Settings.rules = levels;
}

/**
 * The language services of a command, reading the file system, with its `--lang` (default en)
 * and `--rule` applied; `lang` is the language of its diagnostics and row problems.
 */
export function commandServices(values: { readonly lang?: string | undefined; readonly rule: readonly string[]; readonly playbook?: string | undefined }): { Dpa: DpaServices; lang: Lang } {
    const { Dpa } = createDpaServices(NodeFileSystem);
    applySettings(Dpa, values.lang ?? 'en', values.rule);
    applyPlaybook(Dpa, values.playbook);
    return { Dpa, lang: Dpa.dpa.Settings.language };
}

/**
 * The firm's playbook of a command: the file `--playbook` names, for every agreement (one that
 * cannot be read or is not a playbook is exit 2, with its path and why, before any work), else a
 * `dpa-playbook.json` (`.yaml`, `.yml`) in the current folder, for the agreements under it (one
 * that is broken is a warning on each of them, as in the editor).
 */
export function applyPlaybook(services: DpaServices, playbook: string | undefined): void {
    const cwd = URI.file(process.cwd());
    const named = playbook === undefined ? undefined : resolve(playbook);
    services.dpa.Playbooks.configure([cwd], named);
    if (named === undefined) return;
    const loaded = services.dpa.Playbooks.forDocument(cwd);
    if (loaded && 'error' in loaded) {
        const reason = loaded.error.startsWith(`${loaded.path}: `) ? loaded.error.slice(loaded.path.length + 2) : loaded.error;
        throw new FileError(displayPath(loaded.path), say('settings.playbook', { error: reason }));
    }
}

/** The language of the agreement `generate` and `batch` write: English with `--lang en`, else Dutch. */
export function agreementLanguage(lang: string | undefined): Lang {
    return lang === 'en' ? 'en' : 'nl';
}

/** `--format`'s value when it is one of `formats`; else a usage error offering them (`list`, default "a or b"). */
export function formatOption<const F extends string>(format: string, formats: readonly F[], list = alternatives(formats)): F {
    if (!(formats as readonly string[]).includes(format)) throw new UsageError(say('usage.unknownFormat', { format, formats: list }));
    return format as F;
}

import { parseArgs, type ParseArgsConfig } from 'node:util';
import { allRules, type DpaServices, type MessageLanguage } from '@dpa/language';
import { UsageError } from './files.js';
import type { Output } from './output.js';

/** The options every command takes: `--lang`, `--rule` (see SETTINGS_HELP) and `--help`. */
const SHARED_OPTIONS = {
    lang: { type: 'string' },
    rule: { type: 'string', multiple: true, default: [] },
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
export const SETTINGS_HELP = `  --lang en|nl           language of the messages (default: en); for generate and batch
                         also of the agreement (default: nl)
  --rule <id>=<level>    re-grade a rule: off, info, warning or error (repeatable),
                         e.g. --rule DPA-R36=off`;

/** `DPA-R01 … DPA-R60`: the first and last rule id. */
function range(ids: ReadonlySet<string>): string {
    const sorted = [...ids].sort();
    return `${sorted[0]} … ${sorted.at(-1)}`;
}

/**
 * Applies `--lang` and `--rule` to the language services. An unknown language, rule id or level,
 * and a rule given two different levels, are usage errors.
 */
export function applySettings(services: DpaServices, lang: string, rules: readonly string[]): void {
    if (lang !== 'en' && lang !== 'nl') throw new UsageError(`Unknown language '${lang}': use en or nl.`);
    services.dpa.Settings.language = lang as MessageLanguage;
    const known = new Set(allRules().map(rule => rule.id));
    const levels: Record<string, Level> = {};
    for (const assignment of rules) {
        const eq = assignment.indexOf('=');
        if (eq <= 0) throw new UsageError(`--rule expects <id>=<level>, e.g. DPA-R36=off; got '${assignment}'.`);
        const id = assignment.slice(0, eq).trim().toUpperCase();
        const level = assignment.slice(eq + 1).trim().toLowerCase();
        if (!known.has(id)) throw new UsageError(`--rule ${assignment}: unknown rule '${assignment.slice(0, eq)}' (the rules are ${range(known)}; see docs/rules.md).`);
        if (!(LEVELS as readonly string[]).includes(level)) throw new UsageError(`--rule ${assignment}: unknown level '${assignment.slice(eq + 1)}'; use off, info, warning or error.`);
        if (levels[id] !== undefined && levels[id] !== level) throw new UsageError(`--rule ${id} is given twice, as ${levels[id]} and as ${level}; give it once.`);
        levels[id] = level as Level;
    }
    services.dpa.Settings.rules = levels;
}

import type { DpaServices, MessageLanguage } from '@dpa/language';
import { UsageError } from './files.js';

const LEVELS = ['off', 'info', 'warning', 'error'] as const;
type Level = (typeof LEVELS)[number];

/** Help lines of the options every checking command shares. */
export const SETTINGS_HELP = `  --lang en|nl           language of the messages (default: en); for generate and batch
                         also of the agreement (default: nl)
  --rule <id>=<level>    re-grade a rule: off, info, warning or error (repeatable),
                         e.g. --rule DPA-R36=off`;

/** Applies `--lang` and `--rule` to the language services. */
export function applySettings(services: DpaServices, lang: string, rules: readonly string[]): void {
    if (lang !== 'en' && lang !== 'nl') throw new UsageError(`Unknown language '${lang}': use en or nl.`);
    services.dpa.Settings.language = lang as MessageLanguage;
    const levels: Record<string, Level> = {};
    for (const assignment of rules) {
        const m = /^(DPA-R\d{2})=(\w+)$/.exec(assignment);
        if (!m || !(LEVELS as readonly string[]).includes(m[2]!)) {
            throw new UsageError(`--rule expects DPA-Rnn=off|info|warning|error, got '${assignment}'.`);
        }
        levels[m[1]!] = m[2] as Level;
    }
    services.dpa.Settings.rules = levels;
}

import { isLang, type Lang } from './i18n/lang.js';
import { isRuleLevel, type RuleLevel } from './validation/severity-policy.js';

/**
 * User settings that shape the language services; the server updates them from the client.
 * Settings of the generated agreement (its language, a firm's template folder) are the server's
 * (`GenerationSettings` in packages/server): the language knows nothing of the generator.
 */
export class DpaSettings {
    /** Language of diagnostic messages. */
    language: Lang = 'en';
    /** Per-rule levels from the workspace setting `dpa.rules` (or the CLI's `--rule`). */
    rules: Record<string, RuleLevel> = {};

    /**
     * Applies the language's part of the `dpa` configuration section: `diagnostics.language`
     * ("auto", "nl", "en"; auto follows the editor's display language) and `rules`
     * ({ "DPA-R36": "off", … }). Other keys of the section are left to their owners.
     */
    apply(section: unknown, displayLanguage: string | undefined): void {
        const config = (typeof section === 'object' && section !== null ? section : {}) as {
            diagnostics?: { language?: unknown };
            rules?: unknown;
        };
        const language = config.diagnostics?.language;
        this.language = isLang(language)
            ? language
            : (displayLanguage ?? '').toLowerCase().startsWith('nl') ? 'nl' : 'en';
        const rules: Record<string, RuleLevel> = {};
        if (typeof config.rules === 'object' && config.rules !== null) {
            for (const [id, level] of Object.entries(config.rules)) if (isRuleLevel(level)) rules[id] = level;
        }
        this.rules = rules;
    }
}

import type { MessageLanguage } from './messages.js';
import { isRuleLevel, type RuleLevel } from './validation/severity-policy.js';

/** User settings that shape the language services; the server updates them from the client. */
export class DpaSettings {
    /** Language of diagnostic messages. */
    language: MessageLanguage = 'en';
    /** Per-rule levels from the workspace setting `dpa.rules` (or the CLI's `--rule`). */
    rules: Record<string, RuleLevel> = {};
    /** Language of the generated agreement in the preview and "Generate" (`dpa.agreement.language`). */
    agreementLanguage: 'nl' | 'en' = 'nl';
    /** A firm's template folder (`dpa.templates.folder`), as configured: absolute or workspace-relative. */
    templatesFolder: string | undefined;

    /**
     * Applies the `dpa` configuration section: `diagnostics.language` ("auto", "nl", "en"; auto
     * follows the editor's display language), `rules` ({ "DPA-R36": "off", … }),
     * `agreement.language` and `templates.folder`.
     */
    apply(section: unknown, displayLanguage: string | undefined): void {
        const config = (typeof section === 'object' && section !== null ? section : {}) as {
            diagnostics?: { language?: unknown };
            rules?: unknown;
            agreement?: { language?: unknown };
            templates?: { folder?: unknown };
        };
        const language = config.diagnostics?.language;
        this.language = language === 'nl' || language === 'en'
            ? language
            : (displayLanguage ?? '').toLowerCase().startsWith('nl') ? 'nl' : 'en';
        const rules: Record<string, RuleLevel> = {};
        if (typeof config.rules === 'object' && config.rules !== null) {
            for (const [id, level] of Object.entries(config.rules)) if (isRuleLevel(level)) rules[id] = level;
        }
        this.rules = rules;
        this.agreementLanguage = config.agreement?.language === 'en' ? 'en' : 'nl';
        const folder = config.templates?.folder;
        this.templatesFolder = typeof folder === 'string' && folder.trim() !== '' ? folder.trim() : undefined;
    }
}

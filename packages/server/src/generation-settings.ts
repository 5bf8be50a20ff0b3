import type { Lang } from '@dpa/language';

/**
 * The settings of the generated agreement, for the preview and "Generate": the server's, not the
 * language's (the language package knows nothing of the generator). Kept in step with the
 * client's `dpa` section by settings-sync.ts, beside the language's `DpaSettings`.
 */
export class GenerationSettings {
    /** Language of the generated agreement (`dpa.agreement.language`). */
    agreementLanguage: Lang = 'nl';
    /** A firm's template folder (`dpa.templates.folder`), as configured: absolute or workspace-relative. */
    templatesFolder: string | undefined;

    /** Applies `agreement.language` ("nl" unless "en") and `templates.folder` of the `dpa` section. */
    apply(section: unknown): void {
        const config = (typeof section === 'object' && section !== null ? section : {}) as {
            agreement?: { language?: unknown };
            templates?: { folder?: unknown };
        };
        this.agreementLanguage = config.agreement?.language === 'en' ? 'en' : 'nl';
        const folder = config.templates?.folder;
        this.templatesFolder = typeof folder === 'string' && folder.trim() !== '' ? folder.trim() : undefined;
    }
}

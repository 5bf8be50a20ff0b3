import { isAbsolute, resolve } from 'node:path';
import type { Lang } from '@dpa/language';
import { loadTemplateFolder, templateFolderSignature, type TemplateEngine } from '@dpa/generator';

/**
 * The firm's template folder (`dpa.templates.folder`) as a template engine, loaded once and
 * loaded again when one of its files changes (the signature is every file's path and modification
 * time: the preview asks on every update, so nothing is read until something changed).
 * A broken template throws a TemplateError naming the file and line; that error is kept too, so a
 * broken or hostile folder is not read and compiled again on every keystroke. The generator bounds
 * what a folder may cost (TEMPLATE_LIMITS): loading and rendering throw, the server carries on.
 */
export class FirmTemplates {
    private cached: { key: string; engine: TemplateEngine } | { key: string; error: unknown } | undefined;

    constructor(private readonly workspaceRoot: () => string | undefined) {}

    engineFor(folder: string, lang: Lang): TemplateEngine {
        const root = this.workspaceRoot();
        const dir = isAbsolute(folder) || !root ? resolve(folder) : resolve(root, folder);
        const key = `${dir}\n${lang}\n${templateFolderSignature(dir)}`;
        if (this.cached?.key !== key) {
            try {
                this.cached = { key, engine: loadTemplateFolder(dir, lang) };
            } catch (error) {
                this.cached = { key, error };
            }
        }
        if ('error' in this.cached) throw this.cached.error;
        return this.cached.engine;
    }
}

import type { LangiumSharedServices } from 'langium/lsp';
import type { DpaServices } from '../dpa-module.js';

/**
 * Keeps the language's settings in step with the client: the message language follows
 * `dpa.diagnostics.language`, or the editor's display language (the LSP `locale`) when that is
 * "auto"; rule levels follow `dpa.rules`. A change revalidates every open document.
 */
export function syncSettings(shared: LangiumSharedServices, dpa: DpaServices): void {
    let locale: string | undefined;
    shared.lsp.LanguageServer.onInitialize(params => {
        locale = params.locale;
        dpa.dpa.Settings.apply({}, locale);
    });
    shared.workspace.ConfigurationProvider.onConfigurationSectionUpdate(update => {
        if (update.section !== 'dpa') return;
        dpa.dpa.Settings.apply(update.configuration, locale);
        const uris = shared.workspace.LangiumDocuments.all.map(d => d.uri).toArray();
        void shared.workspace.DocumentBuilder.update(uris, []);
    });
}

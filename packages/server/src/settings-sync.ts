import type { LangiumSharedServices } from 'langium/lsp';
import type { DpaServices } from '@dpa/language';

/**
 * Keeps the language's settings in step with the client: the message language follows
 * `dpa.diagnostics.language`, or the editor's display language (the LSP `locale`) when that is
 * "auto"; rule levels follow `dpa.rules`. A change revalidates every document the server holds.
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
        if (uris.length === 0) return;
        // In the workspace's write queue like every other update: two builds must never run at once.
        void shared.workspace.WorkspaceLock.write(token => shared.workspace.DocumentBuilder.update(uris, [], token));
    });
}

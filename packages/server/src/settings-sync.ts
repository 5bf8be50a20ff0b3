import { URI } from 'langium';
import type { LangiumSharedServices } from 'langium/lsp';
import type { DpaServices } from '@dpa/language';
import type { GenerationSettings } from './generation-settings.js';

/**
 * Keeps the settings in step with the client's `dpa` section: the language's (the message
 * language follows `dpa.diagnostics.language`, or the editor's display language, the LSP
 * `locale`, when that is "auto"; rule levels follow `dpa.rules`) and the server's own of the
 * generated agreement (`dpa.agreement.language`, `dpa.templates.folder`); the firm's playbook
 * follows `dpa.playbook`, or the workspace folder's `dpa-playbook.json`. A change of the settings,
 * or of a playbook file, revalidates every document the server holds.
 */
export function syncSettings(shared: LangiumSharedServices, dpa: DpaServices, generation: GenerationSettings): void {
    let locale: string | undefined;
    let folders: URI[] = [];
    const apply = (section: unknown) => {
        dpa.dpa.Settings.apply(section, locale);
        generation.apply(section);
        const playbook = (typeof section === 'object' && section !== null ? section : {}) as { playbook?: unknown };
        dpa.dpa.Playbooks.configure(folders, typeof playbook.playbook === 'string' ? playbook.playbook : undefined);
    };
    const revalidate = () => {
        const uris = shared.workspace.LangiumDocuments.all.map(d => d.uri).toArray();
        if (uris.length === 0) return;
        // In the workspace's write queue like every other update: two builds must never run at once.
        void shared.workspace.WorkspaceLock.write(token => shared.workspace.DocumentBuilder.update(uris, [], token));
    };
    shared.lsp.LanguageServer.onInitialize(params => {
        locale = params.locale;
        folders = (params.workspaceFolders ?? []).map(folder => URI.parse(folder.uri));
        if (folders.length === 0 && params.rootUri) folders = [URI.parse(params.rootUri)];
        apply({});
    });
    shared.workspace.ConfigurationProvider.onConfigurationSectionUpdate(update => {
        if (update.section !== 'dpa') return;
        apply(update.configuration);
        revalidate();
    });
    shared.lsp.DocumentUpdateHandler.onWatchedFilesChange(params => {
        if (!params.changes.some(change => dpa.dpa.Playbooks.watches(URI.parse(change.uri)))) return;
        dpa.dpa.Playbooks.reset();
        revalidate();
    });
}

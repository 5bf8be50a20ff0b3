import { DefaultConfigurationProvider, type ConfigurationInitializedParams } from 'langium';
import type { DidChangeConfigurationParams } from 'vscode-languageserver-protocol';

/**
 * Langium's configuration provider, with two changes: listeners hear about the settings fetched
 * at start-up too (not only later changes), and a client that cannot answer the fetch (or the
 * registration) does not leave the provider, and so the workspace, waiting forever.
 */
export class DpaConfigurationProvider extends DefaultConfigurationProvider {
    override async initialized(params: ConfigurationInitializedParams): Promise<void> {
        try {
            await super.initialized(params);
        } catch (error) {
            console.error('Could not read the client settings; using defaults.', error);
            this._ready.resolve();
        }
    }

    override updateConfiguration(change: DidChangeConfigurationParams): void {
        if (typeof change.settings !== 'object' || change.settings === null) return;
        for (const [section, configuration] of Object.entries(change.settings as Record<string, unknown>)) {
            this.updateSectionConfiguration(section, configuration);
        }
    }

    protected override updateSectionConfiguration(section: string, configuration: unknown): void {
        super.updateSectionConfiguration(section, configuration);
        this.onConfigurationSectionUpdateEmitter.fire({ section, configuration });
    }
}

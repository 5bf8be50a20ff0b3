import { DefaultWorkspaceManager, type ConfigurationProvider, type LangiumSharedCoreServices } from 'langium';
import type { CancellationToken, WorkspaceFolder } from 'vscode-languageserver-protocol';

/**
 * Builds the workspace only once the client's settings have arrived, so that the first
 * diagnostics already use the user's message language and rule levels (otherwise the first
 * round is in English and then replaced).
 */
export class DpaWorkspaceManager extends DefaultWorkspaceManager {
    private readonly configuration: ConfigurationProvider;

    constructor(services: LangiumSharedCoreServices) {
        super(services);
        this.configuration = services.workspace.ConfigurationProvider;
    }

    override async initializeWorkspace(folders: WorkspaceFolder[], cancelToken?: CancellationToken): Promise<void> {
        await this.configuration.ready;
        return super.initializeWorkspace(folders, cancelToken);
    }
}

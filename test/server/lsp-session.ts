import {
    ConfigurationRequest, createProtocolConnection, DidChangeTextDocumentNotification, DidCloseTextDocumentNotification, DidOpenTextDocumentNotification, ExitNotification,
    InitializedNotification, InitializeRequest, PublishDiagnosticsNotification, RegistrationRequest, ShutdownRequest, type MessageReader, type MessageWriter,
    type Position, type ProtocolConnection, type PublishDiagnosticsParams
} from 'vscode-languageserver-protocol/node';

export interface SessionOptions {
    /** The `dpa` settings section the client answers with. */
    readonly settings?: Record<string, unknown>;
    /** The workspace folder, as a file URI; none by default. */
    readonly workspaceFolder?: string;
}

/**
 * A client's side of a language server session, over any transport (a child process's stdio,
 * `StdioServer`; a Web Worker in a browser page, test/e2e/worker-server.ts): it initialises the
 * server as an editor would, answers configuration requests with `settings`, and collects every
 * published diagnostic per URI.
 */
export abstract class LspSession {
    readonly connection: ProtocolConnection;
    readonly published = new Map<string, PublishDiagnosticsParams[]>();
    /** The place of each publication in the order they arrived, over all URIs (0: the first). */
    readonly arrival = new WeakMap<PublishDiagnosticsParams, number>();
    private arrivals = 0;
    private readonly waiters: (() => void)[] = [];

    protected constructor(reader: MessageReader, writer: MessageWriter, private readonly options: SessionOptions) {
        this.connection = createProtocolConnection(reader, writer);
        this.connection.onNotification(PublishDiagnosticsNotification.type, params => {
            const list = this.published.get(params.uri) ?? [];
            list.push(params);
            this.published.set(params.uri, list);
            this.arrival.set(params, this.arrivals++);
            this.wake();
        });
        const settings = options.settings ?? {};
        this.connection.onRequest(ConfigurationRequest.type, params => params.items.map(item => (item.section === 'dpa' ? settings : {})));
        this.connection.onRequest(RegistrationRequest.type, () => undefined);
        // A closed transport after a crash must not throw in the client.
        this.connection.onError(() => undefined);
        this.connection.listen();
    }

    /** Whether the server can still answer. */
    abstract get alive(): boolean;
    /** How the server ended, when it has. */
    abstract get exitStatus(): string | undefined;

    /** `initialize` (answered) and `initialized`, as an editor opens the session. */
    protected async initialize(processId: number | null): Promise<void> {
        const folder = this.options.workspaceFolder;
        await this.connection.sendRequest(InitializeRequest.type, {
            processId, rootUri: folder ?? null, locale: 'en',
            workspaceFolders: folder ? [{ uri: folder, name: 'workspace' }] : null,
            capabilities: { workspace: { configuration: true, workspaceFolders: true }, textDocument: { publishDiagnostics: { versionSupport: true } } }
        });
        await this.connection.sendNotification(InitializedNotification.type, {});
    }

    /** Lets every waiter look again (a publication arrived, or the server ended). */
    protected wake(): void {
        for (const waiter of this.waiters.splice(0)) waiter();
    }

    /** The `index`-th diagnostics published for `uri` (0: the first). Rejects after `timeoutMs`. */
    diagnostics(uri: string, index = 0, timeoutMs = 20_000): Promise<PublishDiagnosticsParams> {
        return new Promise((resolve, reject) => {
            const timer = setTimeout(() => reject(new Error(`no diagnostics #${index} for ${uri}`)), timeoutMs);
            const look = () => {
                const found = this.published.get(uri)?.[index];
                if (found) {
                    clearTimeout(timer);
                    resolve(found);
                } else if (!this.alive) {
                    clearTimeout(timer);
                    reject(new Error(`server exited (${this.exitStatus})`));
                } else {
                    this.waiters.push(look);
                }
            };
            look();
        });
    }

    /** The diagnostics published for `version` of `uri` (an open document's). Rejects after `timeoutMs`. */
    async diagnosticsOf(uri: string, version: number, timeoutMs = 20_000): Promise<PublishDiagnosticsParams> {
        for (let i = 0; ; i++) {
            const params = await this.diagnostics(uri, i, timeoutMs);
            if (params.version === version) return params;
        }
    }

    async open(uri: string, text: string, version = 1): Promise<void> {
        await this.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'dpa', version, text } });
    }

    /** Inserts `text` at `position` of `uri`, now at `version` (an incremental change, as an editor sends a keystroke). */
    async type(uri: string, version: number, position: Position, text: string): Promise<void> {
        await this.connection.sendNotification(DidChangeTextDocumentNotification.type, {
            textDocument: { uri, version }, contentChanges: [{ range: { start: position, end: position }, text }]
        });
    }

    async close(uri: string): Promise<void> {
        await this.connection.sendNotification(DidCloseTextDocumentNotification.type, { textDocument: { uri } });
    }

    /** `shutdown` and `exit` (at most 2 s), then the connection is closed. */
    protected async shutdown(): Promise<void> {
        if (this.alive) {
            try {
                await Promise.race([
                    (async () => {
                        await this.connection.sendRequest(ShutdownRequest.type);
                        await this.connection.sendNotification(ExitNotification.type);
                    })(),
                    new Promise(resolve => setTimeout(resolve, 2_000))
                ]);
            } catch {
                // Already gone.
            }
        }
        this.connection.dispose();
    }
}

import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import {
    ConfigurationRequest, createProtocolConnection, DidChangeTextDocumentNotification, DidCloseTextDocumentNotification, DidOpenTextDocumentNotification, ExitNotification,
    InitializedNotification, InitializeRequest, PublishDiagnosticsNotification, RegistrationRequest, ShutdownRequest, StreamMessageReader,
    StreamMessageWriter, type Position, type ProtocolConnection, type PublishDiagnosticsParams
} from 'vscode-languageserver-protocol/node';
/** The repository root: the nearest folder up from here with `langium-config.json` (also from a bundled copy of this file). */
export function repositoryRoot(from = import.meta.dirname): string {
    for (let dir = from; ; dir = dirname(dir)) {
        if (existsSync(join(dir, 'langium-config.json'))) return dir;
        if (dirname(dir) === dir) return process.cwd();
    }
}

const ROOT = repositoryRoot();
/** The bundled server; DPA_SERVER points the benches and the fuzz run at another build (e.g. an older one, for before/after figures). */
export const SERVER = process.env.DPA_SERVER ?? join(ROOT, 'packages/server/dist/server.cjs');
const HEAP_PROBE = join(ROOT, 'bench/heap-probe.cjs');

export interface StdioServerOptions {
    /** Preload the bench's heap probe (`heap()` then answers); only for benches and the fuzz run. */
    readonly heapProbe?: boolean;
    /** The `dpa` settings section the client answers with. */
    readonly settings?: Record<string, unknown>;
    /** The workspace folder, as a file URI; none by default. */
    readonly workspaceFolder?: string;
    /** Extra node options, e.g. `--max-old-space-size=200`. */
    readonly nodeOptions?: readonly string[];
}

/**
 * The bundled language server as a child process, spoken to over stdio as an editor would: it is
 * initialised, answers configuration requests with `settings`, and collects every published
 * diagnostic per URI.
 */
export class StdioServer {
    readonly process: ChildProcess;
    readonly connection: ProtocolConnection;
    readonly published = new Map<string, PublishDiagnosticsParams[]>();
    /** The place of each publication in the order they arrived, over all URIs (0: the first). */
    readonly arrival = new WeakMap<PublishDiagnosticsParams, number>();
    private arrivals = 0;
    /** What the server wrote to stderr (its console), for failure reports. */
    stderr = '';
    private readonly waiters: (() => void)[] = [];
    private exited: { code: number | null; signal: NodeJS.Signals | null } | undefined;
    /** Resolves when the process has exited. */
    readonly whenExited: Promise<'exited'>;

    private constructor(options: StdioServerOptions) {
        const nodeArgs = [...(options.nodeOptions ?? []), ...(options.heapProbe ? ['--expose-gc', '--require', HEAP_PROBE] : [])];
        this.process = spawn(process.execPath, [...nodeArgs, SERVER, '--stdio'], { stdio: options.heapProbe ? ['pipe', 'pipe', 'pipe', 'ipc'] : 'pipe' });
        this.process.stderr!.on('data', (chunk: Buffer) => {
            // Keep the tail only: a long fuzz run must not grow the client's memory.
            this.stderr = (this.stderr + chunk.toString()).slice(-20_000);
        });
        this.whenExited = new Promise(resolve => this.process.on('exit', (code, signal) => {
            this.exited = { code, signal };
            for (const waiter of this.waiters.splice(0)) waiter();
            resolve('exited');
        }));
        this.connection = createProtocolConnection(new StreamMessageReader(this.process.stdout!), new StreamMessageWriter(this.process.stdin!));
        this.connection.onNotification(PublishDiagnosticsNotification.type, params => {
            const list = this.published.get(params.uri) ?? [];
            list.push(params);
            this.published.set(params.uri, list);
            this.arrival.set(params, this.arrivals++);
            for (const waiter of this.waiters.splice(0)) waiter();
        });
        const settings = options.settings ?? {};
        this.connection.onRequest(ConfigurationRequest.type, params => params.items.map(item => (item.section === 'dpa' ? settings : {})));
        this.connection.onRequest(RegistrationRequest.type, () => undefined);
        // A closed stream after a crash must not throw in the client.
        this.connection.onError(() => undefined);
        this.connection.listen();
    }

    static async start(options: StdioServerOptions = {}): Promise<StdioServer> {
        const server = new StdioServer(options);
        const folder = options.workspaceFolder;
        await server.connection.sendRequest(InitializeRequest.type, {
            processId: process.pid, rootUri: folder ?? null, locale: 'en',
            workspaceFolders: folder ? [{ uri: folder, name: 'workspace' }] : null,
            capabilities: { workspace: { configuration: true, workspaceFolders: true }, textDocument: { publishDiagnostics: { versionSupport: true } } }
        });
        await server.connection.sendNotification(InitializedNotification.type, {});
        return server;
    }

    /** Whether the process is still running. */
    get alive(): boolean {
        return this.exited === undefined;
    }

    get exitStatus(): string | undefined {
        return this.exited && `exit code ${this.exited.code ?? '-'}, signal ${this.exited.signal ?? '-'}`;
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

    /** The server's heap after garbage collection, in bytes (needs `heapProbe`). */
    heap(): Promise<number> {
        return new Promise((resolve, reject) => {
            if (!this.process.send) {
                reject(new Error('started without the heap probe'));
                return;
            }
            const onMessage = (message: unknown) => {
                if (typeof message === 'object' && message !== null && 'heapUsed' in message && typeof message.heapUsed === 'number') {
                    this.process.off('message', onMessage);
                    resolve(message.heapUsed);
                }
            };
            this.process.on('message', onMessage);
            this.process.send('heap');
        });
    }

    async stop(): Promise<void> {
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
        this.process.kill();
    }
}

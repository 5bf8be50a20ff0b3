import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { StreamMessageReader, StreamMessageWriter } from 'vscode-languageserver-protocol/node';
import { LspSession, type SessionOptions } from './lsp-session.js';
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

export interface StdioServerOptions extends SessionOptions {
    /** Preload the bench's heap probe (`heap()` then answers); only for benches and the fuzz run. */
    readonly heapProbe?: boolean;
    /** Extra node options, e.g. `--max-old-space-size=200`. */
    readonly nodeOptions?: readonly string[];
}

/**
 * The bundled language server as a child process, spoken to over stdio as an editor would: it is
 * initialised, answers configuration requests with `settings`, and collects every published
 * diagnostic per URI (`LspSession`).
 */
export class StdioServer extends LspSession {
    readonly process: ChildProcess;
    /** What the server wrote to stderr (its console), for failure reports. */
    stderr = '';
    private exited: { code: number | null; signal: NodeJS.Signals | null } | undefined;
    /** Resolves when the process has exited. */
    readonly whenExited: Promise<'exited'>;

    private constructor(options: StdioServerOptions, child: ChildProcess) {
        super(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!), options);
        this.process = child;
        this.process.stderr!.on('data', (chunk: Buffer) => {
            // Keep the tail only: a long fuzz run must not grow the client's memory.
            this.stderr = (this.stderr + chunk.toString()).slice(-20_000);
        });
        this.whenExited = new Promise(resolve => this.process.on('exit', (code, signal) => {
            this.exited = { code, signal };
            this.wake();
            resolve('exited');
        }));
    }

    static async start(options: StdioServerOptions = {}): Promise<StdioServer> {
        const nodeArgs = [...(options.nodeOptions ?? []), ...(options.heapProbe ? ['--expose-gc', '--require', HEAP_PROBE] : [])];
        const child = spawn(process.execPath, [...nodeArgs, SERVER, '--stdio'], { stdio: options.heapProbe ? ['pipe', 'pipe', 'pipe', 'ipc'] : 'pipe' });
        const server = new StdioServer(options, child);
        await server.initialize(process.pid);
        return server;
    }

    /** Whether the process is still running. */
    get alive(): boolean {
        return this.exited === undefined;
    }

    get exitStatus(): string | undefined {
        return this.exited && `exit code ${this.exited.code ?? '-'}, signal ${this.exited.signal ?? '-'}`;
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
        await this.shutdown();
        this.process.kill();
    }
}

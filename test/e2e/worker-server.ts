/**
 * The language server's Web Worker bundle (packages/server/dist/browser.js) in Debian's Chromium,
 * spoken to from the test as an editor in the page would: every message goes through the page
 * (`postMessage` to the worker and back), so the worker runs exactly as in the playground.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { AbstractMessageReader, AbstractMessageWriter, Disposable, type DataCallback, type Message, type MessageReader, type MessageWriter } from 'vscode-languageserver-protocol/node';
import { LspSession, type SessionOptions } from '../server/lsp-session.js';
import { CHROMIUM, ROOT } from './env.js';

/** What the page has (the test's tsconfig has no DOM types). */
interface InPage {
    Worker: new (url: string) => {
        onmessage: (event: { data: unknown }) => void;
        onerror: (event: { message: string; filename: string; lineno: number }) => void;
        postMessage(message: unknown): void;
    };
    dpaFromWorker(message: unknown): Promise<void>;
    dpaToWorker(message: unknown): void;
}

export const WORKER_BUNDLE = join(ROOT, 'packages/server/dist/browser.js');

/** Messages the page hands over from the worker. */
class PageReader extends AbstractMessageReader implements MessageReader {
    private callback: DataCallback | undefined;
    private readonly early: Message[] = [];

    listen(callback: DataCallback): Disposable {
        this.callback = callback;
        for (const message of this.early.splice(0)) callback(message);
        return Disposable.create(() => (this.callback = undefined));
    }

    receive(message: Message): void {
        if (this.callback) this.callback(message);
        else this.early.push(message);
    }

    failed(error: Error): void {
        this.fireError(error);
    }
}

/** Messages to the worker, through the page. */
class PageWriter extends AbstractMessageWriter implements MessageWriter {
    constructor(private readonly page: Page) {
        super();
    }

    async write(message: Message): Promise<void> {
        await this.page.evaluate(m => (globalThis as unknown as InPage).dpaToWorker(m), message);
    }

    end(): void {}
}

export class WorkerServer extends LspSession {
    private ended: string | undefined;
    /** Errors the worker reported (uncaught exceptions), for failure messages. */
    readonly errors: string[] = [];
    private failed: (reason: Error) => void = () => undefined;
    /** Rejects when the worker fails (an uncaught error), so that no wait outlives it. */
    private readonly failure = new Promise<never>((_, reject) => (this.failed = reject));

    private constructor(readonly browser: Browser, readonly page: Page, reader: PageReader, options: SessionOptions) {
        super(reader, new PageWriter(page), options);
    }

    /** Chromium, a blank page, the worker started from the bundle, the session initialised. */
    static async start(options: SessionOptions = {}): Promise<WorkerServer> {
        if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} not found: install Debian's chromium (apt-get install -y chromium) or set DPA_E2E_CHROMIUM`);
        if (!existsSync(WORKER_BUNDLE)) throw new Error(`${WORKER_BUNDLE} not found: run npm run bundle`);
        const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ['--no-sandbox', '--disable-gpu', '--host-resolver-rules=MAP * ~NOTFOUND'] });
        try {
            const page = await browser.newPage();
            const reader = new PageReader();
            const server = new WorkerServer(browser, page, reader, options);
            page.on('pageerror', error => server.errors.push(error.message));
            await page.exposeFunction('dpaFromWorker', (message: Message | { workerError: string }) => {
                if ('workerError' in message) {
                    server.errors.push(message.workerError);
                    server.ended = `worker error: ${message.workerError}`;
                    reader.failed(new Error(message.workerError));
                    server.failed(new Error(server.ended));
                    server.wake();
                } else {
                    reader.receive(message);
                }
            });
            await page.evaluate(code => {
                const page = globalThis as unknown as InPage;
                const url = URL.createObjectURL(new Blob([code], { type: 'text/javascript' }));
                const worker = new page.Worker(url);
                worker.onmessage = event => void page.dpaFromWorker(event.data);
                worker.onerror = event => void page.dpaFromWorker({ workerError: `${event.message} (${event.filename}:${event.lineno})` });
                page.dpaToWorker = message => worker.postMessage(message);
            }, readFileSync(WORKER_BUNDLE, 'utf8'));
            server.failure.catch(() => undefined);
            await Promise.race([server.initialize(null), server.failure]);
            return server;
        } catch (error) {
            await browser.close();
            throw error;
        }
    }

    get alive(): boolean {
        return this.ended === undefined;
    }

    get exitStatus(): string | undefined {
        return this.ended;
    }

    async stop(): Promise<void> {
        await this.shutdown();
        this.ended ??= 'stopped';
        await this.browser.close().catch(() => undefined);
    }
}

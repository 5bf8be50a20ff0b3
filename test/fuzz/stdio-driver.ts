/**
 * Fuzzing the bundled language server over stdio, as an editor talks to it: random documents
 * are opened, changed and closed, and random requests (well-formed, malformed, for unknown
 * documents, cancelled) are sent. The server must stay alive and answer every request: one
 * unanswered after `hangMs` is a hang; an internal error (InternalError, UnknownErrorCode) is a
 * handler that threw. Document `i` of a run with seed `s` is generated from seed `s + i`, so a
 * failure is replayed with `--seed <s + i> --documents 1`.
 */
import fc from 'fast-check';
import { CancellationTokenSource, DidChangeTextDocumentNotification, ErrorCodes, ResponseError } from 'vscode-languageserver-protocol/node';
import type { Diagnostic } from 'vscode-languageserver-types';
import { StdioServer } from '../server/stdio-server.js';
import { anyDocument, exampleTexts, inflated } from './documents.js';

export interface StdioFuzzOptions {
    readonly documents: number;
    readonly seed: number;
    /** The largest document, in characters; a few documents per hundred are inflated towards it. */
    readonly maxSize: number;
    /** A request unanswered this long is a hang. */
    readonly hangMs: number;
    /** How long to wait for a hung request before the server is restarted. */
    readonly giveUpMs: number;
    /** Measure the server's heap (bench probe) at the start and the end. */
    readonly heapProbe?: boolean;
    /** Called after each document. */
    readonly progress?: (done: number, summary: StdioFuzzSummary) => void;
}

export interface StdioFuzzFailure {
    readonly kind: 'crash' | 'hang' | 'internal-error';
    /** The seed that replays the document (with --documents 1). */
    readonly seed: number;
    readonly method: string;
    readonly detail: string;
    readonly size: number;
}

export interface StdioFuzzSummary {
    documents: number;
    requests: number;
    crashes: number;
    hangs: number;
    internalErrors: number;
    maxLatencyMs: number;
    maxLatencyMethod: string;
    /** The seed of the document whose request took longest. */
    maxLatencySeed: number;
    largestDocument: number;
    heapStart?: number;
    heapEnd?: number;
    readonly hangMs: number;
    readonly failures: StdioFuzzFailure[];
}

type Step =
    | { kind: 'request'; method: string; variant: number; at: number; cancelAfterMs?: number }
    | { kind: 'change'; text: string; incremental: boolean; at: number };

export interface Plan {
    readonly text: string;
    readonly steps: readonly Step[];
    /** Close the document before its requests are answered. */
    readonly closeEarly: boolean;
}

/** The requests the fuzzer sends; the variant chooses well-formed or malformed parameters. */
const METHODS = [
    'textDocument/hover', 'textDocument/completion', 'textDocument/definition', 'textDocument/references', 'textDocument/documentHighlight',
    'textDocument/codeAction', 'textDocument/formatting', 'textDocument/rangeFormatting', 'textDocument/documentSymbol',
    'textDocument/semanticTokens/full', 'textDocument/semanticTokens/range', 'textDocument/semanticTokens/full/delta', 'textDocument/rename',
    'textDocument/prepareRename', 'textDocument/foldingRange', 'textDocument/codeLens', 'workspace/symbol', 'dpa/preview', 'dpa/generate'
] as const;

function planArbitrary(examples: readonly string[], maxSize: number): fc.Arbitrary<Plan> {
    const small = anyDocument(examples, 400);
    const text = fc.oneof(
        { weight: 12, arbitrary: small },
        { weight: 1, arbitrary: inflated(small, fc.integer({ min: 10_000, max: Math.max(10_000, maxSize) })) }
    );
    const at = fc.double({ min: 0, max: 1, noNaN: true });
    const step: fc.Arbitrary<Step> = fc.oneof(
        { weight: 6, arbitrary: fc.record({ kind: fc.constant('request' as const), method: fc.constantFrom(...METHODS), variant: fc.nat(19), at, cancelAfterMs: fc.option(fc.nat(30), { nil: undefined, freq: 8 }) }, { requiredKeys: ['kind', 'method', 'variant', 'at'] }) },
        { weight: 1, arbitrary: fc.record({ kind: fc.constant('change' as const), text: small, incremental: fc.boolean(), at }) }
    );
    return fc.record({ text, steps: fc.array(step, { minLength: 1, maxLength: 5 }), closeEarly: fc.nat(9).map(n => n === 0) });
}

/** Parameters for a request: variant 0-13 well-formed, 14 for an unknown document, 15-19 malformed. */
function paramsFor(method: string, variant: number, uri: string, text: string, at: number, own: readonly Diagnostic[]): unknown {
    const offset = Math.floor(at * text.length);
    const before = text.slice(0, offset);
    const line = before.split('\n').length - 1;
    const position = { line, character: offset - (before.lastIndexOf('\n') + 1) };
    const lines = text.split('\n');
    const end = { line: lines.length - 1, character: lines.at(-1)!.length };
    const range = { start: position, end };
    if (variant >= 15) {
        // Malformed, each variant a different way.
        const bad: unknown[] = [null, {}, { textDocument: { uri: 42 } }, { textDocument: { uri }, position: { line: -1, character: 'x' }, range: { start: end, end: { line: 0, character: 0 } } }, [uri]];
        return bad[variant - 15];
    }
    const target = variant === 14 ? 'file:///nowhere/unknown.dpa' : uri;
    const textDocument = { uri: target };
    const options = { tabSize: 4, insertSpaces: variant % 2 === 0 };
    switch (method) {
        case 'textDocument/codeAction': {
            const foreign = [
                { range, message: 'foreign', source: 'other', data: { fixes: [{}] } },
                { range, message: 'foreign', data: { fixes: [{ title: 'x', edits: [{ range: { start: { line: 1e6, character: 0 }, end: { line: 1e6, character: 1 } }, newText: 'x' }] }] } },
                { range, message: 'foreign', data: 'not an object' },
                { message: 'no range' }
            ];
            const diagnostics = variant % 3 === 0 ? own : variant % 3 === 1 ? foreign : [...own, ...foreign];
            return { textDocument, range, context: { diagnostics } };
        }
        case 'textDocument/formatting': return { textDocument, options };
        case 'textDocument/rangeFormatting': return { textDocument, range, options };
        case 'textDocument/rename': return { textDocument, position, newName: ['Renamed', 'agreement', '1x', '', 'x y', 'Contact'][variant % 6] };
        case 'textDocument/references': return { textDocument, position, context: { includeDeclaration: variant % 2 === 0 } };
        case 'textDocument/documentSymbol': case 'textDocument/semanticTokens/full': case 'textDocument/foldingRange': case 'textDocument/codeLens':
            return { textDocument };
        case 'textDocument/semanticTokens/full/delta': return { textDocument, previousResultId: String(variant) };
        case 'textDocument/semanticTokens/range': return { textDocument, range };
        case 'workspace/symbol': return { query: ['', 'a', 'Klant', 'zzz'][variant % 4] };
        case 'dpa/preview': return { uri: target };
        case 'dpa/generate': return { uri: target, format: variant % 7 === 0 ? 'docx' : variant % 2 === 0 ? 'md' : 'html', draft: variant % 3 === 0 };
        default: return { textDocument, position };
    }
}

/** What seed `seed` does: the document it opens, its changes and requests (for replays and debugging). */
export function planFor(seed: number, maxSize: number): Plan {
    const [plan] = fc.sample(planArbitrary(exampleTexts(), maxSize), { seed, numRuns: 1 }) as [Plan];
    return plan;
}

/** Runs the fuzzer and returns its summary; it never throws for a failure of the server. */
export async function runStdioFuzz(options: StdioFuzzOptions): Promise<StdioFuzzSummary> {
    const examples = exampleTexts();
    const arbitrary = planArbitrary(examples, options.maxSize);
    const summary: StdioFuzzSummary = {
        documents: 0, requests: 0, crashes: 0, hangs: 0, internalErrors: 0, maxLatencyMs: 0, maxLatencyMethod: '', maxLatencySeed: options.seed, largestDocument: 0, hangMs: options.hangMs, failures: []
    };
    let server = await StdioServer.start({ heapProbe: options.heapProbe });
    if (options.heapProbe) summary.heapStart = await server.heap();
    let needsRestart = false;

    for (let i = 0; i < options.documents; i++) {
        const seed = options.seed + i;
        const [plan] = fc.sample(arbitrary, { seed, numRuns: 1 }) as [Plan];
        const uri = `file:///fuzz/doc-${seed}.dpa`;
        let text = plan.text;
        summary.largestDocument = Math.max(summary.largestDocument, text.length);
        const fail = (kind: StdioFuzzFailure['kind'], method: string, detail: string) => {
            summary.failures.push({ kind, seed, method, detail: detail.slice(0, 500), size: plan.text.length });
        };
        const current = server;

        const request = async (method: string, params: unknown, cancelAfterMs: number | undefined, label = method): Promise<void> => {
            summary.requests++;
            const started = performance.now();
            const watchdog = setTimeout(() => {
                summary.hangs++;
                fail('hang', label, `no answer after ${options.hangMs} ms`);
            }, options.hangMs);
            let giveUp: NodeJS.Timeout | undefined;
            const cancellation = new CancellationTokenSource();
            const cancelTimer = cancelAfterMs === undefined ? undefined : setTimeout(() => cancellation.cancel(), cancelAfterMs);
            try {
                const outcome = await Promise.race([
                    current.connection.sendRequest(method, params, cancellation.token).then(() => 'answered' as const),
                    current.whenExited,
                    new Promise<'gave-up'>(resolve => { giveUp = setTimeout(() => resolve('gave-up'), options.giveUpMs); })
                ]);
                if (outcome === 'gave-up') needsRestart = true;
            } catch (error) {
                if (error instanceof ResponseError) {
                    if (error.code === ErrorCodes.InternalError || error.code === ErrorCodes.UnknownErrorCode) {
                        summary.internalErrors++;
                        fail('internal-error', label, `${error.code} ${error.message}`);
                    }
                } else if (current.alive) {
                    fail('internal-error', label, String(error));
                    summary.internalErrors++;
                }
            } finally {
                clearTimeout(watchdog);
                clearTimeout(giveUp);
                clearTimeout(cancelTimer);
                cancellation.dispose();
            }
            const latency = performance.now() - started;
            if (latency > summary.maxLatencyMs) {
                summary.maxLatencyMs = latency;
                summary.maxLatencyMethod = label;
                summary.maxLatencySeed = seed;
            }
        };

        const pending: Promise<void>[] = [];
        let version = 1;
        try {
            await current.open(uri, text, version);
            for (const step of plan.steps) {
                if (step.kind === 'change') {
                    version++;
                    if (step.incremental) {
                        const offset = Math.floor(step.at * text.length);
                        const before = text.slice(0, offset);
                        const position = { line: before.split('\n').length - 1, character: offset - (before.lastIndexOf('\n') + 1) };
                        const inserted = step.text.slice(0, 200);
                        await current.connection.sendNotification(DidChangeTextDocumentNotification.type, {
                            textDocument: { uri, version }, contentChanges: [{ range: { start: position, end: position }, text: inserted }]
                        });
                        text = text.slice(0, offset) + inserted + text.slice(offset);
                    } else {
                        text = step.text;
                        await current.connection.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri, version }, contentChanges: [{ text }] });
                    }
                } else {
                    const own = current.published.get(uri)?.at(-1)?.diagnostics ?? [];
                    pending.push(request(step.method, paramsFor(step.method, step.variant, uri, text, step.at, own), step.cancelAfterMs));
                }
            }
            if (plan.closeEarly) await current.close(uri);
            await Promise.all(pending);
            if (!plan.closeEarly) await current.close(uri);
            // Closing does not stop work already under way: a request after the close must be
            // answered too, so that a document that keeps the server busy is the one blamed.
            await request('workspace/symbol', { query: 'zzz' }, undefined, 'workspace/symbol (after close)');
        } catch (error) {
            if (current.alive) fail('internal-error', 'client', String(error));
        }
        await Promise.all(pending);
        summary.documents++;

        if (!current.alive) {
            summary.crashes++;
            fail('crash', 'process', `${current.exitStatus ?? ''}\n${current.stderr.slice(-400)}`);
            needsRestart = true;
        }
        if (needsRestart) {
            await current.stop();
            server = await StdioServer.start({ heapProbe: options.heapProbe });
            needsRestart = false;
        }
        options.progress?.(i + 1, summary);
    }
    if (options.heapProbe && server.alive) summary.heapEnd = await server.heap();
    await server.stop();
    return summary;
}

/** The summary as the lines the long run prints. */
export function formatSummary(summary: StdioFuzzSummary, command: string): string {
    const mib = (bytes: number | undefined) => (bytes === undefined ? '-' : `${(bytes / 1024 / 1024).toFixed(1)} MiB`);
    const lines = [
        `documents: ${summary.documents} (largest ${summary.largestDocument} characters)`,
        `requests: ${summary.requests}`,
        `crashes: ${summary.crashes}`,
        `hangs (unanswered > ${summary.hangMs / 1000} s): ${summary.hangs}, in ${new Set(summary.failures.filter(f => f.kind === 'hang').map(f => f.seed)).size} documents`,
        `internal errors: ${summary.internalErrors}`,
        `max latency: ${Math.round(summary.maxLatencyMs)} ms (${summary.maxLatencyMethod || '-'}, document seed ${summary.maxLatencySeed})`,
        `server heap after GC: ${mib(summary.heapStart)} at start, ${mib(summary.heapEnd)} at the end`
    ];
    for (const failure of summary.failures) {
        lines.push(`FAIL ${failure.kind} ${failure.method} (document of ${failure.size} characters): ${failure.detail.split('\n')[0]}`);
        lines.push(`  replay: ${command} --seed ${failure.seed} --documents 1`);
    }
    return lines.join('\n');
}

/**
 * Memory of the bundled language server over open/close cycles of distinct documents (each a
 * copy of examples/complete.dpa with its own name), spoken to over stdio as an editor would. The
 * heap is read after two full garbage collections through bench/heap-probe.cjs (preloaded with
 * --expose-gc, only here: the shipped server has no such request). Besides vitest's table (one
 * cycle: open, wait for the diagnostics, close), each run prints the heap after a warm-up and
 * after 300 and 1,000 cycles, with the growth per document and the ratio against the warm heap.
 * DPA_SERVER=<path to server.cjs> measures another build (e.g. an older one) the same way.
 *
 * Measured on 2026-11-27 (2 cores shared, Node 20.20), complete.dpa copies (13.6 KB each):
 *   before (main):  warm 36.9 MiB, 300 cycles 140.8 MiB (x3.81), 1,000 cycles 382.2 MiB (x10.35); 354 KiB per document
 *   after:          warm 19.7 MiB, 300 cycles  20.4 MiB (x1.03), 1,000 cycles  20.9 MiB (x1.06); 1.2 KiB per document
 * Before, Langium kept every closed document (AST, CST, text, diagnostics, index entries); the
 * residue after is noise of the heap (it does not grow with the cycles: 2.3 KiB at 300, 1.2 at 1,000).
 */
import { afterAll, bench, describe } from 'vitest';
import { readExample } from '../test/helpers.js';
import { StdioServer } from '../test/server/stdio-server.js';

const WARM_UP = 50;
const CHECKPOINTS = [300, 1_000];
const base = readExample('complete.dpa');
let n = 0;
const mib = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MiB`;

/** Opens a distinct document, waits until it is validated, closes it. */
async function cycle(server: StdioServer): Promise<void> {
    const i = n++;
    const uri = `file:///bench/cycle-${i}.dpa`;
    await server.open(uri, base.replace('agreement LoonwolkDeLinde', `agreement Cycle${i}`));
    await server.diagnostics(uri, 0, 60_000);
    await server.close(uri);
    // Forget what the client collected, so that only the server's memory grows.
    server.published.delete(uri);
}

const server = await StdioServer.start({ heapProbe: true });
for (let i = 0; i < WARM_UP; i++) await cycle(server);
const warm = await server.heap();
const figures: string[] = [`heap after ${WARM_UP} warm-up cycles: ${mib(warm)}`];
let done = 0;
for (const checkpoint of CHECKPOINTS) {
    for (; done < checkpoint; done++) await cycle(server);
    const heap = await server.heap();
    figures.push(`heap after ${checkpoint} cycles: ${mib(heap)} (x${(heap / warm).toFixed(2)}), ${((heap - warm) / 1024 / checkpoint).toFixed(1)} KiB per document`);
}
console.log(`language server memory over open/close cycles (${process.env.DPA_SERVER ?? 'packages/server/dist/server.cjs'}):\n  ${figures.join('\n  ')}`);

describe('language server: open, validate and close a distinct document', () => {
    afterAll(async () => {
        await server.stop();
    });
    bench('one open/close cycle (complete.dpa)', () => cycle(server), { iterations: 50, time: 0, warmupIterations: 5 });
});

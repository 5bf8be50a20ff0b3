/**
 * A bounded run of the stdio fuzzer against the bundled server (the long run is `npm run fuzz`):
 * random documents opened, changed and closed, random and malformed requests. The server must
 * stay alive, answer every request (a request unanswered after a minute is a hang: a guard, not a
 * speed limit; speed is measured in bench/editor.bench.ts), and never answer with an internal
 * error. A failure prints the seed that replays it: `npm run fuzz -- --seed <seed> --documents 1`.
 */
import { expect, test } from 'vitest';
import { formatSummary, runStdioFuzz } from './stdio-driver.js';

test('the bundled server survives and answers random documents and requests over stdio', async () => {
    const seed = Number(process.env.FUZZ_SEED ?? 20_261_127);
    const summary = await runStdioFuzz({ documents: Number(process.env.FUZZ_DOCUMENTS ?? 150), seed, maxSize: 20_000, hangMs: 60_000, giveUpMs: 60_000 });
    const report = formatSummary(summary, 'npm run fuzz --');
    expect(summary.requests, report).toBeGreaterThan(100);
    expect(summary.failures, report).toEqual([]);
}, 600_000);

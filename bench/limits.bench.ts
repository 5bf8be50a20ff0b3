/**
 * Rows `limits.flood` and `limits.garbage` (bench/rows.json): hostile input does not stall the
 * check (the speed claims that test/language/validation-limits.test.ts used to assert with a
 * clock; the test now checks only the results). Each is a ratio to a text of the same size that
 * is checked the usual way, in the same process, interleaved:
 *
 * - a custom clause with 160,000 different placeholders (`[x0] [x1] …`, each a DPA-R01 finding,
 *   listed up to the cap and summarised) ÷ the same clause with plain words of the same length
 *   (`ax0b ax1b …`, no finding);
 * - a megabyte of pseudo-random punctuation and words (test/language/garbage.ts, a syntax error
 *   at every turn, capped) ÷ a generated agreement of about a megabyte (no finding).
 */
import { EmptyFileSystem } from 'langium';
import { afterAll, bench, describe } from 'vitest';
import { URI } from 'vscode-uri';
import { checkText, createDpaServices } from '../packages/language/src/index.js';
import { minimalAgreement } from '../test/helpers.js';
import { garbage } from '../test/language/garbage.js';
import { generatedAgreement } from './agreements.js';
import { median, record, type BenchRow } from './results.js';
import { expectedRow } from './rows.js';

const SAMPLES = 3;
const WARM_UP_SAMPLES = 1;

const services = createDpaServices(EmptyFileSystem).Dpa;

const words = (n: number, word: (i: number) => string) => Array.from({ length: n }, (_, i) => word(i)).join('');
const clause = (text: string) => minimalAgreement(`    clause Flood "Opmaak" {\n        text "${text}"\n    }\n`);

/** About a megabyte of generated agreement (20,000 lines are about 1.3 MB). */
const MEGABYTE_AGREEMENT = generatedAgreement(15_000);

const CASES = [
    {
        id: 'limits.flood',
        hostile: clause(words(160_000, i => `[x${i}] `)),
        usual: clause(words(160_000, i => `ax${i}b `)),
        baseline: 'the same clause with plain words of the same length'
    },
    {
        id: 'limits.garbage',
        hostile: garbage(1_000_000),
        usual: MEGABYTE_AGREEMENT,
        baseline: `a generated agreement of ${(MEGABYTE_AGREEMENT.length / 1e6).toFixed(2)} MB`
    }
] as const;

let counter = 0;
/** Checks `text` as a new document and drops it again; the time of the check alone. */
async function timedCheck(text: string): Promise<{ ms: number; diagnostics: number }> {
    const uri = `memory:///limits-${++counter}.dpa`;
    const start = performance.now();
    const result = await checkText(services, text, uri);
    const ms = performance.now() - start;
    await services.shared.workspace.DocumentBuilder.update([], [URI.parse(uri)]);
    return { ms, diagnostics: result.diagnostics.length };
}

interface Measured {
    readonly id: string;
    readonly baseline: string;
    readonly hostile: number[];
    readonly usual: number[];
    findings: number;
}
const measured: Measured[] = [];

// vitest runs the hooks of the file only, not those of a describe block, in benchmark mode.
describe('hostile input ÷ usual input of the same size', () => {
    for (const { id, hostile, usual, baseline } of CASES) {
        const samples: Measured = { id, baseline, hostile: [], usual: [], findings: 0 };
        measured.push(samples);
        let sample = 0;
        bench(id, async () => {
            const number = sample++;
            const hostileFirst = number % 2 === 0;
            const first = await timedCheck(hostileFirst ? hostile : usual);
            const second = await timedCheck(hostileFirst ? usual : hostile);
            const [h, u] = hostileFirst ? [first, second] : [second, first];
            if (u.diagnostics > 0) throw new Error(`${id}: the baseline text has ${u.diagnostics} diagnostics`);
            if (h.diagnostics === 0) throw new Error(`${id}: the hostile text has no diagnostics`);
            samples.findings = h.diagnostics;
            if (number < WARM_UP_SAMPLES) return;
            samples.hostile.push(h.ms);
            samples.usual.push(u.ms);
        }, { iterations: SAMPLES + WARM_UP_SAMPLES, time: 0, warmupIterations: 0, warmupTime: 0 });
    }
});

afterAll(() => {
    const rows: BenchRow[] = measured.filter(m => m.hostile.length > 0).map(({ id, baseline, hostile, usual, findings }) => {
        const expected = expectedRow(id);
        const value = median(hostile);
        const base = median(usual);
        return {
            id,
            what: `${expected.what} (${findings} diagnostics listed; median of ${hostile.length}, interleaved with the baseline)`,
            value,
            unit: 'ms',
            baseline: { what: `${baseline}, checked the same way`, value: base },
            ratio: value / base,
            target: expected.target
        };
    });
    for (const row of record(rows)) {
        console.log(`${row.id}: ${row.value.toFixed(0)} ms = ×${row.ratio!.toFixed(2)} the baseline (${row.baseline!.value.toFixed(0)} ms) → ${row.pass ? 'pass' : 'FAIL'}`);
    }
});

/**
 * Rows `check.<lines>` and `check.exponent` (bench/rows.json): checking a generated agreement
 * as the CLI does (parse + link + validate of a fresh document through `checkText`) against the
 * same content as YAML, parsed with js-yaml, validated with ajv against a JSON Schema derived
 * from the grammar and its references resolved (bench/yaml-baseline). The two run interleaved
 * in this process, in alternating order, and the rows hold their medians.
 *
 * Cold means cold: every sample gets new language services (their lazy parts built and warmed
 * on a one-block agreement with other strings, outside the timing: building them is start-up,
 * measured elsewhere) and text no earlier sample has seen (each string of the blocks gets the
 * sample's number), so no cache keyed by document or by content can answer from an earlier
 * sample. vitest runs only the file's hooks in benchmark mode, so the rows are built in the
 * file's afterAll. The
 * YAML of each sample is converted from that sample's parsed document outside the timing; the
 * ajv schema is compiled once. Garbage of the untimed work is collected before each timing.
 */
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { EmptyFileSystem } from 'langium';
import { afterAll, bench, describe } from 'vitest';
import { checkText, createDpaServices, type DpaServices } from '../packages/language/src/index.js';
import { generatedAgreement, SIZES } from './agreements.js';
import { growthExponent, median, record, type BenchRow } from './results.js';
import { expectedRow } from './rows.js';
import { yamlBaseline } from './yaml-baseline/baseline.js';
import { toYaml } from './yaml-baseline/to-data.js';

setFlagsFromString('--expose-gc');
const collectGarbage = runInNewContext('gc') as () => void;

/** Samples kept per size (a 20k check takes a second or more), after WARM_UP_SAMPLES that warm the JIT up. */
const SAMPLES: Record<number, number> = { 500: 15, 5000: 9, 20000: 7 };
const WARM_UP_SAMPLES = 2;

/**
 * `text` (a generated agreement) with the number of the sample after every string of its blocks
 * (from the first `data` declaration to the standard clauses at the end): new content, same shape.
 */
function salted(text: string, sample: number): string {
    const lines = text.split('\n');
    const first = lines.findIndex(line => line.startsWith('    data '));
    const end = lines.lastIndexOf('    instructions');
    if (first < 0 || end < first) throw new Error('bench/agreements.ts changed its layout: no blocks between data and instructions');
    for (let i = first; i < end; i++) {
        lines[i] = lines[i]!.replace(/"((?:\\.|[^"\\])*)"/g, (_, content: string) => `"${content} (${sample})"`);
    }
    return lines.join('\n');
}

/** The smallest generated agreement (one block), with strings no sample has. */
const WARM_UP = salted(generatedAgreement(1), -1);

/** New services, their lazy parts built and every check run once on the small warm-up agreement. */
async function freshServices(): Promise<DpaServices> {
    const services = createDpaServices(EmptyFileSystem).Dpa;
    await checkText(services, WARM_UP, 'memory:///warm-up.dpa');
    return services;
}

/** Services that only parse each sample's text for its conversion to YAML (outside the timing). */
const converter = await freshServices();
const yaml = yamlBaseline(converter.Grammar);

interface Samples {
    /** The size asked of generatedAgreement (a value of SIZES), and the lines it has. */
    readonly size: number;
    readonly lines: number;
    readonly dpa: number[];
    readonly yaml: number[];
    yamlBytes: number;
}
const measured: Samples[] = [];

for (const size of SIZES) {
    const generated = generatedAgreement(size);
    const samples: Samples = { size, lines: generated.split('\n').length, dpa: [], yaml: [], yamlBytes: 0 };
    measured.push(samples);
    let sample = 0;

    describe(`check, ${samples.lines} lines`, () => {
        bench('dpa check (cold) and the same content as YAML (js-yaml + ajv + references), interleaved', async () => {
            const number = sample++;
            const text = salted(generated, number);
            const parsed = converter.parser.LangiumParser.parse(text);
            if (parsed.lexerErrors.length + parsed.parserErrors.length > 0) throw new Error(`the generated agreement of ${size} lines does not parse`);
            const yamlText = toYaml(parsed.value, yaml.derived.tagged);
            const services = await freshServices();

            const checkDpa = async (): Promise<number> => {
                collectGarbage();
                const start = performance.now();
                const result = await checkText(services, text, `memory:///check-${size}-${number}.dpa`);
                const ms = performance.now() - start;
                if (result.diagnostics.length > 0 || !result.fullyChecked) {
                    throw new Error(`the generated agreement of ${size} lines has ${result.diagnostics.length} diagnostics: ${result.diagnostics[0]?.message}`);
                }
                return ms;
            };
            const checkYaml = (): number => {
                collectGarbage();
                const start = performance.now();
                const outcome = yaml.check(yamlText);
                const ms = performance.now() - start;
                if (!outcome.valid) throw new Error(`the YAML of ${size} lines does not pass: ${JSON.stringify(outcome.errors[0] ?? outcome.unresolved[0])}`);
                return ms;
            };
            // Alternate which of the two runs first, so that neither always runs in the other's wake.
            let dpaMs: number;
            let yamlMs: number;
            if (number % 2 === 0) {
                dpaMs = await checkDpa();
                yamlMs = checkYaml();
            } else {
                yamlMs = checkYaml();
                dpaMs = await checkDpa();
            }
            if (number < WARM_UP_SAMPLES) return;
            samples.dpa.push(dpaMs);
            samples.yaml.push(yamlMs);
            samples.yamlBytes = yamlText.length;
        }, { iterations: SAMPLES[size]! + WARM_UP_SAMPLES, time: 0, warmupIterations: 0, warmupTime: 0 });
    });
}

afterAll(() => {
    const rows: BenchRow[] = [];
    for (const { size, lines, dpa, yaml: baseline, yamlBytes } of measured) {
        if (dpa.length === 0) continue;
        const expected = expectedRow(`check.${size}`);
        const value = median(dpa);
        const base = median(baseline);
        rows.push({
            id: expected.id,
            what: `${expected.what} (generated agreement of ${lines} lines; median of ${dpa.length} cold checks, interleaved with the baseline)`,
            lines,
            value,
            unit: 'ms',
            baseline: { what: `the same content as YAML (${Math.round(yamlBytes / 1024)} KB): js-yaml load + ajv (schema derived from the grammar) + references resolved, median of ${baseline.length}`, value: base },
            ratio: value / base,
            target: expected.target
        });
    }
    const [, large, veryLarge] = measured;
    if (large && veryLarge && large.dpa.length > 0 && veryLarge.dpa.length > 0) {
        const expected = expectedRow('check.exponent');
        rows.push({
            id: expected.id,
            what: `${expected.what}: time ∝ lines^k of the medians at ${large.lines} and ${veryLarge.lines} lines`,
            value: growthExponent({ lines: large.lines, ms: median(large.dpa) }, { lines: veryLarge.lines, ms: median(veryLarge.dpa) }),
            unit: 'exponent',
            target: expected.target
        });
    }
    for (const row of record(rows)) {
        console.log(`${row.id}: ${row.value.toFixed(row.unit === 'exponent' ? 2 : 0)} ${row.unit}${row.ratio !== undefined ? ` = ×${row.ratio.toFixed(1)} the YAML baseline (${row.baseline!.value.toFixed(1)} ms)` : ''} → ${row.pass ? 'pass' : 'FAIL'}`);
    }
});

/**
 * Rows `check.<lines>` and `check.exponent` (bench/rows.json): checking a generated agreement
 * as the CLI does (parse + link + validate of a fresh document through `checkText`) against the
 * same content as YAML, parsed with js-yaml, validated with ajv against a JSON Schema derived
 * from the grammar and its references resolved (bench/yaml-baseline). Each round checks every
 * size, each next to its baseline, in orders that rotate; the rows hold the medians, and the
 * exponent is the median of the rounds' own exponents (a change of load between rounds cancels).
 *
 * Cold means cold: every check gets new language services (their lazy parts built and warmed
 * on a one-block agreement with other strings, outside the timing: building them is start-up,
 * measured elsewhere) and text no earlier check has seen (each string of the blocks gets a
 * number of its own per check), so no cache keyed by document or by content can answer from an
 * earlier check. The YAML of each check is converted from the same text outside the timing; the
 * ajv schema is compiled once. Garbage of the untimed work is collected before each timing.
 * vitest runs only the file's hooks in benchmark mode, so the rows are built in its afterAll.
 */
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { EmptyFileSystem } from 'langium';
import { afterAll, bench, describe } from 'vitest';
import { checkText, createDpaServices, type DpaServices } from '../packages/language/src/index.js';
import { generatedAgreement, salted, SIZES } from './agreements.js';
import { growthExponent, median, record, type BenchRow } from './results.js';
import { expectedRow } from './rows.js';
import { yamlBaseline } from './yaml-baseline/baseline.js';
import { toYaml } from './yaml-baseline/to-data.js';

setFlagsFromString('--expose-gc');
const collectGarbage = runInNewContext('gc') as () => void;

/** Rounds kept (a round checks every size once; a 20k check takes a second or more), after WARM_UP_ROUNDS that warm the JIT up. */
const ROUNDS = 9;
const WARM_UP_ROUNDS = 2;


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
    /** The size asked of generatedAgreement (a value of SIZES), its text and the lines it has. */
    readonly size: number;
    readonly generated: string;
    readonly lines: number;
    readonly dpa: number[];
    readonly yaml: number[];
    yamlBytes: number;
}
const measured: Samples[] = SIZES.map(size => {
    const generated = generatedAgreement(size);
    return { size, generated, lines: generated.split('\n').length, dpa: [], yaml: [], yamlBytes: 0 };
});

/** One cold dpa check of `samples`' agreement salted with `number` and one YAML check of the same content, in the order given. */
async function measurePair({ size, generated }: Samples, number: number, yamlFirst: boolean): Promise<{ dpaMs: number; yamlMs: number; yamlBytes: number }> {
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
    if (yamlFirst) {
        const yamlMs = checkYaml();
        return { dpaMs: await checkDpa(), yamlMs, yamlBytes: yamlText.length };
    }
    const dpaMs = await checkDpa();
    return { dpaMs, yamlMs: checkYaml(), yamlBytes: yamlText.length };
}

/** Exponents of the rounds kept: 5k → 20k from the same round, so that a change of the machine's load between rounds cancels out. */
const exponents: number[] = [];
let round = 0;

describe('check: every size, dpa and YAML, in each round', () => {
    // A round measures all sizes one after the other (in an order that rotates), each pair in an
    // order that alternates, so that the sizes and the baseline share the machine's moments.
    bench('a round: a cold dpa check and the YAML baseline at 500, 5k and 20k lines', async () => {
        const number = round++;
        const times = new Map<number, number>();
        for (let i = 0; i < measured.length; i++) {
            const index = (number + i) % measured.length;
            const samples = measured[index]!;
            const { dpaMs, yamlMs, yamlBytes } = await measurePair(samples, number * measured.length + index, (number + i) % 2 === 1);
            times.set(samples.size, dpaMs);
            if (number < WARM_UP_ROUNDS) continue;
            samples.dpa.push(dpaMs);
            samples.yaml.push(yamlMs);
            samples.yamlBytes = yamlBytes;
        }
        const [, large, veryLarge] = measured;
        if (number >= WARM_UP_ROUNDS && large && veryLarge) {
            exponents.push(growthExponent({ lines: large.lines, ms: times.get(large.size)! }, { lines: veryLarge.lines, ms: times.get(veryLarge.size)! }));
        }
    }, { iterations: ROUNDS + WARM_UP_ROUNDS, time: 0, warmupIterations: 0, warmupTime: 0 });
});

afterAll(() => {
    const rows: BenchRow[] = [];
    for (const { size, lines, dpa, yaml: baseline, yamlBytes } of measured) {
        if (dpa.length === 0) continue;
        const expected = expectedRow(`check.${size}`);
        const value = median(dpa);
        const base = median(baseline);
        rows.push({
            id: expected.id,
            what: `${expected.what} (generated agreement of ${lines} lines; median of ${dpa.length} cold checks, each next to its baseline, the sizes in rotating order)`,
            lines,
            value,
            unit: 'ms',
            baseline: { what: `the same content as YAML (${Math.round(yamlBytes / 1024)} KB): js-yaml load + ajv (schema derived from the grammar) + references resolved, median of ${baseline.length}`, value: base },
            ratio: value / base,
            target: expected.target
        });
    }
    const [, large, veryLarge] = measured;
    if (large && veryLarge && exponents.length > 0) {
        const expected = expectedRow('check.exponent');
        rows.push({
            id: expected.id,
            what: `${expected.what}: k in time ∝ lines^k between ${large.lines} and ${veryLarge.lines} lines, median over ${exponents.length} rounds (each from the two checks of one round)`,
            value: median(exponents),
            unit: 'exponent',
            target: expected.target
        });
    }
    for (const row of record(rows)) {
        console.log(`${row.id}: ${row.value.toFixed(row.unit === 'exponent' ? 2 : 0)} ${row.unit}${row.ratio !== undefined ? ` = ×${row.ratio.toFixed(1)} the YAML baseline (${row.baseline!.value.toFixed(1)} ms)` : ''} → ${row.pass ? 'pass' : 'FAIL'}`);
    }
});

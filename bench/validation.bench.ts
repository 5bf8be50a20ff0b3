/**
 * Rows `validate.cold.<lines>`, `validate.keystroke.<lines>` and `validate.exponent`: the
 * Validated phase of a build (`DocumentValidator.validateDocument`, timed inside
 * `DocumentBuilder.build` with `validation: true`) of a generated agreement, against
 * `LangiumParser.parse` of the same text in the same sample (the baseline; the ratio shows how
 * validation compares with parsing).
 *
 * - cold: text no earlier sample has seen (each string of the blocks gets the sample's number)
 *   and the text engine's caches emptied (`clearTextCaches`): nothing is reused;
 * - keystroke: right after the cold build, one character of one measure description in the
 *   middle of the document changes and the document is built again, as the language server does
 *   on an edit: only what depends on that string should be computed again.
 *
 * The targets are the shares of issue 12's budgets that validation may use, in ms: keystroke
 * 25 ms at 5,000 lines and 100 ms at 20,000, cold 100 ms at 5,000 (the other sizes scaled
 * linearly from 5,000 lines), and a growth exponent of the cold validation from 5,000 to 20,000
 * lines of at most 1.05. vitest runs only the file's hooks in benchmark mode, so the rows are
 * built in the file's afterAll. This file replaces bench/validation-baseline.bench.ts, whose
 * baseline (the commit before issue 10) predates issue 12's rows.
 *
 * Row `text-engine.exponent`: every pattern of the text engine (test/language/text-sweep.ts) on
 * its adversarial strings at two lengths; where the shorter one takes long enough to measure, the
 * growth exponent of its time (1: linear, 2: quadratic). The row is the largest exponent found
 * (1 when no pattern is slow enough to measure), each candidate above 1.3 measured again (median
 * of five): at most 1.5 passes.
 */
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { EmptyFileSystem, type LangiumDocument } from 'langium';
import { afterAll, bench, describe } from 'vitest';
import { URI } from 'vscode-uri';
import { checkText, createDpaServices } from '../packages/language/src/index.js';
import { clearTextCaches } from '../packages/language/src/validation/text/cache.js';
import { generatedAgreement, salted, SIZES } from './agreements.js';
import { allPatterns, chains, inputs, PROBE_CASES, timeAllMatches } from '../test/language/text-sweep.js';
import { growthExponent, median, record, type BenchRow } from './results.js';

setFlagsFromString('--expose-gc');
const collectGarbage = runInNewContext('gc') as () => void;

/** Samples kept per size, after WARM_UP_SAMPLES that warm the JIT up. */
const SAMPLES: Record<number, number> = { 500: 15, 5000: 9, 20000: 7 };
const WARM_UP_SAMPLES = 2;

/** The budgets at 5,000 lines (ms); other sizes scale linearly. */
const KEYSTROKE_AT_5K = 25;
const COLD_AT_5K = 100;
const EXPONENT_LIMIT = 1.05;


/** The text with one character of the measure description nearest its middle changed (a keystroke). */
function keystroke(text: string): string {
    const middle = text.indexOf('\n    measure ', text.length >> 1);
    const quote = text.indexOf('"', middle) + 1;
    if (middle < 0 || quote <= 0) throw new Error('bench/agreements.ts changed its layout: no measure in the second half');
    return `${text.slice(0, quote)}X${text.slice(quote + 1)}`;
}

const services = createDpaServices(EmptyFileSystem).Dpa;
const shared = services.shared;
let validating = 0;
const validator = services.validation.DocumentValidator;
const validateDocument = validator.validateDocument.bind(validator);
validator.validateDocument = async (...args: Parameters<typeof validateDocument>) => {
    const start = performance.now();
    try {
        return await validateDocument(...args);
    } finally {
        validating += performance.now() - start;
    }
};
await checkText(services, salted(generatedAgreement(1), -1), 'memory:///warm-up.dpa');

/** Builds `text` as the document at `uri` (replacing an earlier version) and returns the time of its Validated phase. */
async function validated(uri: URI, text: string): Promise<number> {
    if (shared.workspace.LangiumDocuments.hasDocument(uri)) await shared.workspace.DocumentBuilder.update([], [uri]);
    const document: LangiumDocument = shared.workspace.LangiumDocumentFactory.fromString(text, uri);
    shared.workspace.LangiumDocuments.addDocument(document);
    validating = 0;
    await shared.workspace.DocumentBuilder.build([document], { validation: true });
    const errors = document.diagnostics?.filter(d => d.severity === 1) ?? [];
    if (errors.length > 0) throw new Error(`the generated agreement has errors: ${errors[0]!.message}`);
    return validating;
}

interface Samples {
    readonly lines: number;
    readonly cold: number[];
    readonly keystroke: number[];
    readonly parse: number[];
}
const measured: Samples[] = [];

for (const size of SIZES) {
    const generated = generatedAgreement(size);
    const samples: Samples = { lines: generated.split('\n').length, cold: [], keystroke: [], parse: [] };
    measured.push(samples);
    let sample = 0;
    describe(`validation, ${samples.lines} lines`, () => {
        bench('Validated phase cold, then after a keystroke; LangiumParser.parse as the baseline', async () => {
            const number = sample++;
            const text = salted(generated, number);
            const uri = URI.parse(`memory:///validate-${size}.dpa`);
            collectGarbage();
            const parseStart = performance.now();
            services.parser.LangiumParser.parse(text);
            const parseMs = performance.now() - parseStart;
            clearTextCaches();
            collectGarbage();
            const coldMs = await validated(uri, text);
            collectGarbage();
            const keystrokeMs = await validated(uri, keystroke(text));
            await shared.workspace.DocumentBuilder.update([], [uri]);
            if (number < WARM_UP_SAMPLES) return;
            samples.parse.push(parseMs);
            samples.cold.push(coldMs);
            samples.keystroke.push(keystrokeMs);
        }, { iterations: SAMPLES[size]! + WARM_UP_SAMPLES, time: 0, warmupIterations: 0 });
    });
}

/**
 * The sweep's length, and the time below which a pattern is not measured further: a linear
 * pattern takes well under a millisecond on 20,000 characters, a quadratic one a hundred or more,
 * so only a pattern over MEASURABLE_MS is timed again at twice the length (a faster one is too
 * fast to say how its time grows, and its exponent would be noise).
 */
const SWEEP_LENGTH = 20_000;
const MEASURABLE_MS = 5;
const TEXT_ENGINE_LIMIT = 1.5;
let worst: { exponent: number; what: string } | undefined;
let sweptTextEngine = false;

/** The growth exponent of a pattern's time from `small` to `large` (same shape, twice as long), or undefined if too fast to tell. */
function exponentOf(regex: RegExp, small: string, large: string): number | undefined {
    const once = () => {
        const short = timeAllMatches(regex, small);
        return short < MEASURABLE_MS ? undefined : Math.log(timeAllMatches(regex, large) / short) / Math.log(large.length / small.length);
    };
    const first = once();
    if (first === undefined || first <= 1.3) return first;
    return median([first, ...Array.from({ length: 4 }, () => once() ?? first)]);
}

describe('text engine', () => {
    bench('every pattern on adversarial strings, growth of its time with the input', () => {
        const found = (exponent: number | undefined, what: string) => {
            if (exponent !== undefined && (!worst || exponent > worst.exponent)) worst = { exponent, what };
        };
        for (const subject of allPatterns()) {
            const shortInputs = [...inputs(subject.regex, SWEEP_LENGTH), ...chains(subject.regex, SWEEP_LENGTH)];
            const longInputs = [...inputs(subject.regex, 2 * SWEEP_LENGTH), ...chains(subject.regex, 2 * SWEEP_LENGTH)];
            shortInputs.forEach((input, i) => found(exponentOf(subject.regex, input, longInputs[i]!), `${subject.origin} on ${JSON.stringify(input.slice(0, 20))}…`));
        }
        for (const [name, regex, input] of PROBE_CASES) found(exponentOf(regex, input.slice(0, input.length >> 1), input), name);
        sweptTextEngine = true;
    }, { iterations: 1, time: 0, warmupIterations: 0 });
});

afterAll(() => {
    const rows: BenchRow[] = [];
    if (sweptTextEngine) {
        rows.push({
            id: 'text-engine.exponent',
            what: worst
                ? `largest growth exponent of a text-engine pattern on adversarial strings (${worst.what})`
                : `largest growth exponent of a text-engine pattern on adversarial strings: none takes ${MEASURABLE_MS} ms on ${SWEEP_LENGTH} characters (linear)`,
            value: round(worst?.exponent ?? 1),
            unit: 'exponent',
            target: { limit: TEXT_ENGINE_LIMIT, of: 'value' }
        });
    }
    const cold = new Map<number, number>();
    for (const [index, samples] of measured.entries()) {
        if (samples.cold.length === 0) continue;
        const size = SIZES[index]!;
        const parse = median(samples.parse);
        const baseline = { what: `LangiumParser.parse of the same text, ${samples.lines} lines`, value: round(parse) };
        const coldMs = median(samples.cold);
        const keystrokeMs = median(samples.keystroke);
        cold.set(size, coldMs);
        rows.push({
            id: `validate.cold.${size}`,
            what: `Validated phase, cold (new text, empty caches), ${samples.lines} lines`,
            lines: samples.lines,
            value: round(coldMs),
            unit: 'ms',
            baseline,
            ratio: round(coldMs / parse),
            target: { limit: round((COLD_AT_5K * size) / 5000), of: 'value' }
        }, {
            id: `validate.keystroke.${size}`,
            what: `Validated phase after a keystroke (one string changed), ${samples.lines} lines`,
            lines: samples.lines,
            value: round(keystrokeMs),
            unit: 'ms',
            baseline,
            ratio: round(keystrokeMs / parse),
            target: { limit: round((KEYSTROKE_AT_5K * size) / 5000), of: 'value' }
        });
    }
    const small = measured[SIZES.indexOf(5000)];
    const large = measured[SIZES.indexOf(20000)];
    if (small && large && cold.has(5000) && cold.has(20000)) {
        rows.push({
            id: 'validate.exponent',
            what: 'growth of the cold Validated phase with lines, 5,000 → 20,000 lines',
            value: round(growthExponent({ lines: small.lines, ms: cold.get(5000)! }, { lines: large.lines, ms: cold.get(20000)! })),
            unit: 'exponent',
            target: { limit: EXPONENT_LIMIT, of: 'value' }
        });
    }
    for (const row of record(rows)) {
        console.log(`${row.pass ? 'pass' : 'FAIL'} ${row.id}: ${row.value} ${row.unit}${row.ratio !== undefined ? ` (×${row.ratio} of parse)` : ''}, target ${row.target.of} ≤ ${row.target.limit}`);
    }
});

function round(value: number): number {
    return Math.round(value * 100) / 100;
}

import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import type { Measure } from '../../packages/language/src/generated/ast.js';
import measureData from '../../packages/language/src/data/measures.json';
import { descriptionWords, repeatedMeasures } from '../../packages/language/src/validation/rules/data/measures.js';

/**
 * DPA-R53's repeated measures are found through an index with prefix, length and positional
 * filters (measures.ts `repeatedMeasures`), which must find exactly what comparing every measure
 * with every earlier one finds: for each measure, the first earlier measure of its kind whose
 * description is at least `duplicates.similarity` similar.
 */
const THRESHOLD = measureData.unverifiable.duplicates.similarity;

function similarity(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
    if (a.size === 0 || b.size === 0) return 0;
    const common = [...a].filter(w => b.has(w)).length;
    return common / (a.size + b.size - common);
}

function pairwise(measures: readonly Measure[]): Map<Measure, Measure> {
    const words = measures.map(m => descriptionWords(m.description));
    const repeats = new Map<Measure, Measure>();
    measures.forEach((measure, i) => {
        const first = measures.findIndex((other, j) => j < i && other.kind === measure.kind && similarity(words[j]!, words[i]!) >= THRESHOLD);
        if (first >= 0) repeats.set(measure, measures[first]!);
    });
    return repeats;
}

/** Few words, synonyms and ignored words among them, so that many descriptions are alike. */
const WORDS = ['versleuteling', 'encryptie', 'back-up', 'backups', 'mfa', '2fa', 'tls', '1', '2', 'de', 'van', 'gegevens', 'omgeving', 'team', 'alpha', 'beta', 'gamma', 'delta', 'logging', 'dagelijks'];
const measureArb = fc.record({
    kind: fc.constantFrom('encryption', 'backup', 'mfa'),
    description: fc.option(fc.array(fc.constantFrom(...WORDS), { minLength: 0, maxLength: 9 }).map(w => w.join(' ')), { nil: undefined })
});

describe('repeated measures (DPA-R53)', () => {
    test('the index finds exactly the pairs the full comparison finds', () => {
        fc.assert(fc.property(fc.array(measureArb, { maxLength: 60 }), list => {
            const measures = list.map((m, i) => ({ ...m, name: `M${i}` }) as unknown as Measure);
            const found = repeatedMeasures(measures, () => undefined);
            const expected = pairwise(measures);
            expect([...found].map(([m, e]) => [m.name, e.name])).toEqual([...expected].map(([m, e]) => [m.name, e.name]));
        }), { numRuns: 500 });
    });
});

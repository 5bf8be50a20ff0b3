import { describe, expect, test } from 'vitest';
import { check, coveredText, readExample, withCode } from '../helpers.js';

/**
 * The defects the legal knowledge base lists for the two seed agreements (rules.md section 5),
 * as far as the implemented rules can see them in our encoding of the seeds. Each row: the
 * seed's defect number, the rule, the text the diagnostic must cover, and how many times.
 */
interface SeedDefect {
    readonly defect: string;
    readonly rule: string;
    readonly covered: string;
    readonly count: number;
}

const SEEDS: Record<string, readonly SeedDefect[]> = {
    'icteam-imaging-people.dpa': [
        { defect: '5.1 #10: Apple/iCloud, a US transfer without a Chapter V mechanism', rule: 'DPA-R21', covered: 'US', count: 1 },
        { defect: '5.1 #35: row 1 retention, statute not named', rule: 'DPA-R36', covered: 'or statutory if longer', count: 1 },
        { defect: '5.1 #36: rows 2-4 and 6-11 "gedurende de overeenkomst"', rule: 'DPA-R36', covered: 'agreement', count: 9 },
        { defect: '5.1 #3: the Wbp named as applicable law (art. 3.1)', rule: 'DPA-R02', covered: 'Wet bescherming persoonsgegevens', count: 1 }
    ],
    'itzz-template.dpa': [
        { defect: '5.2 #2: Wbp articles and the Wbp as governing law', rule: 'DPA-R02', covered: 'Wbp', count: 1 }
    ]
};

describe.each(Object.keys(SEEDS))('seed example %s', file => {
    const text = readExample(file);

    test.each(SEEDS[file]!.map(d => [d.defect, d] as const))('reports %s', async (_, defect) => {
        const result = await check(text);
        const covering = withCode(result, defect.rule).filter(d => coveredText(text, d) === defect.covered);
        expect(covering).toHaveLength(defect.count);
    });

    test('reports nothing the table does not explain', async () => {
        const result = await check(text);
        const explained = new Set(SEEDS[file]!.map(d => d.rule));
        expect(result.diagnostics.filter(d => !explained.has(String(d.code))).map(d => `${d.code} ${d.message}`)).toEqual([]);
    });
});

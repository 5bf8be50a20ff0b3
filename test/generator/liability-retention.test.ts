import { describe, expect, test } from 'vitest';
import { generateAgreement, type GenerateOptions } from '../../packages/generator/src/index.js';
import { minimalAgreement } from '../helpers.js';
import { agreementOf } from './helpers.js';

// Issue 11 (legal review 2026-11): liability that holds together and statutory
// retention periods as the duty of the party that bears them.

async function markdown(text: string, lang: GenerateOptions['lang']): Promise<string> {
    return generateAgreement(await agreementOf(text), { format: 'md', lang }).replace(/\s+/g, ' ');
}

function count(haystack: string, needle: RegExp): number {
    return haystack.match(new RegExp(needle.source, `${needle.flags.replace('g', '')}g`))?.length ?? 0;
}

/** The minimal agreement with `liability …` added before `termination`. */
function withLiability(liability: string): string {
    const text = minimalAgreement();
    const result = text.replace(/\n(\s*)termination /, `\n$1${liability}\n$1termination `);
    expect(result).not.toBe(text);
    return result;
}

describe('A-03/A-21: Art. 28(4) stated once, and not as a reason for lifting the cap', () => {
    for (const liability of ['liability cap 250000 EUR per year', 'liability cap 250000 EUR per year excluding indirect-damage', 'liability main-agreement']) {
        test(`${liability} (nl)`, async () => {
            const md = await markdown(withLiability(liability), 'nl');
            // Art. 28(4), last sentence: the processor answers for its sub-processors as for itself.
            expect(count(md, /volledig aansprakelijk/)).toBe(1);
            expect(md).toContain('hij staat daarvoor in als voor de nakoming van zijn eigen verplichtingen (artikel 28 lid 4 AVG)');
            // The cap is not tied to Art. 28(4): it says nothing of "not affecting" sub-processor liability.
            expect(md).not.toMatch(/doe[nt] daaraan niet af/);
        });

        test(`${liability} (en)`, async () => {
            const md = await markdown(withLiability(liability), 'en');
            expect(count(md, /fully liable/)).toBe(1);
            expect(md).toContain('it answers for them as for the performance of its own obligations (Article 28(4) GDPR)');
            expect(md).not.toMatch(/not affect this/);
        });
    }
});

describe('A-34: contractual default and infringement of the GDPR kept apart', () => {
    test('nl', async () => {
        const md = await markdown(withLiability('liability cap 250000 EUR per year'), 'nl');
        expect(md).toContain('een aan haar toerekenbare tekortkoming in de nakoming van deze verwerkersovereenkomst of van een schending van de AVG die haar kan worden toegerekend');
        expect(md).not.toContain('haar verplichtingen uit deze verwerkersovereenkomst of de AVG');
    });

    test('en', async () => {
        const md = await markdown(withLiability('liability cap 250000 EUR per year'), 'en');
        expect(md).toContain('a failure attributable to it (toerekenbare tekortkoming) in the performance of this data processing agreement, or from an infringement of the GDPR attributable to it');
    });
});

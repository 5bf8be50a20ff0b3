import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { getRule } from '../../packages/language/src/index.js';
import { check, coveredText, EXAMPLES, minimalAgreement, withCode } from '../helpers.js';

interface Case {
    readonly name: string;
    readonly text: string;
    /** The source text the diagnostic must cover. */
    readonly covered: string;
    /** A word the message must contain. */
    readonly message?: string;
}

const FIRES: Record<string, Case[]> = {
    'DPA-R01': [
        {
            name: 'a template field without value in a concrete agreement',
            text: minimalAgreement('parameter customer "Naam van de klant"\n    clause Extra "Extra" { text "Geleverd aan {{customer}}." }'),
            covered: '{{customer}}',
            message: 'customer'
        },
        {
            name: 'bracketed placeholder text',
            text: minimalAgreement('clause Extra "Extra" { text "Datum: [datum invullen]." }'),
            covered: '[datum invullen]'
        },
        {
            name: 'dotted placeholder text',
            text: minimalAgreement('clause Extra "Extra" { text "Overige gegevens, namelijk: ………" }'),
            covered: 'namelijk: ………'
        }
    ],
    'DPA-R02': [
        {
            name: 'the Wbp by its full name',
            text: minimalAgreement('clause Extra "Naleving" { text "De Verwerker leeft de Wet bescherming persoonsgegevens na." }'),
            covered: 'Wet bescherming persoonsgegevens'
        },
        {
            name: 'a Wbp article',
            text: minimalAgreement('clause Extra "Naleving" { text "Zoals bedoeld in artikel 14 lid 2 Wbp." }'),
            covered: 'artikel 14 lid 2 Wbp'
        }
    ],
    'DPA-R19': [
        {
            name: 'a processing activity without retention',
            text: minimalAgreement('', ''),
            covered: 'Hosting',
            message: 'Hosting'
        }
    ],
    'DPA-R21': [
        {
            name: 'a US location without mechanism',
            text: minimalAgreement('', 'retention 1 month\n        location US'),
            covered: 'US',
            message: 'United States'
        },
        {
            name: 'a sub-processor in the US on the controller\'s consent',
            text: minimalAgreement('subprocessor Cloud { name "Cloud Inc." service "Opslag" country US transfer controller-consent }'),
            covered: 'US'
        },
        {
            name: 'Curaçao, a look-alike of the Netherlands outside the EEA',
            text: minimalAgreement('subprocessor Backup { name "Backup N.V." service "Back-up" country CW }'),
            covered: 'CW'
        },
        {
            name: 'a repealed instrument (Privacy Shield)',
            text: minimalAgreement('', 'retention 1 month\n        location US transfer privacy-shield'),
            covered: 'US'
        }
    ],
    'DPA-R36': [
        {
            name: 'retention for the duration of the agreement with no end after it',
            text: minimalAgreement('', 'retention agreement'),
            covered: 'agreement'
        },
        {
            name: 'a statutory period without its statute',
            text: minimalAgreement('', 'retention agreement + 1 month or statutory if longer'),
            covered: 'or statutory if longer'
        }
    ]
};

describe.each(Object.keys(FIRES))('%s', code => {
    const rule = getRule(code);

    test.each(FIRES[code]!.map(c => [c.name, c] as const))('fires on %s', async (_, c) => {
        const result = await check(c.text);
        const found = withCode(result, code);
        expect(found, JSON.stringify(result.diagnostics.map(d => [d.code, d.message]))).toHaveLength(1);
        const d = found[0]!;
        expect(coveredText(c.text, d)).toBe(c.covered);
        expect(d.severity).toBe({ error: 1, warning: 2, info: 3 }[rule.severity]);
        expect(d.message).toContain(`(${rule.basis})`);
        if (c.message) expect(d.message).toContain(c.message);
        // Nothing else is wrong with these inputs.
        expect(result.diagnostics.filter(x => x.code !== code)).toEqual([]);
    });

    test('stays quiet on examples/complete.dpa', async () => {
        const result = await check(readFileSync(join(EXAMPLES, 'complete.dpa'), 'utf8'));
        expect(withCode(result, code)).toEqual([]);
    });

    test('stays quiet on the minimal clean agreement', async () => {
        const result = await check(minimalAgreement());
        expect(result.diagnostics).toEqual([]);
    });
});

describe('quiet cases', () => {
    test.each([
        ['a template field in a template agreement', `template ${minimalAgreement('parameter customer "Naam"\n    clause Extra "Extra" { text "Voor {{customer}}." }')}`],
        ['a template field with a default value', minimalAgreement('parameter customer "Naam" default "Klant B.V."\n    clause Extra "Extra" { text "Voor {{customer}}." }')],
        ['a US location with DPF certification', minimalAgreement('', 'retention 1 month\n        location US transfer dpf certified')],
        ['a US location with SCCs', minimalAgreement('', 'retention 1 month\n        location US transfer scc module 3 tia "TIA 2024-01"')],
        ['Switzerland, which has full adequacy', minimalAgreement('', 'retention 1 month\n        location CH')],
        ['Åland, part of the EEA with its own code', minimalAgreement('', 'retention 1 month\n        location AX')],
        ['retention for the agreement plus a deletion period', minimalAgreement('', 'retention agreement + 30 days')],
        ['a statutory period with its source', minimalAgreement('', 'retention 7 years statutory "art. 52 AWR"')],
        ['the AVG cited in clause text', minimalAgreement('clause Extra "Naleving" { text "De Verwerker leeft de AVG en de UAVG na." }')]
    ])('%s', async (_, text) => {
        const result = await check(text);
        expect(result.diagnostics.map(d => `${d.code} ${d.message}`)).toEqual([]);
    });
});

import { describe, expect, test } from 'vitest';
import { generateAgreement, registerRecords } from '../../packages/generator/src/index.js';
import { check, minimalAgreement } from '../helpers.js';

// The parameters of the standard `audit` and `termination` clauses and the retention of storage
// layers and data categories, as the generated agreement says them in Dutch and English.

function agreement(replacements: readonly (readonly [string, string])[]): string {
    let text = minimalAgreement();
    for (const [from, to] of replacements) {
        expect(text).toContain(from);
        text = text.replace(from, to);
    }
    return text;
}

const AUDIT_LINE = /\n\s*audit[^\n]*\n/;

function withAudit(audit: string): string {
    const text = minimalAgreement();
    expect(text).toMatch(AUDIT_LINE);
    return text.replace(AUDIT_LINE, `\n    ${audit}\n`);
}

async function markdown(text: string, lang: 'nl' | 'en'): Promise<string> {
    const result = await check(text);
    expect(result.agreement).toBeDefined();
    expect(result.diagnostics.filter(d => d.code === undefined).map(d => d.message)).toEqual([]);
    return generateAgreement(result.agreement!, { format: 'md', lang }).replace(/\s+/g, ' ');
}

/** The Markdown of `text` in `lang` says each of `present` and none of `absent`. */
async function says(text: string, lang: 'nl' | 'en', present: readonly string[], absent: readonly string[] = []): Promise<void> {
    const md = await markdown(text, lang);
    for (const phrase of present) expect(md).toContain(phrase);
    for (const phrase of absent) expect(md).not.toContain(phrase);
}

/** A clause with parameters, and what its text says (and must not say) in each language. */
interface ClauseCase {
    readonly name: string;
    readonly text: () => string;
    readonly nl: readonly string[];
    readonly en: readonly string[];
    readonly notNl?: readonly string[];
    readonly notEn?: readonly string[];
}

const termination = (clause: string) => () => agreement([['termination return-or-delete within 30 days', clause]]);

const CLAUSE_CASES: readonly ClauseCase[] = [
    {
        name: 'audit: information only, no audit promised',
        text: () => withAudit('audit every 1 year information-only notice 4 weeks evidence certificates, documentation instead costs controller'),
        nl: ['voorziet niet in audits of inspecties', 'naar eigen keuze aan een verzoek voldoen', 'actuele certificaten van de Verwerker',
            'kosten van het verstrekken van de informatie komen voor rekening van de Verwerkingsverantwoordelijke'],
        notNl: ['dat laat het recht op een audit onverlet'],
        en: ['does not provide for audits or inspections', 'at its own choice, meet a request'],
        notEn: ['Processor allows for and contributes to audits']
    },
    {
        name: 'audit: conditions, reasonable notice, on-site limit and costs unless the processor falls short',
        text: () => withAudit('audit every 1 year on-suspicion by controller-or-auditor notice reasonable on-site regulatory-need conditions office-hours, others-confidentiality evidence subprocessor-certificates costs controller-unless-fault'),
        nl: ['een redelijke termijn vooraf schriftelijk aan', 'tijdens de gebruikelijke kantooruren', 'vertrouwelijkheid van de gegevens van andere klanten',
            'alleen plaats wanneer de Verwerkingsverantwoordelijke met documenten aantoont', 'certificaten of auditrapporten van zijn Subverwerkers',
            'dat laat het recht op een audit onverlet', 'dan komen zij voor rekening van de Verwerker'],
        en: ['a reasonable time in advance', 'during the normal office hours of the Processor', 'in that case they are borne by the Processor']
    },
    {
        name: 'audit: without the new parameters the clause says what it said',
        text: () => minimalAgreement(),
        nl: ['een recent certificaat of een verklaring van een onafhankelijke deskundige'],
        notNl: ['kantooruren', 'voor rekening van de Verwerkingsverantwoordelijke'],
        en: ['a recent certificate or a statement by an independent expert']
    },
    {
        name: 'termination: export window, choice before the end, confirmation on request, costs',
        text: termination('termination return-or-delete within 60 days certificate on-request export 30 days choice-before-end costs controller'),
        nl: ['vóór het einde van de dienstverlening kenbaar',
            'Gedurende 30 kalenderdagen na het einde van de dienstverlening kan de Verwerkingsverantwoordelijke de Persoonsgegevens exporteren',
            'Op verzoek van de Verwerkingsverantwoordelijke bevestigt de Verwerker de verwijdering',
            'kosten van het teruggeven of verwijderen van de Persoonsgegevens komen voor rekening van de Verwerkingsverantwoordelijke'],
        en: ['before the end of the provision of services, the Processor deletes', 'the Controller may export the Personal Data',
            'At the request of the Controller, the Processor confirms the deletion']
    },
    {
        name: 'termination: only on request and as far as possible, said, and no deletion by default',
        text: termination('termination return-or-delete only on-request as-far-as-possible export 30 days indicative'),
        nl: ['alleen op verzoek van de Verwerkingsverantwoordelijke', 'voor zover dat mogelijk is', '(een indicatieve termijn)'],
        notNl: ['tijdig kenbaar'],
        en: ['only at the request of the Controller', 'as far as this is possible', '(a period given as an indication)']
    }
];

describe('audit and termination parameters', () => {
    for (const c of CLAUSE_CASES) {
        test(c.name, async () => {
            const text = c.text();
            await says(text, 'nl', c.nl, c.notNl);
            await says(text, 'en', c.en, c.notEn);
        });
    }
});

describe('retention of storage layers and data categories', () => {
    const text = agreement([
        ['        retention 1 month\n', '        retention 30 days from "de datum van het gesprek" controller-chosen\n        retention of backups "Plesk" 6 months unpurgeable\n        retention of logs none\n        retention of Contact after-use\n']
    ]);

    test('Bijlage 1 shows each term, in both languages', async () => {
        await says(text, 'nl', [
            '30 kalenderdagen, te rekenen vanaf de datum van het gesprek, tenzij de Verwerkingsverantwoordelijke een andere termijn bepaalt',
            'Back-ups (Plesk): zes maanden; afzonderlijke persoonsgegevens kunnen niet uit deze kopieën worden verwijderd',
            'Logbestanden: Geen: hiervan wordt geen kopie bewaard',
            'Contactgegevens: Direct na gebruik verwijderd'
        ]);
        await says(text, 'en', [
            '30 calendar days, counted from de datum van het gesprek, unless the Controller sets another period',
            'Logs: None: no copy of these data is kept'
        ]);
    });

    test('the register gives the layers too', async () => {
        const result = await check(text);
        const records = registerRecords(result.agreement!, { lang: "en" });
        expect(records[0]!.retention).toContain('back-ups (Plesk): six months');
        expect(records[0]!.retention).toContain('logs: none kept');
    });

    test('a statutory period that is the controller\'s duty says so', async () => {
        const statutory = agreement([['        retention 1 month\n', '        retention 7 years statutory "art. 52 AWR" duty controller\n']]);
        expect(await markdown(statutory, 'nl')).toContain('wettelijke bewaarplicht van de Verwerkingsverantwoordelijke, art. 52 AWR');
        expect(await markdown(statutory, 'en')).toContain('statutory retention duty of the Controller, art. 52 AWR');
    });
});

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

describe('audit parameters', () => {
    test('information only: no audit promised, in both languages', async () => {
        const text = withAudit('audit every 1 year information-only notice 4 weeks evidence certificates, documentation instead costs controller');
        const nl = await markdown(text, 'nl');
        expect(nl).toContain('voorziet niet in audits of inspecties');
        expect(nl).toContain('naar eigen keuze aan een verzoek voldoen');
        expect(nl).toContain('actuele certificaten van de Verwerker');
        expect(nl).not.toContain('dat laat het recht op een audit onverlet');
        expect(nl).toContain('kosten van het verstrekken van de informatie komen voor rekening van de Verwerkingsverantwoordelijke');
        const en = await markdown(text, 'en');
        expect(en).toContain('does not provide for audits or inspections');
        expect(en).toContain('at its own choice, meet a request');
        expect(en).not.toContain('Processor allows for and contributes to audits');
    });

    test('conditions, reasonable notice, on-site limit and costs unless the processor falls short', async () => {
        const text = withAudit('audit every 1 year on-suspicion by controller-or-auditor notice reasonable on-site regulatory-need conditions office-hours, others-confidentiality evidence subprocessor-certificates costs controller-unless-fault');
        const nl = await markdown(text, 'nl');
        expect(nl).toContain('een redelijke termijn vooraf schriftelijk aan');
        expect(nl).toContain('tijdens de gebruikelijke kantooruren');
        expect(nl).toContain('vertrouwelijkheid van de gegevens van andere klanten');
        expect(nl).toContain('alleen plaats wanneer de Verwerkingsverantwoordelijke met documenten aantoont');
        expect(nl).toContain('certificaten of auditrapporten van zijn Subverwerkers');
        expect(nl).toContain('dat laat het recht op een audit onverlet');
        expect(nl).toContain('dan komen zij voor rekening van de Verwerker');
        const en = await markdown(text, 'en');
        expect(en).toContain('a reasonable time in advance');
        expect(en).toContain('during the normal office hours of the Processor');
        expect(en).toContain('in that case they are borne by the Processor');
    });

    test('without the new parameters the clause says what it said', async () => {
        const nl = await markdown(minimalAgreement(), 'nl');
        expect(nl).toContain('een recent certificaat of een verklaring van een onafhankelijke deskundige');
        expect(nl).not.toContain('kantooruren');
        expect(nl).not.toContain('voor rekening van de Verwerkingsverantwoordelijke');
    });
});

describe('termination parameters', () => {
    test('export window, choice before the end, confirmation on request, costs', async () => {
        const text = agreement([['termination return-or-delete within 30 days', 'termination return-or-delete within 60 days certificate on-request export 30 days choice-before-end costs controller']]);
        const nl = await markdown(text, 'nl');
        expect(nl).toContain('vóór het einde van de dienstverlening kenbaar');
        expect(nl).toContain('Gedurende 30 dagen na het einde van de dienstverlening kan de Verwerkingsverantwoordelijke de Persoonsgegevens exporteren');
        expect(nl).toContain('Op verzoek van de Verwerkingsverantwoordelijke bevestigt de Verwerker de verwijdering');
        expect(nl).toContain('kosten van het teruggeven of verwijderen van de Persoonsgegevens komen voor rekening van de Verwerkingsverantwoordelijke');
        const en = await markdown(text, 'en');
        expect(en).toContain('before the end of the provision of services, the Processor deletes');
        expect(en).toContain('the Controller may export the Personal Data');
        expect(en).toContain('At the request of the Controller, the Processor confirms the deletion');
    });

    test('only on request and as far as possible: said, and no deletion by default', async () => {
        const text = agreement([['termination return-or-delete within 30 days', 'termination return-or-delete only on-request as-far-as-possible export 30 days indicative']]);
        const nl = await markdown(text, 'nl');
        expect(nl).toContain('alleen op verzoek van de Verwerkingsverantwoordelijke');
        expect(nl).toContain('voor zover dat mogelijk is');
        expect(nl).toContain('(een indicatieve termijn)');
        expect(nl).not.toContain('tijdig kenbaar');
        const en = await markdown(text, 'en');
        expect(en).toContain('only at the request of the Controller');
        expect(en).toContain('as far as this is possible');
        expect(en).toContain('(a period given as an indication)');
    });
});

describe('retention of storage layers and data categories', () => {
    const text = agreement([
        ['        retention 1 month\n', '        retention 30 days from "de datum van het gesprek" controller-chosen\n        retention of backups "Plesk" 6 months unpurgeable\n        retention of logs none\n        retention of Contact after-use\n']
    ]);

    test('Bijlage 1 shows each term, in both languages', async () => {
        const nl = await markdown(text, 'nl');
        expect(nl).toContain('30 dagen, te rekenen vanaf de datum van het gesprek, tenzij de Verwerkingsverantwoordelijke een andere termijn bepaalt');
        expect(nl).toContain('Back-ups (Plesk): 6 maanden; afzonderlijke persoonsgegevens kunnen niet uit deze kopieën worden verwijderd');
        expect(nl).toContain('Logbestanden: Geen: hiervan wordt geen kopie bewaard');
        expect(nl).toContain('Contactgegevens: Direct na gebruik verwijderd');
        const en = await markdown(text, 'en');
        expect(en).toContain('30 days, counted from de datum van het gesprek, unless the Controller sets another period');
        expect(en).toContain('Logs: None: no copy of these data is kept');
    });

    test('the register gives the layers too', async () => {
        const result = await check(text);
        const records = registerRecords(result.agreement!, { lang: "en" });
        expect(records[0]!.retention).toContain('back-ups (Plesk): 6 months');
        expect(records[0]!.retention).toContain('logs: none kept');
    });

    test('a statutory period that is the controller\'s duty says so', async () => {
        const statutory = agreement([['        retention 1 month\n', '        retention 7 years statutory "art. 52 AWR" duty controller\n']]);
        expect(await markdown(statutory, 'nl')).toContain('wettelijke bewaartermijn van de Verwerkingsverantwoordelijke, art. 52 AWR');
        expect(await markdown(statutory, 'en')).toContain('statutory retention period of the Controller, art. 52 AWR');
    });
});

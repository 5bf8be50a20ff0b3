import { beforeAll, describe, expect, test } from 'vitest';
import { generateAgreement } from '../../packages/generator/src/index.js';
import { registerRecords } from '../../packages/generator/src/register.js';
import type { Agreement } from '../../packages/language/src/index.js';
import { check, minimalAgreement } from '../helpers.js';

// Issue 11 (legal review 2026-11), A-01, A-25, A-33, B-05: who receives the data where.
// A processor established in the EEA that processes at a place outside the EEA itself makes no
// transfer (EDPB Guidelines 05/2021: Chapter V needs an exporter and an importer that are
// different parties); only named recipients are listed as transfers, in the text and the register.

const SUB = `
    subprocessor Tickets {
        name "Tickets Inc."
        service "Ticketsysteem"
        country US
        transfer dpf certified
    }`;

/** A processor in Amsterdam with its own place in India (SCCs recorded) and a US sub-processor. */
const OWN = minimalAgreement(SUB, 'retention 1 month\n        location NL, IN transfer scc module 2 tia "TIA 2025-01"\n        subprocessors Tickets');

/** The review's case: the processor's own location in the US under the DPF (an error). */
const DPF_ON_OWN = minimalAgreement(SUB, 'retention 1 month\n        location NL, US transfer dpf certified\n        subprocessors Tickets');

let own: Agreement;
let dpfOnOwn: Agreement;
beforeAll(async () => {
    own = (await check(OWN)).agreement!;
    dpfOnOwn = (await check(DPF_ON_OWN)).agreement!;
});

describe('A-01: no transfer by the processor to itself', () => {
    test('Dutch: the processor is no recipient; its own place abroad is listed apart, as no transfer', () => {
        const md = generateAgreement(dpfOnOwn, { format: 'md', lang: 'nl' });
        expect(md).not.toMatch(/- Leverancier B\.V\. \(/u);
        expect(md).toContain('- Tickets Inc. (Verenigde Staten): adequaatheidsbesluit EU-VS Data Privacy Framework');
        expect(md).toContain('De Verwerker verwerkt de Persoonsgegevens ook zelf op de volgende plaatsen buiten de EER:');
        expect(md).toContain('geen doorgifte in de zin van hoofdstuk V AVG');
    });

    test('English: the same', () => {
        const md = generateAgreement(dpfOnOwn, { format: 'md', lang: 'en' });
        expect(md).not.toMatch(/- Leverancier B\.V\. \(/u);
        expect(md).toContain('- Tickets Inc. (United States): adequacy decision on the EU-US Data Privacy Framework');
        expect(md).toContain('The Processor itself also processes the Personal Data at the following places outside the EEA:');
        expect(md).toContain('is not a transfer within the meaning of Chapter V GDPR');
    });

    test('a mechanism recorded for the own place applies only where the data reach another entity there', () => {
        const nl = generateAgreement(own, { format: 'md', lang: 'nl' });
        expect(nl).toContain('- India; voor zover de Persoonsgegevens daar een andere entiteit bereiken, geschiedt dat op grond van: standaardcontractbepalingen (Uitvoeringsbesluit (EU) 2021/914), module 2; doorgiftetoetsing: TIA 2025-01');
        const en = generateAgreement(own, { format: 'md', lang: 'en' });
        expect(en).toContain('- India; insofar as the Personal Data reach another entity there, this takes place on the basis of: standard contractual clauses (Implementing Decision (EU) 2021/914), module 2; transfer impact assessment: TIA 2025-01');
    });

    test('the register lists the sub-processor as recipient, the own place only under locations', () => {
        for (const agreement of [own, dpfOnOwn]) {
            const [record] = registerRecords(agreement);
            expect(record!.transfers.map(t => `${t.recipientRole} ${t.recipient} ${t.country}`)).toEqual(['subprocessor Tickets Inc. US']);
            expect(record!.locations.filter(code => code !== 'NL')).toHaveLength(1);
        }
    });

    test('the validator: `dpf` on a location of a processor in the EEA is an error (DPA-R22)', async () => {
        const result = await check(DPF_ON_OWN);
        const r22 = result.diagnostics.filter(d => d.code === 'DPA-R22');
        expect(r22.map(d => d.severity)).toEqual([1]);
        expect(r22[0]!.message).toContain('Leverancier B.V. is established in the EEA and cannot be certified under the EU-US Data Privacy Framework');
    });
});

describe('A-33, A-25, B-05: the wording of the transfers article', () => {
    test('Dutch: the DPF as an adequacy decision with its full citation, applying because the recipient is certified', () => {
        const md = generateAgreement(own, { format: 'md', lang: 'nl' });
        expect(md).toContain('adequaatheidsbesluit EU-VS Data Privacy Framework (art. 45 AVG; Uitvoeringsbesluit (EU) 2023/1795 van de Commissie van 10 juli 2023); Tickets Inc. is onder dat kader gecertificeerd');
        expect(md).not.toContain('Besluit (EU) 2023/1795)');
    });

    test('Bijlage 3: the DPF cell states the recipient\'s certification (nl, en)', () => {
        expect(generateAgreement(own, { format: 'md', lang: 'nl' })).toContain('| Tickets Inc. | Ticketsysteem | Verenigde Staten | adequaatheidsbesluit EU-VS Data Privacy Framework (art. 45 AVG; Uitvoeringsbesluit (EU) 2023/1795 van de Commissie van 10 juli 2023); de ontvanger is daaronder gecertificeerd |');
        expect(generateAgreement(own, { format: 'md', lang: 'en' })).toContain('| Tickets Inc. | Ticketsysteem | United States | adequacy decision on the EU-US Data Privacy Framework (Art. 45 GDPR; Commission Implementing Decision (EU) 2023/1795 of 10 July 2023); the recipient is certified under it |');
    });

    test('English: the same', () => {
        const md = generateAgreement(own, { format: 'md', lang: 'en' });
        expect(md).toContain('adequacy decision on the EU-US Data Privacy Framework (Art. 45 GDPR; Commission Implementing Decision (EU) 2023/1795 of 10 July 2023); Tickets Inc. is certified under that framework');
    });

    test('Dutch: no stray negation; Art. 46 safeguards only with enforceable rights and remedies; the assessment recorded (A-25)', () => {
        const md = generateAgreement(own, { format: 'md', lang: 'nl' });
        expect(md).not.toContain('niet in de weg staan');
        expect(md).not.toContain('voldoet in het bijzonder');
        expect(md).toContain('Passende waarborgen volstaan alleen als de betrokkenen daarbij over afdwingbare rechten en doeltreffende rechtsmiddelen beschikken (artikel 46 lid 1 AVG).');
        expect(md).toContain('hij legt die beoordeling schriftelijk vast, stelt haar op verzoek ter beschikking aan de Verwerkingsverantwoordelijke');
    });

    test('English: the same, and "each relying on the transfer mechanism stated below" (B-05)', () => {
        const md = generateAgreement(own, { format: 'md', lang: 'en' });
        expect(md).toContain('Appropriate safeguards suffice only where enforceable data subject rights and effective legal remedies for data subjects are available (Article 46(1) GDPR).');
        expect(md).toContain('it records that assessment in writing, makes it available to the Controller on request');
        expect(md).toContain('each relying on the transfer mechanism stated below:');
        expect(md).not.toContain('recorded for it');
    });
});

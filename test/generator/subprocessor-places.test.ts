import { beforeAll, describe, expect, test } from 'vitest';
import { generateAgreement } from '../../packages/generator/src/index.js';
import { registerRecords } from '../../packages/generator/src/register.js';
import type { Agreement } from '../../packages/language/src/index.js';
import { check, minimalAgreement } from '../helpers.js';

// The generated text for sub-processors that state their seat and places apart, several
// mechanisms and a contract status: Bijlage 3 and the transfers article, in Dutch and English,
// and the register.

const TEXT = minimalAgreement(`
    subprocessor Mail {
        name "Mail Inc."
        service "E-mail"
        seat US
        location EU, US
        transfer dpf certified
        transfer scc module 3
        contract signed
    }
    subprocessor Crm { name "Crm AB" service "CRM" seat SE location EEA contract pending }
    subprocessor Chat { name "Chat Ltd" service "Chat" location unknown }`, 'retention 1 month\n        subprocessors Mail, Crm, Chat');

let agreement: Agreement;
beforeAll(async () => {
    const result = await check(TEXT);
    expect(result.agreement).toBeDefined();
    agreement = result.agreement!;
});

describe('Bijlage 3 with seats and places', () => {
    test('Dutch: seat, places, the mechanisms (the fallback marked) and the contract status per recipient', () => {
        const md = generateAgreement(agreement, { format: 'md', lang: 'nl' });
        expect(md).toContain('| Subverwerker | Dienst | Vestigingsplaats | Plaats(en) van verwerking | Doorgiftegrondslag | Overeenkomst |');
        expect(md).toContain('| Mail Inc. | E-mail | Verenigde Staten | de EU, Verenigde Staten | adequaatheidsbesluit EU-VS Data Privacy Framework (art. 45 AVG; Uitvoeringsbesluit (EU) 2023/1795 van de Commissie van 10 juli 2023); de ontvanger is daaronder gecertificeerd; standaardcontractbepalingen (Uitvoeringsbesluit (EU) 2021/914), module 3 (als terugvaloptie) | gesloten |');
        expect(md).toContain('| Crm AB | CRM | Zweden | de EER | — | nog niet gesloten |');
        expect(md).toContain('| Chat Ltd | Chat | — | nog vast te stellen | — | — |');
    });

    test('English: the same columns and values', () => {
        const md = generateAgreement(agreement, { format: 'md', lang: 'en' });
        expect(md).toContain('| Sub-processor | Service | Seat | Place(s) of processing | Transfer mechanism | Agreement |');
        expect(md).toContain('| Crm AB | CRM | Sweden | the EEA | — | not yet concluded |');
        expect(md).toContain('| Chat Ltd | Chat | — | to be verified | — | — |');
    });

    test('the short form keeps the four columns', async () => {
        const short = await check(minimalAgreement('subprocessor Cloud { name "Cloud Inc." service "Opslag" country US transfer dpf certified }'));
        const md = generateAgreement(short.agreement!, { format: 'md', lang: 'nl' });
        expect(md).toContain('| Subverwerker | Dienst | Land | Doorgiftegrondslag |');
    });
});

describe('the transfers article says who receives the data where', () => {
    test('Dutch', () => {
        const md = generateAgreement(agreement, { format: 'md', lang: 'nl' });
        expect(md).toContain('- Mail Inc. (vestigingsplaats en plaats van verwerking: Verenigde Staten): adequaatheidsbesluit EU-VS Data Privacy Framework (art. 45 AVG; Uitvoeringsbesluit (EU) 2023/1795 van de Commissie van 10 juli 2023); Mail Inc. is onder dat kader gecertificeerd; als terugvaloptie: standaardcontractbepalingen (Uitvoeringsbesluit (EU) 2021/914), module 3');
        expect(md).not.toContain('- Crm AB');
    });

    test('English', () => {
        const md = generateAgreement(agreement, { format: 'md', lang: 'en' });
        expect(md).toContain('- Mail Inc. (seat and place of processing: United States): adequacy decision on the EU-US Data Privacy Framework (Art. 45 GDPR; Commission Implementing Decision (EU) 2023/1795 of 10 July 2023); Mail Inc. is certified under that framework; as a fallback: standard contractual clauses (Implementing Decision (EU) 2021/914), module 3');
    });
});

describe('the register', () => {
    test('a seat and places outside the EEA are transfers; the EEA and the EU are not; unknown stays to verify', () => {
        const transfers = registerRecords(agreement, { lang: 'en' })[0]!.transfers;
        expect(transfers.map(t => [t.country, t.recipient, t.mechanism, t.status])).toEqual([
            ['US', 'Mail Inc.', 'dpf', 'partial'],
            ['unknown', 'Chat Ltd', undefined, 'unknown']
        ]);
    });
});

import { beforeAll, describe, expect, test } from 'vitest';
import { generateAgreement, generateAgreementFile } from '../../packages/generator/src/index.js';
import type { Agreement } from '../../packages/language/src/index.js';
import { minimalAgreement, readExample } from '../helpers.js';
import { docxText } from './docx-text.js';
import { agreementOf } from './helpers.js';

// Issue 11 (legal review 2026-11), round 2: the safeguards that come with transfers outside the
// EEA. A-12: a recipient under the EU-US Data Privacy Framework (Implementing Decision (EU)
// 2023/1795) is checked on the DPF list before the first transfer and periodically, a lapse is
// reported, and the transfer falls back on the SCCs (Decision 2021/914, module 3 for a
// sub-processor) after a transfer impact assessment, or is suspended; a recipient's `data` keeps
// other data (BSN, health data) out of it. A-11: requests of third countries' authorities
// (SCC 2021/914 clause 15; Art. 48 AVG).

let complete: Agreement;
let nl: string;
let en: string;
beforeAll(async () => {
    complete = await agreementOf(readExample('complete.dpa'));
    nl = generateAgreement(complete, { format: 'md', lang: 'nl' });
    en = generateAgreement(complete, { format: 'md', lang: 'en' });
});

describe('A-12: DPF certification stated, monitored, with a fallback', () => {
    test('Dutch: certified, checked before the first transfer and periodically, lapse reported, SCC module 3 or suspension', () => {
        expect(nl).toContain('Ticketflow Inc. is onder dat kader gecertificeerd');
        expect(nl).toContain('Voor de doorgiften aan Ticketflow Inc. en Mailhuis Inc. op grond van het EU-VS Data Privacy Framework gaat de Verwerker vóór de eerste doorgifte en daarna periodiek na of de ontvanger op de lijst van het Amerikaanse ministerie van Handel (Data Privacy Framework List) als actief gecertificeerd staat vermeld');
        expect(nl).toContain('stelt de Verwerkingsverantwoordelijke onverwijld in kennis wanneer die certificering vervalt of wordt ingetrokken, of wanneer Uitvoeringsbesluit (EU) 2023/1795 ophoudt te gelden');
        expect(nl).toContain('alleen nog door op grond van de standaardcontractbepalingen van Uitvoeringsbesluit (EU) 2021/914 (module 3)');
        expect(nl).toContain('schort hij de doorgifte op');
        // The pending appeal belongs in the docs, not in the agreement.
        expect(nl).not.toContain('C-703/25');
    });

    test('English: the same', () => {
        expect(en).toContain('Ticketflow Inc. is certified under that framework');
        expect(en).toContain('For the transfers to Ticketflow Inc. and Mailhuis Inc. on the basis of the EU-US Data Privacy Framework, the Processor verifies, before the first transfer and periodically thereafter, that the recipient is listed as actively certified');
        expect(en).toContain('informs the Controller without undue delay when that certification lapses or is withdrawn, or when Implementing Decision (EU) 2023/1795 ceases to apply');
        expect(en).toContain('clauses of Implementing Decision (EU) 2021/914 (module 3)');
        expect(en).toContain('it suspends the transfer');
        expect(en).not.toContain('C-703/25');
    });

    test('the processor established outside the EEA under the DPF falls back on module 2', async () => {
        const text = minimalAgreement('', 'retention 1 month\n        location US transfer dpf certified')
            .replace('address "Damrak 2" postcode "1012 LG" city "Amsterdam"', 'address "1 Main Street" postcode "10001" city "New York" country US');
        const md = generateAgreement(await agreementOf(text), { format: 'md', lang: 'nl' });
        expect(md).toContain('van Uitvoeringsbesluit (EU) 2021/914 (module 2)');
    });

    test('no DPF paragraph without a DPF recipient', async () => {
        const sub = 'subprocessor Tickets { name "Tickets Ltd" service "Tickets" country IN transfer scc module 3 tia "TIA 2025" }';
        const md = generateAgreement(await agreementOf(minimalAgreement(sub)), { format: 'md', lang: 'nl' });
        expect(md).not.toContain('Data Privacy Framework List');
    });
});

describe('A-12: data minimisation for a recipient outside the EEA (`data` of the sub-processor)', () => {
    test('Dutch and English: only the listed data; no BSN or special-category data, not even as free text', () => {
        expect(nl).toContain('Aan Ticketflow Inc. geeft de Verwerker uitsluitend de volgende Persoonsgegevens door: Contactgegevens (e-mailadres, telefoonnummer).');
        expect(nl).toContain('De Verwerker treft passende maatregelen opdat bijzondere categorieën van persoonsgegevens en het burgerservicenummer niet aan Ticketflow Inc. worden doorgegeven, ook niet als vrije tekst in een bericht of bestand.');
        expect(en).toContain('The Processor transfers only the following Personal Data to Ticketflow Inc.: Contactgegevens (e-mailadres, telefoonnummer).');
        expect(en).toContain('special categories of personal data and the citizen service number (BSN) are not transferred to Ticketflow Inc., including as free text in a message or file.');
    });
});

describe('A-11: requests of public authorities of third countries (Art. 48 AVG)', () => {
    test('Dutch: notice unless prohibited, challenge, minimal disclosure, records, flow-down, Art. 48', () => {
        expect(nl).toContain('Ontvangt de Verwerker van een overheidsinstantie van een land buiten de EER, waaronder een rechterlijke instantie, een verzoek of bevel om Persoonsgegevens te verstrekken');
        expect(nl).toContain('- stelt hij de Verwerkingsverantwoordelijke daarvan onverwijld in kennis, tenzij het recht dat op het verzoek van toepassing is dat verbiedt;');
        expect(nl).toContain('- beoordeelt hij of het verzoek rechtmatig is, en komt hij er, zo nodig in rechte, tegen op');
        expect(nl).toContain('- verstrekt hij niet meer Persoonsgegevens dan volgens een redelijke uitleg van het verzoek strikt noodzakelijk is;');
        expect(nl).toContain('- legt hij het verzoek, zijn beoordeling en zijn antwoord schriftelijk vast');
        expect(nl).toContain('De Verwerker legt dezelfde verplichtingen op aan iedere Subverwerker die Persoonsgegevens buiten de EER verwerkt.');
        expect(nl).toContain('tussen dat land en de Europese Unie of een lidstaat van kracht is, zoals een verdrag inzake wederzijdse rechtshulp, onverminderd de andere gronden voor doorgifte van hoofdstuk V AVG (artikel 48 AVG).');
    });

    test('English: the same', () => {
        expect(en).toContain('Where the Processor receives from a public authority of a country outside the EEA, including a judicial authority, a request or order to disclose Personal Data');
        expect(en).toContain('- informs the Controller without undue delay, unless the law applicable to the request prohibits this;');
        expect(en).toContain('- assesses whether the request is lawful and challenges it');
        expect(en).toContain('- discloses no more Personal Data than is strictly necessary on a reasonable interpretation of the request;');
        expect(en).toContain('- records the request, its assessment and its response in writing');
        expect(en).toContain('The Processor imposes the same obligations on each Sub-processor that processes Personal Data outside the EEA.');
        expect(en).toContain('(Article 48 GDPR).');
    });

    test('Word: the clause and its list reach document.xml', async () => {
        const word = docxText(await generateAgreementFile(complete, { format: 'docx', lang: 'nl' }));
        expect(word).toContain('stelt hij de Verwerkingsverantwoordelijke daarvan onverwijld in kennis');
        expect(word).toContain('(artikel 48 AVG)');
        expect(word).toContain('Data Privacy Framework List');
    });

    test('on with the processor\'s own place abroad too; off when nothing leaves the EEA', async () => {
        const own = minimalAgreement('', 'retention 1 month\n        location NL, IN');
        expect(generateAgreement(await agreementOf(own), { format: 'md', lang: 'nl' })).toContain('(artikel 48 AVG)');
        const home = generateAgreement(await agreementOf(minimalAgreement()), { format: 'md', lang: 'en' });
        expect(home).not.toContain('Article 48 GDPR');
    });
});

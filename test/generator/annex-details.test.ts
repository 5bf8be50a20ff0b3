import { beforeAll, describe, expect, test } from 'vitest';
import { generateAgreement } from '../../packages/generator/src/index.js';
import type { Agreement } from '../../packages/language/src/index.js';
import { check, minimalAgreement } from '../helpers.js';

// The generated annexes for what is processed and by whom: conditional and incidental data,
// vulnerable subjects, profiling, exclusions with their scope (Bijlage 1); several kinds, a
// standard followed or a certificate held, planned measures, the review policy (Bijlage 2);
// sub-sub-processors, parents, conditions, data and promises per recipient, and recipients that
// are not sub-processors (Bijlage 3), in Dutch and English.

const TEXT = minimalAgreement(`
    excludes special, "IBAN"
    excludes "volledige kaartnummers" not-stored
    excludes bsn, "geboortedatum" advised
    excludes "eigen servers van klanten" outside-control
    data Bank "Rekeningnummer" when "een incassomachtiging is afgesproken"
    data Opname "Gespreksopnamen" health incidental
    subject Kind "Leerlingen" minors
    measure Toets organisational restore-test, pentest "Jaarlijkse hersteltest en penetratietest" follows ISO27001 certified NEN7510
    measure Migratie technical encryption "Versleuteling van oude wachtwoorden" planned
    measure Mail technical encryption "Versleutelde mailverbindingen" optional
    measure Ouders organisational access-control "Ouders zien alleen hun eigen kind" protects Kind provider "Schoolportaal"
    measures reviewed every 1 year no-downgrade
    subprocessor Aws { name "AWS EMEA SARL" service "Opslag" seat LU location DE via Db }
    subprocessor Db { name "Db GmbH" service "Database" seat DE parent US "Db Inc." location DE transfer scc module 3 tia "TIA 2025" data Contact, Bank when "de klant kiest voor back-ups" commits zero-retention, no-training }
    recipient Pixel { name "Meta Platforms Ireland Ltd." service "Advertentiepixel" country IE role joint-controller }
    recipient Dns { name "Dns NV" service "Domeinnaam" country BE role not-subprocessor }`,
'retention 1 month\n        data Contact, Bank, Opname\n        subjects Staff, Kind\n        subprocessors Db, Aws\n        profiling\n        automated-decisions');

let agreement: Agreement;
beforeAll(async () => {
    const result = await check(TEXT);
    expect(result.document.parseResult.parserErrors).toEqual([]);
    agreement = result.agreement!;
});

describe('Bijlage 1-3 details', () => {
    test('Dutch', () => {
        const md = generateAgreement(agreement, { format: 'md', lang: 'nl' });
        expect(md).toContain('Rekeningnummer (alleen indien: een incassomachtiging is afgesproken)');
        expect(md).toContain('Gespreksopnamen (bijzonder persoonsgegeven: gezondheid; niet als doel verwerkt, kan incidenteel voorkomen)');
        expect(md).toContain('Leerlingen (minderjarigen)');
        expect(md).toContain('Profilering (artikel 4, onderdeel 4, AVG)');
        expect(md).toContain('Geautomatiseerde besluitvorming (artikel 22 AVG)');
        expect(md).toContain('Partijen verklaren dat onder deze Verwerkersovereenkomst geen bijzondere categorieën van persoonsgegevens (artikel 9 AVG) of IBAN worden verwerkt.');
        expect(md).toContain('De Verwerker slaat geen volledige kaartnummers op.');
        expect(md).toContain('De Verwerker raadt de Verwerkingsverantwoordelijke aan geen burgerservicenummers (artikel 46 UAVG) of geboortedatum in te voeren; dit advies is geen toezegging dat deze gegevens niet worden verwerkt.');
        expect(md).toContain('Buiten de invloed van de Verwerker vallen: eigen servers van klanten.');
        expect(md).toContain('| Jaarlijkse hersteltest en penetratietest | hersteltest, penetratietest | volgt ISO/IEC 27001; gecertificeerd volgens NEN 7510 |');
        expect(md).toContain('| Versleuteling van oude wachtwoorden (gepland, nog niet ingevoerd) | versleuteling | — |');
        expect(md).toContain('Versleutelde mailverbindingen (naar keuze van de Verwerkingsverantwoordelijke; de Verwerker staat er niet voor in)');
        expect(md).toContain('Ouders zien alleen hun eigen kind (specifiek voor: Leerlingen; geleverd door Schoolportaal)');
        expect(md).toContain('De Verwerker evalueert de maatregelen ten minste eenmaal per jaar. Wijzigingen van de maatregelen laten het niveau van beveiliging niet dalen.');
        expect(md).toContain('| AWS EMEA SARL | Opslag (ingeschakeld door Db GmbH) |');
        expect(md).toContain('| Db GmbH | Database (alleen indien: de klant kiest voor back-ups; gegevens: Contactgegevens, Rekeningnummer; bewaart geen gegevens na de verwerking; gebruikt de gegevens niet voor het trainen van modellen) | Duitsland; moedermaatschappij: Verenigde Staten |');
        expect(md).toContain('De volgende ontvangers zijn geen subverwerkers:');
        expect(md).toContain('Meta Platforms Ireland Ltd. (Advertentiepixel): gezamenlijk verwerkingsverantwoordelijke (artikel 26 AVG).');
        expect(md).toContain('Dns NV (Domeinnaam): verwerkt geen persoonsgegevens in opdracht van de Verwerker.');
        expect(md).not.toMatch(/\| Dns NV \|/);
    });

    test('English', () => {
        const md = generateAgreement(agreement, { format: 'md', lang: 'en' });
        expect(md).toContain('Rekeningnummer (only if: een incassomachtiging is afgesproken)');
        expect(md).toContain('Leerlingen (minors)');
        expect(md).toContain('Automated decision-making (Article 22 GDPR)');
        expect(md).toContain('The Processor does not store volledige kaartnummers.');
        expect(md).toContain('this advice is no undertaking that these data are not processed.');
        expect(md).toContain('follows ISO/IEC 27001; certified to NEN 7510');
        expect(md).toContain('(planned, not yet in place)');
        expect(md).toContain("(at the Controller's choice; not ensured by the Processor)");
        expect(md).toContain('The Processor evaluates the measures at least once a year. Changes to the measures do not lower the level of security.');
        expect(md).toContain('parent company: United States');
        expect(md).toContain('The following recipients are not sub-processors:');
        expect(md).toContain('joint controller (Article 26 GDPR)');
    });
});

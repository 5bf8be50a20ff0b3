import { describe, expect, test } from 'vitest';
import { generateAgreement, templateEngine, type GenerateOptions } from '../../packages/generator/src/index.js';
import { buildAgreementView, clauseView, Formatter } from '../../packages/generator/src/view-builder.js';
import type { Agreement, Clause } from '../../packages/language/src/index.js';
import { check, minimalAgreement, readExample } from '../helpers.js';
import { agreementOf } from './helpers.js';

// Issue 11 (legal review 2026-11): the controller's obligations, no own use of the data,
// anonymised or not (A-19, C-06), and the icteam record without contradictions between its
// standard and its own articles (C-04, C-05).

type Lang = NonNullable<GenerateOptions['lang']>;

async function markdown(text: string, lang: Lang): Promise<string> {
    return generateAgreement(await agreementOf(text), { format: 'md', lang }).replace(/\s+/g, ' ');
}

/** The minimal agreement with `clause` added before `termination`. */
function withClause(clause: string): string {
    const text = minimalAgreement();
    const result = text.replace(/\n(\s*)termination /, `\n$1${clause}\n$1termination `);
    expect(result).not.toBe(text);
    return result;
}

/** A standard article rendered as the record of an existing agreement (root flag `faithful`). */
function faithfulArticle(agreement: Agreement, type: Clause['$type'], kind: string, lang: Lang): string {
    const engine = templateEngine(lang);
    const f = new Formatter(agreement, engine);
    const clause = agreement.clauses.find(c => c.$type === type)!;
    return engine.session(() => engine.render(`articles/${kind}`, { ...buildAgreementView(agreement, f), clause: clauseView(clause, f), faithful: true })).replace(/\s+/g, ' ');
}

describe('A-15: the controller\'s obligations (Art. 24, 28(3) first sentence)', () => {
    test('lawfulness in a new agreement: a legal basis, lawfully obtained data, data subjects informed (nl)', async () => {
        const md = await markdown(readExample('complete.dpa'), 'nl');
        expect(md).toContain('De Verwerkingsverantwoordelijke staat ervoor in dat hij de Persoonsgegevens die hij de Verwerker verstrekt rechtmatig heeft verkregen en dat de Verwerking berust op een grondslag als bedoeld in artikel 6 AVG en, voor zover het bijzondere categorieën van persoonsgegevens, persoonsgegevens van strafrechtelijke aard of het burgerservicenummer betreft, op een uitzondering of wettelijke grondslag als bedoeld in de artikelen 9, 10 en 87 AVG en de UAVG.');
        expect(md).toContain('De Verwerkingsverantwoordelijke informeert de Betrokkenen over de Verwerking overeenkomstig de artikelen 13 en 14 AVG, ook over de ontvangers of categorieën van ontvangers van de Persoonsgegevens.');
    });

    test('en', async () => {
        const md = await markdown(readExample('complete.dpa'), 'en');
        expect(md).toContain('The Controller warrants that it has lawfully obtained the Personal Data it provides to the Processor and that the Processing has a legal basis within the meaning of Article 6 GDPR and, insofar as special categories');
        expect(md).toContain('The Controller informs the Data Subjects of the Processing in accordance with Articles 13 and 14 GDPR, including the recipients or categories of recipients of the Personal Data.');
    });

    test('without sensitive data no Art. 9/10 clause; each item once when named as well', async () => {
        const md = await markdown(withClause('controller-warranties lawfulness, legal-basis, informs-subjects'), 'nl');
        expect(md).toContain('berust op een grondslag als bedoeld in artikel 6 AVG.');
        expect(md.match(/rechtmatig heeft verkregen/g)).toHaveLength(1);
        expect(md.match(/artikelen 13 en 14 AVG/g)).toHaveLength(1);
    });

    test('a record of an existing agreement has only what it names', async () => {
        const agreement = await agreementOf(withClause('controller-warranties lawfulness, informs-subjects'));
        const nl = faithfulArticle(agreement, 'ControllerWarrantiesClause', 'controller-warranties', 'nl');
        expect(nl).not.toContain('rechtmatig heeft verkregen');
        expect(nl).toContain('artikelen 13 en 14 AVG');
        const en = faithfulArticle(agreement, 'ControllerWarrantiesClause', 'controller-warranties', 'en');
        expect(en).not.toContain('lawfully obtained');
        expect(en).toContain('Articles 13 and 14 GDPR');
    });
});

describe('A-19: no own use of the data, anonymised or not (analytics, product improvement, AI training)', () => {
    test('own-purposes none (nl, en)', async () => {
        const text = withClause('own-purposes none');
        expect(await markdown(text, 'nl')).toContain('De Verwerker gebruikt de Persoonsgegevens, en gegevens die daaruit zijn afgeleid (ook als die geanonimiseerd, gepseudonimiseerd of geaggregeerd zijn), evenmin voor eigen analyses, voor de verbetering of ontwikkeling van zijn producten of diensten of voor het trainen van modellen voor kunstmatige intelligentie.');
        expect(await markdown(text, 'en')).toContain('Nor does the Processor use the Personal Data, or data derived from them (including anonymised, pseudonymised or aggregated data), for its own analytics, for improving or developing its products or services, or for training artificial intelligence models.');
    });

    test('parties that allow some own purposes: no others, and no AI training unless allowed', async () => {
        const nl = await markdown(withClause('own-purposes statistics'), 'nl');
        expect(nl).toContain('Voor andere eigen doeleinden gebruikt de Verwerker de Persoonsgegevens, en gegevens die daaruit zijn afgeleid, niet; in het bijzonder traint hij er geen modellen voor kunstmatige intelligentie mee.');
        const en = await markdown(withClause('own-purposes statistics, model-training'), 'en');
        expect(en).toContain('The Processor does not use the Personal Data, or data derived from them, for any other purposes of its own.');
        expect(en).not.toContain('in particular, it does not use them to train');
    });

    test('C-06: the icteam record says the ban holds for data no longer traceable (seed 10.1), natively', async () => {
        const text = readExample('icteam-imaging-people.dpa');
        expect(text).toContain('own-purposes none even-anonymised');
        const agreement = await agreementOf(text);
        // As the record of the 2018 agreement: the seed's own rule, nothing the seed did not say.
        const nl = faithfulArticle(agreement, 'OwnPurposesClause', 'own-purposes', 'nl');
        expect(nl).toContain('Dat geldt ook voor gegevens die uit de Persoonsgegevens zijn afgeleid en niet meer tot Betrokkenen te herleiden zijn.');
        expect(nl).not.toContain('kunstmatige intelligentie');
        const en = faithfulArticle(agreement, 'OwnPurposesClause', 'own-purposes', 'en');
        expect(en).toContain('This also applies to data derived from the Personal Data that can no longer be traced to Data Subjects.');
        // Not a record: the full ban, which covers anonymised data too.
        expect(await markdown(text.replace(/^\s*record-of "[^"]*"\n/m, ''), 'nl')).toContain('(ook als die geanonimiseerd, gepseudonimiseerd of geaggregeerd zijn)');
    });
});

describe('C-04, C-05: the icteam record without contradictions between standard and own articles', () => {
    const text = readExample('icteam-imaging-people.dpa');

    test('nl: best efforts and changes at discretion in the standard security article; findings decided together in the audit article', async () => {
        const md = await markdown(text, 'nl');
        expect(md).toContain('De Verwerker spant zich in de maatregelen te nemen die op grond van artikel 32 AVG vereist zijn');
        expect(md).not.toContain('De Verwerker neemt alle maatregelen die op grond van artikel 32 AVG vereist zijn');
        expect(md).toContain('De Verwerker mag de maatregelen naar eigen inzicht wijzigen of aanvullen om aan de beveiligingseisen van deze verwerkersovereenkomst te blijven voldoen.');
        expect(md).not.toContain('alleen wijzigen als het niveau van beveiliging daardoor niet daalt');
        expect(md).toContain('Partijen bespreken de bevindingen van een audit met elkaar en stellen daarna gezamenlijk vast of er maatregelen worden genomen en welke Partij die neemt.');
        expect(md).not.toContain('op eigen kosten direct de maatregelen');
        expect(md).toContain('De kosten van een audit, waaronder die van de auditor, komen voor rekening van de Verwerkingsverantwoordelijke, tenzij uit de audit blijkt');
        // The seed's wording is no longer repeated in custom articles beside the standard ones.
        expect(md).not.toMatch(/zich inspannen|of en door wie/);
    });

    test('en', async () => {
        const md = await markdown(text, 'en');
        expect(md).toContain('The Processor may change or supplement the measures at its own discretion in order to continue to meet the security requirements of this data processing agreement.');
        expect(md).toContain('The Parties discuss the findings of an audit together and then jointly determine whether measures are taken and which Party takes them.');
        expect(md).not.toContain('immediately takes, at its own expense');
    });

    test('DPA-R63 is quiet on the icteam record, and fired on its former encoding', async () => {
        const result = await check(text);
        expect(result.diagnostics.filter(d => d.code === 'DPA-R63')).toEqual([]);
        const former = withClause(`clause SecurityScope "Reikwijdte van de beveiliging" {
        text "Ter bescherming tegen verlies van de persoonsgegevens zal Verwerker zich inspannen om voldoende technische en organisatorische maatregelen te treffen."
        text "Verwerker mag de maatregelen van Bijlage 2 naar eigen inzicht wijzigen of aanvullen om aan de beveiligingseisen van deze overeenkomst te blijven voldoen."
    }
    clause AuditFollowUp "Bevindingen van de audit" {
        text "Partijen beoordelen de bevindingen samen en beslissen daarna of en door wie zij worden doorgevoerd."
    }`);
        const found = (await check(former)).diagnostics.filter(d => d.code === 'DPA-R63').map(d => String(d.message));
        expect(found).toHaveLength(3);
        expect(found.join('\n')).toMatch(/best-efforts[\s\S]*changes-at-discretion[\s\S]*findings joint-decision/);
    });
});

import { beforeAll, describe, expect, test } from 'vitest';
import { buildAgreementDocument, generateAgreement, type AgreementDocument, type Block } from '../../packages/generator/src/index.js';
import { renderDocx } from '../../packages/generator/src/render/docx.js';
import type { Agreement } from '../../packages/language/src/index.js';
import { check, minimalAgreement, readExample } from '../helpers.js';
import { agreementOf } from './helpers.js';
import { docxPart } from './docx-text.js';

// A record of a concluded agreement (`record-of "…"`, review §8 and C-08..C-11, C-15, C-16): the
// generated text says only what the model says. The standard protections a new agreement gets by
// default are left out where the record does not state them; a record states its source's own
// rule through parameters (breach `definition adverse-effects`, `data-subject-requests jointly`,
// assistance `extent within-power`, audit `on-suspicion of-misuse`, amendments
// `controller-may-terminate`). (The consequence of an objection to a sub-processor, C-08, is
// helper r5-xfer's.) An agreement that is no record (examples/complete.dpa) keeps them.

/** The Markdown, whitespace collapsed. */
function md(agreement: Agreement, lang: 'nl' | 'en'): string {
    return generateAgreement(agreement, { format: 'md', lang }).replace(/\s+/g, ' ');
}

/** The text of the article whose heading contains `title`, up to the next heading. */
function article(doc: AgreementDocument, title: string): string {
    const start = doc.blocks.findIndex(b => b.kind === 'heading' && b.text.includes(title));
    expect(start, title).toBeGreaterThanOrEqual(0);
    const end = doc.blocks.findIndex((b, i) => i > start && b.kind === 'heading');
    const text = (b: Block) => (b.kind === 'paragraph' ? b.text : b.kind === 'list' ? b.items.join(' ') : '');
    return doc.blocks.slice(start + 1, end < 0 ? undefined : end).map(text).join(' ');
}

/** word/document.xml of a DOCX package (stored or deflated entries). */
const documentXml = (bytes: Uint8Array) => docxPart(bytes, 'word/document.xml');

/** The standard protections a new agreement gets by default, and a record does not (C-11), nl and en. */
const ADDED = {
    nl: [
        'Deze geheimhouding geldt ook na het einde van hun dienstverband',
        'De geheimhoudingsplicht blijft na het einde van deze verwerkersovereenkomst van kracht',
        'Schiet de Verwerker ernstig of herhaaldelijk tekort',
        'Verplichtingen die naar hun aard bestemd zijn',
        'Een wijziging mag het niveau van bescherming',
        'Wijzigt de wet- of regelgeving inzake gegevensbescherming',
        'Is een bepaling van deze verwerkersovereenkomst nietig',
        'artikel 82 AVG',
        'te beëindigen en de gevolgen ervan zoveel mogelijk te beperken',
        'De Verwerker documenteert iedere Inbreuk',
        'doet zelf geen melding of mededeling',
        'De Verwerker mag de maatregelen alleen wijzigen als het niveau van beveiliging daardoor niet daalt',
        'op eigen kosten direct de maatregelen',
        'ISAE 3402',
        'alle bestaande kopieën'
    ],
    en: [
        'This confidentiality continues to apply after the end of their employment',
        'The duty of confidentiality remains in force after the end of this data processing agreement',
        'seriously or repeatedly fails to comply',
        'Obligations which by their nature are intended to continue',
        'An amendment may not reduce the level of protection',
        'If data protection legislation changes',
        'If a provision of this data processing agreement is void',
        'Article 82 GDPR',
        'to end the Personal Data Breach and to limit its consequences',
        'The Processor documents each Personal Data Breach',
        'does not itself make any notification or communication',
        'The Processor may change the measures only if this does not reduce the level of security',
        'at its own expense, the measures necessary to remedy',
        'ISAE 3402',
        'deletes all existing copies'
    ]
} as const;

let icteam: Agreement;
let complete: Agreement;
beforeAll(async () => {
    icteam = await agreementOf(readExample('icteam-imaging-people.dpa'));
    complete = await agreementOf(readExample('complete.dpa'));
});

describe('a record of a concluded agreement (`record-of`)', () => {
    test('the icteam record adds none of the standard protections the 2018 parties never agreed (C-11), nl and en', () => {
        expect(icteam.recordOf).toContain('2018/1');
        for (const lang of ['nl', 'en'] as const) {
            const text = md(icteam, lang);
            for (const added of ADDED[lang]) expect(text.includes(added), `${lang}: ${added}`).toBe(false);
        }
    });

    test('examples/complete.dpa is no record and keeps every standard protection, nl and en', () => {
        expect(complete.recordOf).toBeUndefined();
        const nl = md(complete, 'nl');
        for (const kept of ['Deze geheimhouding geldt ook na het einde van hun dienstverband', 'Schiet de Verwerker ernstig of herhaaldelijk tekort', 'artikel 82 AVG',
            'te beëindigen en de gevolgen ervan zoveel mogelijk te beperken', 'Is een bepaling van deze verwerkersovereenkomst nietig', 'alle bestaande kopieën']) {
            expect(nl.includes(kept), kept).toBe(true);
        }
        const en = md(complete, 'en');
        for (const kept of ['This confidentiality continues to apply after the end of their employment', 'seriously or repeatedly fails to comply', 'Article 82 GDPR',
            'The Processor documents each Personal Data Breach', 'If a provision of this data processing agreement is void', 'deletes all existing copies']) {
            expect(en.includes(kept), kept).toBe(true);
        }
    });

    test('a record writes days as its source did ("dagen", not "kalenderdagen"); a new agreement says calendar days (A-32)', async () => {
        const plain = readExample('complete.dpa');
        const record = plain.replace('    title "Verwerkersovereenkomst Loonwolk HR & Salaris"\n', '    record-of "Verwerkersovereenkomst Loonwolk, versie 1.0"\n    title "Verwerkersovereenkomst Loonwolk HR & Salaris"\n');
        expect(record).not.toBe(plain);
        const [a, b] = await Promise.all([check(plain), check(record)]);
        expect(md(a.agreement!, 'nl')).toContain('30 kalenderdagen');
        expect(md(b.agreement!, 'nl')).toContain('30 dagen');
        expect(md(b.agreement!, 'nl')).not.toContain('kalenderdag');
        expect(md(a.agreement!, 'en')).toContain('30 calendar days');
        expect(md(b.agreement!, 'en')).toContain('30 days');
        expect(md(b.agreement!, 'en')).not.toContain('calendar day');
    });

    test('the same model, declared a record, loses exactly the default protections it does not state', async () => {
        const plain = minimalAgreement();
        const record = plain.replace('    title "Verwerkersovereenkomst"\n', '    record-of "Verwerkersovereenkomst Klant - Leverancier, versie 1.0"\n    title "Verwerkersovereenkomst"\n');
        expect(record).not.toBe(plain);
        const [a, b] = await Promise.all([check(plain), check(record)]);
        // The declaration itself is no finding: the record has the same diagnostics as the model.
        expect(b.diagnostics.map(d => d.code)).toEqual(a.diagnostics.map(d => d.code));
        const before = md(a.agreement!, 'nl');
        const after = md(b.agreement!, 'nl');
        expect(before).toContain('De Verwerker documenteert iedere Inbreuk');
        expect(after).not.toContain('De Verwerker documenteert iedere Inbreuk');
        // What the model states stays: the 24-hour deadline, the survival it names, the audit.
        for (const stated of ['en in ieder geval binnen 24 uur', 'zolang de Verwerker of een van zijn Subverwerkers Persoonsgegevens onder zich heeft', 'ten hoogste eenmaal per jaar']) {
            expect(after, stated).toContain(stated);
        }
    });

    test('a record states a default text it does have through a parameter: `including-copies`, `art-82`, nl and en', async () => {
        const record = (extra: string) => minimalAgreement().replace('    title "Verwerkersovereenkomst"\n', '    record-of "Bron"\n    title "Verwerkersovereenkomst"\n')
            .replace('termination return-or-delete within 30 days', `termination return-or-delete within 30 days${extra === 'copies' ? ' including-copies' : ''}`)
            .replace(/\n}\n?$/, `${extra === 'art82' ? '\n    liability art-82' : '\n    liability'}\n}\n`);
        const bare = (await check(record(''))).agreement!;
        const copies = (await check(record('copies'))).agreement!;
        const art82 = (await check(record('art82'))).agreement!;
        expect(md(bare, 'nl')).not.toContain('bestaande kopieën');
        expect(md(bare, 'nl')).not.toContain('artikel 82 AVG');
        expect(md(copies, 'nl')).toContain('De Verwerker verwijdert daarbij ook alle bestaande kopieën van de Persoonsgegevens, tenzij hij op grond van Unierecht of lidstatelijk recht verplicht is de Persoonsgegevens op te slaan.');
        expect(md(copies, 'en')).toContain('In doing so, the Processor also deletes all existing copies of the Personal Data, unless Union or Member State law requires it to store the Personal Data.');
        expect(md(art82, 'nl')).toContain('De aansprakelijkheid van Partijen jegens Betrokkenen wordt beheerst door artikel 82 AVG');
        expect(md(art82, 'en')).toContain('The liability of the Parties towards Data Subjects is governed by Article 82 GDPR');
    });

    test('C-09: data-subject requests are handled jointly, the controller finally responsible; no forwarding or one-month text, nl and en', () => {
        const nl = article(buildAgreementDocument(icteam), 'Rechten van Betrokkenen');
        expect(nl).toContain('dan handelen Partijen dat verzoek in onderling overleg af');
        expect(nl).toContain('De Verwerkingsverantwoordelijke blijft daarbij eindverantwoordelijk voor de afhandeling van het verzoek.');
        for (const standard of ['stuurt de Verwerker dat verzoek', 'één maand', 'artikel 15 AVG', 'artikel 28 lid 3 onder e AVG']) expect(nl).not.toContain(standard);
        const en = article(buildAgreementDocument(icteam, { lang: 'en' }), 'Rights of Data Subjects');
        expect(en).toContain('the Parties handle that request in mutual consultation');
        expect(en).toContain('The Controller remains ultimately responsible for handling the request.');
        for (const standard of ['forwards that request', 'one month', 'Article 15 GDPR']) expect(en).not.toContain(standard);
    });

    test('C-09: `jointly` in a new agreement keeps the Art. 28(3)(e) assistance (on by default)', async () => {
        const text = minimalAgreement().replace('data-subject-requests forward within 5 days', 'data-subject-requests jointly');
        const nl = md((await check(text)).agreement!, 'nl');
        expect(nl).toContain('in onderling overleg af');
        expect(nl).toContain('(artikel 28 lid 3 onder e AVG)');
        expect(nl).toContain('binnen de termijn van één maand van artikel 12 lid 3 AVG');
    });

    test('C-10: the seed\'s own breach definition (a risk threshold) and its "beveiligingslek", nl and en', () => {
        const nl = article(buildAgreementDocument(icteam), 'Inbreuken in verband met persoonsgegevens');
        expect(nl).toContain('In dit artikel is een Inbreuk alleen een inbreuk op de beveiliging die nadelige gevolgen heeft of kan hebben voor de bescherming van de Persoonsgegevens.');
        expect(nl).toContain('De Verwerker meldt op dezelfde wijze een beveiligingsincident');
        expect(nl).toContain('De Verwerker verleent daarbij de bijstand die redelijkerwijs nodig is.');
        const en = article(buildAgreementDocument(icteam, { lang: 'en' }), 'Personal Data Breaches');
        expect(en).toContain('In this article, a Personal Data Breach means only a breach of security that has, or may have, adverse effects on the protection of the Personal Data.');
        expect(en).toContain('The Processor notifies in the same way a security incident');
    });

    test('C-16: "within its power" (DPIA help) and "a concrete suspicion of misuse" (audit) are carried, nl and en', () => {
        const nl = md(icteam, 'nl');
        expect(nl).toContain('De Verwerker verleent de Verwerkingsverantwoordelijke, voor zover hij daartoe in staat is, bijstand');
        expect(nl).toContain('en daarnaast telkens wanneer er een concreet vermoeden bestaat van misbruik van Persoonsgegevens.');
        expect(nl).not.toContain('zijn verplichtingen uit deze verwerkersovereenkomst of de AVG niet nakomt.');
        const en = md(icteam, 'en');
        expect(en).toContain('assists the Controller, insofar as it is able to do so, in ensuring');
        expect(en).toContain('and in addition whenever there is a specific suspicion of misuse of Personal Data.');
    });

    test('C-11: the amendment exit the seed has, without the standard\'s level promise or "no damages", nl and en', () => {
        const nl = article(buildAgreementDocument(icteam), 'Wijzigingen');
        expect(nl).toContain('Gaat de Verwerkingsverantwoordelijke niet akkoord met een wijziging, dan kan hij deze verwerkersovereenkomst en de Hoofdovereenkomst, voor zover die betrekking heeft op de Verwerking, schriftelijk opzeggen tegen de datum waarop de wijziging ingaat.');
        expect(nl).not.toContain('schadevergoeding');
        const en = article(buildAgreementDocument(icteam, { lang: 'en' }), 'Amendments');
        expect(en).toContain('If the Controller does not agree to an amendment, it may terminate this data processing agreement and the Main Agreement, insofar as it relates to the Processing, in writing with effect from the date on which the amendment takes effect.');
        expect(en).not.toContain('compensation');
    });

    test('C-11 in Word: the icteam DOCX has neither the Art. 82 paragraph nor the breach documentation duty', async () => {
        const xml = documentXml(await renderDocx(buildAgreementDocument(icteam, { draftErrors: 1 })));
        expect(xml).toContain('concreet vermoeden bestaat van misbruik van Persoonsgegevens');
        expect(xml).not.toContain('artikel 82 AVG');
        expect(xml).not.toContain('De Verwerker documenteert iedere Inbreuk');
    });
});

describe('Bijlage 1: who performs which operations (C-15)', () => {
    const row = (doc: AgreementDocument, n: number) => {
        const table = doc.blocks.find(b => b.kind === 'table');
        if (table?.kind !== 'table') throw new Error('no processing table');
        return table.rows[n - 1]!.cells[4]!;
    };

    test('a shared operation is listed with every role, not only with the roles without operations of their own', () => {
        expect(row(buildAgreementDocument(icteam), 5)).toEqual([
            'Supportdesk: dagelijkse controle van de werking van de backups; beheer data',
            'Consultant: beheer data',
            'ICT-beheer: beheer data'
        ]);
        expect(row(buildAgreementDocument(icteam, { lang: 'en' }), 8)).toEqual([
            'Supportdesk: wekelijkse controle van de werking van de servers; beheer data',
            'Consultant: beheer data',
            'ICT-beheer: beheer data'
        ]);
    });

    test('roles that share all operations are named once, followed by the operations', () => {
        expect(row(buildAgreementDocument(icteam), 3)).toEqual(['Supportdesk, Consultant, ICT-beheer:', 'support op verzoek', 'inloggen op het apparaat om de uitgevoerde reparatie te controleren']);
    });

    test('in Word, each role has its own line in the cell', async () => {
        const xml = documentXml(await renderDocx(buildAgreementDocument(icteam, { draftErrors: 1 })));
        for (const line of ['Supportdesk: dagelijkse controle van de werking van de backups; beheer data', 'Consultant: beheer data', 'ICT-beheer: beheer data']) {
            expect(xml).toContain(`<w:t xml:space="preserve">${line}</w:t>`);
        }
        expect(xml).not.toContain('<w:t xml:space="preserve">Consultant, ICT-beheer</w:t>');
    });
});

import { describe, expect, test } from 'vitest';
import { generateAgreement, generateAgreementFile, templateEngine } from '../../packages/generator/src/index.js';
import { hasContactsAnnex } from '../../packages/generator/src/contacts.js';
import { buildAgreementView, Formatter } from '../../packages/generator/src/view-builder.js';
import type { Agreement } from '../../packages/language/src/index.js';
import { check, coveredText, minimalAgreement, readExample, withCode } from '../helpers.js';
import { agreementOf } from './helpers.js';
import { docxPart } from './docx-text.js';

// Issue 11, round 2: the parties' contacts and the notices clause (A-07, D-08), the parties block
// Markdown escaping and the measures column, the main agreement's title (C-14),
// the forum clause (D-11), on the generated text in Dutch and English, Markdown and Word.

/** The generated Markdown without its escapes (the escapes are tested apart). */
function markdown(agreement: Agreement, lang: 'nl' | 'en'): string {
    return generateAgreement(agreement, { format: 'md', lang }).replace(/\\(?=[.@:&])/g, '');
}

/** word/document.xml of a .docx, its text runs joined per table cell with " | " between cells. */
const documentXml = (bytes: Uint8Array) => docxPart(bytes, 'word/document.xml');

/** The rows of every table of a Word document, as the texts of their cells. */
function wordRows(xml: string): string[][] {
    const text = (s: string) => [...s.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map(m => m[1]).join('').replace(/&amp;/g, '&');
    return [...xml.matchAll(/<w:tr(?: [^>]*)?>([\s\S]*?)<\/w:tr>/g)].map(r => [...r[1]!.matchAll(/<w:tc>([\s\S]*?)<\/w:tc>/g)].map(c => text(c[1]!)));
}

const complete = await agreementOf(readExample('complete.dpa'));

describe('A-07: the contacts annex and the notices clause', () => {
    const rows = {
        nl: [
            '| Verwerkingsverantwoordelijke | Algemeen contactpunt | S. Bakker, HR-manager | hr@delinde-hoveniers.nl | 038 421 77 10 |',
            '| Verwerkingsverantwoordelijke | Beveiligingsincidenten en meldingen van Inbreuken | ICT-beheer De Linde | ict@delinde-hoveniers.nl | 038 421 77 30 |',
            '| Verwerkingsverantwoordelijke | Functionaris voor gegevensbescherming | mr. A. Kuipers (extern FG) | fg@delinde-hoveniers.nl | 038 421 77 19 |',
            '| Verwerker | Privacy: vragen, instructies, verzoeken van Betrokkenen en kennisgevingen over Subverwerkers | Privacy Office Loonwolk | privacy@loonwolk.nl | 030 760 44 00 |',
            '| Verwerker | Functionaris voor gegevensbescherming | drs. E. Jansen | fg@loonwolk.nl | 030 760 44 09 |'
        ],
        en: [
            '| Controller | Security incidents and notifications of Personal Data Breaches | ICT-beheer De Linde | ict@delinde-hoveniers.nl | 038 421 77 30 |',
            '| Processor | Data protection officer | drs. E. Jansen | fg@loonwolk.nl | 030 760 44 09 |'
        ]
    };
    const notices = {
        nl: [
            '## Bijlage 4 – Contactpersonen',
            '| Partij | Onderwerp | Contactpersoon | E-mailadres | Telefoonnummer |',
            '## Artikel 21 – Slotbepalingen',
            '**21.1** Kennisgevingen, meldingen en andere mededelingen op grond van deze verwerkersovereenkomst worden schriftelijk gedaan; een bericht per e-mail geldt als schriftelijk. Zij worden gericht aan de contactpersoon die de ontvangende Partij in Bijlage 4 voor het onderwerp van de mededeling heeft opgegeven.',
            '**21.2** De Verwerker richt een melding van een Inbreuk (artikel 13) aan het contactpunt van de Verwerkingsverantwoordelijke voor beveiligingsincidenten en een kennisgeving over Subverwerkers (artikel 10) aan diens contactpersoon voor privacy',
            'dan meldt de Verwerker de Inbreuk daarnaast telefonisch.',
            // D-08: the DPO, or failing one the privacy contact (Art. 37(1): not every party must designate one).
            '**21.3** Een mededeling voor de functionaris voor gegevensbescherming van een Partij wordt gericht aan die functionaris of, als die Partij geen functionaris heeft aangewezen (artikel 37 lid 1 AVG verplicht daartoe niet iedere Partij), aan haar contactpersoon voor privacy volgens artikel 21.1.',
            '**21.4** Een Partij deelt een wijziging van haar contactpersonen of contactgegevens onverwijld schriftelijk aan de andere Partij mee.',
            // The breach and sub-processing articles refer to the annex and the notices article.
            '**13.7** De Verwerker doet de melding op de wijze en aan het contactpunt die artikel 21 aanwijst; de contactpunten van beide Partijen staan in Bijlage 4.',
            'aan de contactpersoon voor privacy van de Verwerkingsverantwoordelijke in Bijlage 4, op de wijze die artikel 21 aangeeft.'
        ],
        en: [
            '## Annex 4 – Contact persons',
            '| Party | Subject | Contact person | E-mail address | Telephone number |',
            '## Article 21 – Final provisions',
            '**21.1** Notices, notifications and other communications under this data processing agreement are given in writing; a message by e-mail counts as written.',
            "**21.2** The Processor addresses a notification of a Personal Data Breach (Article 13) to the Controller's contact point for security incidents and a notice about Sub-processors (Article 10) to the Controller's privacy contact person",
            "**21.3** A communication intended for a Party's data protection officer is addressed to that officer or, where that Party has not designated one (Article 37(1) GDPR does not require every Party to do so), to its privacy contact person in accordance with Article 21.1.",
            '**13.7** The Processor gives the notification in the manner and to the contact point that Article 21 designates; the contact points of both Parties are set out in Annex 4.',
            "Controller's privacy contact person in Annex 4, in the manner set out in Article 21."
        ]
    };

    for (const lang of ['nl', 'en'] as const) {
        test(`${lang}: Markdown lists every contact and DPO of both parties, and says where notices go`, () => {
            const md = markdown(complete, lang);
            for (const expected of [...rows[lang], ...notices[lang]]) expect(md).toContain(expected);
            // The contact annex comes last, after the sub-processors.
            expect(md.indexOf(lang === 'nl' ? '## Bijlage 3 – ' : '## Annex 3 – ')).toBeLessThan(md.indexOf(lang === 'nl' ? '## Bijlage 4 – ' : '## Annex 4 – '));
        });

        test(`${lang}: HTML has the contacts table too`, () => {
            const html = generateAgreement(complete, { format: 'html', lang });
            expect(html).toContain(lang === 'nl' ? 'Bijlage 4 – Contactpersonen' : 'Annex 4 – Contact persons');
            expect(html).toMatch(/<td>mr\. A\. Kuipers \(extern FG\)<\/td>/);
        });

        test(`${lang}: the Word document has the contacts as a table (word/document.xml)`, async () => {
            const xml = documentXml(await generateAgreementFile(complete, { format: 'docx', lang }));
            const table = wordRows(xml).filter(r => r.length === 5);
            expect(table[0]).toEqual(lang === 'nl'
                ? ['Partij', 'Onderwerp', 'Contactpersoon', 'E-mailadres', 'Telefoonnummer']
                : ['Party', 'Subject', 'Contact person', 'E-mail address', 'Telephone number']);
            expect(table).toContainEqual(lang === 'nl'
                ? ['Verwerker', 'Functionaris voor gegevensbescherming', 'drs. E. Jansen', 'fg@loonwolk.nl', '030 760 44 09']
                : ['Processor', 'Data protection officer', 'drs. E. Jansen', 'fg@loonwolk.nl', '030 760 44 09']);
            expect(table).toHaveLength(7);
        });
    }

    test('without sub-processors the annexes keep their numbers: Bijlage 3 says there are none, the contacts are Bijlage 4, `{{ref annex-contacts}}` too', async () => {
        const text = minimalAgreement('clause Contacten "Contacten" { text "De contactpersonen staan in {{ref annex-contacts}}." }');
        const agreement = await agreementOf(text);
        expect(agreement.subprocessors).toHaveLength(0);
        for (const lang of ['nl', 'en'] as const) {
            const md = markdown(agreement, lang);
            expect(md).toContain(lang === 'nl' ? '## Bijlage 3 – Subverwerkers' : '## Annex 3 – Sub-processors');
            expect(md).toContain(lang === 'nl' ? '## Bijlage 4 – Contactpersonen' : '## Annex 4 – Contact persons');
            expect(md).toContain(lang === 'nl' ? 'in Bijlage 4, op de wijze die artikel' : 'in Annex 4, in the manner set out in Article');
        }
        expect(markdown(agreement, 'nl')).toContain('De contactpersonen staan in Bijlage 4.');
        expect((await check(text)).diagnostics.filter(d => d.code === 'DPA-R48')).toEqual([]);
    });

    test('a party that names no contact is listed as such; notices then go to its address', async () => {
        const agreement = await agreementOf(minimalAgreement().replace('        contact "A. Jansen" email "privacy@klant.example"\n', ''));
        expect(markdown(agreement, 'nl')).toContain('| Verwerkingsverantwoordelijke | Algemeen contactpunt | Geen contactpersoon opgegeven; mededelingen aan het adres onder Partijen | — | — |');
        expect(markdown(agreement, 'en')).toContain('| Controller | General contact point | No contact person given; notices to the address under Parties | — | — |');
    });

    test('a faithful record: no notices paragraphs, no default law; the contacts annex only when its parties named contacts', async () => {
        const agreement = await agreementOf(minimalAgreement().replace('    law NL\n', '').replace('    court processor-seat\n', ''));
        for (const lang of ['nl', 'en'] as const) {
            const engine = templateEngine(lang);
            const view = buildAgreementView(agreement, new Formatter(agreement, engine));
            expect(view.annex.contacts).toBe(4);
            const faithful = { ...view, faithful: true };
            expect(engine.render('law', faithful).trim()).toBe('');
            expect(engine.render('law', view)).toContain(lang === 'nl' ? 'Nederlands recht' : 'Dutch law');
            expect(hasContactsAnnex(faithful)).toBe(true);
            const processor = { ...view.processor, contact: undefined, dpo: undefined };
            const controller = { ...view.controller, contact: undefined };
            expect(hasContactsAnnex({ ...faithful, controller, processor })).toBe(false);
            expect(hasContactsAnnex({ ...view, controller, processor })).toBe(true);
        }
    });
});

describe('D-11: the forum clause only when the model names a court', () => {
    test('no court: no empty forum sentence, in Dutch and English', async () => {
        const agreement = await agreementOf(minimalAgreement().replace('    court processor-seat\n', ''));
        expect(markdown(agreement, 'nl')).not.toContain('Geschillen');
        expect(markdown(agreement, 'nl')).not.toContain('voorgelegd aan de bevoegde rechter');
        expect(markdown(agreement, 'en')).not.toContain('Disputes');
        expect(markdown(agreement, 'nl')).toContain('Op deze verwerkersovereenkomst is Nederlands recht van toepassing.');
    });

    test('a named court: the forum sentence', () => {
        expect(markdown(complete, 'nl')).toContain('worden uitsluitend voorgelegd aan Rechtbank Midden-Nederland, locatie Utrecht.');
    });
});

describe('A-26: the parties block', () => {
    test('nl: full legal form, statutory seat, one definition of each party', () => {
        const md = markdown(complete, 'nl');
        expect(md).toContain('**1.** Hoveniersbedrijf De Linde B.V., besloten vennootschap met beperkte aansprakelijkheid, statutair gevestigd te Zwolle, met adres Zwartewaterallee 12, 8031 DX Zwolle,');
        expect(md).toContain('hierna: de Verwerkingsverantwoordelijke');
        const definitions = md.slice(md.indexOf('## Artikel 1 – '), md.indexOf('## Artikel 2 – '));
        expect(definitions).not.toMatch(/^- Verwerker:/m);
        expect(definitions).not.toMatch(/^- Verwerkingsverantwoordelijke:/m);
    });

    test('en: the form glossed, the registered office, the Dutch term beside the defined one', () => {
        const md = markdown(complete, 'en');
        expect(md).toContain('Loonwolk B.V., besloten vennootschap met beperkte aansprakelijkheid (private limited liability company), having its registered office (statutaire zetel) in Utrecht, with its address at Catharijnesingel 40, 3511 GC Utrecht,');
        expect(md).toContain('hereinafter referred to as the Processor (verwerker)');
        expect(md).not.toMatch(/^- Processor \(verwerker\):/m);
    });

    test('without a `seat`: the address only, "gevestigd te" / "established in"', async () => {
        const agreement = await agreementOf(minimalAgreement());
        expect(markdown(agreement, 'nl')).toContain('Klant B.V., besloten vennootschap met beperkte aansprakelijkheid, gevestigd te Utrecht, met adres Stationsplein 1, 3511 ED Utrecht');
        expect(markdown(agreement, 'en')).toContain('Klant B.V., besloten vennootschap met beperkte aansprakelijkheid (private limited liability company), established in Utrecht, at Stationsplein 1');
    });

    test('a seat other than the office: "statutair gevestigd te …, kantoorhoudende te …"', async () => {
        const agreement = await agreementOf(minimalAgreement().replace('        address "Stationsplein 1" postcode "3511 ED" city "Utrecht"\n', '        address city "Utrecht"\n        seat "Amsterdam"\n'));
        expect(markdown(agreement, 'nl')).toContain('Klant B.V., besloten vennootschap met beperkte aansprakelijkheid, statutair gevestigd te Amsterdam, kantoorhoudende te Utrecht,');
        expect(markdown(agreement, 'en')).toContain('having its registered office (statutaire zetel) in Amsterdam, with its office in Utrecht,');
    });
});

describe('A-39: Markdown escaping and the measures column', () => {
    test('"HR & Salaris" is not escaped in the title; text that would be an entity still is', async () => {
        const md = generateAgreement(complete, { format: 'md' });
        expect(md).toContain('# Verwerkersovereenkomst Loonwolk HR & Salaris');
        expect(md).not.toContain('\\&');
        const entity = await agreementOf(minimalAgreement().replace('title "Verwerkersovereenkomst"', 'title "Verwerkersovereenkomst R&amp;D &#169; Q&A"'));
        expect(generateAgreement(entity, { format: 'md' })).toContain('# Verwerkersovereenkomst R\\&amp;D \\&#169; Q&A');
    });

    test('Bijlage 2 names the kind of measure "Soort maatregel" / "Type of measure"', () => {
        expect(markdown(complete, 'nl')).toContain('| Maatregel | Soort maatregel | Norm |');
        expect(markdown(complete, 'en')).toContain('| Measure | Type of measure | Standard |');
    });
});

describe('C-14: a main agreement titled only "Hoofdovereenkomst"', () => {
    test('is not quoted as its own title, in Dutch and English', async () => {
        const agreement = await agreementOf(minimalAgreement().replace('main-agreement "Dienstverleningsovereenkomst" dated 2025-01-06', 'main-agreement "Hoofdovereenkomst" dated 2025-01-06'));
        const nl = markdown(agreement, 'nl');
        expect(nl).not.toContain('“Hoofdovereenkomst”');
        expect(nl).toContain('- Partijen hebben op 6 januari 2025 een overeenkomst (kenmerk DV-1) gesloten (de Hoofdovereenkomst).');
        expect(nl).toContain('- Hoofdovereenkomst: de overeenkomst van 6 januari 2025 tussen Partijen, bij de uitvoering waarvan');
        const en = markdown(agreement, 'en');
        expect(en).not.toContain('“Hoofdovereenkomst”');
        expect(en).toContain('the Parties entered into an agreement (reference DV-1) (the Main Agreement).');
    });
});

describe('D-12: a title in Wbp terms against the body', () => {
    test('DPA-R46 reports the "Bewerkersovereenkomst" title of the batch template (the text stays faithful)', async () => {
        const text = readExample('itzz-template.dpa');
        const r46 = withCode(await check(text), 'DPA-R46').map(d => coveredText(text, d));
        expect(r46).toContain('Bewerkersovereenkomst');
    });
});

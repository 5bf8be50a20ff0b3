import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import type { Agreement } from '../../packages/language/src/index.js';
import { generateAgreement, generateAgreementFile, type GenerateOptions } from '../../packages/generator/src/index.js';
import { minimalAgreement, readExample } from '../helpers.js';
import { agreementOf } from './helpers.js';
import { docxText } from './docx-text.js';

// Issue 11, round 2 (legal review 2026-11): the drafting findings,
// and B-03, on the generated text in Dutch and English, Markdown and the
// Word document's XML.

type Lang = NonNullable<GenerateOptions['lang']>;

function markdownOf(agreement: Agreement, lang: Lang): string {
    return generateAgreement(agreement, { format: 'md', lang }).replace(/\s+/g, ' ');
}

async function markdown(text: string, lang: Lang): Promise<string> {
    return markdownOf(await agreementOf(text), lang);
}

/** word/document.xml of the agreement's DOCX, as the text of its paragraphs, one per line. */
async function wordText(agreement: Agreement, lang: Lang): Promise<string> {
    return docxText(await generateAgreementFile(agreement, { format: 'docx', lang }));
}

/** The minimal agreement with the standard clause `line` replacing the one that starts with its keyword. */
function withClause(line: string): string {
    const keyword = line.split(' ')[0]!;
    const text = minimalAgreement();
    const replaced = text.replace(new RegExp(`\\n(\\s*)${keyword}\\b[^\\n]*`), `\n$1${line}`);
    return replaced === text ? text.replace(/\n(\s*)termination /, `\n$1${line}\n$1termination `) : replaced;
}

describe('the reference agreement (examples/complete.dpa)', () => {
    let complete: Agreement;
    const md: Partial<Record<Lang, string>> = {};
    const docx: Partial<Record<Lang, string>> = {};
    beforeAll(async () => {
        complete = await agreementOf(readExample('complete.dpa'));
        for (const lang of ['nl', 'en'] as const) {
            md[lang] = markdownOf(complete, lang);
            docx[lang] = await wordText(complete, lang);
        }
    });

    // one rule for every duration, in both languages: one to twenty in words, larger numbers
    // as numerals (24 uur, 30 dagen, 90 dagen). A-32: a day is a calendar day, and the text says so.
    test('A-37/A-32: durations in words up to twenty, days as calendar days (nl)', () => {
        for (const text of [md.nl!, docx.nl!]) {
            expect(text).toContain('ten minste vier weken vooraf schriftelijk in kennis');
            expect(text).toContain('binnen vijf kalenderdagen na ontvangst door aan de Verwerkingsverantwoordelijke');
            expect(text).toContain('ten minste veertien kalenderdagen vooraf schriftelijk aan');
            expect(text).toContain('Uiterlijk 30 kalenderdagen na het einde van de dienstverlening');
            expect(text).toContain('uiterlijk 90 kalenderdagen na het einde van de dienstverlening');
            expect(text).toContain('binnen 24 uur');
            expect(text).toContain('Zeven jaar (wettelijke bewaarplicht van de Verwerkingsverantwoordelijke, art. 52 lid 4 AWR)');
            expect(text).toContain('Tot het einde van het dienstverband, en daarna ten hoogste twee jaar');
            expect(text).toContain('Tot het einde van de sollicitatieprocedure, en daarna ten hoogste vier weken');
            // No small number as a numeral before a unit, and no bare "dagen", in the generated text
            // (Bijlage 2 onwards holds the model's own descriptions of measures and services).
            const generated = text.split(/Bijlage 2 – /)[0]!;
            expect(generated).not.toMatch(/\b(?:[1-9]|1\d|20) (?:uur|dag|dagen|kalenderdag|kalenderdagen|werkdag|werkdagen|week|weken|maand|maanden|jaar)\b/);
            expect(generated).not.toMatch(/\b(?:\d+|vijf|veertien) dagen\b/);
        }
    });

    test('A-37/A-32: durations in words up to twenty, days as calendar days (en)', () => {
        for (const text of [md.en!, docx.en!]) {
            expect(text).toContain('at least four weeks in advance');
            expect(text).toContain('within five calendar days of receipt');
            expect(text).toContain('at least fourteen calendar days in advance');
            expect(text).toContain('No later than 30 calendar days after the end of the provision of services');
            expect(text).toContain('within 24 hours');
            expect(text).toContain('Seven years (statutory retention duty of the Controller, art. 52 lid 4 AWR)');
            expect(text).toContain('and thereafter for no more than two years');
            expect(text.split(/Annex 2 – /)[0]).not.toMatch(/\b(?:[1-9]|1\d|20) (?:hours?|days?|calendar days?|working days?|weeks?|months?|years?)\b/);
        }
    });

    // "ten minste eenmaal per jaar", "ten hoogste eenmaal per kalenderjaar"; never "per periode van 1 jaar".
    test('A-23: how often, in words', () => {
        for (const text of [md.nl!, docx.nl!]) {
            expect(text).toContain('De Verwerker evalueert de maatregelen ten minste eenmaal per jaar en past ze');
            expect(text).toContain('Een audit kan ten hoogste eenmaal per kalenderjaar plaatsvinden');
            expect(text).not.toContain('per periode van');
        }
        for (const text of [md.en!, docx.en!]) {
            expect(text).toContain('The Processor evaluates the measures at least once a year and adjusts');
            expect(text).toContain('An audit may take place no more than once per calendar year');
            expect(text).not.toMatch(/in (?:any|every) period of/);
        }
    });

    // "zonder onredelijke vertraging en in ieder geval binnen …", not "uiterlijk binnen",
    // and the moment of awareness said once (Art. 33(2) AVG).
    test('A-22: the breach deadline', () => {
        for (const text of [md.nl!, docx.nl!]) {
            expect(text).toContain('Zodra de Verwerker kennis heeft genomen van een Inbreuk, meldt hij die zonder onredelijke vertraging, en in ieder geval binnen 24 uur daarna, aan de Verwerkingsverantwoordelijke (artikel 33 lid 2 AVG).');
            expect(text).not.toContain('uiterlijk binnen');
        }
        expect(md.en).toContain('without undue delay, and in any event within 24 hours of becoming aware of it (Article 33(2) GDPR)');
    });

    // Art. 28(3)(a) AVG: the processor departs from the instructions only when Union or
    // Member State law requires it.
    test('A-24: departing from the instructions', () => {
        for (const text of [md.nl!, docx.nl!]) {
            expect(text).toContain('De Verwerker wijkt alleen van de instructies af als een Unierechtelijke of lidstatelijke bepaling die op hem van toepassing is, hem tot die afwijkende Verwerking verplicht.');
            expect(text).not.toContain('alleen anders dan volgens de instructies');
        }
        for (const text of [md.en!, docx.en!]) {
            expect(text).toContain('The Processor departs from the instructions only where Union or Member State law to which it is subject requires it to process the Personal Data otherwise.');
        }
    });

    // Art. 4(2) AVG says "bewerking", not the Wbp's "handeling"; "Verwerken" is never used
    // capitalised, so only "Verwerking" is defined; the AVG's full title.
    test('A-27: the definitions', () => {
        for (const text of [md.nl!, docx.nl!]) {
            expect(text).toContain('Verwerking: een bewerking of een geheel van bewerkingen met betrekking tot Persoonsgegevens als bedoeld in artikel 4 lid 2 AVG');
            expect(text).not.toMatch(/handeling(en)? met betrekking tot Persoonsgegevens/);
            expect(text).not.toContain('Verwerken of Verwerking');
            expect(text).toContain('betreffende het vrije verkeer van die gegevens en tot intrekking van Richtlijn 95/46/EG');
        }
        for (const text of [md.en!, docx.en!]) {
            expect(text).toContain('Processing (verwerking): any operation or set of operations performed on Personal Data');
            expect(text).not.toContain('Process or Processing');
            expect(text).toContain('on the free movement of such data, and repealing Directive 95/46/EC');
        }
    });

    // the event carries its article in the model ("het einde van …"); the agreement's term is
    // the Main Agreement's.
    test('A-28: retention until an event, for the term of the Main Agreement', () => {
        for (const text of [md.nl!, docx.nl!]) {
            expect(text).toContain('Tot het einde van het dienstverband');
            expect(text).toContain('Gedurende de looptijd van de Hoofdovereenkomst, en daarna ten hoogste 30 kalenderdagen');
            expect(text).not.toMatch(/Tot einde/);
        }
        expect(md.en).toContain('For the term of the Main Agreement, and thereafter for no more than 30 calendar days');
    });

    // headings write defined terms as the body does; "Inbreuk" is the short defined term.
    test('A-36: headings with the defined terms, and "Inbreuk" for short', () => {
        for (const heading of ['Rechten van Betrokkenen', 'Bijstand aan de Verwerkingsverantwoordelijke', 'Teruggave en verwijdering van Persoonsgegevens',
            'Eigen doeleinden van de Verwerker', 'Zeggenschap over de Persoonsgegevens', 'Verantwoordelijkheid van de Verwerkingsverantwoordelijke', 'Onderwerp en doel van de Verwerking']) {
            expect(md.nl).toMatch(new RegExp(`## Artikel \\d+ – ${heading} `));
            expect(docx.nl).toMatch(new RegExp(`^Artikel \\d+ – ${heading}$|^${heading}$`, 'm'));
        }
        for (const heading of ['Rights of Data Subjects', 'Assistance to the Controller', 'Return and deletion of Personal Data', 'Personal Data Breaches']) {
            expect(md.en).toMatch(new RegExp(`## Article \\d+ – ${heading} `));
            expect(docx.en).toMatch(new RegExp(`^Article \\d+ – ${heading}$|^${heading}$`, 'm'));
        }
        for (const text of [md.nl!, docx.nl!]) {
            expect(text).toContain('Inbreuk: een inbreuk in verband met persoonsgegevens als bedoeld in artikel 4 lid 12 AVG');
            // The long form only in the definition itself (lower case) and the article's heading.
            expect(text.match(/Inbreuk(en)? in verband met persoonsgegevens/g)?.length ?? 0).toBe(1);
            expect(text.match(/\bInbreuk(en)?\b/g)?.length ?? 0).toBeGreaterThanOrEqual(9);
        }
    });

    // applicants have no personnel number, and recruitment's minimisation measure does not
    // speak of payroll.
    test('A-40: the recruitment row is about applicants', () => {
        const rows: [string, string][] = [['nl md', md.nl!.split('| 3 |')[1]!.split('| 4 |')[0]!], ['en md', md.en!.split('| 3 |')[1]!.split('| 4 |')[0]!],
            ['nl docx', docx.nl!.split('\n3\n')[1]!.split('\n4\n')[0]!]];
        for (const [where, row] of rows) {
            expect(row, where).toContain('Sollicitanten');
            expect(row, where).toContain('Identificatiegegevens van sollicitanten (naam, adres, woonplaats)');
            expect(row, where).not.toContain('personeelsnummer');
        }
        const recruitment = complete.processings.find(p => p.name === 'Recruitment')!;
        expect(recruitment.measures.map(m => m.ref?.name)).toContain('Minimisation');
        for (const measure of recruitment.measures) expect(measure.ref!.description).not.toMatch(/salaris/i);
    });

    // the sick-leave data (health, Art. 9 AVG) keep their own two-year limit; the fiscal
    // period of art. 52 AWR is the controller's duty and applies to the payroll row only
    // (DPA-R64 reports a statutory period that would override it).
    test('A-05: no fiscal period over the health data', () => {
        const row = md.nl!.split('| 2 |')[1]!.split('| 3 |')[0]!;
        expect(row).toContain('Verzuimgegevens');
        expect(row).toContain('Tot het einde van het dienstverband, en daarna ten hoogste twee jaar');
        expect(row).not.toMatch(/wettelijke|AWR/);
    });

    // B-03: one convention in English: obligations in the present simple, never "shall".
    test('B-03: English obligations in the present simple', () => {
        expect(md.en).not.toMatch(/\bshall\b/i);
        expect(docx.en).not.toMatch(/\bshall\b/i);
    });
});

describe('durations and frequencies from the parameters', () => {
    test('working days say so; hours above twenty stay numerals (nl, en)', async () => {
        const text = withClause('data-subject-requests forward within 2 working-days');
        expect(await markdown(text, 'nl')).toContain('binnen twee werkdagen na ontvangst');
        expect(await markdown(text, 'en')).toContain('within two working days of receipt');
        const breach = withClause('breach notification within 48 hours');
        expect(await markdown(breach, 'nl')).toContain('en in ieder geval binnen 48 uur daarna,');
        expect(await markdown(breach, 'en')).toContain('and in any event within 48 hours of becoming aware of it');
    });

    test('an audit every two years, a review every six months (nl, en)', async () => {
        const audit = withClause('audit every 2 years on-suspicion');
        expect(await markdown(audit, 'nl')).toContain('Een audit kan ten hoogste eenmaal per twee jaar plaatsvinden');
        expect(await markdown(audit, 'en')).toContain('An audit may take place no more than once every two years');
        const security = withClause('security review every 6 months');
        expect(await markdown(security, 'nl')).toContain('ten minste eenmaal per zes maanden en past ze');
        expect(await markdown(security, 'en')).toContain('at least once every six months and adjusts');
    });

    test('an information-only audit once a year (nl, en)', async () => {
        const audit = withClause('audit information-only every 1 year');
        expect(await markdown(audit, 'nl')).toContain("kan zo'n verzoek ten hoogste eenmaal per kalenderjaar doen");
        expect(await markdown(audit, 'en')).toContain('may make such a request no more than once per calendar year');
    });
});

describe('B-03: the English templates', () => {
    const root = join(__dirname, '../../packages/generator/templates/en');
    const files = (dir: string): string[] => readdirSync(dir).flatMap(name => {
        const path = join(dir, name);
        return statSync(path).isDirectory() ? files(path) : [path];
    });

    test('state obligations in the present simple, never with "shall"', () => {
        for (const file of files(root)) expect(readFileSync(file, 'utf8'), file).not.toMatch(/\bshall\b/i);
    });
});

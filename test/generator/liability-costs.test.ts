import { beforeAll, describe, expect, test } from 'vitest';
import { buildAgreementDocument, generateAgreement, templateEngine } from '../../packages/generator/src/index.js';
import { renderDocx } from '../../packages/generator/src/render/docx.js';
import type { Agreement } from '../../packages/language/src/index.js';
import type { Lang } from '../../packages/language/src/i18n/lang.js';
import { readExample } from '../helpers.js';
import { agreementOf } from './helpers.js';
import { docxText } from './docx-text.js';

// Issue 11, round 2 (legal review 2026-11): one liability article whose parameters say what the
// custom clauses of examples/complete.dpa used to restate, a costs regime in the
// standard clauses, the icteam cap of both parties with data loss as indirect damage (C-03)
// and the itzz costs of assistance (D-06).

function count(haystack: string, needle: string): number {
    return haystack.split(needle).length - 1;
}

/** The text of word/document.xml of a DOCX: the runs of each paragraph joined, one paragraph a line. */

const markdown = (agreement: Agreement, lang: Lang) => generateAgreement(agreement, { format: 'md', lang }).replace(/\s+/g, ' ');
const docx = async (agreement: Agreement, lang: Lang) => docxText(await renderDocx(buildAgreementDocument(agreement, { lang }))).replace(/[ \t]+/g, ' ');

/** What complete.dpa's liability and costs articles must say, per language (Art. 28(3)(e)-(h), 28(4), 82, 83 AVG). */
const COMPLETE: Record<Lang, { readonly says: readonly string[]; readonly once: readonly string[]; readonly never: readonly string[] }> = {
    nl: {
        says: [
            // The cap, with the year it counts against.
            'De aansprakelijkheid van de Verwerker is beperkt tot € 250.000 per kalenderjaar. Schade wordt toegerekend aan het kalenderjaar waarin de gebeurtenis plaatsvond die de schade heeft veroorzaakt.',
            // Indirect damage excluded, and data loss kept out of it (A-20: the custom clause's "directe schade" now has a function).
            'De Verwerker is niet aansprakelijk voor indirecte schade, zoals gevolgschade, gederfde winst en gemiste besparingen. Schade door verlies, beschadiging of onrechtmatige Verwerking van Persoonsgegevens geldt niet als indirecte schade.',
            // The carve-out once, with the term of art.
            'De beperkingen van de aansprakelijkheid in dit artikel gelden niet bij opzet of bewuste roekeloosheid van de Verwerker of zijn leidinggevende ondergeschikten.',
            // Art. 82(5) recourse outside the cap, fines allocated.
            'De beperking van de aansprakelijkheid van de Verwerker in dit artikel geldt niet voor zo\'n verhaal.',
            'Iedere Partij draagt zelf de bestuurlijke boeten (artikel 83 AVG)',
            // Costs of assistance, in both the data-subject-requests and the assistance article.
            'De Verwerker brengt geen kosten in rekening voor bijstand die nodig is door een tekortkoming van de Verwerker of van een Subverwerker in de nakoming van deze verwerkersovereenkomst of de AVG. Voor andere bijstand mag hij de Verwerkingsverantwoordelijke redelijke kosten in rekening brengen tegen de tarieven van de Hoofdovereenkomst, nadat hij de geraamde kosten vooraf schriftelijk heeft opgegeven.',
            // Audit costs, the auditor's included, for the processor on non-compliance.
            'De kosten van een audit, waaronder die van de auditor, komen voor rekening van de Verwerkingsverantwoordelijke, tenzij uit de audit blijkt dat de Verwerker deze verwerkersovereenkomst of de AVG niet nakomt; dan komen zij voor rekening van de Verwerker.'
        ],
        // Art. 28(4) once, in the sub-processing article; one carve-out.
        once: ['volledig aansprakelijk', 'opzet of bewuste roekeloosheid', 'Aansprakelijkheid'],
        never: ['Verwerker of zijn leidinggevenden', 'tegenover', 'Kosten van bijstand', 'geldt als directe schade']
    },
    en: {
        says: [
            'The liability of the Processor is limited to €250,000 per calendar year. Damage is attributed to the calendar year in which the event that caused it took place.',
            'The Processor is not liable for indirect damage, such as consequential loss, loss of profit and lost savings. Damage resulting from the loss, impairment or unlawful Processing of Personal Data is not considered indirect damage.',
            'The limitations of liability in this Article do not apply in the event of intent or deliberate recklessness (opzet of bewuste roekeloosheid) on the part of the Processor or its managerial staff (leidinggevende ondergeschikten).',
            'The limitation of the Processor\'s liability in this Article does not apply to such a claim.',
            'Each Party bears the administrative fines (Article 83 GDPR)',
            'The Processor charges no costs for assistance that is needed because of a failure of the Processor or of a Sub-processor to comply with this data processing agreement or the GDPR. For other assistance, it may charge the Controller reasonable costs at the rates of the Main Agreement, after notifying the Controller in writing of the estimated costs in advance.',
            'The costs of an audit, the auditor\'s costs included, are borne by the Controller, unless the audit shows that the Processor is not complying with this data processing agreement or the GDPR; in that case they are borne by the Processor.'
        ],
        once: ['fully liable', 'deliberate recklessness', 'Liability'],
        never: ['not translated', 'niet vertaald', 'Costs of assistance', 'is considered direct damage']
    }
};

describe('examples/complete.dpa: one liability article and the costs in the standard clauses (A-08, A-16, A-20, A-21)', () => {
    let complete: Agreement;
    beforeAll(async () => {
        complete = await agreementOf(readExample('complete.dpa'));
    });

    for (const lang of ['nl', 'en'] as const) {
        for (const [format, render] of [['Markdown', markdown], ['DOCX', docx]] as const) {
            test(`${format} (${lang})`, async () => {
                const text = await render(complete, lang);
                const { says, once, never } = COMPLETE[lang];
                for (const sentence of says) expect(text, sentence).toContain(sentence);
                for (const phrase of once) expect(count(text, phrase), phrase).toBe(1);
                for (const phrase of never) expect(text, phrase).not.toContain(phrase);
                // The costs sentence stands in both assistance articles.
                expect(count(text, says[5]!)).toBe(2);
            });
        }
    }
});

describe('C-03: the icteam cap of both parties, data loss as indirect damage, no contradictions', () => {
    let icteam: Agreement;
    beforeAll(async () => {
        icteam = await agreementOf(readExample('icteam-imaging-people.dpa'));
    });

    test('nl', async () => {
        for (const text of [markdown(icteam, 'nl'), await docx(icteam, 'nl')]) {
            expect(text).toContain('De aansprakelijkheid van Partijen jegens elkaar voor schade die voortvloeit uit een tekortkoming in de nakoming van deze verwerkersovereenkomst of uit een schending van de AVG is uitgesloten voor zover de wet dat toelaat.');
            expect(text).toContain('Voor zover de aansprakelijkheid van een Partij niet kan worden uitgesloten, is zij beperkt tot een totaalbedrag van € 5.000.');
            expect(text).toContain('Partijen zijn jegens elkaar niet aansprakelijk voor indirecte schade');
            expect(text).toContain('Schade door verlies, verminking of vernietiging van gegevens, waaronder Persoonsgegevens, geldt als indirecte schade.');
            expect(text).toContain('De uitsluiting en de beperkingen van de aansprakelijkheid in dit artikel gelden niet bij opzet of bewuste roekeloosheid van de aansprakelijke Partij of haar leidinggevende ondergeschikten.');
            // Nothing of the processor-only regime, nor the opposite statement on data loss (C-03).
            expect(text).not.toContain('Iedere Partij is jegens de andere Partij aansprakelijk');
            expect(text).not.toContain('De aansprakelijkheid van de Verwerker is beperkt');
            expect(text).not.toContain('geldt niet als indirecte schade');
            expect(text).not.toContain('bedrijfsleiding');
            expect(count(text, 'opzet of bewuste roekeloosheid')).toBe(2); // the carve-out, and the seed's fines rule (12.1)
        }
    });

    test('en', async () => {
        for (const text of [markdown(icteam, 'en'), await docx(icteam, 'en')]) {
            expect(text).toContain('The liability of the Parties towards each other for damage resulting from a failure to perform this data processing agreement or from an infringement of the GDPR is excluded, insofar as the law permits.');
            expect(text).toContain('Insofar as the liability of a Party cannot be excluded, it is limited to a total amount of €5,000.');
            expect(text).toContain('Neither Party is liable to the other Party for indirect damage');
            expect(text).toContain('Damage resulting from the loss, corruption or destruction of data, Personal Data included, is considered indirect damage.');
            expect(text).toContain('on the part of the liable Party or its managerial staff (leidinggevende ondergeschikten)');
            expect(text).not.toContain('is not considered indirect damage');
            expect(text).not.toContain('The liability of the Processor is limited');
        }
    });
});

describe('D-06: the itzz template puts the costs of art. 3.8 on the customer, natively', () => {
    test('nl and en', async () => {
        const itzz = await agreementOf(readExample('itzz-template.dpa'));
        const nl = markdown(itzz, 'nl');
        // Once after the data-subject requests, once after the breach assistance.
        expect(count(nl, 'De Verwerker mag de kosten van deze bijstand in rekening brengen bij de Verwerkingsverantwoordelijke.')).toBe(2);
        expect(count(markdown(itzz, 'en'), 'The Processor may charge the Controller the costs of this assistance.')).toBe(2);
    });
});

describe('A-08: the cap, exclusion and carve-out of both parties, and the cap\'s reach over recourse', () => {
    const withLiability = async (liability: string) => agreementOf(readExample('complete.dpa').replace(/\n {4}liability [^\n]*/, `\n    ${liability}`));

    test('`mutual` caps each party, and the recourse sentence names no one party', async () => {
        const agreement = await withLiability('liability mutual cap 100000 EUR per event recourse capped');
        const nl = markdown(agreement, 'nl');
        expect(nl).toContain('De aansprakelijkheid van iedere Partij is beperkt tot € 100.000 per gebeurtenis');
        expect(nl).toContain('De beperking van de aansprakelijkheid in dit artikel geldt niet bij opzet of bewuste roekeloosheid van de aansprakelijke Partij of haar leidinggevende ondergeschikten.');
        expect(nl).toContain('De beperking van de aansprakelijkheid in dit artikel geldt ook voor zo\'n verhaal.');
        const en = markdown(agreement, 'en');
        expect(en).toContain('The liability of each Party is limited to €100,000 per event');
        expect(en).toContain('The limitation of liability in this Article also applies to such a claim.');
    });

    test('`excluded` without `mutual` excludes only the processor\'s liability', async () => {
        const agreement = await withLiability('liability excluded');
        const nl = markdown(agreement, 'nl');
        expect(nl).toContain('De aansprakelijkheid van de Verwerker jegens de Verwerkingsverantwoordelijke voor zulke schade is uitgesloten voor zover de wet dat toelaat.');
        expect(nl).toContain('De uitsluiting van de aansprakelijkheid in dit artikel geldt niet bij opzet of bewuste roekeloosheid van de Verwerker of zijn leidinggevende ondergeschikten.');
        const en = markdown(agreement, 'en');
        expect(en).toContain('The liability of the Processor towards the Controller for such damage is excluded, insofar as the law permits.');
        expect(en).toContain('The exclusion of liability in this Article does not apply in the event of intent or deliberate recklessness');
    });
});

describe('C-03: a record of an existing agreement (`faithful`) states only its own liability terms', () => {
    /** The liability article of a clause view with a cap and recourse capped, as the root view has it (r5-faith sets `faithful`). */
    const render = (lang: Lang, faithful: boolean) => templateEngine(lang).render('articles/liability', {
        faithful, mainAgreement: true,
        clause: { mainAgreement: false, art82: !faithful, mutual: true, excluded: false, cap: '€ 5.000', total: true, perEvent: false, perYear: false, perCalendarYear: false, excludeIndirect: false, dataLossIndirect: false, limited: true, limits: false, finesOwn: false, recourseCapped: true, recourseUncapped: false }
    }).replace(/\s+/g, ' ');

    test('nl', () => {
        expect(render('nl', false)).toContain('(artikel 82 lid 5 AVG). De beperking van de aansprakelijkheid in dit artikel geldt ook voor zo\'n verhaal.');
        const faithful = render('nl', true);
        expect(faithful).not.toContain('Betrokkenen');
        expect(faithful).toContain('De beperking van de aansprakelijkheid in dit artikel geldt ook voor het verhaal op grond van artikel 82 lid 5 AVG.');
    });

    test('en', () => {
        expect(render('en', false)).toContain('(Article 82(5) GDPR). The limitation of liability in this Article also applies to such a claim.');
        const faithful = render('en', true);
        expect(faithful).not.toContain('Data Subjects');
        expect(faithful).toContain('The limitation of liability in this Article also applies to a claim under Article 82(5) GDPR.');
    });
});

import { describe, expect, test } from 'vitest';
import { buildAgreementDocument, generateAgreement, templateEngine, type GenerateOptions } from '../../packages/generator/src/index.js';
import { renderDocx } from '../../packages/generator/src/render/docx.js';
import { minimalAgreement, readExample } from '../helpers.js';
import { agreementOf } from './helpers.js';
import { docxPart } from './docx-text.js';

// Issue 11 round 2 (legal review 2026-11): suspension and termination as clause 10 of the
// Commission's standard contractual clauses, Implementing Decision (EU) 2021/915; the
// controller's step-in towards sub-processors, cl. 7.7(e); termination for breach as
// opzegging or ontbinding, art. 6:265 BW; confidentiality that survives the end;
// a deadline for the controller's choice between return and deletion (A-28, D-09).

type Lang = GenerateOptions['lang'];

async function markdown(text: string, lang: Lang): Promise<string> {
    return generateAgreement(await agreementOf(text), { format: 'md', lang }).replace(/\s+/g, ' ');
}

/** The minimal agreement with one of its clause lines replaced. */
function withClause(from: RegExp, to: string): string {
    const text = minimalAgreement();
    const result = text.replace(from, `\n    ${to}\n`);
    expect(result).not.toBe(text);
    return result;
}

const withDuration = (duration: string) => withClause(/\n\s*duration[^\n]*\n/, duration);
const withTermination = (termination: string) => withClause(/\n\s*termination[^\n]*\n/, termination);

/** The text of word/document.xml of the agreement's Word file, without its markup. */
async function wordText(text: string, lang: Lang): Promise<string> {
    const xml = docxPart(await renderDocx(buildAgreementDocument(await agreementOf(text), { lang })), 'word/document.xml');
    return xml.replace(/<w:tab\/>/g, ' ').replace(/<[^>]+>/g, '').replace(/&amp;/g, '&').replace(/\s+/g, ' ');
}

const SCC10 = {
    nl: {
        inability: 'Kan de Verwerker deze verwerkersovereenkomst of een instructie van de Verwerkingsverantwoordelijke, om welke reden ook, niet (langer) nakomen, dan meldt hij dat onverwijld aan de Verwerkingsverantwoordelijke.',
        suspension: 'dan kan de Verwerkingsverantwoordelijke hem opdragen de Verwerking op te schorten totdat hij zijn verplichtingen weer nakomt',
        restore: 'de Verwerking is opgeschort en de Verwerker zijn verplichtingen niet binnen een redelijke termijn, en in ieder geval binnen één maand na de opschorting, weer nakomt',
        decision: 'de Verwerker een bindende beslissing van een bevoegde rechter of van de Autoriteit Persoonsgegevens over zijn verplichtingen uit deze verwerkersovereenkomst of de AVG niet nakomt',
        processor: 'houdt de Verwerkingsverantwoordelijke daarna aan die instructie vast, dan kan de Verwerker deze verwerkersovereenkomst'
    },
    en: {
        inability: 'If the Processor is unable, for whatever reason, to comply with this data processing agreement or with an instruction of the Controller, it informs the Controller thereof without delay.',
        suspension: 'the Controller may instruct it to suspend the Processing until it complies with its obligations again',
        restore: 'the Processing has been suspended and the Processor does not comply with its obligations again within a reasonable time, and in any event within one month of the suspension',
        decision: 'the Processor fails to comply with a binding decision of a competent court or of the Dutch Data Protection Authority regarding its obligations',
        processor: 'and the Controller nevertheless insists on that instruction, the Processor may terminate this data processing agreement'
    }
} as const;

describe('A-09: the SCC clause 10 mechanism, on by default', () => {
    test.each(['nl', 'en'] as const)('%s: notice of inability, suspension, termination on suspension or a binding decision, the processor\'s exit', async lang => {
        const md = await markdown(minimalAgreement(), lang);
        for (const phrase of Object.values(SCC10[lang])) expect(md).toContain(phrase);
    });

    test.each(['nl', 'en'] as const)('%s: `restore within 2 months` and `without processor-termination`', async lang => {
        const md = await markdown(withDuration('duration main-agreement restore within 2 months without processor-termination'), lang);
        expect(md).toContain(lang === 'nl' ? 'in ieder geval binnen twee maanden na de opschorting' : 'in any event within two months of the suspension');
        expect(md).toContain(SCC10[lang].decision);
        expect(md).not.toContain(SCC10[lang].processor);
    });

    test.each(['nl', 'en'] as const)('%s: `without suspension` leaves out the suspension and the termination that depends on it, not the rest', async lang => {
        const md = await markdown(withDuration('duration main-agreement without suspension'), lang);
        expect(md).not.toContain(SCC10[lang].suspension);
        expect(md).not.toContain(SCC10[lang].restore);
        expect(md).toContain(SCC10[lang].inability);
        expect(md).toContain(SCC10[lang].decision);
        expect(md).toContain(SCC10[lang].processor);
    });

    test.each(['nl', 'en'] as const)('%s Word: the same paragraphs in word/document.xml', async lang => {
        const xml = await wordText(readExample('complete.dpa'), lang);
        for (const phrase of Object.values(SCC10[lang])) expect(xml).toContain(phrase);
    });
});

describe('A-29: termination for breach is opzegging or ontbinding, without damages', () => {
    test('nl', async () => {
        const md = await markdown(minimalAgreement(), 'nl');
        expect(md).toContain('met onmiddellijke ingang schriftelijk opzeggen of buitengerechtelijk ontbinden, zonder tot schadevergoeding gehouden te zijn.');
        expect(md).not.toContain('met onmiddellijke ingang schriftelijk opzeggen.');
    });

    test('en', async () => {
        const md = await markdown(minimalAgreement(), 'en');
        expect(md).toContain('the Controller may terminate or rescind this data processing agreement');
        expect(md).toContain('in writing with immediate effect, without being liable to pay compensation.');
    });
});

describe('A-10: the controller may instruct a sub-processor when the processor is gone', () => {
    test('nl', async () => {
        const md = await markdown(minimalAgreement(), 'nl');
        expect(md).toContain('De Verwerker neemt in iedere overeenkomst met een Subverwerker een beding ten behoeve van de Verwerkingsverantwoordelijke op');
        expect(md).toContain('is de Verwerker feitelijk verdwenen, heeft hij rechtens opgehouden te bestaan of is hij insolvent geworden, dan kan de Verwerkingsverantwoordelijke die overeenkomst beëindigen en de Subverwerker opdragen de Persoonsgegevens te verwijderen of aan de Verwerkingsverantwoordelijke terug te geven.');
    });

    test('en', async () => {
        const md = await markdown(minimalAgreement(), 'en');
        expect(md).toContain('where the Processor has factually disappeared, has ceased to exist in law or has become insolvent, the Controller may terminate that contract and instruct the Sub-processor to delete the Personal Data or to return them to the Controller.');
    });

    test('not where nothing is flowed down to sub-processors', async () => {
        const md = await markdown(withClause(/\n\s*subprocessing[^\n]*\n/, 'subprocessing specific flow-down none'), 'nl');
        expect(md).not.toContain('beding ten behoeve van de Verwerkingsverantwoordelijke');
    });
});

describe('A-31: confidentiality survives the end; holding data is a floor, not a limit', () => {
    test('nl', async () => {
        const md = await markdown(minimalAgreement(), 'nl');
        expect(md).toContain('De geheimhoudingsplicht blijft na het einde van deze verwerkersovereenkomst van kracht, en in ieder geval zolang de Verwerker of een van zijn Subverwerkers nog Persoonsgegevens onder zich heeft.');
        expect(md).not.toContain('van kracht zolang de Verwerker');
        // The survival provision names confidentiality, as the article does.
        expect(md).toContain('Daartoe behoren in ieder geval de bepalingen over geheimhouding');
    });

    test('en', async () => {
        const md = await markdown(minimalAgreement(), 'en');
        expect(md).toContain('The duty of confidentiality remains in force after the end of this data processing agreement, and in any event for as long as the Processor or any of its Sub-processors still holds Personal Data.');
    });
});

describe('A-28/D-09: a deadline for the controller\'s choice between return and deletion', () => {
    test.each([
        ['termination return-or-delete within 30 days certificate', 'vóór het einde van de dienstverlening kenbaar', 'before the end of the provision of services, the Processor deletes'],
        ['termination return-or-delete within 30 days choice within 14 days', 'Maakt de Verwerkingsverantwoordelijke zijn keuze niet binnen veertien kalenderdagen na het einde van de dienstverlening kenbaar, dan verwijdert de Verwerker de Persoonsgegevens.',
            'If the Controller does not make its choice known within fourteen calendar days after the end of the provision of services, the Processor deletes the Personal Data.']
    ] as const)('%s', async (clause, nl, en) => {
        const text = withTermination(clause);
        const dutch = await markdown(text, 'nl');
        expect(dutch).toContain(nl);
        expect(dutch).not.toContain('niet tijdig kenbaar');
        const english = await markdown(text, 'en');
        expect(english).toContain(en);
        expect(english).not.toContain('its choice known in good time');
    });
});

describe('faithful records (the shared `@root.faithful` convention): no protection the original never had', () => {
    const duration = { mainAgreement: true, whileProcessing: false, survivalDefault: true, survivesByNature: false, survives: [], suspension: true, restore: '1 maand', processorTermination: true };
    const termination = { returnOrDelete: true, deleteOnly: false, returnOnly: false, certificate: false, certificateOnRequest: false, exportIndicative: false, onlyOnRequest: false, asFarAsPossible: false, choiceBeforeEnd: false };
    const root = { mainAgreement: { title: 'Hoofdovereenkomst' }, authority: 'de Autoriteit Persoonsgegevens', annex: { processing: 1, measures: 2, subprocessors: 3 }, subprocessorCount: 0, subprocessorNames: [], controller: {}, processor: {} };
    const confidentiality = { untilDeletion: true, personsBound: true, consent: false, legalDuty: false, necessary: false, legitimateReason: false };
    const subprocessing = { specific: true, general: false, withoutAuthorisation: false, classes: [], listOnRequest: false, noticeInAdvance: false, noticeOfChanges: false, objection: false, objectionReasonable: false, reasonableGrounds: false, defaultAfterObjection: true, notEngaged: false, goodFaith: false, controllerMayTerminate: false, processorMayTerminate: false, flowDownSame: true, flowDownEquivalent: false, flowDownNone: false };

    test.each([true, false])('nl, faithful %s', faithful => {
        const engine = templateEngine('nl');
        const render = (name: string, clause: object) => engine.render(`articles/${name}`, { ...root, faithful, clause }).replace(/\s+/g, ' ');
        const end = render('duration', duration);
        expect(end.includes('opdragen de Verwerking op te schorten')).toBe(!faithful);
        expect(end.includes('om welke reden ook')).toBe(!faithful);
        expect(end.includes('bindende beslissing')).toBe(!faithful);
        expect(end.includes('zonder tot schadevergoeding gehouden te zijn')).toBe(!faithful);
        // A record states no termination for breach of its own (C-11): the whole paragraph is the standard's.
        expect(end.includes('opzeggen of buitengerechtelijk ontbinden')).toBe(!faithful);
        expect(render('subprocessing', subprocessing).includes('beding ten behoeve van de Verwerkingsverantwoordelijke')).toBe(!faithful);
        // A record keeps the original's limit; a generated agreement makes it a floor.
        expect(render('confidentiality', confidentiality).includes('van kracht zolang de Verwerker')).toBe(faithful);
        expect(render('termination', termination).includes('zijn keuze niet tijdig kenbaar')).toBe(faithful);
    });

    test.each([true, false])('en, faithful %s', faithful => {
        const engine = templateEngine('en');
        const render = (name: string, clause: object) => engine.render(`articles/${name}`, { ...root, authority: 'the Dutch Data Protection Authority', faithful, clause }).replace(/\s+/g, ' ');
        const end = render('duration', { ...duration, restore: '1 month' });
        expect(end.includes('instruct it to suspend the Processing')).toBe(!faithful);
        expect(end.includes('binding decision')).toBe(!faithful);
        expect(end.includes('without being liable to pay compensation')).toBe(!faithful);
        expect(end.includes('terminate or rescind')).toBe(!faithful);
        expect(render('subprocessing', subprocessing).includes('stipulation for the benefit of the Controller')).toBe(!faithful);
        expect(render('confidentiality', confidentiality).includes('for as long as the Processor or any of its Sub-processors holds')).toBe(faithful);
        expect(render('termination', termination).includes('its choice known in good time')).toBe(faithful);
    });
});

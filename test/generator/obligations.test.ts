import { describe, expect, test } from 'vitest';
import { buildAgreementDocument, generateAgreement, templateEngine, type GenerateOptions } from '../../packages/generator/src/index.js';
import { renderDocx } from '../../packages/generator/src/render/docx.js';
import { buildAgreementView, clauseView, Formatter } from '../../packages/generator/src/view-builder.js';
import type { Agreement, Clause } from '../../packages/language/src/index.js';
import { minimalAgreement, readExample } from '../helpers.js';
import { agreementOf } from './helpers.js';
import { docxText } from './docx-text.js';

// Issue 11 (legal review 2026-11), obligations the standard set lacked: cooperation with the
// supervisory authority and answers to the controller, certifications and assurance reports
// kept up, data found inaccurate, assurance standards apart from security norms
// what the processor provides for a DPIA.

type Lang = NonNullable<GenerateOptions['lang']>;

async function markdown(text: string, lang: Lang): Promise<string> {
    return generateAgreement(await agreementOf(text), { format: 'md', lang }).replace(/\s+/g, ' ');
}

/** The text of word/document.xml of the agreement's DOCX (runs joined, tags dropped). */
async function wordText(agreement: Agreement, lang: Lang): Promise<string> {
    return docxText(await renderDocx(buildAgreementDocument(agreement, { lang })));
}

/**
 * A standard article rendered with the root flag `faithful` (the model records an existing
 * agreement): the new default-on paragraphs must then be absent.
 */
function faithfulArticle(agreement: Agreement, type: Clause['$type'], kind: string, lang: Lang): string {
    const engine = templateEngine(lang);
    const f = new Formatter(agreement, engine);
    const clause = agreement.clauses.find(c => c.$type === type)!;
    return engine.session(() => engine.render(`articles/${kind}`, { ...buildAgreementView(agreement, f), clause: clauseView(clause, f), faithful: true })).replace(/\s+/g, ' ');
}

const complete = readExample('complete.dpa');

describe('A-13: information for the supervisory authority (Art. 31) and answers to the controller (SCC 7.6(b), (e))', () => {
    test('nl', async () => {
        const md = await markdown(complete, 'nl');
        expect(md).toContain('De Verwerker beantwoordt vragen van de Verwerkingsverantwoordelijke over de Verwerking onverwijld en naar behoren.');
        expect(md).toContain('De Verwerker stelt de informatie van dit artikel, waaronder de uitkomsten van audits, op verzoek ter beschikking van de Autoriteit Persoonsgegevens en werkt met haar samen bij de uitvoering van haar taken (artikel 31 AVG).');
    });

    test('en', async () => {
        const md = await markdown(complete, 'en');
        expect(md).toContain('The Processor answers the Controller\'s inquiries about the Processing promptly and adequately.');
        expect(md).toContain('available to the Dutch Data Protection Authority on request and cooperates with it in the performance of its tasks (Article 31 GDPR).');
    });

    test('information-only: no audits to speak of', async () => {
        const text = minimalAgreement().replace('audit every 1 year on-suspicion by controller-or-auditor', 'audit information-only');
        expect(await markdown(text, 'nl')).toContain('De Verwerker stelt de informatie van dit artikel op verzoek ter beschikking van de Autoriteit Persoonsgegevens');
        expect(await markdown(text, 'en')).toContain('The Processor makes the information referred to in this Article available to');
    });

    test('not asserted in the record of an existing agreement (faithful)', async () => {
        const agreement = await agreementOf(complete);
        expect(faithfulArticle(agreement, 'AuditClause', 'audit', 'nl')).not.toMatch(/artikel 31 AVG|naar behoren/);
        expect(faithfulArticle(agreement, 'AuditClause', 'audit', 'en')).not.toMatch(/Article 31 GDPR|promptly/);
    });
});

describe('A-17 and A-30: certifications kept up, assurance reports where audits are, not among the security norms', () => {
    test('nl: the security article lists norms only, keeps the certifications up; the audit article has the assurance report', async () => {
        const md = await markdown(complete, 'nl');
        const norms = /hanteert de Verwerker de normen en richtlijnen die Bijlage 2 bij de betrokken maatregelen vermeldt \(([^)]*)\)/.exec(md);
        expect(norms?.[1]).toContain('ISO/IEC 27001');
        // ISAE 3402 is an assurance standard for auditors, not a security norm.
        expect(norms?.[1]).not.toContain('ISAE');
        expect(md).toContain('De Verwerker houdt zijn certificering volgens ISO/IEC 27001, ISO/IEC 27701 en NEN 7510, die Bijlage 2 vermeldt, in stand zolang hij Persoonsgegevens voor de Verwerkingsverantwoordelijke verwerkt.');
        expect(md).toContain('stelt hem onverwijld in kennis wanneer een certificering wordt geschorst of ingetrokken of afloopt zonder te worden verlengd.');
        expect(md).toContain('Bijlage 2 vermeldt dat een onafhankelijke auditor volgens ISAE 3402 rapporteert over de beheersmaatregelen van de Verwerker (een assurancerapport).');
        expect(md).toContain('verstrekt de Verwerkingsverantwoordelijke op verzoek het meest recente rapport');
        expect(md).toContain('| audit | assurancerapport volgens ISAE 3402 |');
    });

    test('en', async () => {
        const md = await markdown(complete, 'en');
        const norms = /applies the standards and guidelines that Annex 2 lists for the measures concerned \(([^)]*)\)/.exec(md);
        expect(norms?.[1]).not.toContain('ISAE');
        expect(md).toContain('The Processor maintains its certification under ISO/IEC 27001, ISO/IEC 27701 and NEN 7510, stated in Annex 2, for as long as it processes Personal Data for the Controller.');
        expect(md).toContain('Annex 2 states that an independent auditor reports on the Processor\'s controls under ISAE 3402 (an assurance report).');
        expect(md).toContain('provides the Controller on request with the most recent report');
        expect(md).toContain('| audit | assurance report under ISAE 3402 |');
    });

    test('DOCX: the same articles and the annex cell, nl and en', async () => {
        const agreement = await agreementOf(complete);
        const nl = await wordText(agreement, 'nl');
        expect(nl).toContain('De Verwerker houdt zijn certificering volgens ISO/IEC 27001, ISO/IEC 27701 en NEN 7510');
        expect(nl).toContain('assurancerapport volgens ISAE 3402');
        expect(nl).not.toMatch(/normen en richtlijnen[^\n]*ISAE/);
        const en = await wordText(agreement, 'en');
        expect(en).toContain('The Processor maintains its certification under ISO/IEC 27001');
        expect(en).toContain('assurance report under ISAE 3402');
        expect(en).not.toMatch(/standards and guidelines[^\n]*ISAE/);
    });

    test('nothing claimed when no measure is certified or reported on', async () => {
        const md = await markdown(minimalAgreement(), 'nl');
        expect(md).not.toContain('certificering');
        expect(md).not.toContain('assurancerapport');
    });

    test('faithful: the facts stay, the new duties do not', async () => {
        const agreement = await agreementOf(complete);
        const security = faithfulArticle(agreement, 'SecurityClause', 'security', 'nl');
        expect(security).toContain('normen en richtlijnen');
        expect(security).not.toContain('in stand');
        const audit = faithfulArticle(agreement, 'AuditClause', 'audit', 'en');
        expect(audit).toContain('under ISAE 3402 (an assurance report)');
        expect(audit).not.toContain('most recent report');
    });
});

describe('A-18: data found inaccurate or outdated (SCC 2021/915 cl. 8(c)(3), Art. 5(1)(d))', () => {
    test('nl and en', async () => {
        expect(await markdown(complete, 'nl')).toContain('Stelt de Verwerker vast dat Persoonsgegevens die hij verwerkt onjuist of verouderd zijn, dan stelt hij de Verwerkingsverantwoordelijke daarvan onverwijld in kennis, zodat deze kan beslissen over rectificatie of wissing (artikel 5 lid 1 onder d AVG).');
        expect(await markdown(complete, 'en')).toContain('If the Processor becomes aware that Personal Data it processes are inaccurate or have become outdated, it informs the Controller without undue delay');
    });

    test('faithful: not added', async () => {
        const agreement = await agreementOf(complete);
        expect(faithfulArticle(agreement, 'AssistanceClause', 'assistance', 'nl')).not.toContain('onjuist of verouderd');
    });
});

describe('A-35: what the processor provides for a DPIA', () => {
    test('nl: description, measures, sub-processors, transfers', async () => {
        const md = await markdown(complete, 'nl');
        expect(md).toContain('Voor een gegevensbeschermingseffectbeoordeling (artikel 35 lid 7 AVG) verstrekt de Verwerker in ieder geval: - een beschrijving van de Verwerking die hij verricht en van de doeleinden daarvan (Bijlage 1) - een beschrijving van de technische en organisatorische maatregelen (Bijlage 2) - een overzicht van de Subverwerkers (Bijlage 3) - een overzicht van de doorgiften naar derde landen, met de waarborgen daarvoor');
    });

    test('en', async () => {
        const md = await markdown(complete, 'en');
        expect(md).toContain('For a data protection impact assessment (Article 35(7) GDPR) the Processor provides at least: - a description of the Processing it carries out and of its purposes (Annex 1) - a description of the technical and organisational measures (Annex 2) - a list of the Sub-processors (Annex 3) - a list of the transfers to third countries, with the safeguards for them');
    });

    test('only what the model has: no transfers, no DPIA topic', async () => {
        const md = await markdown(minimalAgreement(), 'nl');
        expect(md).toContain('verstrekt de Verwerker in ieder geval');
        expect(md).not.toContain('doorgiften naar derde landen, met de waarborgen');
        const noDpia = await markdown(minimalAgreement().replace('assistance security, breach, dpia, prior-consultation', 'assistance security, breach'), 'en');
        expect(noDpia).not.toContain('For a data protection impact assessment');
    });
});

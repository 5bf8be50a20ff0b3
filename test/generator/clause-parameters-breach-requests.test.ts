import { describe, expect, test } from 'vitest';
import { generateAgreement } from '../../packages/generator/src/index.js';
import { check, minimalAgreement } from '../helpers.js';

// The parameters of the standard clauses security, breach notification, data-subject requests and
// assistance: the generated text says what the parameters say, in Dutch and in English, and the
// default text is unchanged.

function variant(replacements: readonly [string, string][]): string {
    return replacements.reduce((text, [from, to]) => text.replace(from, to), minimalAgreement());
}

async function markdown(text: string, lang: 'nl' | 'en'): Promise<string> {
    const result = await check(text);
    return generateAgreement(result.agreement!, { format: 'md', lang }).replace(/\s+/g, ' ');
}

const WEAK = variant([
    ['    security\n', '    security best-efforts no-guarantee reasonable-level accepted-by-controller controller-responsible updates-charged\n'],
    ['breach notification within 24 hours', 'breach notification within 48 hours target from discovery including-incidents only-large-impact definition security-measures contents cause, nature, subjects, records, consequences secrecy'],
    ['data-subject-requests forward within 5 days', 'data-subject-requests forward directly rights access, rectification, erasure, portability extent within-reasonable-limits costs charged-if-substantial'],
    ['assistance security, breach, dpia, prior-consultation', 'assistance security, breach, dpia, prior-consultation extent as-far-as-possible costs charged']
]);

describe('clause parameters: security, breach, requests, assistance', () => {
    test('the default text is the statutory one (nl, en)', async () => {
        const nl = await markdown(minimalAgreement(), 'nl');
        expect(nl).toContain('De Verwerker neemt alle maatregelen die op grond van artikel 32 AVG vereist zijn');
        expect(nl).toContain('zonder onredelijke vertraging, en in ieder geval binnen 24 uur daarna, aan de Verwerkingsverantwoordelijke');
        expect(nl).toContain('het recht op overdraagbaarheid van gegevens (artikel 20 AVG)');
        expect(nl).toContain('wordt gemeld aan de Autoriteit Persoonsgegevens');
        expect(nl).not.toContain('inspanningsverplichting');
        const en = await markdown(minimalAgreement(), 'en');
        expect(en).toContain('without undue delay, and in any event within 24 hours of becoming aware of it (Article 33(2) GDPR)');
        expect(en).toContain('notified to the Dutch Data Protection Authority');
    });

    test('Dutch: weakened security, a target from discovery, a narrower breach, limited requests, costs', async () => {
        const nl = await markdown(WEAK, 'nl');
        expect(nl).toContain('deze verplichting is een inspanningsverplichting');
        expect(nl).toContain('staat er niet voor in dat de maatregelen onder alle omstandigheden doeltreffend zijn');
        expect(nl).toContain('erkent dat de maatregelen van Bijlage 2 een passend beveiligingsniveau bieden');
        expect(nl).toContain('beveiligingsniveau dat redelijk is');
        expect(nl).toContain('nadat hij zich ervan heeft vergewist dat de vereiste beveiligingsmaatregelen zijn getroffen');
        expect(nl).toContain('mag de Verwerker de kosten daarvan in rekening brengen voordat hij ze neemt');
        expect(nl).toContain('Zodra de Verwerker een Inbreuk ontdekt, meldt hij die zonder onredelijke vertraging aan');
        expect(nl).toContain('Hij streeft ernaar de melding te doen binnen 48 uur nadat hij de Inbreuk heeft ontdekt.');
        expect(nl).toContain('meldt op dezelfde wijze een beveiligingsincident');
        expect(nl).toContain('meldt alleen een Inbreuk met grote gevolgen');
        expect(nl).toContain('een inbreuk op de beveiligingsmaatregelen');
        expect(nl).toContain('- de oorzaak van de Inbreuk');
        expect(nl).not.toContain('functionaris voor gegevensbescherming of een ander contactpunt');
        expect(nl).not.toContain('in fasen');
        expect(nl).toContain('geheim tegenover anderen dan elkaar');
        expect(nl).toContain('direct na ontvangst');
        expect(nl).toContain('binnen redelijke grenzen bijstand');
        expect(nl).not.toContain('het recht van bezwaar');
        expect(nl).toContain('het recht op overdraagbaarheid van gegevens');
        expect(nl).toContain('Vraagt de bijstand een aanzienlijke inspanning');
        expect(nl).toContain('De Verwerker mag de kosten van deze bijstand in rekening brengen');
    });

    test('English: the same parameters', async () => {
        const en = await markdown(WEAK, 'en');
        expect(en).toContain('this obligation is one of best efforts');
        expect(en).toContain('does not warrant that the measures are effective in all circumstances');
        expect(en).toContain('only after it has made sure that the required security measures are in place');
        expect(en).toContain('As soon as the Processor discovers a Personal Data Breach, it notifies the Controller of it without undue delay (Article 33(2) GDPR)');
        expect(en).toContain('It aims to notify within 48 hours of discovering the Personal Data Breach.');
        expect(en).toContain('notifies in the same way a security incident');
        expect(en).toContain('notifies only a Personal Data Breach with a large impact');
        expect(en).toContain('immediately on receipt');
        expect(en).toContain('within reasonable limits, in fulfilling');
        expect(en).not.toContain('the right to object');
        expect(en).toContain('The Processor may charge the Controller the costs of this assistance.');
    });

    test('no deadline, no contents, forwarding only, lawful costs; a Belgian controller has the GBA', async () => {
        const text = variant([
            ['breach notification within 24 hours', 'breach notification no-deadline contents none'],
            ['data-subject-requests forward within 5 days', 'data-subject-requests no-assistance rights access, rectification'],
            ['assistance security, breach, dpia, prior-consultation', 'assistance security, breach, dpia, prior-consultation costs controller-caused'],
            ['city "Utrecht"', 'city "Brussel" country BE']
        ]);
        const nl = await markdown(text, 'nl');
        expect(nl).toContain('meldt hij die aan de Verwerkingsverantwoordelijke (artikel 33 lid 2 AVG)');
        expect(nl).not.toContain('De melding bevat ten minste');
        expect(nl).toContain('de Verwerker verleent daarbij geen verdere bijstand');
        expect(nl).not.toContain('stuurt de Verwerker dat verzoek');
        expect(nl).toContain('geen kosten in rekening, behalve voor zover de bijstand nodig is door een handelen of nalaten van de Verwerkingsverantwoordelijke');
        expect(nl).toContain('wordt gemeld aan de Gegevensbeschermingsautoriteit');
        expect(nl).toContain('voorafgaande raadpleging van de Gegevensbeschermingsautoriteit');
        const en = await markdown(text, 'en');
        expect(en).toContain('it notifies the Controller of it (Article 33(2) GDPR)');
        expect(en).toContain('the Processor gives no further assistance with them');
        expect(en).not.toContain('forwards that request');
        expect(en).toContain('notified to the Belgian Data Protection Authority (Gegevensbeschermingsautoriteit)');
    });
});

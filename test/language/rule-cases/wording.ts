import { minimalAgreement } from '../../helpers.js';
import type { QuietCase, RuleCase } from './types.js';

/** The minimal agreement with one custom clause (no `covers`) holding the given paragraphs. */
const clause = (title: string, ...paragraphs: string[]) =>
    minimalAgreement(`clause Extra "${title}" {\n${paragraphs.map(p => `        text "${p}"\n`).join('')}    }`);
/** The minimal agreement with two custom clauses. */
const clauses = (first: string, second: string) =>
    minimalAgreement(`clause First "Eerste" {\n        text "${first}"\n    }\n    clause Second "Tweede" {\n        text "${second}"\n    }`);

const DUPLICATE = 'Verwerker geeft met deze overeenkomst uitvoering aan artikel 28 lid 3 AVG.';

export const cases: RuleCase[] = [
    // DPA-R04: own or open-ended purposes.
    {
        rule: 'DPA-R04', name: 'purposes widened to those "reasonably related"',
        text: clause('Doeleinden', 'Verwerker verwerkt de persoonsgegevens ook voor doelen die redelijkerwijs samenhangen met die van Bijlage 1.'),
        covered: 'redelijkerwijs samenhangen'
    },
    {
        rule: 'DPA-R04', name: 'the processor\'s own research (once per sentence)',
        text: clause('Onderzoek', 'Verwerker mag de persoonsgegevens gebruiken voor enquêtes en voor wetenschappelijk onderzoek.'),
        covered: 'enquêtes'
    },
    {
        rule: 'DPA-R04', name: 'disclosure whenever "logischerwijs noodzakelijk", even in a negated sentence',
        text: clause('Geheimhouding', 'De geheimhouding geldt niet als verstrekking logischerwijs noodzakelijk is.'),
        covered: 'logischerwijs noodzakelijk'
    },

    // DPA-R14 (text): a vague breach-notice deadline.
    {
        rule: 'DPA-R14', name: '"onverwijld" for a breach notice, without hours (warning)',
        text: clause('Meldingen', 'Verwerker meldt een datalek onverwijld aan Verwerkingsverantwoordelijke.'),
        covered: 'onverwijld', message: '“onverwijld” (no hours)', severity: 'warning'
    },

    // DPA-R24: invalid transfer instruments in the text.
    {
        rule: 'DPA-R24', name: 'Privacy Shield named as the basis of a transfer',
        text: clause('Doorgifte', 'Doorgifte naar de Verenigde Staten gebeurt op basis van het Privacy Shield.'),
        covered: 'Privacy Shield', message: 'Privacy Shield is no longer', fixes: ['Replace with “het EU-VS Data Privacy Framework”']
    },
    {
        rule: 'DPA-R24', name: 'the old standard contractual clauses',
        text: clause('Doorgifte', 'Voor doorgiften gebruiken partijen de standaardcontractbepalingen van Besluit 2010/87/EU.'),
        covered: '2010/87/EU', fixes: ['Replace with “Uitvoeringsbesluit (EU) 2021/914”']
    },

    // DPA-R32: a breach definition of the agreement's own.
    {
        rule: 'DPA-R32', name: 'a Wbp-style risk threshold (one diagnostic, on the threshold)',
        text: clause('Datalekken', 'Onder een datalek wordt verstaan: een inbreuk op de beveiliging die leidt tot een kans op nadelige gevolgen voor de bescherming van persoonsgegevens.'),
        covered: 'kans op nadelige gevolgen'
    },
    {
        rule: 'DPA-R32', name: 'a second definition of a breach',
        text: clause('Datalekken', 'Onder een datalek wordt verstaan: iedere inbreuk op de beveiliging van de systemen van Verwerker.'),
        covered: 'wordt verstaan'
    },

    // DPA-R41: weakened security.
    {
        rule: 'DPA-R41', name: 'security as a best-efforts obligation',
        text: clause('Beveiliging', 'Verwerker zal zich inspannen om passende beveiligingsmaatregelen te treffen.'),
        covered: 'zich inspannen', message: 'a best-efforts obligation only'
    },
    {
        rule: 'DPA-R41', name: 'measures changeable at will',
        text: clause('Beveiliging', 'Verwerker mag de maatregelen van Bijlage 2 naar eigen inzicht wijzigen.'),
        covered: 'naar eigen inzicht', message: 'changeable at will'
    },
    {
        rule: 'DPA-R41', name: 'the controller made responsible for the measures',
        text: clause('Beveiliging', 'Verwerkingsverantwoordelijke is verantwoordelijk voor de naleving van de afgesproken maatregelen.'),
        covered: 'is verantwoordelijk voor de naleving van de afgesproken maatregelen', message: 'the controller is made responsible'
    },

    // DPA-R45 (text): unilateral amendments.
    {
        rule: 'DPA-R45', name: 'the processor may revise the agreement',
        text: clause('Wijzigingen', 'Verwerker is gerechtigd deze overeenkomst van tijd tot tijd te herzien.'),
        covered: 'is gerechtigd deze overeenkomst van tijd tot tijd te herzien'
    },

    // DPA-R46: outdated terms.
    {
        rule: 'DPA-R46', name: '"Bewerker" in clause text',
        text: clause('Rollen', 'De Bewerker verwerkt de persoonsgegevens alleen op instructie.'),
        covered: 'Bewerker', message: 'use "Verwerker"', fixes: ['Replace with “Verwerker”']
    },
    {
        rule: 'DPA-R46', name: '"verantwoordelijke" as the Wbp role',
        text: clause('Rollen', 'De verantwoordelijke bepaalt het doel van de verwerking.'),
        covered: 'verantwoordelijke', message: 'use "verwerkingsverantwoordelijke"', fixes: ['Replace with “verwerkingsverantwoordelijke”']
    },
    {
        rule: 'DPA-R46', name: '"Bewerkersovereenkomst" as the agreement\'s title',
        text: minimalAgreement().replace('title "Verwerkersovereenkomst"', 'title "Bewerkersovereenkomst"'),
        covered: 'Bewerkersovereenkomst', fixes: ['Replace with “Verwerkersovereenkomst”']
    },
    {
        rule: 'DPA-R46', name: '"PIA\'s"',
        text: clause('Bijstand', 'Verwerker helpt Verwerkingsverantwoordelijke bij PIA\'s.'),
        covered: 'PIA\'s', message: 'use "DPIA\'s"', fixes: ['Replace with “DPIA\'s”']
    },
    {
        rule: 'DPA-R46', name: 'the College bescherming persoonsgegevens',
        text: clause('Toezicht', 'Het College bescherming persoonsgegevens houdt toezicht.'),
        covered: 'College bescherming persoonsgegevens', fixes: ['Replace with “Autoriteit Persoonsgegevens”']
    },

    // DPA-R47: duplicate paragraphs.
    {
        rule: 'DPA-R47', name: 'the same paragraph in two clauses (case and spacing ignored)',
        text: clauses(DUPLICATE, DUPLICATE.replace('Verwerker geeft', 'Verwerker  geeft').toUpperCase()),
        covered: DUPLICATE.replace('Verwerker geeft', 'Verwerker  geeft').toUpperCase(), message: 'article 16.1 (“Eerste”)', fixes: ['Remove the duplicate'],
        others: ['DPA-R60']
    },
    {
        rule: 'DPA-R47', name: 'the same paragraph twice in one clause',
        text: clause('Naleving', DUPLICATE, DUPLICATE),
        covered: DUPLICATE, message: 'paragraph 1 of this article', fixes: ['Remove the duplicate']
    },

    // DPA-R48: references the generated agreement does not have.
    {
        rule: 'DPA-R48', name: 'an article beyond the last one',
        text: clause('Kosten', 'De kosten van bijstand staan in artikel 40.'),
        covered: 'artikel 40', message: 'the agreement has 17 articles'
    },
    {
        rule: 'DPA-R48', name: 'an annex that does not exist',
        text: clause('Maatregelen', 'De maatregelen staan in bijlage 5.'),
        covered: 'bijlage 5', message: 'the agreement has 3 annexes'
    },
    {
        rule: 'DPA-R48', name: 'processing activities "uit artikel 1" (the definitions)',
        text: clause('Naleving', 'Bij de verwerkingen uit artikel 1 leeft Verwerker de AVG na.'),
        covered: 'artikel 1', message: 'it holds only the definitions'
    },
    {
        rule: 'DPA-R48', name: 'a paragraph the referenced custom article does not have',
        text: clause('Naleving', 'Verwerker leeft de AVG na.', 'Zie ook artikel 16.3.'),
        covered: 'artikel 16.3', message: 'article 16 has 2 paragraphs'
    },

    // DPA-R52 (text): EU instead of EEA.
    {
        rule: 'DPA-R52', name: 'processing "buiten de Europese Unie"',
        text: clause('Locatie', 'Verwerker verwerkt de persoonsgegevens niet buiten de Europese Unie.'),
        covered: 'Europese Unie', fixes: ['Replace with “Europese Economische Ruimte (EER)”']
    },
    {
        rule: 'DPA-R52', name: 'storage "in de EU"',
        text: clause('Locatie', 'De gegevens worden opgeslagen in de EU.'),
        covered: 'EU', fixes: ['Replace with “Europese Economische Ruimte (EER)”']
    },

    // DPA-R54: statutory assistance charged.
    {
        rule: 'DPA-R54', name: 'breach assistance charged',
        text: clause('Kosten', 'Verwerker mag de kosten van zijn bijstand bij een datalek aan Verwerkingsverantwoordelijke doorberekenen.'),
        covered: 'doorberekenen'
    },
    {
        rule: 'DPA-R54', name: 'the costs of data-subject requests for the controller',
        text: clause('Kosten', 'De kosten van de afhandeling van verzoeken van betrokkenen komen voor rekening van Verwerkingsverantwoordelijke.'),
        covered: 'voor rekening van Verwerkingsverantwoordelijke'
    },

    // DPA-R59: "eigendom" of personal data.
    {
        rule: 'DPA-R59', name: 'personal data as property',
        text: clause('Zeggenschap', 'De persoonsgegevens blijven eigendom van Verwerkingsverantwoordelijke.'),
        covered: 'eigendom', fixes: ['Speak of control (“zeggenschap”)']
    },
    {
        rule: 'DPA-R59', name: 'a clause title on the ownership of personal data',
        text: clause('Eigendom van de persoonsgegevens', 'De zeggenschap over de persoonsgegevens blijft bij Verwerkingsverantwoordelijke.'),
        covered: 'Eigendom', fixes: ['Speak of control (“zeggenschap”)']
    },
    {
        rule: 'DPA-R59', name: 'database rights on personal data',
        text: clause('Rechten', 'Alle rechten op de persoonsgegevens, waaronder auteursrechten en databankrechten, blijven bij Verwerkingsverantwoordelijke.'),
        covered: 'auteursrechten en databankrechten'
    },

    // DPA-R60: formatting defects.
    {
        rule: 'DPA-R60', name: 'HTML residue',
        text: clause('Opmaak', 'Zie de lijst <br> hieronder.'),
        covered: '<br>', message: 'HTML residue “<br>”', fixes: ['Remove the HTML residue']
    },
    {
        rule: 'DPA-R60', name: 'an HTML entity',
        text: clause('Opmaak', 'Verwerker&nbsp;beveiligt de gegevens.'),
        covered: '&nbsp;', fixes: ['Replace with a space']
    },
    {
        rule: 'DPA-R60', name: 'a repeated word',
        text: clause('Opmaak', 'Verwerker beveiligt de de gegevens.'),
        covered: 'de de', fixes: ['Remove the repeated word']
    },
    {
        rule: 'DPA-R60', name: 'a double space',
        text: clause('Opmaak', 'Verwerker beveiligt  de gegevens.'),
        covered: '  ', message: 'double space', fixes: ['Use a single space']
    },
    {
        rule: 'DPA-R60', name: 'a missing space after a full stop',
        text: clause('Opmaak', 'Verwerker beveiligt de gegevens.Hij test de maatregelen jaarlijks.'),
        covered: 'gegevens.Hij', fixes: ['Add a space after the full stop']
    },
    {
        rule: 'DPA-R60', name: 'a heading numbering glitch in a clause title',
        text: clause('7 Artikel 7 Beveiliging', 'Verwerker test de maatregelen jaarlijks.'),
        covered: '7 Artikel 7', message: 'own numbering', fixes: ['Remove the own numbering']
    },
    {
        rule: 'DPA-R60', name: '"(EU)2016/679"',
        text: clause('Wetgeving', 'Verwerker leeft Verordening (EU)2016/679 na.'),
        covered: '(EU)', fixes: ['Add a space after the parenthesis']
    }
];

export const quiet: QuietCase[] = [
    { rule: 'DPA-R04', name: 'no use for own purposes (negated)', text: clause('Doeleinden', 'Verwerker gebruikt de persoonsgegevens niet voor eigen doeleinden.') },
    { rule: 'DPA-R04', name: 'research by the controller', text: clause('Onderzoek', 'Verwerkingsverantwoordelijke gebruikt de uitkomsten voor statistisch onderzoek.') },
    { rule: 'DPA-R14', name: '"onverwijld" with hours', text: clause('Meldingen', 'Verwerker meldt een datalek onverwijld, en in ieder geval binnen 24 uur, aan Verwerkingsverantwoordelijke.') },
    { rule: 'DPA-R14', name: '"onverwijld" for mitigation, not for the notice', text: clause('Beperking', 'Verwerker neemt onverwijld maatregelen om de gevolgen van een datalek te beperken.') },
    { rule: 'DPA-R24', name: 'Privacy Shield named as invalid', text: clause('Doorgifte', 'Het Privacy Shield is sinds het Schrems II-arrest ongeldig; doorgiften naar de Verenigde Staten steunen op het EU-VS Data Privacy Framework.') },
    { rule: 'DPA-R32', name: 'a definition that refers to Art. 4(12)', text: clause('Datalekken', 'Onder een datalek wordt verstaan: een inbreuk in verband met persoonsgegevens als bedoeld in artikel 4 lid 12 AVG.') },
    { rule: 'DPA-R32', name: 'consequences of a breach (Art. 33(3)(d))', text: clause('Datalekken', 'Verwerker neemt maatregelen om de eventuele nadelige gevolgen van een datalek te beperken.') },
    { rule: 'DPA-R41', name: 'changes only without lowering the level', text: clause('Beveiliging', 'Verwerker mag de maatregelen naar eigen inzicht aanpassen, mits het beveiligingsniveau niet lager wordt.') },
    { rule: 'DPA-R41', name: 'the processor responsible for the measures', text: clause('Beveiliging', 'Verwerker is verantwoordelijk voor de naleving van de afgesproken maatregelen.') },
    { rule: 'DPA-R41', name: 'best efforts outside security', text: clause('Overdracht', 'Verwerker zal zich inspannen om de overdracht aan een opvolger soepel te laten verlopen.') },
    { rule: 'DPA-R45', name: 'no unilateral amendments (negated)', text: clause('Wijzigingen', 'Geen van de partijen is gerechtigd deze overeenkomst eenzijdig te wijzigen.') },
    { rule: 'DPA-R45', name: 'the controller changes its instructions', text: clause('Instructies', 'Verwerkingsverantwoordelijke is gerechtigd de bepalingen van Bijlage 1 aan te vullen.') },
    { rule: 'DPA-R46', name: 'verwerkingsverantwoordelijke, eindverantwoordelijke and an adjective', text: clause('Rollen', 'De verwerkingsverantwoordelijke blijft eindverantwoordelijke; de verantwoordelijke medewerker van Verwerker meldt zich bij hem.') },
    { rule: 'DPA-R46', name: '"Verantwoordelijke" as a job title in a label', text: minimalAgreement().replace('staff Support "Supportdesk"', 'staff Support "Verantwoordelijke supportdesk"') },
    { rule: 'DPA-R46', name: 'the CBP named as the AP\'s predecessor', text: clause('Toezicht', 'Het College bescherming persoonsgegevens heet nu Autoriteit Persoonsgegevens.') },
    { rule: 'DPA-R46', name: '"verzet zich" (not the Wbp right)', text: clause('Audit', 'Verwerker verzet zich niet tegen een controle door Verwerkingsverantwoordelijke.') },
    { rule: 'DPA-R47', name: 'different paragraphs, and a short repeated one', text: clauses('Zie Bijlage 1.', 'Zie Bijlage 1.') },
    { rule: 'DPA-R48', name: 'statutory and internal references that exist', text: clause('Naleving', 'Verwerker volgt artikel 28 lid 3 AVG, artikel 7:454 BW en de begrippen van artikel 1.', 'Bijlage 2 beschrijft de maatregelen; artikel 16.2 is deze bepaling.') },
    { rule: 'DPA-R48', name: 'an article of the main agreement', text: clause('Hoofdovereenkomst', 'Artikel 40 van de hoofdovereenkomst regelt de betaling.') },
    { rule: 'DPA-R52', name: 'the Europese Economische Ruimte', text: clause('Locatie', 'Verwerker verwerkt de persoonsgegevens niet buiten de Europese Economische Ruimte (EER).') },
    { rule: 'DPA-R52', name: 'the EU as the GDPR\'s legislator', text: clause('Wetgeving', 'De AVG is een verordening van de EU.') },
    { rule: 'DPA-R54', name: 'no costs where the processor is at fault', text: clause('Kosten', 'Verwerker brengt geen kosten in rekening voor bijstand bij datalekken die aan hem toe te rekenen zijn.', 'In andere gevallen mag hij de kosten doorberekenen.') },
    { rule: 'DPA-R54', name: 'costs of the main agreement\'s services', text: clause('Kosten', 'Voor de hosting brengt Verwerker de kosten van de hoofdovereenkomst in rekening.') },
    { rule: 'DPA-R59', name: 'the processor\'s software as property', text: clause('Software', 'De software blijft eigendom van Verwerker.') },
    { rule: 'DPA-R60', name: 'good Dutch with "dat dat" and abbreviations', text: clause('Opmaak', 'Verwerker bevestigt dat dat klopt, o.a. via www.example.nl. Zie art. 5 van de AVG.') }
];

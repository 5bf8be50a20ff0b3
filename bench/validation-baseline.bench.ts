/**
 * Validation of a 5,000-line agreement, today against the commit before issue 10 (custom clauses
 * read, the real agreements' language): issue 10 asks that it be no slower. Both language packages
 * are bundled the same way (scripts/baseline-language.mjs) and run in this process on the same
 * text, which only uses syntax both grammars know: declarations, processing activities, standard
 * clauses and custom clauses with several paragraphs of prose, so the prose reading is measured
 * too. vitest prints the ratio between the two.
 */
import { EmptyFileSystem } from 'langium';
import { bench, describe } from 'vitest';
import { baselineLanguage, currentLanguage } from '../scripts/baseline-language.mjs';

/** The last commit before issue 10's work began (629adf9, 2026-11-26). */
const BEFORE_ISSUE_10 = '629adf9';

interface LanguageModule {
    createDpaServices(context: typeof EmptyFileSystem): { Dpa: unknown };
    checkText(services: unknown, text: string, uri?: string): Promise<{
        document: { parseResult: { lexerErrors: readonly unknown[]; parserErrors: readonly unknown[] } };
        fullyChecked: boolean;
    }>;
}

/** Prose of our own, in the registers real agreements use (obligations, exceptions, deadlines). */
const PARAGRAPHS = [
    'Verwerker stelt Verwerkingsverantwoordelijke alle informatie ter beschikking die nodig is om de nakoming van deze verplichtingen aan te tonen.',
    'Verwerker maakt audits mogelijk, waaronder inspecties, door Verwerkingsverantwoordelijke of een door haar gemachtigde controleur, na een aankondiging van twee weken.',
    'Verwerker meldt een inbreuk in verband met persoonsgegevens zonder onredelijke vertraging en uiterlijk binnen 24 uur nadat hij ervan kennis heeft genomen.',
    'Bij het einde van de verwerking wist Verwerker naar keuze van Verwerkingsverantwoordelijke alle persoonsgegevens of bezorgt hij deze terug, binnen dertig dagen.',
    'De personen die gemachtigd zijn om de persoonsgegevens te verwerken hebben zich tot geheimhouding verbonden of zijn aan een passende wettelijke geheimhoudingsplicht gebonden.',
    'Verwerker verwerkt de persoonsgegevens uitsluitend op basis van schriftelijke instructies van Verwerkingsverantwoordelijke, ook wat doorgiften naar derde landen betreft.'
];

/** An agreement of about `lines` lines: 40 data categories, 20 measures, custom clauses every 25 activities. */
function agreement(lines: number): string {
    const head = [
        'agreement Bench {',
        '    title "Verwerkersovereenkomst"',
        '    controller Klant { name "Klant B.V." form "B.V." kvk "12345678" address "Straat 1" postcode "1234 AB" city "Utrecht" signatory "A. de Vries" as "directeur" contact "B. Jansen" email "privacy@klant.example" }',
        '    processor Leverancier { name "Leverancier B.V." form "B.V." kvk "87654321" address "Weg 2" postcode "2345 BC" city "Delft" signatory "C. Bakker" as "directeur" contact "D. Smit" email "privacy@leverancier.example" }',
        '    subject Klanten "Klanten"',
        '    subject Medewerkers "Medewerkers"',
        '    staff Support "Supportdesk"',
        '    subprocessor Host { name "Host B.V." service "hosting" country NL }',
        ...Array.from({ length: 40 }, (_, i) => `    data D${i} "Gegevens ${i}"`),
        ...['encryption', 'access-control', 'mfa', 'logging', 'backup', 'restore-test', 'pentest', 'training', 'patching', 'physical']
            .flatMap((kind, i) => [`    measure M${i} technical ${kind} "Maatregel ${i}"`, `    measure O${i} organisational ${kind} "Afspraak ${i}"`]),
        '    instructions',
        '    confidentiality',
        '    security',
        '    subprocessing general notice 4 weeks objection allowed',
        '    data-subject-requests',
        '    assistance security, breach, dpia, prior-consultation',
        '    breach notification within 24 hours',
        '    transfers',
        '    audit every 1 year on-suspicion',
        '    termination return-or-delete within 30 days',
        '    duration main-agreement'
    ];
    const body: string[] = [];
    for (let i = 0; head.length + body.length < lines - 1; i++) {
        body.push(
            `    processing P${i} "Verwerking ${i}" {`,
            `        purpose "Het uitvoeren van dienst ${i}"`,
            `        data D${i % 40}, D${(i + 7) % 40}, D${(i + 13) % 40}`,
            '        subjects Klanten, Medewerkers',
            '        staff Support: "beheer", "ondersteuning"',
            '        location NL',
            '        subprocessors Host',
            `        measures M${i % 10}, O${(i + 3) % 10}`,
            '        retention 1 year',
            '    }'
        );
        if (i % 25 === 24) {
            body.push(`    clause Afspraak${i} "Aanvullende afspraak ${i}" {`);
            for (const p of PARAGRAPHS) body.push(`        text "${p}"`);
            body.push('    }');
        }
    }
    return [...head, ...body, '}', ''].join('\n');
}

const text = agreement(5000);
const [before, now] = await Promise.all([
    baselineLanguage(BEFORE_ISSUE_10).then(path => import(path) as Promise<LanguageModule>),
    currentLanguage().then(path => import(path) as Promise<LanguageModule>)
]);

// Both sides must read the whole text, or the comparison would measure an error path.
for (const [side, language] of [['today', now], ['before issue 10', before]] as const) {
    const result = await language.checkText(language.createDpaServices(EmptyFileSystem).Dpa, text);
    const { lexerErrors, parserErrors } = result.document.parseResult;
    if (lexerErrors.length + parserErrors.length > 0 || !result.fullyChecked) {
        throw new Error(`the benchmark agreement does not parse or check fully ${side}: ${JSON.stringify([...lexerErrors, ...parserErrors][0])}`);
    }
}

describe(`validation of ${text.split('\n').length} lines`, () => {
    const services = { before: before.createDpaServices(EmptyFileSystem).Dpa, now: now.createDpaServices(EmptyFileSystem).Dpa };
    // One URI per side: each run replaces the document, so the workspace does not grow.
    bench('today', async () => { await now.checkText(services.now, text, 'memory:///now.dpa'); }, { iterations: 10, time: 0, warmupIterations: 2 });
    bench(`before issue 10 (${BEFORE_ISSUE_10}, baseline)`, async () => { await before.checkText(services.before, text, 'memory:///before.dpa'); }, { iterations: 10, time: 0, warmupIterations: 2 });
});

/**
 * Generated agreements of any size for the benchmarks: every part of a real agreement grows with
 * the text, as it does when a processor's register grows (parties and standard clauses once; then
 * blocks of data categories, subjects, staff, sub-processors, security measures, processing
 * activities and custom clauses of prose). The same `lines` always gives the same text, which
 * parses, links and validates without errors, so a benchmark never measures an error path.
 *
 * The prose is our own, in the registers real agreements use (obligations, exceptions, deadlines),
 * varied per block so that no two strings are equal (a cache keyed by content must earn its hits
 * on unchanged strings, not on repeated ones).
 */

const MEASURE_KINDS: readonly (readonly [kind: string, technical: boolean, text: string])[] = [
    ['encryption', true, 'Verkeer van en naar de omgeving voor team {k} is versleuteld met TLS 1.2 of hoger'],
    ['access-control', true, 'Toegang tot de gegevens van team {k} volgt rollen en need-to-know, elk kwartaal herbeoordeeld'],
    ['mfa', true, 'Beheerders van omgeving {k} loggen in met meerfactorauthenticatie'],
    ['logging', true, 'Inzage in en wijziging van gegevens in omgeving {k} worden gelogd en maandelijks beoordeeld'],
    ['backup', true, 'Van omgeving {k} wordt dagelijks een versleutelde back-up gemaakt op een tweede locatie'],
    ['restore-test', false, 'Elk kwartaal wordt omgeving {k} volledig hersteld uit een back-up, met verslag'],
    ['training', false, 'Medewerkers van afdeling {k} volgen jaarlijks een training over privacy en beveiliging'],
    ['patching', true, 'Beveiligingsupdates voor systemen van omgeving {k} worden binnen 14 dagen geïnstalleerd'],
    ['pentest', false, 'Omgeving {k} wordt jaarlijks en na elke grote wijziging getest door een onafhankelijke partij'],
    ['physical', true, 'De servers van omgeving {k} staan in een datacenter met toegangspassen en cameratoezicht']
];

const PROSE: readonly string[] = [
    'Verwerker stelt Verwerkingsverantwoordelijke alle informatie ter beschikking die nodig is om de nakoming van de afspraken over dienst {k} aan te tonen.',
    'Verwerker meldt een storing in dienst {k} die de beschikbaarheid van persoonsgegevens raakt zonder onredelijke vertraging aan de contactpersoon van Verwerkingsverantwoordelijke.',
    'Wijzigingen in de werkwijze van dienst {k} worden ten minste vier weken vooraf aangekondigd, tenzij een wettelijke verplichting een kortere termijn vraagt.',
    'De medewerkers die voor dienst {k} persoonsgegevens verwerken zijn tot geheimhouding verplicht, ook na het einde van hun werkzaamheden.'
];

const SYLLABLES = ['ka', 'lo', 'mi', 're', 'su', 'ta', 'vo', 'ne', 'di', 'ba', 'po', 'gu'];

/** A made-up name for `n` (a system, a site): distinct per number, no digits, so wording differs in words. */
function name(n: number, salt: number): string {
    let word = '';
    for (let x = n * 7 + salt, i = 0; i < 3 || x > 0; i++, x = Math.floor(x / SYLLABLES.length)) word += SYLLABLES[x % SYLLABLES.length];
    return word[0]!.toUpperCase() + word.slice(1);
}

/** `{k}` becomes the name of system `k` at site `k`: three words of its own per block. */
function fill(text: string, k: number): string {
    return text.replaceAll('{k}', `${name(k, 1)} op locatie ${name(k, 2)} van cluster ${name(k, 3)}`);
}

const HEAD: readonly string[] = [
    'agreement Generated {',
    '    title "Verwerkersovereenkomst gegenereerd voor de benchmark"',
    '    version "1.0"',
    '    effective 2026-01-01',
    '    main-agreement "Dienstverleningsovereenkomst" dated 2025-12-01',
    '    law NL',
    '    court "Rechtbank Midden-Nederland"',
    '    controller Klant {',
    '        name "Klant B.V."',
    '        form "besloten vennootschap"',
    '        kvk "12345678"',
    '        address "Straat 1" postcode "1234 AB" city "Utrecht" country NL',
    '        signatory "A. de Vries" as "Directeur" at "Utrecht" on 2025-12-01',
    '        contact "B. Jansen" email "privacy@klant.example"',
    '    }',
    '    processor Leverancier {',
    '        name "Leverancier B.V."',
    '        form "besloten vennootschap"',
    '        kvk "87654321"',
    '        address "Weg 2" postcode "2345 BC" city "Delft" country NL',
    '        signatory "C. Bakker" as "Directeur" at "Delft" on 2025-12-01',
    '        contact privacy "D. Smit" email "privacy@leverancier.example"',
    '    }'
];

const TAIL: readonly string[] = [
    '    instructions',
    '    confidentiality',
    '    security review every 1 year',
    '    subprocessing general notice 4 weeks objection allowed',
    '    data-subject-requests forward within 5 days',
    '    assistance security, breach, dpia, prior-consultation',
    '    breach notification within 24 hours',
    '    transfers',
    '    audit every 1 year on-suspicion',
    '    termination return-or-delete within 30 days',
    '    duration main-agreement',
    '}',
    ''
];

/** One block of about 75 lines, every id suffixed with `k`. */
function block(k: number): string[] {
    const lines = [
        `    data Identity${k} "Identificatiegegevens van klantgroep ${k} (naam, adres, klantnummer)"`,
        `    data Contact${k} "Contactgegevens van klantgroep ${k} (e-mailadres, telefoonnummer)"`,
        `    data Usage${k} "Gebruiksgegevens van dienst ${k} (inlogmomenten, instellingen)"`,
        `    subject Customers${k} "Klanten van vestiging ${k}"`,
        `    subject Employees${k} "Medewerkers van vestiging ${k}"`,
        `    staff Support${k} "Supportmedewerker team ${k}"`,
        `    subprocessor Host${k} {`,
        `        name "Hosting ${k} B.V."`,
        `        service "Hosting van omgeving ${k}"`,
        `        country ${k % 2 === 0 ? 'NL' : 'DE'}`,
        '    }'
    ];
    const measures: string[] = [];
    for (let m = 0; m < 4; m++) {
        const [kind, technical, text] = MEASURE_KINDS[(k * 4 + m) % MEASURE_KINDS.length]!;
        const id = `M${k}x${m}`;
        measures.push(id);
        lines.push(`    measure ${id} ${technical ? 'technical' : 'organisational'} ${kind} "${fill(text, k * 4 + m)}"`);
    }
    for (let p = 0; p < 3; p++) {
        lines.push(
            `    processing P${k}x${p} "Verwerking ${p + 1} van dienst ${k}" {`,
            `        purpose "Het leveren en ondersteunen van onderdeel ${p + 1} van dienst ${k}"`,
            `        data Identity${k}, Contact${k}${p === 2 ? `, Usage${k}` : ''}`,
            `        subjects Customers${k}${p === 1 ? `, Employees${k}` : ''}`,
            `        staff Support${k}: "beantwoorden van vragen over onderdeel ${p + 1}", "oplossen van storingen"`,
            '        location NL',
            `        subprocessors Host${k}`,
            `        measures ${measures.join(', ')}`,
            `        retention ${p + 1} years`,
            '    }'
        );
    }
    lines.push(`    clause Service${k} "Afspraken over dienst ${k}" {`);
    for (const paragraph of PROSE) lines.push(`        text "${fill(paragraph, k)}"`);
    lines.push('    }');
    return lines;
}

/** An agreement of about `lines` lines (never fewer than one block). */
export function generatedAgreement(lines: number): string {
    const out = [...HEAD];
    for (let k = 0; k === 0 || out.length + TAIL.length < lines; k++) out.push(...block(k));
    return [...out, ...TAIL].join('\n');
}

/** The sizes every benchmark reports: a small, a large and a very large agreement. */
export const SIZES = [500, 5_000, 20_000] as const;

/**
 * `text` (a generated agreement) with the number of a sample after every string of its blocks
 * (from the first `data` declaration to the standard clauses at the end): new content, the same
 * shape, so that a cold check of each sample finds nothing any cache kept from another.
 */
export function salted(text: string, sample: number): string {
    const lines = text.split('\n');
    const first = lines.findIndex(line => line.startsWith('    data '));
    const end = lines.lastIndexOf('    instructions');
    if (first < 0 || end < first) throw new Error('generatedAgreement changed its layout: no blocks between data and instructions');
    for (let i = first; i < end; i++) {
        lines[i] = lines[i]!.replace(/"((?:\\.|[^"\\])*)"/g, (_, content: string) => `"${content} (${sample})"`);
    }
    return lines.join('\n');
}

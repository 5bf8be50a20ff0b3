import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { EmptyFileSystem } from 'langium';
import type { Diagnostic } from 'vscode-languageserver-types';
import { checkText, createDpaServices, type CheckedAgreement } from '../packages/language/src/index.js';

export const ROOT = resolve(import.meta.dirname, '..');
export const EXAMPLES = join(ROOT, 'examples');

export function exampleFiles(): string[] {
    return readdirSync(EXAMPLES).filter(f => f.endsWith('.dpa')).sort().map(f => join(EXAMPLES, f));
}

export function readExample(name: string): string {
    return readFileSync(join(EXAMPLES, name), 'utf8');
}

const { Dpa } = createDpaServices(EmptyFileSystem);
export const services = Dpa;

let counter = 0;
/** Parses, links and validates text as a fresh in-memory document. */
export function check(text: string): Promise<CheckedAgreement> {
    return checkText(Dpa, text, `memory:///test-${++counter}.dpa`);
}

export function withCode(result: CheckedAgreement, code: string): Diagnostic[] {
    return result.diagnostics.filter(d => d.code === code);
}

/** The source text a diagnostic's range covers. */
export function coveredText(text: string, d: Diagnostic): string {
    const lines = text.split('\n');
    const { start, end } = d.range;
    if (start.line === end.line) return lines[start.line]!.slice(start.character, end.character);
    return [lines[start.line]!.slice(start.character), ...lines.slice(start.line + 1, end.line), lines[end.line]!.slice(0, end.character)].join('\n');
}

/**
 * A small but complete agreement that passes every check: every Art. 28(3) clause, parties
 * fully identified, measures for each part of Art. 32(1). `extra` is inserted before the
 * closing brace and `processingExtra` inside its one processing activity. Cases for "missing"
 * rules remove a line (e.g. `.replace('    instructions\n', '')`).
 */
export function minimalAgreement(extra = '', processingExtra = 'retention 1 month'): string {
    return `agreement Minimal {
    title "Verwerkersovereenkomst"
    version "1.0"
    effective 2025-01-06
    main-agreement "Dienstverleningsovereenkomst" dated 2025-01-06 reference "DV-1"
    law NL
    court processor-seat
    controller Klant {
        name "Klant B.V."
        form "besloten vennootschap"
        kvk "12345678"
        address "Stationsplein 1" postcode "3511 ED" city "Utrecht"
        signatory "A. Jansen" as "Directeur" at "Utrecht" on 2025-01-06
        contact "A. Jansen" email "privacy@klant.example"
    }
    processor Leverancier {
        name "Leverancier B.V."
        form "besloten vennootschap"
        kvk "87654321"
        address "Damrak 2" postcode "1012 LG" city "Amsterdam"
        signatory "B. de Vries" as "Directeur" at "Amsterdam" on 2025-01-06
        contact "Privacyteam" email "privacy@leverancier.example"
        dpo "C. Bakker" email "fg@leverancier.example"
    }
    data Contact "Contactgegevens"
    subject Staff "Medewerkers"
    staff Support "Supportdesk"
    measure Encryption technical encryption "Versleuteling van opgeslagen gegevens met AES-256" standard ISO27001
    measure Access technical access-control "Toegang op basis van rollen, halfjaarlijks herzien"
    measure Backup technical backup "Dagelijkse back-up op een tweede locatie in Nederland"
    measure Restore organisational restore-test "Jaarlijkse hersteltest van de back-ups"
    measure Pentest organisational pentest "Jaarlijkse penetratietest door een externe partij"
    processing Hosting "Hosting" {
        purpose "Hosting van de applicatie"
        data Contact
        subjects Staff
        staff Support: "beheer van de applicatie"
        location NL
        measures Encryption, Access
        ${processingExtra}
    }
    instructions
    confidentiality survives until-deletion
    security
    subprocessing specific
    data-subject-requests forward within 5 days
    assistance security, breach, dpia, prior-consultation
    breach notification within 24 hours
    transfers
    audit every 1 year on-suspicion by controller-or-auditor
    termination return-or-delete within 30 days
    duration main-agreement
    amendments
    precedence dpa
    ${extra}
}
`;
}

/** The 0-based line of the first line of `text` that contains `needle`. */
export function lineOf(text: string, needle: string): number {
    return text.split('\n').findIndex(line => line.includes(needle));
}

/** Applies LSP text edits to a text. */
export function applyEdits(text: string, edits: readonly { range: { start: { line: number; character: number }; end: { line: number; character: number } }; newText: string }[]): string {
    const lines = text.split('\n');
    const offset = (p: { line: number; character: number }) => lines.slice(0, p.line).reduce((n, l) => n + l.length + 1, 0) + p.character;
    return [...edits]
        .map(e => ({ start: offset(e.range.start), end: offset(e.range.end), text: e.newText }))
        .sort((a, b) => b.start - a.start)
        .reduce((acc, e) => acc.slice(0, e.start) + e.text + acc.slice(e.end), text);
}

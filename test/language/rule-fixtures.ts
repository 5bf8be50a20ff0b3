/**
 * The rule fixtures: `.dpa` files under `test/language/rules/<RULE-ID>/`, each a whole agreement
 * whose expected diagnostics are written as `//` comments under the span they expect (see
 * `rules/README.md`). This module finds the files and reads their header and markers; the runner
 * (`rules.test.ts`) and the docs (`scripts/rules-doc.ts`) use it.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

/** The folder of the fixtures, one subfolder per rule id. */
export const FIXTURES = join(import.meta.dirname, 'rules');

export type SeverityName = 'error' | 'warning' | 'info';

/** One expected diagnostic: `//   ^^^^ DPA-R21 error: a piece of the message`, with `// fix: …` lines after it. */
interface MarkerFields {
    code: string;
    severity: SeverityName;
    /** The marked line (0-based): the nearest line above the marker that is not itself a marker. */
    line: number;
    /** The marked columns [start, end) on that line: those of the carets. */
    start: number;
    end: number;
    /** A piece the message must contain. */
    message?: string;
    /** The titles of the quick fixes the diagnostic offers, all of them, in order. */
    fixes: string[];
    /** The line of the marker itself (0-based), for error messages. */
    at: number;
}
export type Marker = Readonly<MarkerFields> & { readonly fixes: readonly string[] };

export type RuleFixture = Readonly<{
    /** The rule the fixture is about: the name of its folder. */
    rule: string;
    /** The path from the fixtures folder, e.g. `DPA-R21/01-a-us-location-without-mechanism.dpa`. */
    file: string;
    /** What the case shows (`// case: …`). */
    name: string;
    /** The whole file, markers included: this is the text that is validated. */
    text: string;
    markers: readonly Marker[];
    /** No marker of its own rule: the case shows where the rule stays quiet. */
    quiet: boolean;
}>;

const HEADER = /^\/\/ case: (.*)$/;
const MARKER = /^\s*\/\/\s*(\^+)(.*)$/;
const MARKER_TAIL = /^ (\S+) (error|warning|info)(?:: (.+))?$/;
const FIX = /^\s*\/\/\s*fix: (.+)$/;

/** A line the runner reads (header, marker or fix line): the validator sees a comment. */
export function isFixtureComment(line: string): boolean {
    return HEADER.test(line) || MARKER.test(line) || FIX.test(line);
}

/** The agreement without the header, marker and fix lines; `origin[i]` is the fixture line of its line `i`. */
export function stripMarkers(text: string): { text: string; origin: number[] } {
    const lines = text.split('\n');
    const origin = lines.map((_, i) => i).filter(i => !isFixtureComment(lines[i]!));
    return { text: origin.map(i => lines[i]!).join('\n'), origin };
}

/** The agreement as it was written, without the header, marker and fix lines. */
export function withoutMarkers(text: string): string {
    return stripMarkers(text).text;
}

/** Reads one fixture; a malformed header or marker is an error naming the file and line. */
export function parseFixture(rule: string, file: string, text: string): RuleFixture {
    const lines = text.split('\n');
    const fail = (at: number, what: string): never => {
        throw new Error(`${file}:${at + 1}: ${what}\n    ${lines[at]}`);
    };
    const name = HEADER.exec(lines[0]!)?.[1]?.trim();
    if (!name) fail(0, 'the file must start with `// case: <what it shows>`');
    const markers: MarkerFields[] = [];
    let target = -1;
    let previous: MarkerFields | undefined;
    for (let i = 1; i < lines.length; i++) {
        const line = lines[i]!;
        if (HEADER.test(line)) fail(i, 'a `// case:` line belongs on the first line');
        const marker = MARKER.exec(line);
        const fix = FIX.exec(line);
        if (marker) {
            const tail = MARKER_TAIL.exec(marker[2]!);
            if (!tail) fail(i, 'a marker reads `//  ^^^ <code> <error|warning|info>[: <piece of the message>]`');
            if (target < 0) fail(i, 'a marker must follow the line it marks');
            const start = line.indexOf('^');
            const end = start + marker[1]!.length;
            if (end > lines[target]!.length) fail(i, `the carets run past the end of line ${target + 1}`);
            previous = { code: tail![1]!, severity: tail![2] as SeverityName, line: target, start, end, fixes: [], at: i };
            if (tail![3] !== undefined) previous.message = tail![3];
            markers.push(previous);
        } else if (fix) {
            if (!previous) fail(i, 'a `// fix:` line must follow a marker (or another fix line)');
            previous!.fixes.push(fix[1]!);
        } else {
            target = i;
            previous = undefined;
        }
    }
    return { rule, file, name: name!, text, markers, quiet: !markers.some(m => m.code === rule) };
}

/** Every fixture, folder by folder (rule ids in order), files in name order. */
export function loadFixtures(dir = FIXTURES): RuleFixture[] {
    const folders = readdirSync(dir, { withFileTypes: true }).filter(e => e.isDirectory()).map(e => e.name).sort();
    return folders.flatMap(rule => readdirSync(join(dir, rule))
        .filter(f => f.endsWith('.dpa'))
        .sort()
        .map(f => parseFixture(rule, relative(dir, join(dir, rule, f)), readFileSync(join(dir, rule, f), 'utf8'))));
}

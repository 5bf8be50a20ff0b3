/**
 * The order in which the bundled server builds documents, over stdio (ResponsiveDocumentBuilder):
 * the document being typed in is validated and published first, its neighbours after, and
 * continued typing does not starve a neighbour. Published diagnostics name the version they were
 * computed from, and are those a fresh check of that text gives. No timing is asserted: only what
 * arrives, in which order, for which version.
 */
import { afterEach, describe, expect, test } from 'vitest';
import type { Diagnostic, Position, PublishDiagnosticsParams } from 'vscode-languageserver-protocol';
import { generatedAgreement } from '../../bench/agreements.js';
import { check, readExample } from '../helpers.js';
import { StdioServer } from './stdio-server.js';

const NEIGHBOUR = 'file:///scheduling/neighbour.dpa';
const TYPED = 'file:///scheduling/typed.dpa';

/** The first position inside a string on a line at or after the middle of `text`. */
function insideAString(text: string): Position {
    const lines = text.split('\n');
    for (let line = lines.length >> 1; line < lines.length; line++) {
        const quote = lines[line]!.indexOf('"');
        if (quote >= 0 && lines[line]!.indexOf('"', quote + 1) > quote + 1) return { line, character: quote + 1 };
    }
    throw new Error('no string');
}

/** `text` with `typed` inserted at `at` (a single-line insertion). */
function insert(text: string, at: Position, typed: string): string {
    const lines = text.split('\n');
    const line = lines[at.line]!;
    lines[at.line] = line.slice(0, at.character) + typed + line.slice(at.character);
    return lines.join('\n');
}

const summary = (diagnostics: readonly Diagnostic[]) => diagnostics.map(d =>
    `${d.range.start.line}:${d.range.start.character}-${d.range.end.line}:${d.range.end.character} ${d.severity} ${String(d.code)} ${d.message}`).sort();

async function expectFreshCheck(params: PublishDiagnosticsParams, text: string): Promise<void> {
    expect(summary(params.diagnostics), params.uri).toEqual(summary((await check(text)).diagnostics));
}

describe('building the typed document first over stdio', () => {
    let server: StdioServer | undefined;
    afterEach(async () => {
        await server?.stop();
        server = undefined;
    });

    test('the typed document\'s diagnostics come before those of a large neighbour opened just before; both are right, for the right versions', async () => {
        server = await StdioServer.start();
        const neighbour = generatedAgreement(3_000);
        let typed = readExample('complete.dpa');
        const at = insideAString(typed);
        // All sent at once, as an editor restoring two tabs and a user typing at once.
        await server.open(NEIGHBOUR, neighbour);
        await server.open(TYPED, typed);
        const keys = 'extra ';
        for (let i = 0; i < keys.length; i++) {
            await server.type(TYPED, i + 2, { line: at.line, character: at.character + i }, keys[i]!);
        }
        typed = insert(typed, at, keys);
        const last = keys.length + 1;
        const typedLast = await server.diagnosticsOf(TYPED, last, 60_000);
        const neighbourFirst = await server.diagnostics(NEIGHBOUR, 0, 60_000);
        expect(server.arrival.get(typedLast)!).toBeLessThan(server.arrival.get(neighbourFirst)!);
        expect(neighbourFirst.version).toBe(1);
        // Every publication names a version that was sent, never going back.
        const versions = server.published.get(TYPED)!.map(p => p.version);
        expect(versions.every(v => v !== undefined && v >= 1 && v <= last)).toBe(true);
        expect(versions).toEqual([...versions].sort((a, b) => a! - b!));
        await expectFreshCheck(typedLast, typed);
        await expectFreshCheck(neighbourFirst, neighbour);
    }, 120_000);

    test('continued typing in one document does not starve its neighbour', async () => {
        server = await StdioServer.start();
        const neighbour = generatedAgreement(3_000);
        let typed = readExample('complete.dpa');
        const at = insideAString(typed);
        await server.open(NEIGHBOUR, neighbour);
        await server.open(TYPED, typed);
        // Each keystroke as soon as the previous one's diagnostics are there: the server never waits for the user.
        let version = 1;
        while (!server.published.get(NEIGHBOUR)?.length) {
            expect(version, 'the neighbour was not validated while the user kept typing').toBeLessThan(200);
            await server.type(TYPED, ++version, { line: at.line, character: at.character + version - 2 }, 'x');
            typed = insert(typed, { line: at.line, character: at.character + version - 2 }, 'x');
            await server.diagnosticsOf(TYPED, version, 60_000);
        }
        await expectFreshCheck(server.published.get(NEIGHBOUR)![0]!, neighbour);
        await expectFreshCheck(await server.diagnosticsOf(TYPED, version), typed);
    }, 120_000);
});

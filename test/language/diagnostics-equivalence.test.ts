import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { generatedAgreement } from '../../bench/agreements.js';
import { checkText } from '../../packages/language/src/index.js';
import { EXAMPLES, services } from '../helpers.js';
import { loadFixtures } from './rule-fixtures.js';

/**
 * The whole diagnostics output (codes, messages, ranges, related locations, fixes) of every
 * example, real agreement, rule fixture and generated benchmark agreement, against a digest
 * recorded before issue 12 made validation linear and incremental: a change to how the checks
 * are computed (indices, caches, one pass instead of many) must not change a byte of what they
 * report. A digest per text keeps the file small; `UPDATE_DIAGNOSTICS_DIGESTS=1` rewrites it, and
 * only a change of what a rule reports (then judged in its own tests) may do that.
 */
const DIGESTS = join(import.meta.dirname, 'diagnostics-digests.json');
const UPDATE = process.env['UPDATE_DIAGNOSTICS_DIGESTS'] === '1';

function texts(): [name: string, text: string][] {
    const dpa = (dir: string) => readdirSync(dir).filter(f => f.endsWith('.dpa')).sort().map(f => [`${basename(dir)}/${f}`, readFileSync(join(dir, f), 'utf8')] as [string, string]);
    return [
        ...dpa(EXAMPLES),
        ...dpa(join(EXAMPLES, 'real')),
        ...loadFixtures().map(f => [`rules/${f.file}`, f.text] as [string, string]),
        ...[500, 5_000].map(lines => [`generated/${lines}`, generatedAgreement(lines)] as [string, string])
    ];
}

export function digest(value: unknown): string {
    return createHash('sha256').update(JSON.stringify(value)).digest('hex').slice(0, 32);
}

describe('diagnostics are byte-identical to the recorded ones', () => {
    const recorded: Record<string, string> = existsSync(DIGESTS) ? JSON.parse(readFileSync(DIGESTS, 'utf8')) as Record<string, string> : {};
    const all = texts();
    const found: Record<string, string> = {};
    test.each(all)('%s', async (name, text) => {
        // A URI of its own per text: the related locations of a grouped diagnostic name it.
        const result = await checkText(services, text, `memory:///equivalence/${name.replace(/\.dpa$/, "")}.dpa`);
        found[name] = digest(result.diagnostics);
        if (!UPDATE) expect(found[name], name).toBe(recorded[name]);
    }, 60_000);
    test('every text has a recorded digest', () => {
        if (UPDATE) {
            writeFileSync(DIGESTS, JSON.stringify(found, null, 1) + '\n');
            return;
        }
        expect(Object.keys(recorded).sort()).toEqual(all.map(([name]) => name).sort());
    });
});

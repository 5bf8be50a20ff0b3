/**
 * The YAML baseline of `npm run bench` (bench/yaml-baseline) does real work: every example and
 * the generated agreements convert to YAML that passes the grammar's schema with every reference
 * resolved, and a YAML text with a defect the grammar or the linker would report fails it.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { dump, load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { generatedAgreement } from '../../bench/agreements.js';
import { yamlBaseline } from '../../bench/yaml-baseline/baseline.js';
import { toData, toYaml } from '../../bench/yaml-baseline/to-data.js';
import { check, EXAMPLES, services } from '../helpers.js';

const baseline = yamlBaseline(services.Grammar);
const tagged = baseline.derived.tagged;

const examples = [EXAMPLES, join(EXAMPLES, 'real')].flatMap(folder =>
    readdirSync(folder).filter(name => name.endsWith('.dpa')).sort().map(name => join(folder, name)));

async function yamlOf(text: string): Promise<string> {
    const result = await check(text);
    expect(result.document.parseResult.parserErrors).toEqual([]);
    return toYaml(result.document.parseResult.value, tagged);
}

describe('the YAML baseline accepts the same agreements as YAML', () => {
    it.each(examples.map(path => [path.slice(EXAMPLES.length + 1), path]))('%s', async (_, path) => {
        const outcome = baseline.check(await yamlOf(readFileSync(path, 'utf8')));
        expect(outcome.errors).toEqual([]);
        expect(outcome.unresolved).toEqual([]);
        expect(outcome.valid).toBe(true);
    });

    it('the generated agreement, with every value of the .dpa in its YAML', async () => {
        const text = generatedAgreement(500);
        const yaml = await yamlOf(text);
        expect(baseline.check(yaml)).toMatchObject({ valid: true, errors: [], unresolved: [] });
        // The same content: each declared id, reference and string of the .dpa is in the YAML data.
        const data = JSON.stringify(load(yaml));
        for (const match of text.matchAll(/"((?:\\.|[^"\\])*)"/g)) expect(data).toContain(JSON.stringify(match[1]!).slice(1, -1));
        for (const id of ['Identity0', 'M0x3', 'P1x2', 'Host1', 'Service2', 'Support0']) expect(data).toContain(`"${id}"`);
        expect(yaml).toContain("effective: '2026-01-01'");
    });
});

describe('the YAML baseline rejects what the grammar or the linker rejects', () => {
    const valid = async () => toData((await check(generatedAgreement(500))).document.parseResult.value, tagged);
    type Mapping = Record<string, unknown>;
    const agreementOf = (data: Mapping) => data['agreement'] as Mapping;
    const first = (data: Mapping, list: string) => (agreementOf(data)[list] as Mapping[])[0]!;

    const defects: [string, (data: Mapping) => void][] = [
        ['a missing required value (the agreement id)', data => { delete agreementOf(data)['name']; }],
        ['a keyword that does not exist (measure kind)', data => { first(data, 'measures')['kind'] = 'encryptie'; }],
        ['a malformed country code', data => { agreementOf(data)['law'] = 'N L'; }],
        ['a malformed date', data => { agreementOf(data)['effective'] = '1 januari 2026'; }],
        ['a number where the grammar has one (retention amount)', data => { ((first(data, 'processings')['retention'] as Mapping)['period'] as Mapping)['amount'] = 'three'; }],
        ['an unknown property', data => { first(data, 'dataCategories')['lable'] = 'typo'; }],
        ['a clause of an unknown type', data => { (agreementOf(data)['clauses'] as Mapping[])[0]!['type'] = 'NoSuchClause'; }],
        ['a flag that is not a flag', data => { first(data, 'processings')['profiling'] = 'yes'; }]
    ];
    it.each(defects)('%s', async (_, spoil) => {
        const data = await valid();
        spoil(data);
        const outcome = baseline.check(dump(data));
        expect(outcome.valid).toBe(false);
        expect(outcome.errors.length).toBeGreaterThan(0);
    });

    it('a reference to an undeclared id, and one to an id of another type', async () => {
        const data = await valid();
        const processing = first(data, 'processings');
        processing['data'] = ['NoSuchData', 'Customers0'];
        const outcome = baseline.check(dump(data));
        expect(outcome.errors).toEqual([]);
        expect(outcome.unresolved).toEqual(['DataCategory NoSuchData', 'DataCategory Customers0']);
        expect(outcome.valid).toBe(false);
    });
});

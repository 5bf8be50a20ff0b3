import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { InferOutput } from 'valibot';
import { describe, expect, test } from 'vitest';
import { parseTerms } from '../../packages/generator/src/terms.js';
import { DATA_SCHEMAS, parseData, type DataFileName } from '../../packages/language/src/data/schemas.js';
import { allCountries, lookupCountry } from '../../packages/language/src/countries.js';

// Every data file of packages/language/src/data is parsed by its schema (data/schemas.ts); a
// broken copy (a misspelled key, a wrong type, a missing key) is rejected with the file and the
// path of the bad value. The same schemas parse the files when the language package loads.

const DATA_DIR = join(import.meta.dirname, '../../packages/language/src/data');

function load(file: string): unknown {
    return JSON.parse(readFileSync(join(DATA_DIR, file), 'utf8'));
}

function parse<F extends DataFileName>(file: F, data: unknown = load(file)): InferOutput<(typeof DATA_SCHEMAS)[F]> {
    return parseData(file, DATA_SCHEMAS[file], data);
}

/** A deep copy of a file's data, changed by `edit`. */
function broken(file: DataFileName, edit: (data: Record<string, unknown>) => void): unknown {
    const data = structuredClone(load(file)) as Record<string, unknown>;
    edit(data);
    return data;
}

/** The object at a path of keys and array indexes in parsed JSON. */
function at(data: unknown, ...path: (string | number)[]): Record<string, unknown> {
    let node = data;
    for (const key of path) node = (node as Record<string | number, unknown>)[key];
    return node as Record<string, unknown>;
}

describe('the data files', () => {
    test('every JSON file of the data folder has a schema', () => {
        const files = readdirSync(DATA_DIR).filter(f => f.endsWith('.json')).sort();
        expect(files).toEqual(Object.keys(DATA_SCHEMAS).sort());
    });

    test.each(Object.keys(DATA_SCHEMAS) as DataFileName[])('%s matches its schema', file => {
        expect(() => parse(file)).not.toThrow();
    });

    test('a misspelled key is rejected, with the file and the path of the key', () => {
        const data = broken('rules.json', d => {
            const rule = at(d, 'rules', 3);
            rule['severty'] = rule['severity'];
            delete rule['severity'];
        });
        expect(() => parse('rules.json', data)).toThrow(/^rules\.json: rules\.3\.severity: /);
        const extra = broken('clauses.json', d => { at(d, 'thresholds')['breachErrorHour'] = 1; });
        expect(() => parse('clauses.json', extra)).toThrow(/^clauses\.json: thresholds\.breachErrorHour: /);
    });

    test('a value of the wrong type or outside its set is rejected', () => {
        const wrongType = broken('clauses.json', d => { at(d, 'thresholds')['breachErrorHours'] = '72'; });
        expect(() => parse('clauses.json', wrongType)).toThrow(/^clauses\.json: thresholds\.breachErrorHours: /);
        const wrongStatus = broken('countries.json', d => { at(d, 'countries', 'US')['status'] = 'adequat'; });
        expect(() => parse('countries.json', wrongStatus)).toThrow(/^countries\.json: countries\.US\.status: /);
        const wrongElement = broken('art28.json', d => { at(d, 'elements', 0)['id'] = 'subject-mater'; });
        expect(() => parse('art28.json', wrongElement)).toThrow(/^art28\.json: elements\.0\.id: /);
        const missing = broken('wording.json', d => { delete d['DPA-R24']; });
        expect(() => parse('wording.json', missing)).toThrow(/^wording\.json: DPA-R24: /);
    });

    test('rules.json has the rules DPA-R01…DPA-R65, each once, in order', () => {
        const ids = parse('rules.json').rules.map(rule => rule.id);
        expect(ids).toEqual(Array.from({ length: 65 }, (_, i) => `DPA-R${String(i + 1).padStart(2, '0')}`));
    });

    test('every country code in the transfer data and the aliases is in countries.json', () => {
        const countries = parse('countries.json');
        const mechanisms = parse('transfer-mechanisms.json');
        const codes = [
            ...Object.values(mechanisms.mechanisms).flatMap(m => m.countries ?? []),
            ...Object.values(countries.aliases)
        ];
        expect(codes.length).toBeGreaterThan(0);
        expect(codes.filter(code => !Object.hasOwn(countries.countries, code))).toEqual([]);
    });
});

describe("the generator's built-in terms", () => {
    const TEMPLATES = join(import.meta.dirname, '../../packages/generator/templates');
    const terms = (lang: string): Record<string, unknown> => JSON.parse(readFileSync(join(TEMPLATES, lang, 'terms.json'), 'utf8')) as Record<string, unknown>;

    test.each(['nl', 'en'])('templates/%s/terms.json matches its schema', lang => {
        expect(() => parseTerms(`${lang}/terms.json`, terms(lang))).not.toThrow();
    });

    test('a misspelled key or a wrong type is rejected, with the path', () => {
        const misspelled = terms('nl');
        at(misspelled, 'headings')['signatuers'] = 'Ondertekening';
        expect(() => parseTerms('nl/terms.json', misspelled)).toThrow(/^nl\/terms\.json: headings\.signatuers: /);
        const wrongType = terms('en');
        wrongType['months'] = 'January';
        expect(() => parseTerms('en/terms.json', wrongType)).toThrow(/^en\/terms\.json: months: /);
    });
});

describe('countries.json: what the transfer messages say of a country is true of it', () => {
    test('every partial adequacy states its scope in both languages; every look-alike the state it belongs to', () => {
        for (const country of allCountries()) {
            if (country.status === 'partial') expect(country.scope, country.code).toEqual({ nl: expect.any(String), en: expect.any(String) });
            if (!country.lookalike) continue;
            // DPA-R52 says it belongs to an EEA state, or that the adequacy decision of its state does not cover it.
            const state = lookupCountry(country.territoryOf ?? '');
            expect(['eea', 'adequate', 'partial'], country.code).toContain(state?.status);
        }
    });
});

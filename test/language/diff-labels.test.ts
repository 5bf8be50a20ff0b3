import { describe, expect, test } from 'vitest';
import { describeChange, diffAgreements, propertyLabel } from '../../packages/language/src/diff/index.js';
import en from '../../packages/language/src/diff/i18n/en.json';
import nl from '../../packages/language/src/diff/i18n/nl.json';
import { reflection } from '../../packages/language/src/generated/ast.js';
import type { Agreement } from '../../packages/language/src/index.js';
import { check, readExample } from '../helpers.js';

/**
 * Every property the semantic diff can name has a label in nl and en (issue 14), so a report says
 * "versie: 1.0 → 1.1", not "version: 1.0 → 1.1". The properties and types come from Langium's
 * reflection of the grammar (generated/ast.ts), not from reading its source.
 */

/**
 * Properties the diff never names: structural.ts skips `onlyIf` (a template element's condition,
 * a link to the template field that chooses it, not the agreement's content).
 */
const SKIPPED = new Set(['onlyIf']);

const CATALOGUES = { en: en as Record<string, string>, nl: nl as Record<string, string> };

const TYPES = reflection.getAllTypes();
/** The types a node can have: not the unions (Clause) that only group others. */
const NODE_TYPES = TYPES.filter(type => !TYPES.some(other => reflection.getTypeMetaData(other).superTypes.includes(type)));
const PROPERTIES = TYPES.flatMap(type => Object.keys(reflection.getTypeMetaData(type).properties).map(property => ({ type, property })));

async function agreementOf(text: string): Promise<Agreement> {
    const result = await check(text);
    if (!result.agreement) throw new Error('no agreement');
    return result.agreement;
}

describe('dpa diff: the labels of the model\'s properties and types', () => {
    test('the reflection is the grammar: about 239 property names on 50 types', () => {
        expect(new Set(PROPERTIES.map(p => p.property)).size).toBeGreaterThanOrEqual(239);
        expect(NODE_TYPES.length).toBeGreaterThanOrEqual(49);
    });

    test.each(['en', 'nl'] as const)('every property of every type has a label in %s (the type\'s own or the name\'s), except the skipped ones', lang => {
        const catalogue = CATALOGUES[lang];
        const missing = PROPERTIES
            .filter(({ property }) => !SKIPPED.has(property))
            .filter(({ type, property }) => catalogue[`property.${type}.${property}`] === undefined && catalogue[`property.${property}`] === undefined)
            .map(({ type, property }) => `${type}.${property}`);
        expect(missing).toEqual([]);
    });

    test.each(['en', 'nl'] as const)('every type a node can have has a label in %s', lang => {
        expect(NODE_TYPES.filter(type => CATALOGUES[lang][`type.${type}`] === undefined)).toEqual([]);
    });

    test('nl and en label the same properties and types, and no label names a property or type the grammar lacks', () => {
        const labels = (catalogue: Record<string, string>) => Object.keys(catalogue).filter(key => key.startsWith('property.') || key.startsWith('type.')).sort();
        expect(labels(CATALOGUES.nl)).toEqual(labels(CATALOGUES.en));
        const names = new Set(PROPERTIES.map(p => p.property));
        const stray = labels(CATALOGUES.en).filter(key => {
            const [kind, first, second] = key.split('.') as [string, string, string | undefined];
            if (kind === 'type') return !NODE_TYPES.includes(first);
            if (second === undefined) return !names.has(first) || SKIPPED.has(first);
            return !PROPERTIES.some(p => p.type === first && p.property === second);
        });
        expect(stray).toEqual([]);
    });

    test('labels are short lower-case noun phrases (an abbreviation may lead: KvK, SCC), none left blank or the same as another language\'s key', () => {
        for (const [lang, catalogue] of Object.entries(CATALOGUES)) {
            for (const [key, label] of Object.entries(catalogue).filter(([k]) => k.startsWith('property.'))) {
                const first = label.split(/[\s-]/)[0]!;
                const abbreviation = /^[A-Z][A-Za-z]*[A-Z]/.test(first);
                expect(label.trim().length > 0 && label.length <= 60, `${lang} ${key}`).toBe(true);
                expect(abbreviation || first === first.toLowerCase(), `${lang} ${key}: ${label}`).toBe(true);
            }
        }
    });

    test('a type\'s own label where the name means something else on it, the name\'s label elsewhere, the name itself when there is none', () => {
        expect(propertyLabel('Exclusion', 'items', 'nl')).toBe('uitgesloten gegevens');
        expect(propertyLabel('ControllerWarrantiesClause', 'items', 'nl')).toBe('garanties');
        expect(propertyLabel('Agreement', 'mainAgreement', 'en')).toBe('main agreement');
        expect(propertyLabel('LiabilityClause', 'mainAgreement', 'en')).toBe('as the main agreement provides');
        expect(propertyLabel('Retention', 'none', 'nl')).toBe('geen kopie bewaard');
        expect(propertyLabel('OwnPurposesClause', 'none', 'nl')).toBe('geen eigen doeleinden');
        expect(propertyLabel('Agreement', 'law', 'nl')).toBe('toepasselijk recht');
        expect(propertyLabel('LegalFrameClause', 'law', 'nl')).toBe('wet');
        expect(propertyLabel('Agreement', 'somethingNew', 'nl')).toBe('somethingNew');
    });

    test('the skipped property is skipped: a template element\'s condition changed is no change', async () => {
        const template = readExample('itzz-template.dpa');
        const edited = template.replace('subject CustomerClients "Klanten van de opdrachtgever" if not careProvider', 'subject CustomerClients "Klanten van de opdrachtgever" if careProvider');
        expect(edited).not.toBe(template);
        expect(diffAgreements(await agreementOf(template), await agreementOf(edited))).toEqual([]);
    });
});

describe('dpa diff: a real report in Dutch and English', () => {
    test('complete.dpa against its next version (examples/versions/complete-1.1.dpa): every property by its label', async () => {
        const changes = diffAgreements(await agreementOf(readExample('complete.dpa')), await agreementOf(readExample('versions/complete-1.1.dpa')));
        expect(changes.map(change => describeChange(change, 'nl'))).toEqual([
            'Melding van datalekken: termijn: 24 uur → 48 uur (soepeler voor de verwerker, langer)',
            'Audit: frequentie: 1 jaar → 2 jaar (soepeler voor de verwerker, langer)',
            'Aansprakelijkheid: maximum: 250000 → 100000 (soepeler voor de verwerker, lager)',
            'Verwerking PlatformOperations: subverwerkers: + Supportlijn (neutraal)',
            'Overeenkomst LoonwolkDeLinde: herzien op: 2025-02-20 → 2026-01-15 (neutraal)',
            'Subverwerker Supportlijn toegevoegd (soepeler voor de verwerker, nieuwe doorgifte buiten de EER)',
            'Overeenkomst LoonwolkDeLinde: versie: 1.0 → 1.1 (neutraal)'
        ]);
        expect(changes.map(change => describeChange(change, 'en'))).toEqual([
            'Breach notification: deadline: 24 hours → 48 hours (looser for the processor, longer)',
            'Audit: frequency: 1 year → 2 years (looser for the processor, longer)',
            'Liability: cap: 250000 → 100000 (looser for the processor, lower)',
            'Processing activity PlatformOperations: sub-processors: + Supportlijn (neutral)',
            'Agreement LoonwolkDeLinde: revised on: 2025-02-20 → 2026-01-15 (neutral)',
            'Sub-processor Supportlijn added (looser for the processor, new transfer outside the EEA)',
            'Agreement LoonwolkDeLinde: version: 1.0 → 1.1 (neutral)'
        ]);
    });

    test('a party, a sub-processor\'s transfer and a clause\'s flags in Dutch: no raw property name left', async () => {
        const complete = readExample('complete.dpa');
        const edited = complete
            .replace('kvk "71234568"', 'kvk "71234569"')
            .replace('transfer scc module 3', 'transfer bcr')
            .replace('audit every 1 year on-suspicion', 'audit every 1 year');
        const said = diffAgreements(await agreementOf(complete), await agreementOf(edited)).map(change => describeChange(change, 'nl'));
        expect(said).toEqual([
            'Audit: bij vermoeden: ja → (geen) (soepeler voor de verwerker)',
            'Partij DeLinde: KvK-nummer: 71234568 → 71234569 (neutraal)',
            'Subverwerker Mailhuis · Doorgifte: doorgiftegrondslag: scc → bcr (neutraal)',
            'Subverwerker Mailhuis · Doorgifte: SCC-module: 3 → (geen) (neutraal)'
        ]);
    });
});

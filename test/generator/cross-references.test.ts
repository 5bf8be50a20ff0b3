import { describe, expect, test } from 'vitest';
import { generateAgreement } from '../../packages/generator/src/index.js';
import { resolveReference } from '../../packages/language/src/index.js';
import { check, minimalAgreement } from '../helpers.js';

// Cross-references by name in prose (`{{ref audit}}`, `{{ref Extra}}`, `{{ref annex-measures}}`):
// the generated agreement says the number the target has now, in Dutch and English, so the
// reference cannot go stale when clauses move.

const WITH_REFERENCES = minimalAgreement().replace('    precedence dpa\n', `    precedence dpa
    clause Extra "Samenwerking" {
        text "Audits verlopen volgens {{ref audit}}; de maatregelen staan in {{ref annex-measures}}."
        text "{{ref audit}} gaat voor. Zie ook {{ref definitions}} en {{ref Nog}}."
    }
    clause Nog "Slot" {
        text "Partijen werken samen."
    }
`);

describe('cross-references by name', () => {
    test('the generated text gives the current article and annex numbers (nl)', async () => {
        const result = await check(WITH_REFERENCES);
        expect(result.diagnostics).toEqual([]);
        const agreement = result.agreement!;
        const audit = resolveReference(agreement, 'audit')!.number;
        const nog = resolveReference(agreement, 'Nog')!.number;
        const md = generateAgreement(agreement, { format: 'md', lang: 'nl' });
        expect(md).toContain(`Audits verlopen volgens artikel ${audit}; de maatregelen staan in Bijlage 2.`);
        expect(md).toContain(`Artikel ${audit} gaat voor. Zie ook artikel 1 en artikel ${nog}.`);
        expect(md).not.toContain('{{ref');
    });

    test('the same in English', async () => {
        const result = await check(WITH_REFERENCES);
        const audit = resolveReference(result.agreement!, 'audit')!.number;
        const md = generateAgreement(result.agreement!, { format: 'md', lang: 'en' });
        expect(md).toContain(`Audits verlopen volgens Article ${audit}; de maatregelen staan in Annex 2.`);
    });

    test('moving the clause changes the number, not the source', async () => {
        const moved = WITH_REFERENCES.replace('    audit every 1 year on-suspicion by controller-or-auditor\n', '').replace('    precedence dpa\n', '    precedence dpa\n    audit every 1 year on-suspicion by controller-or-auditor\n');
        const before = resolveReference((await check(WITH_REFERENCES)).agreement!, 'audit')!.number;
        const result = await check(moved);
        const after = resolveReference(result.agreement!, 'audit')!.number;
        expect(after).not.toBe(before);
        expect(generateAgreement(result.agreement!, { format: 'md', lang: 'nl' })).toContain(`volgens artikel ${after};`);
    });

    test('the HTML rendering has the number too', async () => {
        const result = await check(WITH_REFERENCES);
        const audit = resolveReference(result.agreement!, 'audit')!.number;
        const html = generateAgreement(result.agreement!, { format: 'html', lang: 'nl' });
        expect(html).toContain(`volgens artikel ${audit};`);
    });
});

import { describe, expect, test } from 'vitest';
import { reviewImport } from '../../packages/language/src/index.js';
import { renderReview } from '../../packages/generator/src/portable.js';
import { check, minimalAgreement, readExample } from '../helpers.js';

/**
 * The Art. 28(3) review (`dpa review`): each element present, weak or missing, the defects with
 * their rule and suggested wording, and the source's sentences for the elements an import traced.
 */
const noTrace = { placements: [], customClauses: [] };

describe('the review of an agreement', () => {
    test('complete.dpa: all 17 elements present, no defect', async () => {
        const review = reviewImport('complete.dpa', await check(readExample('complete.dpa')), noTrace, 'en');
        expect(review.elements).toHaveLength(17);
        expect(review.elements.filter(e => e.status !== 'present').map(e => e.id)).toEqual([]);
        expect(review.defects).toEqual([]);
    });

    test('the seed icteam-imaging-people.dpa: its known gaps are weak or missing, with the validator\'s reasons; its defects carry rule and line', async () => {
        const text = readExample('icteam-imaging-people.dpa');
        const checked = await check(text);
        const review = reviewImport('icteam.docx', checked, noTrace, 'nl');
        const byId = new Map(review.elements.map(e => [e.id, e]));
        // Review A-..: no deletion or return at the controller's choice (DPA-R15).
        expect(byId.get('deletion')?.status).not.toBe('present');
        expect(byId.get('deletion')?.article).toMatch(/^art\. 28 lid 3/);
        expect(review.defects.length).toBeGreaterThan(5);
        for (const defect of review.defects) {
            expect(defect.code).toMatch(/^DPA-R\d+$/);
            expect(text.split('\n').length).toBeGreaterThanOrEqual(defect.line);
        }
        expect(review.defects.some(d => d.suggestions.length > 0)).toBe(true);
    });

    test('the source\'s sentences of a traced clause are quoted; the report escapes them in Markdown and HTML', async () => {
        const text = readExample('complete.dpa');
        const trace = {
            placements: [
                { text: 'De Verwerker meldt een <b>datalek</b> binnen 24 uur & "direct".', destination: { kind: 'model' as const, element: 'clause:breach' } },
                { text: 'Iets anders.', destination: { kind: 'comment' as const } }
            ],
            customClauses: ['Overig_<script>']
        };
        const review = reviewImport('contract <1>.docx', await check(text), trace, 'en');
        const breach = review.elements.find(e => e.id === 'breach-notification');
        expect(breach?.quotes).toEqual(['De Verwerker meldt een <b>datalek</b> binnen 24 uur & "direct".']);
        expect(review.elements.filter(e => e.id !== 'breach-notification').every(e => e.quotes.length === 0)).toBe(true);
        const html = renderReview(review, 'html');
        expect(html).not.toMatch(/<b>|<script>/);
        expect(html).toContain('&lt;b&gt;datalek&lt;/b&gt;');
        expect(html).toContain('Review of contract &lt;1&gt;.docx');
        const md = renderReview(review, 'md');
        expect(md).toMatch(/^# Review of contract \\<1\\>\.docx\n/);
        expect(md).toContain('Overig\\_\\<script\\>');
        expect(renderReview(review, 'html')).toBe(html);
    });

    test('an element is weak when its clause leaves a part out, with its own finding; a finding of the same rule elsewhere is not another element\'s', async () => {
        const text = minimalAgreement(`    processing Support "Ondersteuning" {
        purpose "Ondersteuning van gebruikers"
        data Contact
        operations "beantwoorden van vragen"
        retention 1 month
    }
`).replace('    instructions\n', '    instructions without legal-requirement-notice\n');
        const review = reviewImport('test.dpa', await check(text), noTrace, 'en');
        const byId = new Map(review.elements.map(e => [e.id, e]));
        expect(byId.get('instructions')).toMatchObject({ status: 'weak' });
        expect(byId.get('instructions')?.finding).toMatch(/legal requirement/u);
        // The second activity names no data subjects (DPA-R18): that element is missing, the
        // others of the description (subject-matter, purpose, data types) stay present.
        expect(byId.get('data-subjects')?.status).toBe('missing');
        for (const id of ['subject-matter', 'purpose', 'data-types', 'nature']) expect(byId.get(id), id).toMatchObject({ status: 'present' });
        expect(byId.get('subject-matter')?.finding).toBeUndefined();
    });

    test('what could not be judged is named by the custom clauses\' titles, the source\'s headings', async () => {
        const text = minimalAgreement('    clause Overig "Slotbepalingen" {\n        text "Partijen spreken af dat dit geldt."\n    }\n');
        const review = reviewImport('test.docx', await check(text), { placements: [], customClauses: ['Overig'] }, 'nl');
        expect(review.unjudged).toEqual(['Slotbepalingen']);
    });
});

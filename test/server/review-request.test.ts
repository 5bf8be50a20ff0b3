import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { buildAgreementDocument, reviewParts } from '../../packages/generator/src/index.js';
import { renderDocx } from '../../packages/generator/src/render/docx.js';
import { importAgreement, readSource, type ImportFacts } from '../../packages/importer/src/index.js';
import { checkText, createDpaServices, reviewImport } from '../../packages/language/src/index.js';
import { EmptyFileSystem } from 'langium';
import { reviewParamsProblem } from '../../packages/server/src/review-request.js';
import { ReviewRequest, type ReviewParams, type ReviewResult } from '../../packages/server/src/protocol.js';
import { check, readExample } from '../helpers.js';
import { StdioServer } from './stdio-server.js';

/**
 * "DPA: Review Agreement…" (issue 15) over real stdio: the client imports a document (here a
 * real Word file the generator wrote from examples/complete.dpa, read by the importer as the
 * companion extension does) and the bundled server answers `dpa/review` with the review that
 * `dpa review --format html` writes (the same body, from the same reviewParts), its counts, in
 * the language asked; nothing of it is published as diagnostics; bad parameters are InvalidParams.
 */
let imported: { text: string; facts: ImportFacts };

async function importComplete(): Promise<{ text: string; facts: ImportFacts }> {
    const agreement = (await check(readExample('complete.dpa'))).agreement!;
    const docx = await renderDocx(buildAgreementDocument(agreement, {}));
    return importAgreement(await readSource('complete.docx', docx));
}

const params = (lang?: 'nl' | 'en'): ReviewParams => ({
    text: imported.text,
    source: 'complete.docx',
    trace: { placements: imported.facts.placements.map(p => ({ text: p.text, destination: p.destination })), customClauses: imported.facts.customClauses },
    ...(lang ? { lang } : {})
});

describe('dpa/review over stdio', () => {
    let server: StdioServer;

    beforeAll(async () => {
        imported = await importComplete();
        server = await StdioServer.start({ settings: { diagnostics: { language: 'nl' } } });
    }, 60_000);

    afterAll(async () => {
        await server.stop();
    });

    const review = (p: ReviewParams): Promise<ReviewResult> => server.connection.sendRequest(ReviewRequest, p);

    test('the review dpa review writes: the same body, title and stylesheet as the CLI\'s path (checkText, reviewImport, reviewParts)', async () => {
        const result = await review(params('en'));
        const Dpa = createDpaServices(EmptyFileSystem).Dpa;
        Dpa.dpa.Settings.language = 'en';
        const checked = await checkText(Dpa, imported.text, 'file:///tmp/complete.dpa');
        const expected = reviewParts(reviewImport('complete.docx', checked, imported.facts, 'en'));
        expect(result.body).toBe(expected.body);
        expect(result.title).toBe('Review of complete.docx');
        // The report's stylesheet, then what the editor's panel (which follows the colour theme) needs over it.
        expect(result.css.startsWith(expected.css)).toBe(true);
        expect(result.body).toContain('<h2>');
        expect(result.body).not.toMatch(/<!DOCTYPE|<html|<head|<script/i);
        const { present, weak, missing, defects } = result.counts;
        expect(present + weak + missing).toBeGreaterThanOrEqual(8);
        // complete.dpa provides every Art. 28(3) element: the import of its Word text keeps most.
        expect(present).toBeGreaterThan(missing);
        expect(defects).toBeGreaterThanOrEqual(0);
        // The review's document is not the workspace's: nothing is published for it.
        expect([...server.published.keys()].filter(uri => uri.startsWith('dpa-review:'))).toEqual([]);
    });

    test('in the server\'s message language when the client names none (Dutch here), the same bytes each time', async () => {
        const first = await review(params());
        expect(first.title).toBe('Beoordeling van complete.docx');
        expect(await review(params())).toEqual(first);
    });

    test('malformed parameters are InvalidParams; a text over the limit is refused with the reason', async () => {
        const error = await server.connection.sendRequest(ReviewRequest.method, { text: 1, source: 'x' }).then(() => undefined, (e: unknown) => e);
        expect(String((error as Error).message)).toContain("'text' must be a string");
        const large = await review({ ...params('en'), text: 'x'.repeat(8 * 1024 * 1024 + 1) }).then(() => undefined, (e: unknown) => e);
        expect(String((large as Error).message)).toMatch(/complete\.docx is too large to review/);
    });
});

test('reviewParamsProblem names what is wrong', () => {
    expect(reviewParamsProblem(null)).toBe('parameters must be an object');
    expect(reviewParamsProblem({ text: '', source: '', trace: {} })).toBe("'source' must be a non-empty string");
    expect(reviewParamsProblem({ text: '', source: 'a.txt', trace: { placements: [{ text: 'x', destination: { kind: 'elsewhere' } }], customClauses: [] } })).toMatch(/trace\.placements/);
    expect(reviewParamsProblem({ text: '', source: 'a.txt', trace: { placements: [], customClauses: [1] } })).toMatch(/customClauses/);
    expect(reviewParamsProblem({ text: '', source: 'a.txt', lang: 'de', trace: { placements: [], customClauses: [] } })).toMatch(/lang/);
    expect(reviewParamsProblem({ text: '', source: 'a.txt', trace: { placements: [{ text: 'x', destination: { kind: 'model', element: 'title' } }], customClauses: ['Extra'] } })).toBeUndefined();
});

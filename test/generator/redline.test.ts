import { describe, expect, test } from 'vitest';
import { instantiateTemplate, type Lang } from '../../packages/language/src/index.js';
import { buildAgreementDocument, renderRedline, renderRedlineBody, type AgreementDocument } from '../../packages/generator/src/portable.js';
import { check, readExample } from '../helpers.js';
import { agreementOf } from './helpers.js';

/**
 * The redline of the generated agreement (issue 14): two versions of a real example, each
 * generated as the generator does, compared part by part and word by word, as HTML.
 */
const COMPLETE = readExample('complete.dpa');

/** complete.dpa edited: breach notification 24 → 48 hours, a sub-processor added, the article on own purposes removed. */
function edited(text: string): string {
    const result = text
        .replace('breach notification within 24 hours', 'breach notification within 48 hours')
        .replace('    subprocessor Mailhuis {', '    subprocessor Analytix {\n        name "Analytix Inc."\n        service "Gebruiksstatistieken"\n        country US\n        transfer dpf certified\n    }\n\n    subprocessor Mailhuis {')
        .replace('    own-purposes none\n', '');
    expect(result.split('\n').length, 'the edits apply').toBe(text.split('\n').length + 6);
    return result;
}

async function documents(before: string, after: string, lang: Lang): Promise<[AgreementDocument, AgreementDocument]> {
    return [buildAgreementDocument(await agreementOf(before), { lang }), buildAgreementDocument(await agreementOf(after), { lang })];
}

/** The HTML of the part with `id` (a `<section>` or `<details>`). */
function part(html: string, id: string): string {
    const start = html.search(new RegExp(`<(section|details) [^>]*id="${id}"`));
    expect(start, `part ${id}`).toBeGreaterThan(0);
    const end = html.indexOf(html.startsWith('<section', start) ? '</section>\n<' : '</details>', start);
    return html.slice(start, end);
}

describe('the redline of two generated agreements', () => {
    test('in Dutch: changed words marked in their article, the added sub-processor, the removed article, renumbered articles unchanged', async () => {
        const [before, after] = await documents(COMPLETE, edited(COMPLETE), 'nl');
        const html = renderRedline(before, after, { oldName: 'v1.dpa', newName: 'v2.dpa' });

        // The summary first: the counts, and a link to every part that changed.
        expect(html).toContain('<p>Van v1.dpa naar v2.dpa</p>');
        expect(html).toContain('<p>Gewijzigd: 5 · Toegevoegd: 0 · Verwijderd: 1 · Ongewijzigd: 23</p>');
        expect(html).toContain('<li><a href="#removed-artikel-6">Artikel 6 – Eigen doeleinden van de Verwerker</a> <span class="dpa-status">verwijderd</span></li>');
        expect(html).toContain('<li><a href="#artikel-12">Artikel 12 – Inbreuken in verband met persoonsgegevens</a> <span class="dpa-status">gewijzigd</span></li>');
        expect(html.indexOf('id="removed-artikel-6"')).toBeLessThan(html.indexOf('id="artikel-12"'));

        // The breach deadline, word for word, in the article as it is now numbered.
        const breach = part(html, 'artikel-12');
        expect(breach).toContain('<h2 class="dpa-changed" data-line="220">Artikel <del>13</del><ins>12</ins> – Inbreuken in verband met persoonsgegevens <span class="dpa-status">gewijzigd</span></h2>');
        expect(breach).toContain('<span class="num">12.1</span> Zodra de Verwerker kennis heeft genomen van een Inbreuk, meldt hij die zonder onredelijke vertraging, en in ieder geval binnen <del>24</del><ins>48</ins> uur daarna');
        // The reference to the final article follows its new number.
        expect(breach).toContain('die artikel <del>21</del><ins>20</ins> aanwijst');
        // The paragraphs that did not change are there, unmarked.
        expect(breach).toMatch(/<p data-line="220"><span class="num">12\.2<\/span> De melding bevat/);

        // The sub-processor: named in article 9, a new transfer in article 13, a new row in Bijlage 3.
        expect(part(html, 'artikel-9')).toContain('(Nedhost Datacenters B.V., Ticketflow Inc.<ins>, Analytix Inc.</ins> en Mailhuis Inc.)');
        expect(part(html, 'artikel-13')).toMatch(/<li class="dpa-added"><ins>Analytix Inc\. \(Verenigde Staten\): adequaatheidsbesluit EU-VS Data Privacy Framework [^<]*<\/ins><\/li>/);
        const annex = part(html, 'bijlage-3');
        expect(annex).toContain('<tr class="dpa-added" data-line="68"><td><ins>Analytix Inc.</ins></td><td><ins>Gebruiksstatistieken</ins></td><td><ins>Verenigde Staten</ins></td>');
        expect(annex).toContain('<tr data-line="51"><td>Nedhost Datacenters B.V.</td>');

        // The removed article whole, struck through.
        const removed = part(html, 'removed-artikel-6');
        expect(removed).toContain('<h2 class="dpa-removed"><del>Artikel 6 – Eigen doeleinden van de Verwerker</del> <span class="dpa-status">verwijderd</span></h2>');
        expect(removed).toContain('<p class="dpa-removed"><span class="num"><del>6.1</del></span> <del>De Verwerker verwerkt de Persoonsgegevens niet voor eigen doeleinden');
        expect(removed).not.toContain('<ins>');

        // Unchanged parts folded, with what they are; a renumbered one says its old number.
        expect(html).toContain('<details class="dpa-unchanged" id="artikel-1">\n<summary>Artikel 1 – Definities: ongewijzigd</summary>');
        expect(html).toContain('<summary>Artikel 6 – Zeggenschap over de Persoonsgegevens: ongewijzigd (was Artikel 7)</summary>');
        expect(part(html, 'artikel-6')).not.toMatch(/<ins>|<del>/);
    });

    test('in English, with the same changes', async () => {
        const [before, after] = await documents(COMPLETE, edited(COMPLETE), 'en');
        const html = renderRedline(before, after);
        expect(html).toContain('<html lang="en">');
        expect(html).toContain('<h1>Redline: Verwerkersovereenkomst Loonwolk HR &amp; Salaris</h1>');
        expect(html).toContain('<p>Changed: 5 · Added: 0 · Removed: 1 · Unchanged: 23</p>');
        expect(part(html, 'artikel-12')).toContain('and in any event within <del>24</del><ins>48</ins> hours of becoming aware of it');
        expect(html).toContain('<summary>Article 6 – Control of the Personal Data: unchanged (was Article 7)</summary>');
        expect(html).toContain('<summary>Article 1 – Definitions: unchanged</summary>');
        expect(part(html, 'removed-artikel-6')).toContain('<del>Article 6 – Own purposes of the Processor</del> <span class="dpa-status">removed</span>');
        // The redline's own words in another language than the agreement's.
        expect(renderRedline(before, after, { lang: 'nl' })).toContain('<summary>Article 1 – Definitions: ongewijzigd</summary>');
    });

    test('a custom clause reworded: its words struck and inserted, nothing else', async () => {
        const icteam = readExample('icteam-imaging-people.dpa');
        const reworded = icteam.replace('zijn uitdrukkelijk niet van toepassing.', 'zijn alleen van toepassing als Verwerker ze schriftelijk aanvaardt.');
        expect(reworded).not.toBe(icteam);
        const [before, after] = await documents(icteam, reworded, 'nl');
        const html = renderRedline(before, after);
        expect(html).toContain('<p>Gewijzigd: 1 · Toegevoegd: 0 · Verwijderd: 0 ·');
        expect(html).toContain('Verwerkersovereenkomsten van Verwerkingsverantwoordelijke zijn <del>uitdrukkelijk niet</del><ins>alleen</ins> van toepassing<ins> als Verwerker ze schriftelijk aanvaardt</ins>.</p>');
        expect(html.match(/<ins>/g)).toHaveLength(2);
        expect(html.match(/<del>/g)).toHaveLength(1);
    });

    test('the itzz template against an agreement filled from it: the fields filled in, the care provider\'s parts gone (nl and en)', async () => {
        const template = readExample('itzz-template.dpa');
        const checked = await check(template);
        const row = { customerName: 'Bakkerij De Korst B.V.', customerCity: 'Delft', customerRepresentative: 'J.P. van Leeuwen', customerRepresentativeFunction: 'Directeur', signingPlace: 'Delft', signingDate: '2025-03-03', mainAgreementDate: '2025-02-17', mainAgreementReference: 'ITZZ-2025-0031', processorSigningDate: '2025-03-04', categories: 'AddressPhone; Financial; ThirdPartyLogins', careProvider: 'nee' };
        const filled = await agreementOf(instantiateTemplate(checked.document, row));
        const nl = renderRedline(buildAgreementDocument(checked.agreement!, { lang: 'nl' }), buildAgreementDocument(filled, { lang: 'nl' }));
        expect(part(nl, 'partijen')).toContain('<span class="num">1.</span> <del>[Naam van de klant]</del><ins>Bakkerij De Korst B.V.</ins>, gevestigd te <del>[Vestigingsplaats van de klant]</del><ins>Delft</ins>, te dezen rechtsgeldig vertegenwoordigd door');
        expect(part(nl, 'artikel-3')).toContain('gaat in op <del>[Datum van de Overeenkomst (ICT-dienstverlening)]</del><ins>17 februari 2025</ins> en geldt');
        const signatures = part(nl, 'ondertekening');
        expect(signatures).toContain('<h3>Namens de Verwerkingsverantwoordelijke: <del>[Naam van de klant]</del><ins>Bakkerij De Korst B.V.</ins></h3>');
        expect(signatures).toContain('<dt>Functie</dt><dd><del>[Functie van de vertegenwoordiger van de klant]</del><ins>Directeur</ins></dd>');
        // No care provider: the patients' activity and the care norms are struck out of the annexes.
        expect(part(nl, 'bijlage-1')).toContain('<tr class="dpa-removed"><td><del>3</del></td><td><del>Opslag, beheer en back-up van persoonsgegevens van patiënten van de opdrachtgever</del></td>');
        expect(part(nl, 'bijlage-2')).toContain('<tr class="dpa-removed"><td><del>Informatiebeveiliging volgens NEN 7510</del></td>');
        expect(part(nl, 'artikel-18')).toContain('<del>Bij de beveiliging hanteert de Verwerker de normen en richtlijnen die Bijlage 2 bij de betrokken maatregelen vermeldt (NEN 7510, NEN 7512 en NEN 7513).</del>');

        const en = renderRedline(buildAgreementDocument(checked.agreement!, { lang: 'en' }), buildAgreementDocument(filled, { lang: 'en' }));
        expect(part(en, 'partijen')).toContain('<del>[Naam van de klant]</del><ins>Bakkerij De Korst B.V.</ins>');
        expect(en).toContain('<summary>Article 2 – Subject-matter and purpose of the Processing: unchanged</summary>');
        expect(en).not.toMatch(/undefined|\[object/);
    });

    test('the user\'s text escaped: markup, ampersands and quotes in names and file names', async () => {
        const hostile = edited(COMPLETE).replace('name "Loonwolk B.V."', 'name "<script>alert(1)</script> & \\"Loonwolk\\" \'B.V.\'"');
        const [before, after] = await documents(COMPLETE, hostile, 'nl');
        const html = renderRedline(before, after, { oldName: '<img src=x onerror=alert(1)>.dpa', newName: 'a&b".dpa' });
        expect(html).not.toMatch(/<script|<img/);
        expect(html).toContain('<p>Van &lt;img src=x onerror=alert(1)&gt;.dpa naar a&amp;b&quot;.dpa</p>');
        expect(html).toContain('<h3>Namens de Verwerker: <ins>&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;</ins>Loonwolk<del> </del><ins>&quot; &#39;</ins>B.V.<ins>&#39;</ins></h3>');
        // Only the redline's own elements: every tag is one the renderer writes.
        const tags = new Set([...html.matchAll(/<\/?([a-z0-9]+)/g)].map(m => m[1]));
        expect([...tags].sort()).toEqual(['a', 'article', 'body', 'dd', 'del', 'details', 'div', 'dl', 'dt', 'h1', 'h2', 'h3', 'head', 'header', 'html', 'ins', 'li', 'meta', 'p', 'section', 'span', 'style', 'summary', 'table', 'tbody', 'td', 'th', 'thead', 'title', 'tr', 'ul']);
    });

    test('deterministic: the same two documents, the same bytes; two equal documents, nothing marked', async () => {
        const [before, after] = await documents(COMPLETE, edited(COMPLETE), 'nl');
        const [again, againAfter] = await documents(COMPLETE, edited(COMPLETE), 'nl');
        const html = renderRedline(before, after);
        expect(renderRedline(again, againAfter)).toBe(html);
        expect(renderRedlineBody(before, after)).toBe(html.slice(html.indexOf('<article'), html.indexOf('</article>') + '</article>'.length));

        const same = renderRedline(before, again);
        expect(same).not.toMatch(/<ins>|<del>|<section class="dpa-part/);
        expect(same).toContain('<p>De twee documenten hebben dezelfde tekst.</p>');
        expect(same).toContain('<p>Gewijzigd: 0 · Toegevoegd: 0 · Verwijderd: 0 · Ongewijzigd: 29</p>');
    });
});

describe('the redline of documents built by hand', () => {
    const doc = (blocks: AgreementDocument['blocks']): AgreementDocument => ({ lang: 'en', title: 'T', draft: false, blocks });

    test('a table: a column added and one removed, rows compared cell by cell, a cell\'s lines item by item', () => {
        const before = doc([
            { kind: 'heading', level: 2, text: 'Annex 1 – Things', anchor: 'bijlage-1' },
            { kind: 'table', columns: ['Name', 'Old', 'Place'], rows: [
                { cells: [['Alpha'], ['x'], ['Utrecht', 'Delft']] },
                { cells: [['Beta'], ['y'], ['Zwolle']] }
            ] }
        ]);
        const after = doc([
            { kind: 'heading', level: 2, text: 'Annex 1 – Things', anchor: 'bijlage-1' },
            { kind: 'table', columns: ['Name', 'Place', 'New'], rows: [
                { cells: [['Alpha'], ['Utrecht', 'Den Haag'], ['n']] },
                { cells: [['Gamma'], ['Leiden'], ['m']] },
                { cells: [['Beta'], ['Zwolle'], ['o']] }
            ] }
        ]);
        const html = renderRedlineBody(before, after);
        expect(html).toContain('<thead><tr><th scope="col">Name</th><th scope="col">Place</th><th scope="col" class="dpa-added"><ins>New</ins></th><th scope="col" class="dpa-removed"><del>Old</del></th></tr></thead>');
        expect(html).toContain('<tr class="dpa-changed"><td>Alpha</td><td><ul><li>Utrecht</li><li class="dpa-removed"><del>Delft</del></li><li class="dpa-added"><ins>Den Haag</ins></li></ul></td><td><ins>n</ins></td><td><del>x</del></td></tr>');
        expect(html).toContain('<tr class="dpa-added"><td><ins>Gamma</ins></td><td><ins>Leiden</ins></td><td><ins>m</ins></td><td></td></tr>');
        expect(html).toContain('<tr class="dpa-changed"><td>Beta</td><td>Zwolle</td><td><ins>o</ins></td><td><del>y</del></td></tr>');
    });

    test('two long texts that differ everywhere: compared in bounded time, the old one struck and the new one inserted whole', () => {
        const words = (seed: number) => Array.from({ length: 20_000 }, (_, i) => `w${(i * seed) % 9973}`).join(' ');
        const before = doc([{ kind: 'heading', level: 2, text: 'Article 1 – A', anchor: 'artikel-1' }, { kind: 'paragraph', number: '1.1', text: words(7) }]);
        const after = doc([{ kind: 'heading', level: 2, text: 'Article 1 – A', anchor: 'artikel-1' }, { kind: 'paragraph', number: '1.1', text: words(13) }]);
        const start = performance.now();
        const html = renderRedlineBody(before, after);
        expect(performance.now() - start).toBeLessThan(5_000);
        expect(html).toContain(`<p class="dpa-changed"><span class="num">1.1</span> <del>${words(7)}</del><ins>${words(13)}</ins></p>`);
    });

    test('an article renamed keeps its place and shows its new title; an unrelated one in its place is removed and added', () => {
        const paragraph = (text: string) => ({ kind: 'paragraph' as const, number: '1.1', text });
        const before = doc([{ kind: 'heading', level: 2, text: 'Article 1 – Audits', anchor: 'artikel-1' }, paragraph('The processor allows audits by the controller once a year.')]);
        const renamed = doc([{ kind: 'heading', level: 2, text: 'Article 1 – Inspections', anchor: 'artikel-1' }, paragraph('The processor allows audits by the controller once a year.')]);
        const html = renderRedlineBody(before, renamed);
        expect(html).toContain('<h2 class="dpa-changed">Article 1 – <del>Audits</del><ins>Inspections</ins> <span class="dpa-status">changed</span></h2>');
        const other = doc([{ kind: 'heading', level: 2, text: 'Article 1 – Liability', anchor: 'artikel-1' }, paragraph('Each party is liable for damage it causes.')]);
        const replaced = renderRedlineBody(before, other);
        expect(replaced).toContain('<p>Changed: 0 · Added: 1 · Removed: 1 · Unchanged: 0</p>');
        expect(replaced).toContain('id="removed-artikel-1"');
    });
});

import { mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, sep } from 'node:path';
import Handlebars from 'handlebars';
import { beforeAll, describe, expect, test } from 'vitest';
import { runCli } from '../../packages/cli/src/cli.js';
import {
    builtinTemplateNames, buildAgreementDocument, generateAgreement, loadTemplateFolder, templateEngine, termsFor,
    TemplateError, type AgreementDocument, type Block
} from '../../packages/generator/src/index.js';
import type { Agreement } from '../../packages/language/src/index.js';
import { check, readExample, ROOT } from '../helpers.js';
import { escapeRegExp, firmFolder, thrown } from './helpers.js';

const TEMPLATES = join(ROOT, 'packages/generator/templates');

let complete: Agreement;
beforeAll(async () => {
    const result = await check(readExample('complete.dpa'));
    expect(result.agreement).toBeDefined();
    complete = result.agreement!;
});

/** Relative paths (with `/`) of the files under a folder. */
function filesUnder(dir: string): string[] {
    const walk = (d: string): string[] => readdirSync(d).flatMap(entry => {
        const path = join(d, entry);
        return statSync(path).isDirectory() ? walk(path) : [relative(dir, path).split(sep).join('/')];
    });
    return walk(dir).sort();
}

/** Every key path of a JSON value, e.g. `headings.article`. */
function keyPaths(value: unknown, prefix = ''): string[] {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return [];
    return Object.entries(value).flatMap(([key, child]) => [`${prefix}${key}`, ...keyPaths(child, `${prefix}${key}.`)]).sort();
}

/** Every string leaf of a JSON value with its key path. */
function leaves(value: unknown, prefix = ''): [string, string][] {
    if (typeof value === 'string') return [[prefix, value]];
    if (typeof value !== 'object' || value === null) return [];
    return Object.entries(value).flatMap(([key, child]) => leaves(child, prefix ? `${prefix}.${key}` : key));
}

/** The view-model paths a template reads (`clause.notice`, `mainAgreement.date`, …). */
function parametersOf(source: string): string[] {
    const paths = new Set<string>();
    const visit = (node: unknown): void => {
        if (Array.isArray(node)) return node.forEach(visit);
        if (typeof node !== 'object' || node === null) return;
        const n = node as { type?: string; original?: string; data?: boolean };
        if (n.type === 'PathExpression' && !n.data && n.original !== undefined) paths.add(n.original);
        for (const [key, value] of Object.entries(node)) if (key !== 'loc') visit(value);
    };
    visit(Handlebars.parse(source));
    return [...paths].sort();
}

/** The text of a document's paragraphs and lists, per article heading (`Article 3 – …`). */
function sections(doc: AgreementDocument): Map<string, Block[]> {
    const result = new Map<string, Block[]>();
    let current: Block[] | undefined;
    for (const block of doc.blocks) {
        if (block.kind === 'heading') {
            current = [];
            result.set(block.text, current);
        } else {
            current?.push(block);
        }
    }
    return result;
}

function blockText(block: Block): string {
    if (block.kind === 'paragraph' || block.kind === 'notice') return block.text;
    if (block.kind === 'list') return block.items.join('\n');
    return '';
}

describe('the English agreement', () => {
    test('has English headings, terms and formatted values', () => {
        const md = generateAgreement(complete, { format: 'md', lang: 'en' });
        const english = [
            '## Article 1 – Definitions',
            '## Article 2 – Subject-matter and purpose of the Processing',
            '## Annex 1 – Description of the processing',
            '## Annex 2 – Technical and organisational security measures',
            '## Annex 3 – Sub-processors',
            '## Signatures',
            'within 24 hours of becoming aware of it (Article 33(2) GDPR)',
            '*Effective date: 3 March 2025*',
            '€250,000 per calendar year',
            'Ticketflow Inc. (United States): adequacy decision on the EU-US Data Privacy Framework (Art. 45 GDPR; Commission Implementing Decision (EU) 2023/1795 of 10 July 2023); Ticketflow Inc. is certified under that framework',
            'This data processing agreement is governed by Dutch law.',
            '| | For the Controller: Hoveniersbedrijf De Linde B.V. | For the Processor: Loonwolk B.V. |',
            'hereinafter referred to as the Processor'
        ];
        const citations = ['Article 28(3)(a) GDPR', 'Article 4(12) GDPR', 'Article 28(3), second subparagraph, GDPR', 'Articles 33 and 34 GDPR'];
        for (const text of [...english, ...citations]) expect(md).toContain(text);
        for (const dutch of ['## Artikel', '## Bijlage', '## Partijen', '## Ondertekening', 'Namens de', 'Ingangsdatum', '€ 250.000', 'Verenigde Staten', '24 uur']) {
            expect(md).not.toContain(dutch);
        }
    });

    test('no Dutch sentence of the templates leaks into it', () => {
        const doc = buildAgreementDocument(complete, { lang: 'en' });
        const standard = new Set(Object.values(termsFor('en').articles));
        // The English text from templates: every article but the custom ones (user text, in Dutch).
        const text = [...sections(doc)]
            .filter(([heading]) => !/^Article \d+ – /.test(heading) || standard.has(heading.replace(/^Article \d+ – /, '')))
            .flatMap(([, blocks]) => blocks.map(blockText))
            .join('\n').replace(/\s+/g, ' ')
            // The Dutch terms of art given in brackets, "(opzet of bewuste roekeloosheid)", are meant.
            .replace(/\([\p{L} ,]+\)/gu, '()');
        expect(text).not.toContain('De Verwerker');
        expect(text).not.toMatch(/\b(de|het|een) (Verwerker|Verwerkingsverantwoordelijke|Partijen)\b/);
        // Four-word runs of the Dutch templates' own prose (between the {{…}} tags).
        const shingles = new Set<string>();
        for (const file of filesUnder(join(TEMPLATES, 'nl')).filter(f => f.endsWith('.hbs'))) {
            for (const segment of readFileSync(join(TEMPLATES, 'nl', file), 'utf8').split(/\{\{[^}]*\}\}/)) {
                const words = segment.replace(/^\s*-\s/gm, ' ').split(/\s+/).filter(Boolean);
                for (let i = 0; i + 4 <= words.length; i++) shingles.add(words.slice(i, i + 4).join(' '));
            }
        }
        expect(shingles.size).toBeGreaterThan(500);
        expect([...shingles].filter(s => text.includes(s))).toEqual([]);
        // …while the same check finds them in the Dutch agreement.
        const nl = buildAgreementDocument(complete).blocks.map(blockText).join('\n').replace(/\s+/g, ' ');
        expect([...shingles].filter(s => nl.includes(s)).length).toBeGreaterThan(300);
        // The labels of the Dutch terms that differ from the English ones do not appear either (but
        // the glossed Dutch legal forms and courts do: the English text keeps and glosses them, B-04).
        const en = new Map(leaves(termsFor('en')));
        const md = generateAgreement(complete, { format: 'md', lang: 'en' });
        const dutchLabels = leaves(termsFor('nl'))
            .filter(([path, value]) => en.get(path) !== value && !path.startsWith('$') && !path.startsWith('glosses.') && value.includes(' ') && !value.includes('{'));
        expect(dutchLabels.length).toBeGreaterThan(30);
        expect(dutchLabels.filter(([, value]) => md.includes(value))).toEqual([]);
    });

    test('gives each Dutch term of art once, in brackets, in the definitions (the parties\' terms where the parties block defines them)', () => {
        const md = generateAgreement(complete, { format: 'md', lang: 'en' });
        const definitions = md.slice(md.indexOf('## Article 1 – Definitions'), md.indexOf('## Article 2 –'));
        // each party is defined once, in the parties block ("hereinafter referred to as …").
        const parties = md.slice(md.indexOf('## Parties'), md.indexOf('## Recitals'));
        for (const term of ['the Controller (verwerkingsverantwoordelijke)', 'the Processor (verwerker)']) {
            expect(parties, term).toContain(`hereinafter referred to as ${term}`);
            expect(md.split(term.slice(term.indexOf('('))).length - 1, term).toBe(1);
        }
        const bracketed = [
            'data processing agreement (verwerkersovereenkomst)',
            'Sub-processor (subverwerker)',
            'Data Subject (betrokkene)',
            'Personal Data (persoonsgegevens)',
            'Personal Data Breach (inbreuk in verband met persoonsgegevens)',
            'Dutch Data Protection Authority (Autoriteit Persoonsgegevens)',
            'Main Agreement (hoofdovereenkomst)',
            'GDPR (AVG)',
            'Annex (bijlage)'
        ];
        for (const term of bracketed) {
            const dutch = term.slice(term.indexOf('('));
            expect(definitions, term).toContain(term);
            expect(md.split(dutch).length - 1, dutch).toBe(1);
        }
    });

    test('the IR and the HTML carry the language', () => {
        expect(buildAgreementDocument(complete, { lang: 'en' }).lang).toBe('en');
        expect(buildAgreementDocument(complete).lang).toBe('nl');
        expect(generateAgreement(complete, { format: 'html', lang: 'en' })).toContain('<html lang="en">');
        expect(templateEngine('en').terms.lang).toBe('en');
    });

    test('Dutch stays the default and is unchanged', () => {
        const md = generateAgreement(complete, { format: 'md' });
        expect(md).toBe(generateAgreement(complete, { format: 'md', lang: 'nl' }));
        expect(md).toContain('## Artikel 1 – Definities');
        expect(md).toContain('€ 250.000 per kalenderjaar');
    });
});

describe('the Dutch and English template sets', () => {
    test('have the same files, and templates.ts loads all of them', () => {
        const nl = filesUnder(join(TEMPLATES, 'nl'));
        const en = filesUnder(join(TEMPLATES, 'en'));
        expect(en).toEqual(nl);
        expect([...builtinTemplateNames().map(n => `${n}.hbs`), 'terms.json'].sort()).toEqual(nl);
    });

    test('have the same terms keys, with the same placeholders', () => {
        const nl = JSON.parse(readFileSync(join(TEMPLATES, 'nl/terms.json'), 'utf8')) as unknown;
        const en = JSON.parse(readFileSync(join(TEMPLATES, 'en/terms.json'), 'utf8')) as unknown;
        expect(keyPaths(en)).toEqual(keyPaths(nl));
        const placeholders = (s: string) => (s.match(/\{\w+\}/g) ?? []).sort().join();
        const enLeaves = new Map(leaves(en));
        for (const [path, value] of leaves(nl)) expect(placeholders(enLeaves.get(path) ?? ''), path).toBe(placeholders(value));
        expect(termsFor('en').months).toHaveLength(12);
    });

    test('read the same parameters of the view model, template by template', () => {
        for (const file of filesUnder(join(TEMPLATES, 'nl')).filter(f => f.endsWith('.hbs'))) {
            const nl = parametersOf(readFileSync(join(TEMPLATES, 'nl', file), 'utf8'));
            const en = parametersOf(readFileSync(join(TEMPLATES, 'en', file), 'utf8'));
            expect(en, file).toEqual(nl);
        }
    });
});

describe('a firm template folder', () => {
    const BREACH = 'The Processor reports every breach to the Controller{{#if clause.deadline}} within {{clause.deadline}}{{/if}}.\n';

    test('an override replaces that article only; everything else is the built-in text', () => {
        const dir = firmFolder({ 'en/articles/breach.hbs': BREACH });
        const builtin = sections(buildAgreementDocument(complete, { lang: 'en' }));
        const firm = sections(buildAgreementDocument(complete, { lang: 'en', templates: loadTemplateFolder(dir, 'en') }));
        expect([...firm.keys()]).toEqual([...builtin.keys()]);
        const breach = 'Article 13 – Personal Data Breaches';
        expect(firm.get(breach)).toEqual([{ kind: 'paragraph', number: '13.1', text: 'The Processor reports every breach to the Controller within 24 hours.', source: expect.anything() }]);
        for (const [heading, blocks] of builtin) if (heading !== breach) expect(firm.get(heading), heading).toEqual(blocks);
    });

    test('a folder without language subfolders applies to the language generated', () => {
        const dir = firmFolder({ 'articles/breach.hbs': 'De Verwerker meldt elk lek.\n' });
        const md = generateAgreement(complete, { format: 'md', lang: 'nl', templates: loadTemplateFolder(dir, 'nl') });
        expect(md).toContain('**13.1** De Verwerker meldt elk lek.');
        expect(md).toContain('## Artikel 14 – Doorgifte buiten de Europese Economische Ruimte');
    });

    test('a language without its subfolder uses the built-in set', () => {
        const dir = firmFolder({ 'nl/articles/breach.hbs': 'De Verwerker meldt elk lek.\n' });
        const engine = loadTemplateFolder(dir, 'en');
        expect(generateAgreement(complete, { format: 'md', templates: engine })).toBe(generateAgreement(complete, { format: 'md', lang: 'en' }));
    });

    test('a partial terms.json changes just that label', () => {
        const dir = firmFolder({ 'en/terms.json': '{ "headings": { "article": "Clause {n}" } }' });
        const engine = loadTemplateFolder(dir, 'en');
        expect(engine.terms.headings.article).toBe('Clause {n}');
        expect(engine.terms.headings.annex).toBe('Annex {n}');
        expect(engine.terms.months).toEqual(termsFor('en').months);
        const md = generateAgreement(complete, { format: 'md', templates: engine });
        expect(md).toContain('## Clause 1 – Definitions');
        expect(md).not.toContain('## Article ');
        expect(md.replace(/\bClause (\d+)/g, 'Article $1')).toBe(generateAgreement(complete, { format: 'md', lang: 'en' }));
    });

    test('terms.json: an unknown key or a wrong type is an error with file and line; law and standards take new entries', () => {
        const typo = firmFolder({ 'en/terms.json': '{\n  "headings": {\n    "artcle": "Clause {n}"\n  }\n}\n' });
        const error = thrown(() => loadTemplateFolder(typo, 'en'));
        expect(error).toBeInstanceOf(TemplateError);
        expect(error.message).toContain(`${join(typo, 'en', 'terms.json')}:3: unknown key 'headings.artcle'`);
        expect(thrown(() => loadTemplateFolder(firmFolder({ 'terms.json': '{ "months": ["Jan"] }' }), 'en')).message).toContain("'months' must be a list of 12 strings");
        expect(thrown(() => loadTemplateFolder(firmFolder({ 'terms.json': '{\n  "and": "&",\n}' }), 'en')).message).toMatch(/terms\.json:3: invalid JSON/);
        const open = loadTemplateFolder(firmFolder({ 'terms.json': '{ "law": { "BE": "Belgian law" } }' }), 'en');
        expect(open.terms.law).toEqual({ NL: 'Dutch law', other: 'the law of {x}', BE: 'Belgian law' });
    });

    test('a broken override fails when loaded, naming its file and line', () => {
        const dir = firmFolder({ 'en/articles/breach.hbs': 'The Processor reports breaches.\n\n{{#if clause.deadline}}\nWithin {{clause.deadline}}.\n' });
        const error = thrown(() => loadTemplateFolder(dir, 'en'));
        expect(error).toBeInstanceOf(TemplateError);
        expect(error.message).toBe(`${join(dir, 'en', 'articles', 'breach.hbs')}:3: {{#if}} is not closed: no {{/if}} before the end of the template`);
        const mismatch = firmFolder({ 'parties.hbs': '{{legalName}}\n{{#if kvk}}\n{{/each}}\n' });
        expect(thrown(() => loadTemplateFolder(mismatch, 'nl')).message).toBe(`${join(mismatch, 'parties.hbs')}:2: if doesn't match each`);
        const syntax = firmFolder({ 'law.hbs': 'Recht.\n{{lawText\n' });
        expect(thrown(() => loadTemplateFolder(syntax, 'nl')).message).toMatch(new RegExp(`^${escapeRegExp(join(syntax, 'law.hbs'))}:\\d+: (parse|lexical) error`));
    });

    test('an unknown file name is an error that lists the known names', () => {
        const dir = firmFolder({ 'en/articles/brech.hbs': BREACH });
        const error = thrown(() => loadTemplateFolder(dir, 'en'));
        expect(error).toBeInstanceOf(TemplateError);
        expect(error.message).toContain("unknown template 'articles/brech.hbs' (did you mean 'articles/breach.hbs'?) — known: definitions.hbs, recitals.hbs");
        expect(error.message).toContain('articles/controller-warranties.hbs, articles/evidence.hbs, articles/language.hbs, terms.json, partials/<name>.hbs');
        expect(error.message.startsWith(join(dir, 'en', 'articles', 'brech.hbs'))).toBe(true);
        expect(thrown(() => loadTemplateFolder(firmFolder({ 'en/parties.hbs': 'x', 'law.hbs': 'y' }), 'en')).message)
            .toContain("a template folder with language subfolders (en/) holds only those: move 'law.hbs' into en/");
        expect(thrown(() => loadTemplateFolder(firmFolder({ 'de/parties.hbs': 'x' }), 'en')).message).toContain("unknown language folder 'de/'");
        expect(thrown(() => loadTemplateFolder(join(tmpdir(), 'dpa-no-such-folder'), 'en')).message).toContain('no such template folder');
    });

    test('partials in partials/*.hbs are usable as {{> name}}', () => {
        const dir = firmFolder({
            'en/partials/signoff.hbs': 'Questions about this article: {{processor.contact.email}}.',
            'en/articles/breach.hbs': `${BREACH}\n{{> signoff}}\n`
        });
        const md = generateAgreement(complete, { format: 'md', templates: loadTemplateFolder(dir, 'en') });
        // The address is inert in Markdown (see markdown-links.test.ts).
        expect(md).toContain('**13.2** Questions about this article: privacy\\@loonwolk\\.nl\\.');
    });

    test('a missing partial or helper is found when loading; a render-time failure names its file', () => {
        const missing = firmFolder({ 'en/articles/breach.hbs': 'Text.\n\n{{> signof}}\n', 'en/partials/signoff.hbs': 'x' });
        expect(thrown(() => loadTemplateFolder(missing, 'en')).message)
            .toBe(`${join(missing, 'en', 'articles', 'breach.hbs')}:3: unknown partial 'signof' — known: signoff`);
        const helper = firmFolder({ 'en/articles/breach.hbs': 'Text {{upper clause.deadline}}.\n' });
        expect(thrown(() => loadTemplateFolder(helper, 'en')).message).toMatch(/breach\.hbs:1: unknown helper 'upper' — known: each, if, join/);

        const atRender = firmFolder({ 'en/articles/breach.hbs': 'Text.{{#if clause.deadline}}{{#each}}x{{/each}}{{/if}}\n' });
        const engine = loadTemplateFolder(atRender, 'en');
        const error = thrown(() => generateAgreement(complete, { format: 'md', templates: engine }));
        expect(error).toBeInstanceOf(TemplateError);
        expect(error.message).toBe(`${join(atRender, 'en', 'articles', 'breach.hbs')}: Must pass iterator to #each`);

        const inPartial = firmFolder({ 'en/partials/signoff.hbs': '{{#with}}x{{/with}}', 'en/articles/breach.hbs': 'Text.\n\n{{> signoff}}\n' });
        const partialError = thrown(() => generateAgreement(complete, { format: 'md', templates: loadTemplateFolder(inPartial, 'en') }));
        expect(partialError.message).toMatch(new RegExp(`^${escapeRegExp(join(inPartial, 'en', 'partials', 'signoff.hbs'))}: `));
    });
});

describe('dpa generate --lang and --templates', () => {
    async function dpa(...args: string[]) {
        const stdout: string[] = [];
        const stderr: string[] = [];
        const code = await runCli(args, { stdout: line => stdout.push(line), stderr: line => stderr.push(line) });
        return { code, stdout: stdout.join('\n'), stderr: stderr.join('\n') };
    }
    const example = join(ROOT, 'examples/complete.dpa');

    test('--lang en writes the English agreement; without it, Dutch', async () => {
        const out = mkdtempSync(join(tmpdir(), 'dpa-cli-'));
        expect((await dpa('generate', example, '--out', out, '--lang', 'en')).code).toBe(0);
        expect(readFileSync(join(out, 'complete.md'), 'utf8')).toContain('## Article 1 – Definitions');
        expect((await dpa('generate', example, '--out', out)).code).toBe(0);
        expect(readFileSync(join(out, 'complete.md'), 'utf8')).toContain('## Artikel 1 – Definities');
        expect((await dpa('generate', example, '--lang', 'de')).code).toBe(2);
    });

    test('--templates uses a firm folder; a broken one is exit 2 with file:line', async () => {
        const out = mkdtempSync(join(tmpdir(), 'dpa-cli-'));
        const firm = firmFolder({ 'en/articles/breach.hbs': BREACH_CLI, 'nl/articles/breach.hbs': 'De Verwerker meldt elk lek.\n' });
        expect((await dpa('generate', example, '--out', out, '--lang', 'en', '--templates', firm)).code).toBe(0);
        expect(readFileSync(join(out, 'complete.md'), 'utf8')).toContain('**13.1** Firm wording.');
        expect((await dpa('generate', example, '--out', out, '--templates', firm)).code).toBe(0);
        expect(readFileSync(join(out, 'complete.md'), 'utf8')).toContain('**13.1** De Verwerker meldt elk lek.');

        const broken = firmFolder({ 'en/articles/breach.hbs': 'x\n{{#if clause.deadline}}\n' });
        const result = await dpa('generate', example, '--out', out, '--lang', 'en', '--templates', broken);
        expect(result.code).toBe(2);
        expect(result.stderr).toContain(`${join(broken, 'en', 'articles', 'breach.hbs')}:2: {{#if}} is not closed`);
    });

    test('the help names both options', async () => {
        const help = (await dpa('generate', '--help')).stdout;
        expect(help).toContain('--templates <dir>');
        expect(help).toMatch(/--lang nl\|en +language of the agreement \(default: nl\)/);
        expect(help.match(/--lang/g)).toHaveLength(1);
    });
});

const BREACH_CLI = 'Firm wording.\n';

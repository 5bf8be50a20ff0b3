/**
 * docs/clauses.md, generated: every standard clause of the grammar (grammar/clauses.langium), its
 * parameters with what each value means and the article, and the text the generator writes for it
 * in Dutch and English. Each text is rendered by the real generator from a minimal agreement
 * (test/helpers.ts) with the clause added, so the document cannot drift from the templates.
 */
import { ART28_ELEMENTS, glossaryEntry, type Agreement, type Lang } from '../packages/language/src/index.js';
import { buildAgreementDocument, escapeMarkdown, type Block } from '../packages/generator/src/index.js';
import { check, minimalAgreement, services } from '../test/helpers.js';
import { standardClauses, spaced, type ClauseParameter, type StandardClause } from './clause-grammar.js';
import { PARAMETER_NOTES } from './clause-notes.js';

const LANGS: readonly Lang[] = ['nl', 'en'];

/** The article a clause becomes: its title and its paragraphs (a list is one paragraph), in each language. */
interface ArticleText {
    readonly title: Record<Lang, string>;
    readonly paragraphs: Record<Lang, string[]>;
}

function blockText(block: Block): string | undefined {
    if (block.kind === 'paragraph') return escapeMarkdown(block.text);
    if (block.kind === 'list') return block.items.map(item => `- ${escapeMarkdown(item)}`).join('\n');
    return undefined;
}

/** The article of the last clause of the agreement, as the generator writes it in `lang`. */
function articleOf(agreement: Agreement, lang: Lang): { title: string; paragraphs: string[] } {
    const line = agreement.clauses.at(-1)?.$cstNode?.range.start.line;
    const blocks = buildAgreementDocument(agreement, { lang }).blocks;
    const start = blocks.findIndex(b => b.kind === 'heading' && b.source?.line === line);
    if (line === undefined || start < 0) throw new Error(`No article for the clause on line ${line}`);
    const heading = blocks[start]!;
    const end = blocks.findIndex((b, i) => i > start && (b.kind === 'heading' || b.kind === 'title'));
    const body = blocks.slice(start + 1, end < 0 ? undefined : end);
    const title = heading.kind === 'heading' ? heading.text.replace(/^[^–]*–\s*/, '') : '';
    return { title, paragraphs: body.flatMap(b => blockText(b) ?? []) };
}

const texts = new Map<string, Promise<ArticleText>>();

/** The clause `source` rendered as the last clause of the minimal agreement. */
function articleText(source: string): Promise<ArticleText> {
    let text = texts.get(source);
    if (!text) {
        text = check(minimalAgreement(source)).then(({ agreement, document }) => {
            const { lexerErrors, parserErrors } = document.parseResult;
            if (!agreement || lexerErrors.length > 0 || parserErrors.length > 0) {
                throw new Error(`docs/clauses.md: the sample clause \`${source}\` does not parse; give its parameter a sample value in scripts/clause-notes.ts`);
            }
            const nl = articleOf(agreement, 'nl');
            const en = articleOf(agreement, 'en');
            return { title: { nl: nl.title, en: en.title }, paragraphs: { nl: nl.paragraphs, en: en.paragraphs } };
        });
        texts.set(source, text);
    }
    return text;
}

function quote(paragraphs: readonly string[]): string {
    return paragraphs.map(p => p.split('\n').map(l => `> ${l}`).join('\n')).join('\n>\n');
}

function cell(text: string): string {
    return text.replace(/\|/g, '\\|').replace(/\n/g, ' ');
}

/** What a parameter value means: the notes of this document, else the keyword's glossary entry. */
export function meaningOf(clause: string, parameter: ClauseParameter, value?: string): { meaning: string; article: string } | undefined {
    const note = (value !== undefined ? PARAMETER_NOTES[`${clause}.${parameter.feature}=${value}`] : undefined) ?? PARAMETER_NOTES[`${clause}.${parameter.feature}`];
    if (note) return { meaning: note.meaning, article: note.article ?? '' };
    // A value's own keyword; for a duration, number or date: the property, then the keywords written before it (`notice`).
    const candidates = value !== undefined ? [value] : [parameter.feature, ...[...parameter.keywords].reverse()];
    const entry = candidates.map(glossaryEntry).find(e => e !== undefined);
    if (!entry) return undefined;
    return { meaning: `${entry.en} (${entry.nl})${entry.note ? `. ${entry.note}` : ''}`, article: entry.article ?? '' };
}

/** Every parameter value of every standard clause the document cannot explain (none, or the test fails). */
export function unexplainedParameters(): string[] {
    return standardClauses(services.Grammar).flatMap(clause => clause.parameters.flatMap(p => {
        const values = p.kind === 'value' ? [undefined] : p.kind === 'flag' ? [p.values[0]] : p.values;
        return values.filter(v => !meaningOf(clause.type, p, v)).map(v => `${clause.type}.${p.feature}${v !== undefined ? `=${v}` : ''}`);
    }));
}

const PRESENCE: Record<ClauseParameter['presence'], string> = {
    required: 'required',
    'one-of': 'one of the alternatives is required',
    optional: 'optional: left out'
};

function parameterRows(clause: StandardClause): string[] {
    if (clause.parameters.length === 0) return ['The clause has no parameters.', ''];
    const rows = clause.parameters.flatMap(p => {
        const values = p.kind === 'value' ? [undefined] : p.kind === 'flag' ? [p.values[0]] : p.values;
        return values.map((value, i) => {
            const found = meaningOf(clause.type, p, value);
            const written = `\`${p.kind === 'value' ? p.syntax : p.written[i]}\``;
            const first = i === 0;
            return `| ${first ? `\`${p.feature}\`` : ''} | ${first ? p.kind : ''} | ${written} | ${first ? PRESENCE[p.presence] : ''} | ${cell(found?.meaning ?? '(not described)')} | ${cell(found?.article ?? '')} |`;
        });
    });
    return ['| parameter | kind | value | if absent | meaning | article |', '| --- | --- | --- | --- | --- | --- |', ...rows, ''];
}

function elementsOf(clause: StandardClause): string[] {
    return ART28_ELEMENTS.filter(e => e.provider.includes(clause.type)).map(e => `\`${e.id}\` (${e.label.en}, Art. ${e.article})`);
}

async function formSection(form: string, clause: StandardClause): Promise<string[]> {
    const base = await articleText(form);
    const lines = [`### \`${spaced(form)}\``, ''];
    for (const lang of LANGS) lines.push(`**${lang}** — ${escapeMarkdown(base.title[lang])}`, '', quote(base.paragraphs[lang]), '');
    for (const option of clause.options.filter(o => o.form === form)) {
        const text = await articleText(option.source);
        lines.push(`#### \`${spaced(option.source)}\``, '');
        for (const lang of LANGS) {
            const before = new Set(base.paragraphs[lang]);
            const after = new Set(text.paragraphs[lang]);
            const added = text.paragraphs[lang].filter(p => !before.has(p));
            const removed = base.paragraphs[lang].filter(p => !after.has(p));
            if (added.length === 0 && removed.length === 0) {
                lines.push(`**${lang}**: the same text as \`${spaced(form)}\`.`, '');
                continue;
            }
            const what = removed.length === 0 ? 'adds' : added.length === 0 ? 'leaves out' : `replaces ${removed.length} paragraph${removed.length > 1 ? 's' : ''} with`;
            lines.push(`**${lang}** ${what}:`, '', quote(added.length > 0 ? added : removed), '');
        }
    }
    return lines;
}

async function clauseSection(clause: StandardClause): Promise<string> {
    const entry = glossaryEntry(clause.keyword.split(' ')[0]!);
    const first = await articleText(clause.forms[0]!);
    const provides = elementsOf(clause);
    const lines = [
        `## ${clause.keyword.split(' ')[0]}`, '',
        `${first.title.en} — *${first.title.nl}*${entry?.article ? ` (${entry.article})` : ''}${entry?.note ? `. ${entry.note}` : ''}`, '',
        '```dpa', spaced(clause.syntax), '```', '',
        ...(provides.length > 0 ? [`Provides, for the completeness check, the Art. 28(3) element${provides.length > 1 ? 's' : ''} ${provides.join('; ')}.`, ''] : []),
        ...parameterRows(clause)
    ];
    for (const form of clause.forms) lines.push(...await formSection(form, clause));
    return lines.join('\n');
}

/** The document. */
export async function renderClausesDoc(): Promise<string> {
    const clauses = standardClauses(services.Grammar);
    const minimal = (await check(minimalAgreement())).agreement;
    const subprocessors = minimal?.subprocessors.length ?? 0;
    const setting = `${minimal?.mainAgreement ? 'with' : 'without'} a main agreement, ${subprocessors === 0 ? 'no' : subprocessors} sub-processor${subprocessors === 1 ? '' : 's'}`;
    const parts = [
        '# Standard clauses',
        '',
        '<!-- Generated by `npm run docs` from the grammar (grammar/clauses.langium), the glossary, scripts/clause-notes.ts and the generator\'s templates; do not edit. -->',
        '',
        `The language has ${clauses.length} standard clauses: one line in the \`.dpa\` file, a whole article in the agreement. ` +
        'This page shows, for each, how it is written, what its parameters mean, and the exact text the generator writes for it in Dutch (nl) and English (en), ' +
        'so you can see what a clause says before you choose it. A clause in your own words is a custom clause (`clause Name "Title" covers … { text "…" }`); ' +
        'the validator reads its text instead (see `docs/rules.md`).',
        '',
        `Each text is generated from a minimal agreement with the clause added: the agreement of \`test/helpers.ts\` (${setting}). Some sentences depend on the rest of the agreement — the main agreement, the sub-processors ` +
        'of Annex 3, sensitive data, the standards the measures follow — and read differently in yours. The first form of each clause is shown in full; ' +
        'under it, each optional parameter with the paragraphs it adds or changes. Article numbers and paragraph numbers are left out.',
        '',
        '| clause | syntax |',
        '| --- | --- |',
        ...clauses.map(c => `| [${c.keyword.split(' ')[0]}](#${c.keyword.split(' ')[0]}) | \`${cell(spaced(c.syntax))}\` |`),
        ''
    ];
    for (const clause of clauses) parts.push(await clauseSection(clause));
    return `${parts.join('\n').trimEnd()}\n`;
}

/**
 * docs/import-accuracy.md: the importer measured on the two seeds and the eight real agreements
 * against the models made of them by hand (examples/): per agreement, the share of the hand-made
 * model's party and annex facts that the import has as model elements (not prose), and the share
 * of the Art. 28(3) elements whose presence or absence (`providedElements`) is the same in both.
 * Rendered by test/importer/accuracy.test.ts, which fails when the committed table is stale
 * (`UPDATE_DOCS=1` rewrites it).
 */
import { readFileSync } from 'node:fs';
import { ART28_ELEMENTS, isListedSubProcessor, isReviewDefect, providedElements, type Agreement } from '../packages/language/src/index.js';
import { importAgreement } from '../packages/importer/src/index.js';
import { check, services } from '../test/helpers.js';
import { corpus, readCorpusFile } from '../test/importer/corpus.js';
import { IMPORT_JUDGEMENTS } from '../test/importer/judged/index.js';
import { judgeImport } from '../test/importer/judged/judge.js';

/** A fact of a model: its kind and its text ("controller name", "Imaging People"). */
interface Fact {
    readonly kind: string;
    readonly value: string;
    /** A country's sub-processor or recipient: the country is imported when the same one (by name) has it. */
    readonly of?: string;
}

export function partyFacts(agreement: Agreement): Fact[] {
    return agreement.parties.flatMap(party => {
        const kind = (field: string): string => `${party.role} ${field}`;
        const facts: Fact[] = [];
        const push = (field: string, value: string | undefined): void => {
            if (value !== undefined && value.trim() !== '') facts.push({ kind: kind(field), value });
        };
        push('name', party.legalName);
        push('form', party.legalForm);
        push('kvk', party.kvk);
        push('street', party.address?.street);
        push('postcode', party.address?.postcode);
        push('city', party.address?.city);
        for (const signatory of party.signatories) push('signatory', signatory.person);
        return facts;
    });
}

/**
 * The annex facts: data, subjects, measures, sub-processors and the countries of each, other
 * recipients (`role`: a provider the text says is no sub-processor, an independent controller)
 * as recipients, and processing activities.
 */
export function annexFacts(agreement: Agreement): Fact[] {
    const kind = (s: Agreement['subprocessors'][number]): string => (isListedSubProcessor(s) ? 'subprocessor' : 'recipient');
    return [
        ...agreement.dataCategories.map(d => ({ kind: 'data', value: d.label })),
        ...agreement.subjectCategories.map(s => ({ kind: 'subject', value: s.label })),
        ...agreement.measures.map(m => ({ kind: 'measure', value: m.description })),
        ...agreement.subprocessors.map(s => ({ kind: kind(s), value: s.legalName ?? s.name })),
        ...agreement.subprocessors.flatMap(s => [s.country, ...s.locations].filter((c): c is string => c !== undefined).map(c => ({ kind: `${kind(s)} country`, value: c, of: s.legalName ?? s.name }))),
        ...agreement.processings.map(p => ({ kind: 'processing', value: p.title }))
    ];
}

/** How a fact is listed among the missed ones: "subprocessor country: Apple US". */
export function label(fact: Fact): string {
    return `${fact.kind}: ${fact.of !== undefined ? `${fact.of} ` : ''}${fact.value}`;
}

/** The words of a text; with `joined`, hyphenated compounds as one word ("e-mail", "back-up"), as Dutch writes them either way. */
function words(text: string, joined = false): string[] {
    const plain = text.normalize('NFD').replace(/[\u0300-\u036f]/gu, '').toLowerCase();
    return (joined ? plain.replace(/([a-z])-(?=[a-z])/gu, '$1') : plain).split(/[^a-z0-9]+/u).filter(w => w.length >= 2);
}

/**
 * A hand-made fact is imported when the import has a fact of the same kind saying the same: at
 * least half of its words (the hand-made models paraphrase some labels), or all of them for short
 * values (a KvK number, a postcode, a country).
 */
function matches(hand: Fact, imported: readonly Fact[]): boolean {
    const wanted = [words(hand.value), words(hand.value, true)];
    if (wanted[0]!.length === 0) return true;
    return imported.some(fact => {
        if (fact.kind !== hand.kind) return false;
        // A country: the same one, of the sub-processor (or recipient) that matches the hand-made one by name.
        if (hand.of !== undefined) return fact.value === hand.value && fact.of !== undefined && matches({ kind: hand.kind, value: hand.of }, [{ kind: fact.kind, value: fact.of }]);
        const have = new Set([...words(fact.value), ...words(fact.value, true)]);
        return wanted.some(want => {
            const shared = want.filter(w => have.has(w)).length;
            return want.length <= 2 ? shared === want.length : shared / want.length >= 0.5;
        });
    });
}

export interface AccuracyRow {
    readonly name: string;
    readonly partyFacts: readonly [number, number];
    readonly annexFacts: readonly [number, number];
    readonly art28: readonly [number, number];
    /** The Art. 28(3) elements on which the import and the hand-made model differ. */
    readonly art28Differences: readonly string[];
    readonly prose: number;
    readonly model: number;
    readonly comment: number;
    /** The hand-made model's facts the import does not have. */
    readonly missed: readonly string[];
    /** The defects the review reports (DPA-R.. errors and warnings), and those judged false alarms. */
    readonly defects: number;
    readonly falseAlarms: readonly string[];
    /** Defects no judged row explains, and rows whose count is not met: the judgement is stale. */
    readonly unjudged: readonly string[];
}

/**
 * Facts of the hand-made models that their sources do not state, by agreement: not counted, as
 * there is nothing in the source to import. Each is listed in the rendered table with the reason.
 */
export const NOT_IN_SOURCE: Readonly<Record<string, readonly { readonly fact: string; readonly why: string }[]>> = {
    'icteam-imaging-people': [
        { fact: 'subprocessor country: Apple US', why: 'the seed names no country for Apple (art. 4.2 only exempts it from the consent for transfers outside the EU)' }
    ],
    'itzz-template': [
        { fact: 'data: Burgerservicenummer', why: 'the care-provider variant the model adds (`careProvider`; "Not in the seed")' },
        { fact: 'subject: Patiënten van de opdrachtgever', why: 'the care-provider variant the model adds' },
        { fact: 'measure: Informatiebeveiliging volgens NEN 7510', why: 'the care-provider variant the model adds' },
        { fact: 'measure: Toegang tot patiëntgegevens alleen voor medewerkers die deze voor hun taak nodig hebben', why: 'the care-provider variant the model adds' },
        { fact: 'measure: Elektronische uitwisseling van patiëntgegevens volgens NEN 7512', why: 'the care-provider variant the model adds' },
        { fact: 'measure: Vastlegging van de toegang tot patiëntgegevens volgens NEN 7513', why: 'the care-provider variant the model adds' }
    ],
    starred: [
        { fact: 'processor form: besloten vennootschap', why: 'only the corpus file\'s header (not the agreement) says "Starred B.V."' }
    ]
};

/**
 * The hand-made facts measured: not a template field (`{{name}}`), which the hand-made model puts
 * where the source leaves a blank ("[INVULLEN]", "(NAAM VERANTWOORDELIJKE)"): there is no value to
 * import; not a fact the source does not state (NOT_IN_SOURCE).
 */
function measured(facts: readonly Fact[], agreement: string): Fact[] {
    const absent = new Set((NOT_IN_SOURCE[agreement] ?? []).map(entry => entry.fact));
    return facts.filter(fact => !fact.value.includes('{{') && !(fact.of ?? '').includes('{{') && !absent.has(label(fact)));
}

function share(hand: readonly Fact[], imported: readonly Fact[], agreement: string): [number, number] {
    const wanted = measured(hand, agreement);
    return [wanted.filter(fact => matches(fact, imported)).length, wanted.length];
}

export async function measureImports(): Promise<AccuracyRow[]> {
    const rows: AccuracyRow[] = [];
    for (const entry of corpus()) {
        const { text, facts } = importAgreement(await readCorpusFile(entry.path), { services });
        const checkedImport = await check(text);
        const imported = checkedImport.agreement;
        const hand = (await check(readFileSync(entry.model, 'utf8'))).agreement;
        if (!imported || !hand) throw new Error(`${entry.name}: no agreement parsed`);
        const importedElements = providedElements(imported);
        const handElements = providedElements(hand);
        const defects = checkedImport.diagnostics.filter(isReviewDefect);
        const table = IMPORT_JUDGEMENTS.get(entry.name);
        const judged = table ? judgeImport(table, text, defects) : undefined;
        const unjudged = judged ? judged.stale : [`${entry.name}: no judged table in test/importer/judged/ (${defects.length} defects)`];
        const falseAlarms = judged ? judged.falseAlarms : [];
        const differences = ART28_ELEMENTS.filter(e => importedElements.has(e.id) !== handElements.has(e.id)).map(e => `${e.id} (${handElements.has(e.id) ? 'missed' : 'extra'})`);
        rows.push({
            name: entry.name,
            partyFacts: share(partyFacts(hand), partyFacts(imported), entry.name),
            annexFacts: share(annexFacts(hand), annexFacts(imported), entry.name),
            art28: [ART28_ELEMENTS.length - differences.length, ART28_ELEMENTS.length],
            art28Differences: differences,
            prose: facts.placements.filter(p => p.destination.kind === 'prose').length,
            model: facts.placements.filter(p => p.destination.kind === 'model').length,
            comment: facts.placements.filter(p => p.destination.kind === 'comment').length,
            missed: measured([...partyFacts(hand), ...annexFacts(hand)], entry.name).filter(fact => !matches(fact, [...partyFacts(imported), ...annexFacts(imported)])).map(label),
            defects: defects.length,
            falseAlarms,
            unjudged
        });
    }
    return rows;
}

/** "data 2, measure 4": how many facts of each kind. */
function countByKind(missed: readonly string[]): string {
    const counts = new Map<string, number>();
    for (const fact of missed) {
        const kind = fact.slice(0, fact.indexOf(':'));
        counts.set(kind, (counts.get(kind) ?? 0) + 1);
    }
    return [...counts].map(([kind, n]) => `${kind} ${n}`).join(', ');
}

/** The defects reported that are right: all but the false alarms. */
function precision(row: AccuracyRow): [number, number] {
    return [row.defects - row.falseAlarms.length, row.defects];
}

function percent([n, d]: readonly [number, number]): string {
    return d === 0 ? '—' : `${Math.round((100 * n) / d)} % (${n}/${d})`;
}

export async function renderImportAccuracy(): Promise<string> {
    const rows = await measureImports();
    const total = (pick: (row: AccuracyRow) => readonly [number, number]): [number, number] =>
        rows.reduce<[number, number]>(([n, d], row) => [n + pick(row)[0], d + pick(row)[1]], [0, 0]);
    const facts = (row: AccuracyRow): [number, number] => [row.partyFacts[0] + row.annexFacts[0], row.partyFacts[1] + row.annexFacts[1]];
    const lines = [
        '# Import accuracy',
        '',
        '<!-- Generated by scripts/import-accuracy.ts (test/importer/accuracy.test.ts; UPDATE_DOCS=1 rewrites it). Do not edit. -->',
        '',
        'The importer (`packages/importer`, `importAgreement`) run on the two seeds and the eight real agreements',
        '(`../shared/seeds`, `../shared/real-agreements`, read by the importer\'s own readers, as `dpa import` reads them), measured against the',
        'models of the same agreements made by hand (`examples/icteam-imaging-people.dpa`, `examples/itzz-template.dpa`,',
        '`examples/real/*.dpa`).',
        '',
        '- **Party facts**: name, legal form, KvK number, street, postcode, city and signatories of each party of the',
        '  hand-made model that the imported model has as the same party\'s field.',
        '- **Annex facts**: the hand-made model\'s data categories, data subjects, measures, sub-processors, their',
        '  countries, other recipients (a provider the text says is no sub-processor) and processing activities that the',
        '  imported model has as elements of the same kind. Labels match when at least half of their words are the same',
        '  (the hand-made models paraphrase some labels), short values (numbers) when all are; a country when the',
        '  sub-processor that matches the hand-made one by name has it. A template field of the hand-made model',
        '  (`{{name}}`, where the source leaves a blank to fill in) is not counted: the source has no value to import;',
        '  nor is a fact the hand-made model adds that the source does not state (listed below, with the reason).',
        '- **Art. 28(3)**: the elements of `providedElements` (17: Art. 28(3)(a)-(h), its last subparagraph and',
        '  Art. 33(2)) whose presence or absence in the imported model is the same as in the hand-made model.',
        '- **Pieces**: the source\'s sentences and blocks, by where they went: into a model element (quoted in a comment',
        '  beside it), into a custom clause\'s prose, or only into a comment (the heading of an article whose sentences',
        '  all became model elements). Every piece is in the output (test/importer/recognise.test.ts).',
        '- Where the import and the hand-made model differ on an Art. 28(3) element, the language\'s clause reader',
        '  (clause-reading.json), which judges the imported text, did not find the element in its wording: the',
        '  review reports the element as missing, for a person to check.',
        '- **Defect precision**: the review\'s defects (the `DPA-R..` errors and warnings on the imported `.dpa`) that report a',
        '  real defect of the agreement, judged by hand against the source (see [False alarms](#false-alarms)).',
        '',
        'Targets (issue 15): ≥ 90 % of party and annex facts, ≥ 95 % of Art. 28(3) presence/absence, ≥ 95 % defect precision.',
        '',
        '| Agreement | Party facts | Annex facts | Party and annex facts | Art. 28(3) right | Art. 28(3) differences | Defect precision | Pieces to model / prose / comment |',
        '| --- | --- | --- | --- | --- | --- | --- | --- |',
        ...rows.map(row => `| ${row.name} | ${percent(row.partyFacts)} | ${percent(row.annexFacts)} | ${percent(facts(row))} | ${percent(row.art28)} | ${row.art28Differences.join(', ') || '—'} | ${percent(precision(row))} | ${row.model} / ${row.prose} / ${row.comment} |`),
        `| **All** | ${percent(total(r => r.partyFacts))} | ${percent(total(r => r.annexFacts))} | ${percent(total(facts))} | ${percent(total(r => r.art28))} | | ${percent(total(precision))} | ${rows.reduce((n, r) => n + r.model, 0)} / ${rows.reduce((n, r) => n + r.prose, 0)} / ${rows.reduce((n, r) => n + r.comment, 0)} |`,
        '',
        '## Facts not imported, by kind',
        '',
        '(Counts only: the labels are those of the hand-made models, close to the sources\' wording.)',
        '',
        ...rows.flatMap(row => row.missed.length === 0 ? [] : [`- **${row.name}**: ${countByKind(row.missed)}`]),
        '',
        '## Facts not counted: not in the source',
        '',
        ...Object.entries(NOT_IN_SOURCE).flatMap(([name, entries]) => entries.map(entry => `- **${name}**, ${entry.fact}: ${entry.why}.`)),
        '',
        '## False alarms',
        '',
        'Each defect the review reports is judged by hand against the source in `test/importer/judged/<agreement>.ts`',
        '(the defect of the agreement it reports, or why it is wrong); the test fails on a defect without a judgement.',
        'The false alarms, by agreement:',
        '',
        ...rows.flatMap(row => row.falseAlarms.length === 0 ? [] : [`- **${row.name}**:`, ...[...new Set(row.falseAlarms)].map(alarm => `  - ${row.falseAlarms.filter(a => a === alarm).length}× ${alarm}`)]),
        ''
    ];
    return lines.join('\n');
}

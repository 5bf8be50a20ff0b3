import { hasEnglishVersion, isListedSubProcessor, lookupCountry, processingPlaces, seatOf, type Agreement, type DataCategory, type Measure, type Processing, type SubProcessor } from '@dpa/language';
import { GrammarUtils, type AstNode } from 'langium';
import { dataDetails, exclusionSentences, measureDescription, measureKindText, measurePolicySentences, otherRecipients, processingFlags, serviceText, standardsText, subjectLine } from './annex-details.js';
import { textToBlocks, tidy } from './blocks.js';
import { contactsAnnex } from './contacts.js';
import type { AgreementDocument, Block, SignatureParty, SourceRef, TableRow } from './ir.js';
import { fill, type Terms } from './terms.js';
import type { TemplateEngine } from './templates.js';
import { buildAgreementView, CLAUSE_KIND_OF, clauseView, Formatter } from './view-builder.js';
import type { AgreementView, PartyView, SignatoryView } from './view.js';

export interface BuildOptions {
    /** Values for the template fields (`{{name}}`), e.g. one customer's row. */
    readonly values?: Readonly<Record<string, string>>;
    /** The number of errors, when generating a draft despite them; shown in a notice. */
    readonly draftErrors?: number;
}

function sourceOf(node: AstNode): SourceRef | undefined {
    const line = node.$cstNode?.range.start.line;
    return line === undefined ? undefined : { line };
}

/**
 * Builds the format-neutral agreement document from a validated model. Every template rendered for
 * it shares one budget (TEMPLATE_LIMITS): a firm's templates cannot make one agreement too large.
 */
export function buildDocument(agreement: Agreement, engine: TemplateEngine, options: BuildOptions = {}): AgreementDocument {
    return engine.session(() => buildDocumentWith(agreement, engine, options));
}

function buildDocumentWith(agreement: Agreement, engine: TemplateEngine, options: BuildOptions): AgreementDocument {
    const f = new Formatter(agreement, engine, options.values);
    const terms = engine.terms;
    const view = buildAgreementView(agreement, f);
    const blocks: Block[] = [];
    const draft = options.draftErrors !== undefined;

    blocks.push({ kind: 'title', text: view.title, subtitle: subtitle(view, engine) });
    if (draft) blocks.push({ kind: 'notice', text: fill(terms.draft, { n: options.draftErrors }) });

    // Parties and recitals
    blocks.push({ kind: 'heading', level: 2, text: terms.headings.parties, anchor: 'partijen' });
    const partyParagraph = (party: PartyView, index: number): Block => {
        const node = agreement.parties.find(p => p.name === party.id);
        const source = node ? sourceOf(node) : undefined;
        return { kind: 'paragraph', number: `${index}.`, text: tidy(engine.render('parties', party)), ...(source ? { source } : {}) };
    };
    // Published terms accepted when ordering (`formed by acceptance`): the customer is not named here.
    const accepted = agreement.formation === 'acceptance';
    const customer = view.controller.term;
    // `any-customer`: a controller that is whichever customer enters into these terms, not named here.
    const anyCustomer = view.controller.customer;
    const customerText = anyCustomer?.description !== undefined
        ? fill(terms.headings.customerDescribed, { x: customer, r: anyCustomer.description })
        : fill(terms.headings.customerParty, { x: customer });
    blocks.push(accepted ? { kind: 'paragraph', number: '1.', text: fill(terms.headings.acceptedParty, { x: customer }) }
        : anyCustomer ? { kind: 'paragraph', number: '1.', text: customerText } : partyParagraph(view.controller, 1));
    blocks.push({ kind: 'paragraph', text: terms.headings.between });
    blocks.push(partyParagraph(view.processor, 2));
    blocks.push({ kind: 'heading', level: 2, text: terms.headings.recitals, anchor: 'overwegingen' });
    blocks.push(...textToBlocks(engine.render('recitals', view)));
    blocks.push({ kind: 'paragraph', text: terms.headings.agreed });

    // Articles: definitions, subject, the clauses in source order, governing law.
    let number = 0;
    /** The numbers of the custom articles shown in Dutch in a document of another language. */
    const untranslated: number[] = [];
    const article = (title: string, body: Block[], source?: SourceRef) => {
        number++;
        blocks.push({
            kind: 'heading', level: 2, anchor: `artikel-${number}`,
            text: `${fill(terms.headings.article, { n: number })} – ${title}`,
            ...(source ? { source } : {})
        });
        blocks.push(...body);
    };
    const templated = (name: string, context: object, source?: SourceRef) => textToBlocks(engine.render(name, context), number + 1, source);
    article(terms.articles['definitions']!, templated('definitions', view));
    article(terms.articles['subject']!, templated('subject', view));
    for (const clause of agreement.clauses) {
        const source = sourceOf(clause);
        if (clause.$type === 'CustomClause') {
            // The model's text is Dutch. Another language uses the clause's English version, or
            // shows the Dutch text marked as not translated: never an unmarked mix of languages.
            const translated = terms.lang === 'nl' || hasEnglishVersion(clause);
            const own = terms.lang !== 'nl' && translated;
            const mark = (template: string, text: string) => translated ? text : fill(template, { x: text });
            if (!translated) untranslated.push(number + 1);
            // Each paragraph points at its own `text` line, for preview ↔ source navigation.
            const lines = GrammarUtils.findNodesForProperty(clause.$cstNode, own ? 'paragraphsEn' : 'paragraphs').map(n => n.range.start.line);
            const paragraphs = (own ? clause.paragraphsEn : clause.paragraphs).map((text, i): Block => {
                const line = lines[i] !== undefined ? { line: lines[i]! } : source;
                return { kind: 'paragraph', number: `${number + 1}.${i + 1}`, text: mark(terms.untranslated.paragraph, f.text(text)), ...(line ? { source: line } : {}) };
            });
            article(mark(terms.untranslated.title, f.text(own ? clause.titleEn! : clause.title)), paragraphs, source);
            continue;
        }
        const kind = CLAUSE_KIND_OF[clause.$type]!;
        article(terms.articles[kind]!, templated(`articles/${kind}`, { ...view, clause: clauseView(clause, f) }, source), source);
    }
    // The final article: notices, governing law and the court. A record of an existing
    // agreement keeps its own title; one that states none of these has no final article (D-11).
    const final = templated('law', view);
    if (final.length > 0) article(view.faithful === true ? terms.articles['law']! : terms.articles['final']!, final);
    if (untranslated.length > 0) {
        const names = untranslated.map(n => fill(terms.headings.article, { n }));
        const list = names.length === 1 ? names[0]! : `${names.slice(0, -1).join(', ')} ${terms.and} ${names.at(-1)!}`;
        blocks.splice(draft ? 2 : 1, 0, { kind: 'notice', text: fill(terms.untranslated.notice, { x: list }) });
    }

    // Signatures, or the formation by acceptance (Art. 28(9): electronic form, no signature table)
    if (accepted) {
        blocks.push({ kind: 'heading', level: 2, text: terms.headings.acceptance, anchor: 'ondertekening' });
        blocks.push({ kind: 'paragraph', text: fill(terms.headings.acceptanceText, { x: customer }) });
    } else {
        blocks.push({ kind: 'heading', level: 2, text: terms.headings.signatures, anchor: 'ondertekening' });
        blocks.push({ kind: 'paragraph', text: terms.headings.signaturesIntro });
        if (view.signingPlace) blocks.push({ kind: 'paragraph', text: fill(terms.headings.signedAt, { x: view.signingPlace }) });
        blocks.push({ kind: 'signatures', parties: [...signatures(view.controller, engine, view.signingPlace), ...signatures(view.processor, engine, view.signingPlace)] });
    }

    // Annexes
    blocks.push(...processingAnnex(agreement, view, f));
    blocks.push(...measuresAnnex(agreement, view, f));
    blocks.push(...subprocessorAnnex(agreement, view, f));
    blocks.push(...contactsAnnex(view, terms, (n, title) => annexHeading(n, title, f, false)));

    return { lang: terms.lang, title: view.title, draft, blocks };
}

function subtitle(view: AgreementView, engine: TemplateEngine): string[] {
    const s = engine.terms.subtitle;
    const lines: string[] = [];
    if (view.version) lines.push(fill(s.version, { x: view.version }));
    if (view.effective) lines.push(fill(s.effective, { x: view.effective }));
    if (view.effectiveOn) lines.push(view.effectiveOn === 'signature' ? s.effectiveOnSignature : s.effectiveOnAcceptance);
    if (view.revised) lines.push(fill(s.revised, { x: view.revised }));
    if (view.status && view.status.kind !== 'final') lines.push(fill(s.status, { x: view.status.note ? `${view.status.text} (${view.status.note})` : view.status.text }));
    const main = view.mainAgreement;
    if (main) {
        const details = [main.date ? fill(s.dated, { x: main.date }) : undefined, main.reference ? fill(s.reference, { x: main.reference }) : undefined]
            .filter((x): x is string => x !== undefined);
        lines.push(fill(s.mainAgreement, { x: details.length ? `${main.title} (${details.join(', ')})` : main.title }));
    }
    return lines;
}

/**
 * A party's signature blocks: one per signatory (A-02: every person who signs for the party signs,
 * e.g. two directors who represent a B.V. jointly, art. 2:240 lid 2 BW), or one to fill in by hand
 * when the model names none. The place of signing of the whole document (`signed at`) stands
 * where a signatory names none.
 */
function signatures(party: PartyView, engine: TemplateEngine, signingPlace?: string): SignatureParty[] {
    const rows = engine.terms.signatureRows;
    const heading = `${fill(engine.terms.headings.signFor, { x: party.term })}: ${party.legalName}`;
    const signatories: readonly (SignatoryView | undefined)[] = party.signatories.length > 0 ? party.signatories : [undefined];
    return signatories.map(signatory => ({
        heading,
        rows: [
            [rows.name, signatory?.person ?? ''],
            [rows.function, signatory?.function ?? ''],
            [rows.place, signatory?.place ?? signingPlace ?? ''],
            [rows.date, signatory?.date ?? ''],
            [rows.signature, '']
        ]
    }));
}

/**
 * An annex's heading. The cells of an annex hold the model's own (Dutch) text, so in another
 * language the heading says so, unless the annex lists nothing (`modelText` false).
 */
function annexHeading(n: number, title: string, f: Formatter, modelText = true): Block {
    const terms = f.terms;
    const shown = terms.lang !== 'nl' && modelText ? fill(terms.untranslated.annex, { x: title }) : title;
    return { kind: 'heading', level: 2, text: `${fill(terms.headings.annex, { n })} – ${shown}`, anchor: `bijlage-${n}` };
}

function dataLine(data: DataCategory, f: Formatter): string {
    const t = f.terms;
    const flags = [
        ...data.special.map(kind => fill(t.dataFlags.special, { x: t.specialCategories[kind] ?? kind })),
        ...(data.criminal ? [t.dataFlags.criminal] : []),
        ...(data.bsn ? [t.dataFlags.bsn] : []),
        ...(data.credentials ? [t.dataFlags.credentials] : []),
        ...(data.basis !== undefined ? [fill(t.dataFlags.basis, { x: f.text(data.basis) })] : []),
        ...dataDetails(data, f)
    ];
    const label = f.text(data.label);
    return flags.length ? `${label} (${flags.join('; ')})` : label;
}

/** The Bijlage 1 columns and the cells of one processing activity (for previews and hovers). */
export function describeProcessing(processing: Processing, engine: TemplateEngine, values?: Readonly<Record<string, string>>): { columns: readonly string[]; cells: readonly (readonly string[])[] } {
    const f = new Formatter(processing.$container, engine, values);
    return { columns: processingColumns(f), cells: processingRow(processing, 1, f).cells.slice(1) };
}

function processingColumns(f: Formatter): string[] {
    const c = f.terms.processingColumns;
    return [c.activity, c.purpose, c.data, c.staff, c.subjects, c.where, c.retention];
}

function processingRow(processing: Processing, index: number, f: Formatter): TableRow {
    const staff = staffLines(processing, f);
    const where = [
        ...processing.locations.map(l => f.place(l.country)),
        ...processing.subprocessors.flatMap(s => (s.ref ? [`${f.text(s.ref.legalName) || s.ref.name} (${processingPlaces(s.ref).map(p => f.place(p)).join(', ')})`.replace(' ()', '')] : []))
    ];
    const source = sourceOf(processing);
    return {
        cells: [
            [String(index)],
            [f.text(processing.title)],
            [...processing.purposes.map(p => f.text(p)), ...processingFlags(processing, f)],
            processing.data.flatMap(r => (r.ref ? [dataLine(r.ref, f)] : [])),
            staff,
            processing.subjects.flatMap(r => (r.ref ? [subjectLine(r.ref, f)] : [])),
            where.length ? where : [f.terms.notApplicable],
            retentionLines(processing, f)
        ].map(cell => (cell.length ? cell : [f.terms.notApplicable])),
        ...(source ? { source } : {})
    };
}

/**
 * The staff column: who performs which operations. The activity's `operations` are performed by
 * every role it lists; a role with operations of its own gets one line with its own operations
 * and the shared ones, so that no shared operation reads as belonging to only some roles (review
 * C-15). Without operations of their own, the roles are named once, followed by the operations
 * they all perform.
 */
function staffLines(processing: Processing, f: Formatter): string[] {
    const shared = processing.operations.map(op => f.text(op));
    const roles = processing.staff.flatMap(s => (s.role.ref ? [{ label: f.text(s.role.ref.label), own: s.operations.map(op => f.text(op)) }] : []));
    if (roles.length === 0) return shared;
    const line = (label: string, operations: readonly string[]) => (operations.length > 0 ? `${label}: ${operations.join('; ')}` : label);
    const all = roles.map(r => r.label).join(', ');
    if (roles.every(r => r.own.length === 0)) return shared.length > 0 ? [`${all}:`, ...shared] : [all];
    return roles.map(r => line(r.label, [...r.own, ...shared]));
}

/** The activity's retention, then that of each storage layer or data category it names apart. */
function retentionLines(processing: Processing, f: Formatter): string[] {
    const parts = processing.partRetentions.map(part => f.retention(part.term, part));
    return processing.retention || parts.length === 0 ? [f.retention(processing.retention), ...parts] : parts;
}

function processingAnnex(agreement: Agreement, view: AgreementView, f: Formatter): Block[] {
    const c = f.terms.processingColumns;
    return [
        annexHeading(view.annex.processing, f.terms.annexes.processing, f, agreement.processings.length > 0),
        {
            kind: 'table',
            columns: [c.number, ...processingColumns(f)],
            rows: agreement.processings.map((p, i) => processingRow(p, i + 1, f))
        },
        ...exclusionSentences(agreement, f)
    ];
}

/** An annex that lists `items`: its heading, then their blocks, or the sentence that there are none. */
function listAnnex<T>(n: number, title: string, items: readonly T[], none: string, body: (items: readonly T[]) => Block[], f: Formatter): Block[] {
    return [annexHeading(n, title, f, items.length > 0), ...(items.length === 0 ? [{ kind: 'paragraph', text: none } as const] : body(items))];
}

function measuresAnnex(agreement: Agreement, view: AgreementView, f: Formatter): Block[] {
    const t = f.terms;
    const n = view.annex.measures;
    return listAnnex(n, t.annexes.measures, agreement.measures, t.noMeasures, all => (['technical', 'organisational'] as const).flatMap((type): Block[] => {
        const measures = all.filter(m => m.type === type);
        if (measures.length === 0) return [];
        return [
            { kind: 'heading', level: 3, text: t.measureTypes[type], anchor: `bijlage-${n}-${type}` },
            { kind: 'table', columns: [t.measureColumns.measure, t.measureColumns.kind, t.measureColumns.standard], rows: measures.map(m => measureRow(m, f)) }
        ];
    }).concat(measurePolicySentences(agreement, f)), f);
}

function measureRow(m: Measure, f: Formatter): TableRow {
    const t = f.terms;
    const source = sourceOf(m);
    return {
        cells: [
            [measureDescription(m, f)],
            [measureKindText(m, f)],
            [standardsText(m, f) ?? t.notApplicable]
        ],
        ...(source ? { source } : {})
    };
}

function subprocessorAnnex(agreement: Agreement, view: AgreementView, f: Formatter): Block[] {
    const t = f.terms;
    const c = t.subprocessorColumns;
    const p = t.subprocessorPlaceColumns;
    // The short form (`country`, one mechanism) keeps the four columns; a seat, places of
    // processing, several mechanisms or a contract status show seat and places apart.
    const listed = agreement.subprocessors.filter(isListedSubProcessor);
    const apart = listed.some(s => s.seat !== undefined || s.parent !== undefined || s.locations.length > 0 || s.transfers.length > 1 || s.contract !== undefined);
    const contract = listed.some(s => s.contract !== undefined);
    const columns = apart
        ? [c.name, c.service, p.seat, p.locations, c.transfer, ...(contract ? [p.contract] : [])]
        : [c.name, c.service, c.country, c.transfer];
    return [...listAnnex(view.annex.subprocessors, t.annexes.subprocessors, listed, t.noSubprocessors, subprocessors => [{
        kind: 'table',
        columns,
        rows: subprocessors.map(s => (apart ? subprocessorPlacesRow(s, contract, f) : subprocessorRow(s, f)))
    }], f), ...otherRecipients(agreement, f)];
}

function subprocessorRow(s: SubProcessor, f: Formatter): TableRow {
    const t = f.terms;
    const code = s.country !== undefined ? f.countryCode(s.country) : undefined;
    const source = sourceOf(s);
    const named = code !== undefined ? f.mechanism(s.transfers[0], code) : undefined;
    // The DPF applies (Art. 45) only to a certified recipient: the row says it is (issue 11 A-33).
    const mechanism = named !== undefined && s.transfers[0]?.certified ? fill(t.certifiedMechanism, { x: named }) : named;
    const inEea = code !== undefined && lookupCountry(code)?.status === 'eea';
    return {
        cells: [
            [f.text(s.legalName) || s.name],
            [serviceText(s, f) ?? t.notApplicable],
            [code !== undefined ? f.country(code)! : t.notApplicable],
            [inEea || code === undefined ? t.notApplicable : mechanism ?? t.noTransferMechanism]
        ],
        ...(source ? { source } : {})
    };
}

/** A mechanism in words with the recipient's certification under it, when recorded (the DPF: Art. 45 applies only then). */
function certifiedText(mechanism: string | undefined, certified: boolean, t: Terms): string | undefined {
    return mechanism !== undefined && certified ? fill(t.certifiedMechanism, { x: mechanism }) : mechanism;
}

/** A row with the seat and the places of processing apart, every mechanism, and the contract status. */
function subprocessorPlacesRow(s: SubProcessor, contract: boolean, f: Formatter): TableRow {
    const t = f.terms;
    const seat = seatOf(s);
    const places = processingPlaces(s).map(code => f.countryCode(code));
    const codes = [...(seat !== undefined ? [f.countryCode(seat)] : []), ...(s.parent !== undefined ? [f.countryCode(s.parent)] : []), ...places];
    // The first country outside the EEA decides how a mechanism is named (a full adequacy applies unstated).
    const outside = codes.find(code => { const status = lookupCountry(code)?.status; return status !== undefined && status !== 'eea'; });
    const [first, ...fallbacks] = s.transfers;
    const mechanisms = outside === undefined ? [] : [
        ...(first ? [certifiedText(f.mechanismWithModule(first, outside), first.certified, t)] : [f.mechanism(undefined, outside)]),
        ...fallbacks.map(m => f.mechanismWithModule(m, outside)).filter((m): m is string => m !== undefined).map(m => fill(t.fallbackMechanism, { x: m }))
    ].filter((m): m is string => m !== undefined);
    const source = sourceOf(s);
    return {
        cells: [
            [f.text(s.legalName) || s.name],
            [serviceText(s, f) ?? t.notApplicable],
            [[...(seat !== undefined ? [f.country(f.countryCode(seat))!] : []), ...(s.parent !== undefined ? [fill(t.details.parent, { x: f.country(f.countryCode(s.parent))! })] : [])].join('; ') || t.notApplicable],
            [places.length > 0 ? places.map(code => f.place(code)).join(', ') : t.notApplicable],
            [outside === undefined ? t.notApplicable : mechanisms.length > 0 ? mechanisms.join('; ') : t.noTransferMechanism],
            ...(contract ? [[s.contract !== undefined ? t.contractStatus[s.contract] : t.notApplicable]] : [])
        ],
        ...(source ? { source } : {})
    };
}

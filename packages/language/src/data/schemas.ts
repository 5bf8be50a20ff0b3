import * as v from 'valibot';
import { isArt28Element, type Art28Element } from '../generated/ast.js';

// One valibot schema per data file of this folder, and the types derived from them. Objects are
// strict (`v.strictObject`): a misspelled key is an error, not a value that is `undefined` at run
// time. `$comment` keys document the files and may appear on any object that has one today.
// `data/index.ts` parses every file once, when it is first imported; the test
// test/language/data-schemas.test.ts parses them from disk and checks broken copies are rejected.

const comment = { $comment: v.optional(v.string()) };

/** A text in both languages of the product. */
const Localised = v.strictObject({ nl: v.string(), en: v.string() });

/** A strict object with exactly these keys, each with the same schema. */
function keyed<const K extends string, S extends v.GenericSchema>(keys: readonly K[], schema: S) {
    const entries = {} as Record<K, S>;
    for (const key of keys) entries[key] = schema;
    return v.strictObject(entries);
}

const Severity = v.picklist(['error', 'warning', 'info']);

// ---------------------------------------------------------------------------------------------
// rules.json, checks.json
// ---------------------------------------------------------------------------------------------

export const RuleInfoSchema = v.strictObject({
    id: v.pipe(v.string(), v.regex(/^DPA-R\d{2}$/u)),
    severity: Severity,
    detects: v.string(),
    basis: v.string(),
    /** The legal basis as Dutch lawyers cite it ("art. 28 lid 3 onder a AVG"), for Dutch messages. */
    basisNl: v.string(),
    fix: v.string(),
    /** Variants of the rule the validator leaves out, and why. */
    limits: v.optional(v.string()),
    /** Why the validator does not implement the rule, for rules it leaves out. */
    notImplemented: v.optional(v.string())
});

export const RulesFileSchema = v.strictObject({ ...comment, rules: v.array(RuleInfoSchema) });

export const CheckInfoSchema = v.strictObject({ id: v.string(), severity: Severity });

export const ChecksFileSchema = v.strictObject({ ...comment, checks: v.array(CheckInfoSchema) });

// ---------------------------------------------------------------------------------------------
// countries.json, transfer-mechanisms.json
// ---------------------------------------------------------------------------------------------

const CountryEntry = v.strictObject({
    en: v.string(),
    nl: v.string(),
    /** Transfer status under Chapter V AVG. */
    status: v.picklist(['eea', 'adequate', 'partial', 'third']),
    /** The adequacy decision, for `adequate` and `partial`. */
    decision: v.optional(v.string()),
    /** Scope limits, look-alike warnings and other remarks. */
    note: v.optional(v.string()),
    /** For `partial`: what the adequacy decision covers, in both languages (messages quote it). */
    scope: v.optional(Localised),
    validUntil: v.optional(v.string()),
    /** The mechanism that makes a `partial` adequacy apply (e.g. `dpf` for the US). */
    requires: v.optional(v.string()),
    /** A territory often mistaken for part of the EEA (Dutch Caribbean, Greenland, …). */
    lookalike: v.optional(v.boolean()),
    /** For a look-alike: the state it belongs to (an EEA state, or one with its own adequacy decision). */
    territoryOf: v.optional(v.pipe(v.string(), v.regex(/^[A-Z]{2}$/u)))
});
export type CountryEntry = v.InferOutput<typeof CountryEntry>;

const CountryCode = v.pipe(v.string(), v.regex(/^[A-Z]{2}$/u));

export const CountriesFileSchema = v.strictObject({
    ...comment,
    reviewed: v.string(),
    sources: v.array(v.string()),
    aliases: v.record(CountryCode, CountryCode),
    countries: v.record(CountryCode, CountryEntry)
});

const MechanismEntry = v.strictObject({
    /** False for instruments that do not legitimise a transfer (controller consent, Privacy Shield, …). */
    valid: v.boolean(),
    /** The rule that reports an invalid instrument. */
    rule: v.optional(v.string()),
    article: v.string(),
    countries: v.optional(v.array(CountryCode)),
    /** The SCC modules (Decision 2021/914). */
    modules: v.optional(v.array(v.number())),
    invalidSince: v.optional(v.string()),
    /** What a transfer on this mechanism must also record: `certified`, `module`, `tia`. */
    requires: v.optional(v.array(v.picklist(['certified', 'module', 'tia']))),
    /** False for mechanisms meant for occasional transfers only (Art. 49 derogations). */
    structural: v.optional(v.boolean()),
    label: Localised
});
export type MechanismEntry = v.InferOutput<typeof MechanismEntry>;

export const TransferMechanismsFileSchema = v.strictObject({
    ...comment,
    reviewed: v.string(),
    sccModule: v.strictObject({ location: v.number(), subprocessor: v.number() }),
    mechanisms: v.record(v.string(), MechanismEntry)
});

// ---------------------------------------------------------------------------------------------
// glossary.json, snippets.json, text-patterns.json, art28.json
// ---------------------------------------------------------------------------------------------

export const GlossaryEntrySchema = v.strictObject({ nl: v.string(), en: v.string(), article: v.optional(v.string()), note: v.optional(v.string()) });

export const GlossaryFileSchema = v.strictObject({ ...comment, terms: v.record(v.string(), GlossaryEntrySchema) });

export const SnippetsFileSchema = v.strictObject({
    ...comment,
    snippets: v.record(v.string(), v.strictObject({ label: v.string(), detail: v.string(), body: v.string() }))
});

export const TextPatternsFileSchema = v.strictObject({
    ...comment,
    patterns: v.record(v.pipe(v.string(), v.regex(/^DPA-R\d{2}$/u)), v.array(v.string()))
});

export const Art28ElementSchema = v.strictObject({
    id: v.custom<Art28Element>(isArt28Element, 'not an Art. 28(3) element of the grammar'),
    article: v.string(),
    /** The article as Dutch lawyers cite it ("art. 28 lid 3 onder a"). */
    articleNl: v.string(),
    label: Localised,
    /** Clause node types, or structural tests, that provide the element. */
    provider: v.array(v.string()),
    /** The rule that reports the element's absence. */
    rule: v.string(),
    /** The standard clause that provides it, as inserted by a quick fix (none for structure). */
    clause: v.optional(v.string())
});

export const Art28FileSchema = v.strictObject({ ...comment, elements: v.array(Art28ElementSchema) });

// ---------------------------------------------------------------------------------------------
// clauses.json
// ---------------------------------------------------------------------------------------------

const NOTICE_ITEMS = ['nature', 'numbers', 'contact', 'consequences', 'measures', 'phases'] as const;
/** The lists of patterns of clauses.json that the clause checks read by name. */
export const PATTERN_LISTS = [
    'flowDown', 'flowDownPartial', 'subjectRequestsScope', 'subjectRequestsWeak', 'deletionScope', 'deletionVague',
    'auditScope', 'auditFindingsOptional', 'confidentialityScope', 'confidentialityWeak', 'liabilityExclusion',
    'liabilityFines', 'liabilityDataLossIndirect', 'liabilityCap', 'subprocessorMention', 'precedenceProcessor',
    'noTermination'
] as const;
const UnitWords = v.strictTuple([v.string(), v.string()]);

export const ClausesFileSchema = v.strictObject({
    ...comment,
    defaults: v.strictObject({ subprocessingNotice: v.string(), deletionDeadline: v.string() }),
    thresholds: v.strictObject({
        ...comment,
        breachErrorHours: v.number(),
        breachWarningHours: v.number(),
        auditMaxIntervalHours: v.number(),
        forwardMaxHours: v.number(),
        tokenCapEUR: v.number(),
        weekendHours: v.number()
    }),
    units: v.record(v.string(), v.strictObject({ hours: v.number(), workingDays: v.optional(v.boolean()), nl: UnitWords, en: UnitWords })),
    patterns: v.strictObject({
        ...comment,
        breachDeadline: v.string(),
        numberWords: v.record(v.string(), v.number()),
        unitWords: v.record(v.string(), v.string()),
        breachNoticeContent: keyed(NOTICE_ITEMS, v.array(v.string())),
        ...keyed(PATTERN_LISTS, v.array(v.string())).entries
    })
});

// ---------------------------------------------------------------------------------------------
// wording.json, replacements.json
// ---------------------------------------------------------------------------------------------

const WordingVariant = v.strictObject({
    id: v.string(),
    patterns: v.array(v.string()),
    caseSensitive: v.optional(v.boolean()),
    label: v.optional(Localised),
    /** Contexts (keys of `context`) the text must match, and must not match. */
    requires: v.optional(v.array(v.string())),
    unless: v.optional(v.array(v.string())),
    negatable: v.optional(v.boolean())
});
export type WordingVariant = v.InferOutput<typeof WordingVariant>;

export const WordingFileSchema = v.strictObject({
    ...comment,
    /** Named patterns the variants' `requires`/`unless` refer to; `historical` is read by DPA-R02 too. */
    context: v.objectWithRest({ historical: v.string() }, v.string()),
    sentenceEnd: v.string(),
    vagueDeadlines: v.array(WordingVariant),
    roleNouns: v.strictObject({ ...comment, words: v.array(v.string()) }),
    definedName: v.strictObject({ ...comment, patterns: v.array(v.string()) }),
    ownNumbering: v.strictObject({ ...comment, title: v.string(), paragraph: v.string(), label: Localised }),
    doubledAllowed: v.array(v.string()),
    duplicateMinLength: v.number(),
    partyNames: v.strictObject({
        ...comment,
        controller: v.array(v.string()),
        processor: v.array(v.string()),
        generated: v.strictObject({ controller: v.array(v.string()), processor: v.array(v.string()) })
    }),
    remoteAccess: v.strictObject({ ...comment, variants: v.array(WordingVariant), names: v.record(v.string(), v.string()) }),
    ...keyed(['DPA-R04', 'DPA-R08', 'DPA-R21', 'DPA-R23', 'DPA-R24', 'DPA-R32', 'DPA-R41', 'DPA-R45', 'DPA-R46', 'DPA-R52', 'DPA-R54', 'DPA-R56', 'DPA-R59', 'DPA-R60', 'DPA-R63'], v.array(WordingVariant)).entries
});

// ---------------------------------------------------------------------------------------------
// clause-reading.json
// ---------------------------------------------------------------------------------------------

/** A part an element's clause must have, or a flag that makes it fall short: a wording variant with a label. */
const ReadingVariant = v.strictObject({
    ...WordingVariant.entries,
    label: Localised,
    /** Standard clause node types that give the part for the whole agreement. */
    providedBy: v.optional(v.array(v.string())),
    /** The rule that reports the part's absence (instead of the information to check by hand). */
    rule: v.optional(v.pipe(v.string(), v.regex(/^DPA-R\d{2}$/u))),
    /**
     * A part the element is provided without: its absence is only information to check by hand
     * (a wording the patterns may not know must not turn a clause into an absent element).
     */
    secondary: v.optional(v.boolean())
});

const ReadingElement = v.strictObject({
    ...comment,
    /** What a clause title about the element says (one pattern), for clauses without `covers`. */
    topic: v.string(),
    parts: v.array(ReadingVariant),
    flags: v.optional(v.array(ReadingVariant)),
    /** Wordings that decide whether a rule on the element applies (a general authorisation: DPA-R08); neither part nor flag. */
    conditions: v.optional(v.array(ReadingVariant))
});

const SentenceExamples = v.strictObject({ match: v.array(v.string()), noMatch: v.array(v.string()) });

export const ClauseReadingFileSchema = v.strictObject({
    ...comment,
    elements: v.record(v.custom<Art28Element>(isArt28Element, 'not an Art. 28(3) element of the grammar'), ReadingElement),
    /** Per part or flag id: sentences it must and must not find, in each language. */
    examples: v.record(v.string(), v.strictObject({ nl: SentenceExamples, en: SentenceExamples }))
});
export type ReadingVariant = v.InferOutput<typeof ReadingVariant>;

const Replacement = v.strictObject({ pattern: v.string(), replacement: v.string() });

export const ReplacementsFileSchema = v.strictObject({
    ...comment,
    'DPA-R02': v.strictObject({
        citations: v.array(Replacement),
        articleCitation: v.string(),
        $articles: v.optional(v.string()),
        articles: v.record(v.string(), v.string())
    }),
    ...keyed(['DPA-R24', 'DPA-R46', 'DPA-R52', 'DPA-R59'], v.array(Replacement)).entries
});

// ---------------------------------------------------------------------------------------------
// measures.json, special-data.json, obsolete-tech.json, data-labels.json, parties.json
// ---------------------------------------------------------------------------------------------

/** Measures of one of `kinds` satisfy the group; a quick fix adds a `stub` measure. */
const MeasureGroup = v.strictObject({ kinds: v.array(v.string()), stub: v.string(), nl: v.optional(v.string()), en: v.optional(v.string()) });
export type MeasureGroup = v.InferOutput<typeof MeasureGroup>;

export const MeasuresFileSchema = v.strictObject({
    ...comment,
    kinds: v.record(v.string(), v.strictObject({
        nl: v.string(),
        en: v.string(),
        stub: v.optional(v.strictObject({ name: v.string(), type: v.string(), description: v.string() }))
    })),
    art32: v.array(v.strictObject({ part: v.string(), groups: v.array(MeasureGroup) })),
    safeguards: keyed(['bsn', 'special', 'criminal', 'credentials'], v.array(MeasureGroup)),
    healthStandards: v.array(v.string()),
    unverifiable: v.strictObject({
        certification: v.string(),
        technicalCertificate: v.string(),
        namedStandard: v.string(),
        /** A promise about the use of the data (no sale) listed as a measure: no Art. 32 measure (DPA-R53). */
        use: v.string(),
        marketing: v.array(v.string()),
        duplicates: v.strictObject({ synonyms: v.record(v.string(), v.string()), ignoreWords: v.array(v.string()), similarity: v.number() })
    })
});

export const SpecialDataFileSchema = v.strictObject({
    ...comment,
    flags: v.array(v.strictObject({ flag: v.string(), label: Localised, words: v.string() })),
    ignore: v.array(v.string()),
    hostedContent: v.strictObject({ hosting: v.string(), content: v.string(), noted: v.string(), channel: v.string(), label: Localised }),
    /** Words of the context (a party's name, the title, a purpose) that reveal an Art. 9 category: a mosque, a trade union (DPA-R61). */
    context: v.array(v.strictObject({ flag: v.string(), words: v.string() })),
    /** Words of a data label or purpose that can reveal an Art. 9 category (diet wishes: halal, kosher) (DPA-R61). */
    reveals: v.array(v.strictObject({ flag: v.string(), words: v.string() }))
});

export const RecipientsFileSchema = v.strictObject({
    ...comment,
    foreignLegalForms: v.array(v.string()),
    pixels: v.string(),
    /** Well-known providers: the names they go by, the legal entity and its seat (ISO 3166 alpha-2), with the source (DPA-R21). */
    knownCompanies: v.array(v.strictObject({ names: v.array(v.string()), entity: v.string(), country: v.pipe(v.string(), v.regex(/^[A-Z]{2}$/u)), source: v.string() }))
});

/**
 * What a change between two versions means for the parties (data/diff.json), in the order a
 * controller's lawyer reads them: what the processor gains and the controller loses first.
 */
export const DIFF_EFFECTS = ['looser-for-processor', 'stricter-for-controller', 'stricter-for-processor', 'looser-for-controller', 'neutral'] as const;
const Effect = v.picklist(DIFF_EFFECTS);
const ModelPath = v.pipe(v.string(), v.regex(/^[A-Z]\w*\.\w+$/));

/** diff.json: what a change between two versions of an agreement means (packages/language/src/diff/). */
export const DiffFileSchema = v.strictObject({
    ...comment,
    periods: v.array(v.strictObject({ ...comment, at: ModelPath, shorter: Effect })),
    amounts: v.array(v.strictObject({ ...comment, at: ModelPath, lower: Effect })),
    flags: v.array(v.strictObject({ ...comment, at: ModelPath, set: Effect })),
    lists: v.array(v.strictObject({ ...comment, at: ModelPath, added: Effect })),
    elements: v.array(v.strictObject({ ...comment, type: v.pipe(v.string(), v.regex(/^[A-Z]\w*$/)), added: Effect, removed: Effect })),
    transfers: v.array(v.strictObject({ ...comment, at: ModelPath, outsideEea: Effect })),
    identities: v.array(v.strictObject({ ...comment, type: v.pipe(v.string(), v.regex(/^[A-Z]\w*$/)), property: v.pipe(v.string(), v.regex(/^[a-z]\w*$/)) })),
    texts: v.array(ModelPath)
});

export type DiffEffect = v.InferOutput<typeof Effect>;

export const ObsoleteTechFileSchema = v.strictObject({
    ...comment,
    replacements: v.array(v.strictObject({ match: v.string(), replace: v.string(), caseSensitive: v.optional(v.boolean()) }))
});

export const DataLabelsFileSchema = v.strictObject({
    ...comment,
    entries: v.array(v.strictObject({ labels: v.array(v.string()), suggest: v.string() })),
    subjectMentions: v.strictObject({ ...comment, context: v.string(), nouns: v.string() })
});

export const PartiesFileSchema = v.strictObject({
    ...comment,
    gdprApplies: v.string(),
    kvkDigits: v.number(),
    legalFormMarkers: v.strictObject({ ...comment, words: v.array(v.string()) }),
    foreignLegalForms: v.strictObject({ ...comment, words: v.array(v.string()) })
});

/** Every data file of this folder, by file name, with its schema. */
export const DATA_SCHEMAS = {
    'art28.json': Art28FileSchema,
    'checks.json': ChecksFileSchema,
    'clause-reading.json': ClauseReadingFileSchema,
    'clauses.json': ClausesFileSchema,
    'countries.json': CountriesFileSchema,
    'data-labels.json': DataLabelsFileSchema,
    'glossary.json': GlossaryFileSchema,
    'measures.json': MeasuresFileSchema,
    'obsolete-tech.json': ObsoleteTechFileSchema,
    'diff.json': DiffFileSchema,
    'parties.json': PartiesFileSchema,
    'replacements.json': ReplacementsFileSchema,
    'rules.json': RulesFileSchema,
    'snippets.json': SnippetsFileSchema,
    'special-data.json': SpecialDataFileSchema,
    'recipients.json': RecipientsFileSchema,
    'text-patterns.json': TextPatternsFileSchema,
    'transfer-mechanisms.json': TransferMechanismsFileSchema,
    'wording.json': WordingFileSchema
} as const;

export type DataFileName = keyof typeof DATA_SCHEMAS;

/** A data file parsed by its schema; the error names the file and the path of the bad value. */
export function parseData<S extends v.GenericSchema>(file: string, schema: S, data: unknown): v.InferOutput<S> {
    const result = v.safeParse(schema, data);
    if (result.success) return result.output;
    const issue = result.issues[0];
    const path = v.getDotPath(issue) ?? '(root)';
    throw new Error(`${file}: ${path}: ${issue.message}`);
}

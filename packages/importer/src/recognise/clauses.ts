import { CLAUSES_DATA, CLAUSE_READING_DATA } from '@dpa/language';

// The standard clauses an article's sentences state with their parameters: a breach deadline,
// an audit frequency and notice, a deletion period, the sub-processing authorisation and notice,
// a liability cap, the duration, the law and the court. Each recogniser takes one sentence and
// answers only when it is sure; the sentences it reads go into the model, the others stay prose.

export interface StandardClause {
    /** The clause's keyword, one per agreement ("breach", "audit", …). */
    readonly keyword: string;
    /** The clause as .dpa text. */
    readonly text: string;
    /** Only parameters, for the clause an earlier sentence of the same article stated ("Verwerker meldt een nieuwe subverwerker 4 weken van tevoren"). */
    readonly partial?: boolean;
    /** Why the reading gives it, when more than the article's own text (said in the comment above the clause). */
    readonly because?: string;
}

const patterns = CLAUSES_DATA.patterns;
const NUMBER_WORDS: Readonly<Record<string, number>> = patterns.numberWords;
const UNIT_WORDS: Readonly<Record<string, string>> = patterns.unitWords;
/** A duration in the text: "48 uur", "dertig dagen", "4 weken", "1 maand", "twee jaar". */
const MORE_NUMBERS: Readonly<Record<string, number>> = { zes: 6, zeven: 7, acht: 8, negen: 9, tien: 10, twaalf: 12, veertien: 14, dertig: 30, zestig: 60, negentig: 90 };
const byLength = (words: readonly string[]): string => [...words].sort((a, b) => b.length - a.length || a.localeCompare(b)).map(w => w.replace(/ /gu, '[- ]')).join('|');
const DURATION = new RegExp(`(?<![\\p{L}\\d])(\\d+|${byLength([...Object.keys(NUMBER_WORDS), ...Object.keys(MORE_NUMBERS)])})\\s*(${byLength([...Object.keys(UNIT_WORDS), 'maanden', 'maand', 'months', 'month', 'jaren', 'jaar', 'years', 'year'])})(?![\\p{L}])`, 'iu');

function readingTopic(element: string): RegExp {
    const data = (CLAUSE_READING_DATA.elements as Readonly<Record<string, { topic: string } | undefined>>)[element];
    return new RegExp(data?.topic ?? '(?!)', 'iu');
}
const BREACH_TOPIC = readingTopic('breach-notification');
const AUDIT_TOPIC = readingTopic('audit');

/** A duration of the text as .dpa ("48 hours"), or undefined. */
export function durationIn(text: string): string | undefined {
    const m = DURATION.exec(text.replace(/(\d+)\s*-\s*(?=uur|dag|werk)/giu, '$1 '));
    if (!m) return undefined;
    const word = m[1]!.toLowerCase();
    const amount = /^\d+$/u.test(word) ? Number(word) : NUMBER_WORDS[word] ?? MORE_NUMBERS[word];
    const unitWord = m[2]!.toLowerCase().replace(/\s+/gu, ' ');
    const unit = UNIT_WORDS[unitWord] ?? (/^maand|^month/u.test(unitWord) ? 'month' : /^ja|^year/u.test(unitWord) ? 'year' : undefined);
    if (amount === undefined || amount <= 0 || !unit) return undefined;
    return `${amount} ${unit}${amount === 1 ? '' : 's'}`;
}

const UNDUE_DELAY = /onverwijld|zonder onredelijke vertraging|without undue delay/iu;
const NOTIFY = /meld|informeer|informeren|in kennis|op de hoogte|notif|inform/iu;

function breach(sentence: string): StandardClause | undefined {
    if (!BREACH_TOPIC.test(sentence) || !NOTIFY.test(sentence)) return undefined;
    // The controller's own 72 hours to the supervisory authority is not the processor's deadline.
    if (/\b(?:AP|GBA|autoriteit|toezichthouder|supervisory)\b/iu.test(sentence) && !/verwerker|\b(?:wij|we|ons|processor)\b/iu.test(sentence)) return undefined;
    const within = /(?:binnen|uiterlijk|within|no later than)\s+(?:maximaal\s+|uiterlijk\s+)?([^.;]{0,30})/iu.exec(sentence);
    const deadline = within ? durationIn(within[1]!) : undefined;
    if (deadline) return { keyword: 'breach', text: `breach notification within ${deadline}` };
    if (UNDUE_DELAY.test(sentence)) return { keyword: 'breach', text: 'breach notification without-undue-delay' };
    return undefined;
}

/** Who audits: the controller or an auditor it mandates, or only an independent third party. */
const AUDITOR_CONTROLLER = /door\s+(?:de\s+)?(?:verwerkingsverantwoordelijke|verantwoordelijke|opdrachtgever|klant)\s+(?:of|en\/of)\s+(?:een|de)\s+(?:door\s+(?:haar|hem|de(?:ze)?\s+\p{L}+|\p{L}+)\s+)?(?:gemachtigde|aangewezen|gemandateerde|ingeschakelde)|by\s+the\s+(?:controller|customer|client)\s+or\s+(?:an(?:other)?|a)\s+(?:\p{L}+\s+)?auditor/iu;
const AUDITOR_INDEPENDENT = /door\s+een\s+(?:onafhankelijke|externe)\s+(?:derde|auditor|deskundige|accountant|partij)|by\s+an\s+independent\s+(?:third\s+party|auditor)/iu;
/** The processor's part in an audit (Art. 28(3)(h): "allows for and contributes to audits"). */
const AUDIT_COOPERATION = /(?:medewerking\s+(?:verlenen|verleent|geven|geeft)|meewerk\p{L}*|werkt\s+mee|mogelijk\s+(?:maken|maakt)|maakt\s+mogelijk|staat\s+toe|toestaan|draagt\s+bij|bijdragen|allows?\s+for|contributes?\s+to|submits?\s+to|cooperates?\s+with)[^.;]{0,40}(?:audit|inspectie|inspection)/iu;

/** An audit on a concrete suspicion or indication of non-compliance, beside the regular one. */
const ON_SUSPICION = /(?:bij|in\s+geval\s+van|indien\s+er\s+sprake\s+is\s+van)\s+(?:een\s+)?(?:concreet|redelijk|gegrond|gerechtvaardigd)e?\s+(?:vermoeden|aanwijzing\p{L}*)(?:\s+van\s+(?:misbruik|niet-naleving|een\s+tekortkoming)[^.;]{0,40})?|on\s+(?:a\s+)?(?:reasonable\s+)?(?:suspicion|indication)s?\s+of\s+(?:misuse|non-compliance)/iu;

function audit(sentence: string): StandardClause | undefined {
    if (!AUDIT_TOPIC.test(sentence) || !/audit|inspectie|controle/iu.test(sentence)) return undefined;
    // Inspections by the supervisory authority are not the controller's audit.
    if (/toezichthou|autoriteit|supervisory/iu.test(sentence) && !/verwerkingsverantwoordelijke|verantwoordelijke|opdrachtgever|klant|controller|customer/iu.test(sentence)) return undefined;
    const parts: string[] = [];
    const frequency = /(?:eens|eenmaal|één\s?maal|één keer|een keer|1 keer|1 maal|maximaal (?:één|een|1) ?(?:keer|maal)?|once)\s+per\s+(jaar|kalenderjaar|year|twee jaar)|(jaarlijks|annually|elk jaar|ieder jaar|once a year)/iu.exec(sentence);
    if (frequency) parts.push(`every ${/twee/iu.test(frequency[1] ?? '') ? '2 years' : '1 year'}`);
    // "alsook bij een concreet vermoeden van misbruik": an audit also on a suspicion (SCC 2021/915 cl. 7.6).
    const suspicion = ON_SUSPICION.exec(sentence);
    if (suspicion) parts.push(/misbruik|misuse/iu.test(suspicion[0]) ? 'on-suspicion of-misuse' : 'on-suspicion');
    const by = AUDITOR_CONTROLLER.test(sentence) ? 'controller-or-auditor' : AUDITOR_INDEPENDENT.test(sentence) ? 'independent-auditor' : undefined;
    if (by) parts.push(`by ${by}`);
    const costs = /kosten\s+van\s+(?:de|een|het|dergelijke|deze|die)\s+(?:audit|inspectie|controle)[^.;]{0,60}?(?:voor\s+rekening\s+van|gedragen\s+door|betaalt)\s+(?:de\s+)?(verwerkingsverantwoordelijke|verantwoordelijke|opdrachtgever|klant|verwerker)/iu.exec(sentence);
    if (costs) {
        const payer = /^verwerker$/iu.test(costs[1]!) ? 'processor' : 'controller';
        parts.push(`costs ${payer === 'controller' && /tenzij|behalve|unless/iu.test(sentence) ? 'controller-unless-fault' : payer}`);
    }
    // The findings assessed together and implemented or not as the parties decide.
    if (/bevinding\p{L}*[^.;]{0,80}in\s+(?:onderling|gezamenlijk)\s+overleg|findings[^.;]{0,80}(?:mutual(?:ly)?\s+(?:agree|consult)|jointly\s+decide)/iu.test(sentence)) parts.push('findings joint-decision');
    // The controller's right to audit, without parameters: "heeft het recht (om) … audit(s) uit te voeren".
    if (parts.length === 0 && AUDIT_COOPERATION.test(sentence)) parts.push('');
    if (parts.length === 0 && /(?:heeft|hebben|krijgt)\s+het\s+recht[^.;]{0,60}(?:audit|inspectie)|(?:audit|inspectie)\p{L}*[^.;]{0,40}(?:uit\s+te\s+(?:laten\s+)?voeren|te\s+(?:laten\s+)?verrichten)|may\s+(?:conduct\s+)?audit/iu.test(sentence)) parts.push('');
    const notice = /(?:ten minste|minimaal|uiterlijk|at least)?\s*([^.;]{0,25}?)\s+(?:van tevoren|vooraf|voorafgaand|in advance|voor(?:dat)? de audit)/iu.exec(sentence);
    const noticeDuration = notice ? durationIn(notice[1]!) : undefined;
    if (noticeDuration) parts.push(`notice ${noticeDuration}`);
    return parts.length > 0 ? { keyword: 'audit', text: `audit ${parts.filter(Boolean).join(' ')}`.trim() } : undefined;
}

function termination(sentence: string): StandardClause | undefined {
    const deletes = /verwijder|vernietig|wis(?:sen|t)\b|delete|destroy/iu.test(sentence);
    // "teruggeven", and the separable verbs apart: "geeft … terug", "bezorgt zij deze terug", "stuurt … terug".
    const returns = /(?:terug(?:geven|gave|bezorg|sturen|zenden)|(?:geeft|geven|bezorgt|bezorgen|stuurt|sturen|zendt|zenden)[^.]{0,60}\bterug\b|retour|return)/iu.test(sentence);
    if (!deletes && !returns) return undefined;
    if (!/(?:einde|afloop|beëindiging|be\\u00EBindiging|beeindiging|termination|end of)/iu.test(sentence)) return undefined;
    const within = /binnen\s+([^.;]{0,25})/iu.exec(sentence);
    const deadline = within ? durationIn(within[1]!) : undefined;
    const choice = deletes && returns ? 'return-or-delete' : deletes ? 'delete' : 'return';
    return { keyword: 'termination', text: `termination ${choice}${deadline ? ` within ${deadline}` : ''}` };
}

function subprocessing(sentence: string): StandardClause | undefined {
    if (!/sub-?verwerker|onderaannemer|sub-?processor|(?:inschakel|inzet|gebruik\s+(?:te\s+)?maken)\p{L}*[^.;]{0,40}(?:derden|derde\s+partij)|(?:derden|derde\s+partij\p{L}*)[^.;]{0,40}(?:inschakel|inzet|gebruik\s+(?:te\s+)?maken)/iu.test(sentence)) return undefined;
    let authorisation: string | undefined;
    // "mag … zonder toestemming": no authorisation; "is niet gerechtigd … zonder toestemming": a specific one.
    const prohibited = /(?:niet|geen)\s+(?:gerechtigd|toegestaan|bevoegd|mag|mogen)|mag\s+(?:\p{L}+\s+){0,3}(?:niet|geen)|is\s+not\s+(?:allowed|permitted)|shall\s+not/iu.test(sentence);
    if (!prohibited && /zonder\s+(?:(?:voorafgaande|specifieke|schriftelijke|uitdrukkelijke)\s+)*(?:toestemming|goedkeuring)|geen\s+(?:voorafgaande\s+)?toestemming\s+(?:nodig|vereist)|without\s+(?:prior\s+)?(?:consent|authori[sz]ation)/iu.test(sentence)) return { keyword: 'subprocessing', text: 'subprocessing without-authorisation' };
    if (prohibited && /zonder\s+(?:(?:voorafgaande|specifieke|schriftelijke|uitdrukkelijke)\s+)*(?:toestemming|goedkeuring)|without\s+(?:the\s+)?(?:prior\s+)?(?:specific\s+)?(?:written\s+)?(?:consent|authori[sz]ation)/iu.test(sentence)) return { keyword: 'subprocessing', text: 'subprocessing specific' };
    if (/algemene (?:schriftelijke )?toestemming|general (?:written )?authori[sz]ation/iu.test(sentence)) authorisation = 'general';
    else if (/(?:voorafgaande|specifieke|uitdrukkelijke) (?:schriftelijke )?toestemming|(?:schriftelijke|written) toestemming|prior specific/iu.test(sentence)) authorisation = 'specific';
    else if (/(?:mag|is gerechtigd|kan)[^.]{0,80}(?:inschakelen|gebruik maken|engage)[^.]{0,80}(?:informeert|meld|op de hoogte|notif|in kennis)/iu.test(sentence)) authorisation = 'general';
    const parts = [`subprocessing ${authorisation ?? 'general'}`];
    const notice = /([^.;]{0,25}?)\s+(?:van tevoren|vooraf|voorafgaand|in advance|voor(?:dat)?\s+(?:de|het|een)\s+(?:inschakeling|wijziging|nieuwe))/iu.exec(sentence);
    const noticeDuration = notice ? durationIn(notice[1]!) : undefined;
    if (authorisation !== 'specific' && noticeDuration) parts.push(`notice ${noticeDuration}`);
    if (authorisation !== 'specific' && /bezwaar|object/iu.test(sentence)) parts.push('objection allowed');
    if (!authorisation) {
        const flowDown = flowDownIn(sentence);
        if (flowDown !== undefined) parts.push(...(flowDown === 'same' ? [] : [`flow-down ${flowDown}`]));
        // A sentence that only imposes the obligations on the sub-processor or keeps the processor
        // liable for it says what the clause says (Art. 28(4)): read into the article's clause.
        return parts.length > 1 || flowDown !== undefined || LIABLE_FOR_SUBPROCESSORS.test(sentence) ? { keyword: 'subprocessing', text: parts.join(' '), partial: true } : undefined;
    }
    return { keyword: 'subprocessing', text: parts.join(' ') };
}

/**
 * The processor stays (fully) liable towards the controller for its sub-processors (Art. 28(4), last
 * sentence), and nothing more: a cap, an exclusion or a limit is the liability clause's matter.
 */
const LIABLE_FOR_SUBPROCESSORS = /^(?![^]*(?:beperkt|maximaal|ten hoogste|uitgesloten|limit|cap|exclu))[^]*(?:blijft|is|remains)\s+(?:volledig\s+|fully\s+)?(?:aansprakelijk|liable)[^.;]{0,80}(?:sub-?verwerker|onderaannemer|sub-?processor)/iu;

/** What a sentence imposes on the sub-processor (Art. 28(4)): the same obligations, equivalent ones, or only the relevant ones. */
function flowDownIn(sentence: string): 'same' | 'equivalent' | 'relevant' | undefined {
    if (FLOW_DOWN_PARTIAL.some(p => p.test(sentence))) return 'relevant';
    if (EQUIVALENT_FLOW_DOWN.test(sentence)) return 'equivalent';
    return FLOW_DOWN.some(p => p.test(sentence)) ? 'same' : undefined;
}

function liability(sentence: string): StandardClause | undefined {
    if (!/aansprakelijk|liabil/iu.test(sentence)) return undefined;
    const cap = /(?:€|EUR|euro)\s*([\d.]+(?:,\d{2})?)(?:\s*,-)?|([\d.]+)\s*(?:euro|EUR)/iu.exec(sentence);
    if (!cap || !/beperkt tot|maximaal|ten hoogste|limited to|niet meer dan/iu.test(sentence)) return undefined;
    const amount = Number((cap[1] ?? cap[2]!).replace(/,\d{2}$/u, '').replace(/\./gu, ''));
    if (!Number.isInteger(amount) || amount <= 0) return undefined;
    const per = /per\s+kalenderjaar/iu.test(sentence) ? ' per calendar-year' : /per\s+(?:jaar|contractjaar)|per year/iu.test(sentence) ? ' per year'
        : /per\s+(?:gebeurtenis|incident|schadegeval|schadeveroorzakende)|per (?:event|incident)/iu.test(sentence) ? ' per event' : /in\s+totaal|totaal|in (?:the )?aggregate/iu.test(sentence) ? ' total' : '';
    return { keyword: 'liability', text: `liability cap ${amount} EUR${per}` };
}

function duration(sentence: string): StandardClause | undefined {
    if (!/(?:looptijd|duur|in werking|eindigt|duration|term)\b/iu.test(sentence) || !/hoofdovereenkomst|overeenkomst tussen|main agreement|dienstverlening/iu.test(sentence)) return undefined;
    if (!/(?:gelijk aan|zolang|voor de duur|even lang|eindigt[^.]{0,60}(?:hoofdovereenkomst|einde)|same as|as long as)/iu.test(sentence)) return undefined;
    return { keyword: 'duration', text: 'duration main-agreement' };
}

/** The transfer mechanisms a sentence names, in the grammar's words. */
const MECHANISMS: readonly [RegExp, string][] = [
    [/adequa\p{L}*|passend beschermingsniveau|adequacy/iu, 'adequacy'],
    [/standaard\s*contract\p{L}*|modelcontract\p{L}*|\bSCC'?s?\b|standard contractual/iu, 'scc'],
    [/data privacy framework|\bDPF\b/iu, 'dpf'],
    [/bindende bedrijfsvoorschriften|\bBCR'?s?\b|binding corporate/iu, 'bcr'],
    [/(?:instemming|toestemming)[^.;]{0,40}\svan\s+(?:de\s+)?(?:verwerkingsverantwoordelijke|verantwoordelijke|klant|opdrachtgever)/iu, 'controller-consent']
];

function transfers(sentence: string): StandardClause | undefined {
    if (!/doorgifte|doorgeven|doorgeeft|transfer|verwerk\p{L}*/iu.test(sentence) || !/buiten\s+(?:de\s+|een\s+land\s+van\s+de\s+)?(?:EER|EU|Europese)|derde landen|third countr|outside the (?:EEA|EU)/iu.test(sentence)) return undefined;
    const mechanisms = MECHANISMS.filter(([pattern]) => pattern.test(sentence)).map(([, mechanism]) => mechanism);
    if (mechanisms.length === 0) return undefined;
    const open = /andere\s+(?:wettelijke\s+)?(?:grondslag|waarborg|mechanisme)|gelijkwaardig|of\s+(?:een\s+)?ander|passende waarborgen|or (?:an)?other/iu.test(sentence);
    return { keyword: 'transfers', text: `transfers mechanisms ${mechanisms.join(', ')}${open ? ' or-equivalent' : ''}` };
}

/** "Verwerker treft passende technische en organisatorische maatregelen": the security clause, a best-efforts promise as such. */
function security(sentence: string): StandardClause | undefined {
    if (!/technische\s+en\s+organisatorische\s+(?:beveiligings)?maatregelen|beveiligingsmaatregelen|technical and organi[sz]ational measures/iu.test(sentence)) return undefined;
    if (!/(?<!\p{L})(?:treft|treffen|neemt|nemen|implementeert|implementeren|hanteert|hanteren|draagt\s+zorg|zorgt|implements?|takes?|maintains?)(?!\p{L})/iu.test(sentence) || /\b(?:geen|niet)\b/iu.test(sentence)) return undefined;
    if (/verwerkingsverantwoordelijke|opdrachtgever|klant|controller/iu.test(sentence.split(/\s(?:treft|neemt|implementeert|hanteert|zorgt)\s/iu)[0] ?? '')) return undefined;
    return { keyword: 'security', text: /inspann|best[- ]efforts?/iu.test(sentence) ? 'security best-efforts' : 'security' };
}

const RECOGNISERS = [breach, audit, termination, subprocessing, liability, duration, transfers, security];

/** The standard clauses one sentence states, in a fixed order. */
export function standardClausesIn(sentence: string): StandardClause[] {
    return RECOGNISERS.flatMap(recognise => recognise(sentence) ?? []);
}

/** The parameters each clause that merges takes, in the grammar's order. */
const MERGED: Readonly<Record<string, readonly string[]>> = {
    audit: ['every', 'on-suspicion', 'by', 'notice', 'costs', 'findings'],
    subprocessing: ['notice', 'objection', 'flow-down']
};

/** Whether a later sentence of the same article may add parameters to this keyword's clause. */
export function merges(keyword: string): boolean {
    return keyword in MERGED;
}

/**
 * A clause with the parameters a later sentence of the same article adds ("De kosten van de
 * audit …", "Verwerker meldt een nieuwe subverwerker 4 weken van tevoren"): each parameter once,
 * in the grammar's order; the first clause's head (`subprocessing general`) stays.
 */
export function mergeClauses(first: StandardClause, next: StandardClause): StandardClause {
    const order = MERGED[first.keyword] ?? [];
    const split = (text: string): { head: string; params: Map<string, string> } => {
        const at = order.map(word => text.search(new RegExp(`\\s${word}\\b`, 'u'))).filter(i => i >= 0).sort((a, b) => a - b);
        const head = at.length > 0 ? text.slice(0, at[0]) : text;
        const params = new Map<string, string>();
        const bounds = [...at, text.length];
        for (let i = 0; i < at.length; i++) {
            const param = text.slice(at[i]! + 1, bounds[i + 1]).trim();
            params.set(param.split(' ')[0]!, param);
        }
        return { head, params };
    };
    const a = split(first.text);
    const b = split(next.text);
    for (const [word, param] of b.params) if (!a.params.has(word)) a.params.set(word, param);
    return { keyword: first.keyword, text: [a.head.trim(), ...order.flatMap(word => a.params.get(word) ?? [])].join(' ') };
}

const FLOW_DOWN = CLAUSES_DATA.patterns.flowDown.map(p => new RegExp(p, 'iu'));
/** Obligations "niet minder beschermend" / "gelijkwaardig" / "equivalent" to the agreement's. */
const EQUIVALENT_FLOW_DOWN = /(?:gelijkwaardig\p{L}*|niet\s+minder\s+beschermend\p{L}*|vergelijkbare|equivalent)[^.;]{0,60}(?:verplichting|plicht|bescherm|afspraken|voorwaarden|eisen|obligation|protection)|(?:verplichting|plicht|afspraken|voorwaarden|eisen|obligation)\p{L}*[^.;]{0,60}(?:gelijkwaardig\p{L}*|niet\s+minder\s+beschermend|equivalent)/iu;
const FLOW_DOWN_PARTIAL = CLAUSES_DATA.patterns.flowDownPartial.map(p => new RegExp(p, 'iu'));

/**
 * A sub-processing clause completed by what its article says of the obligations imposed on a
 * sub-processor (Art. 28(4), clauses.json `flowDown`): `flow-down relevant` for only the relevant
 * ones, `flow-down none` when the article imposes none.
 */
export function withFlowDown(clause: StandardClause, article: string): StandardClause {
    if (clause.keyword !== 'subprocessing' || /flow-down|without-authorisation/u.test(clause.text)) return clause;
    if (FLOW_DOWN_PARTIAL.some(p => p.test(article))) return { ...clause, text: `${clause.text} flow-down relevant` };
    if (EQUIVALENT_FLOW_DOWN.test(article)) return { ...clause, text: `${clause.text} flow-down equivalent` };
    if (FLOW_DOWN.some(p => p.test(article)) || /(?:verplichtingen|plichten|voorwaarden|eisen)[^.;]{0,80}(?:opleg|op\s+zich\s+nem|eveneens|ook)\p{L}*/iu.test(article)) return clause;
    return { ...clause, text: `${clause.text} flow-down none` };
}

/**
 * The choice of law a sentence makes: "is … van toepassing", "wordt beheerst door", "governed by".
 * A law named for another reason is no choice of law: "verplicht op grond van Unie- of Nederlands
 * recht" (Art. 28(3)(a)), "behoudens verplichtingen ingevolge het Unierecht of Nederlands recht".
 */
const CHOICE_OF_LAW = /van\s+toepassing|toepasselijk|beheerst|(?:is|zijn)\s+onderworpen\s+aan|governed|governing|applicable|(?<!\p{L})appl(?:y|ies)(?!\p{L})/iu;

/** The governing law a sentence chooses ("Op deze overeenkomst is Nederlands recht van toepassing"), as a country code. */
export function lawIn(sentence: string): string | undefined {
    if (!CHOICE_OF_LAW.test(sentence)) return undefined;
    if (/nederlands(?:e)? recht|dutch law|laws? of the netherlands/iu.test(sentence)) return 'NL';
    if (/belgisch(?:e)? recht|belgian law/iu.test(sentence)) return 'BE';
    return undefined;
}

/** The court a sentence names: a seat of a party, or a named court. */
export function courtIn(sentence: string): string | undefined {
    if (!/rechter|rechtbank|court/iu.test(sentence)) return undefined;
    const named = /(rechtbank\s+(?:te\s+|van\s+|in\s+)?\p{Lu}[\p{L}-]+(?:[\s-]\p{Lu}[\p{L}-]+)*)/iu.exec(sentence);
    if (named) return `"${named[1]!.replace(/^r/u, 'R')}"`;
    if (/(?:vestigingsplaats|woonplaats|vestiging|zetel)\s+van\s+(?:de\s+)?verwerker(?!s)/iu.test(sentence)) return 'processor-seat';
    if (/(?:vestigingsplaats|woonplaats|vestiging|zetel)\s+van\s+(?:de\s+)?(?:verwerkingsverantwoordelijke|opdrachtgever|klant)/iu.test(sentence)) return 'controller-seat';
    return undefined;
}

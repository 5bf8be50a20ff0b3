import { AstUtils, type AstNode } from 'langium';
import { SPECIAL_DATA } from '../../../data/index.js';
import * as ast from '../../../generated/ast.js';
import type { Lang } from '../../../i18n/lang.js';
import { LANGUAGE_MESSAGES } from '../../../i18n/texts.js';
import { excludedKinds } from '../../../model-facts.js';
import type { CheckContext, RuleOwner } from '../../check-module.js';
import { fix } from '../../fixes.js';
import { compilePattern, compilePatterns, findPatternMatches, isNegated, isProperty, overlapsAny, rangeOf, sentences, textTokens, wordAt, type TextMatch, type TextToken } from '../../text/index.js';

type Localised = Readonly<Record<Lang, string>>;

const FLAG_WORDS = SPECIAL_DATA.flags.map(f => ({ ...f, regex: compilePattern(f.words, 'iu', `special-data.json flags.${f.flag}`) }));
const SPECIAL_IGNORE = compilePatterns(SPECIAL_DATA.ignore, 'giu', 'special-data.json ignore');
const HOSTING = compilePattern(SPECIAL_DATA.hostedContent.hosting, 'iu', 'special-data.json hostedContent.hosting');
const HOSTED_CONTENT = compilePattern(SPECIAL_DATA.hostedContent.content, 'giu', 'special-data.json hostedContent.content');
const HOSTED_NOTED = compilePattern(SPECIAL_DATA.hostedContent.noted, 'iu', 'special-data.json hostedContent.noted');
const CONTEXT_WORDS = SPECIAL_DATA.context.map((c, i) => ({ flag: c.flag, regex: compilePattern(c.words, 'iu', `special-data.json context[${i}]`) }));
const REVEALING_WORDS = SPECIAL_DATA.reveals.map((c, i) => ({ flag: c.flag, regex: compilePattern(c.words, 'iu', `special-data.json reveals[${i}]`) }));
const CHANNEL = compilePattern(SPECIAL_DATA.hostedContent.channel, 'iu', 'special-data.json hostedContent.channel');

/**
 * Text that describes the processing (labels, purposes, operations, measures, clauses, services),
 * not the names and addresses of parties and sub-processors, the court, template field labels or
 * a data category's legal basis.
 */
export function isContentToken(token: TextToken): boolean {
    let content = contentTokens.get(token);
    if (content === undefined) {
        content = readsAsContent(token);
        contentTokens.set(token, content);
    }
    return content;
}

/** Per token (tokens live as long as their parse): several rules ask, the answer is found once. */
const contentTokens = new WeakMap<TextToken, boolean>();

function readsAsContent(token: TextToken): boolean {
    const node = token.node;
    if (AstUtils.getContainerOfType(node, n => ast.isParty(n) || ast.isTemplateParameter(n) || ast.isMainAgreement(n))) return false;
    if (ast.isAgreement(node) || ast.isCourt(node)) return false;
    if (ast.isDataCategory(node)) return isProperty(token, node, 'label');
    if (ast.isSubProcessor(node)) return isProperty(token, node, 'service');
    return true;
}

/** The data flag a match of the R29 pattern points to, unless the context says otherwise. */
function specialFlagOf(text: string, match: TextMatch): { flag: string; label: Localised; word: string } | undefined {
    if (overlapsAny(match, text, SPECIAL_IGNORE)) return undefined;
    const word = wordAt(text, match);
    const entry = FLAG_WORDS.find(f => f.regex.test(word));
    return entry ? { flag: entry.flag, label: entry.label, word } : undefined;
}

function flagsOf(category: ast.DataCategory): string[] {
    return [...category.special, ...(category.criminal ? ['criminal'] : []), ...(category.bsn ? ['bsn'] : [])];
}

const SPECIAL_KINDS: readonly string[] = ['health', 'biometric', 'genetic', 'racial-ethnic', 'political', 'religious', 'trade-union', 'sex-life'];

/** The declared exclusion (`excludes …`) a data flag contradicts, if any. */
function excludedBy(agreement: ast.Agreement, flag: string): string | undefined {
    const excludes = excludedKinds(agreement);
    if (excludes.includes(flag)) return flag;
    return SPECIAL_KINDS.includes(flag) && excludes.includes('special') ? 'special' : undefined;
}

/** "bijzondere persoonsgegevens (art. 9 AVG)": the excluded kind with its legal basis. */
function exclusionText(kind: string, lang: Lang): string {
    if (kind === 'special' || kind === 'criminal' || kind === 'bsn') return LANGUAGE_MESSAGES.text(lang, `excluded.${kind}`);
    const label = FLAG_WORDS.find(f => f.flag === kind)?.label[lang] ?? kind;
    return LANGUAGE_MESSAGES.text(lang, 'excluded.category', { x: label });
}

/**
 * DPA-R61. The agreement declares a kind of data not processed (`excludes special, bsn`), yet a
 * data category is flagged with it: the declaration and Bijlage 1 contradict each other.
 */
function flaggedExclusions(agreement: ast.Agreement, context: CheckContext): void {
    for (const category of agreement.dataCategories) {
        for (const flag of flagsOf(category)) {
            const kind = excludedBy(agreement, flag);
            if (!kind) continue;
            context.report.rule('DPA-R61', { node: category, property: 'name' }, { x: exclusionText(kind, context.lang), y: LANGUAGE_MESSAGES.text(context.lang, 'excluded.flagged', { x: category.name }) });
            break;
        }
    }
}

/**
 * The words that set the scene: the parties' names, the agreement's title, the template fields'
 * labels, the activities' titles and purposes and the subjects' labels.
 */
function isContextToken(token: TextToken): boolean {
    const node = token.node;
    if (ast.isAgreement(node)) return isProperty(token, node, 'title');
    return ast.isParty(node) || ast.isTemplateParameter(node) || ast.isSubjectCategory(node)
        || (ast.isProcessing(node) && (isProperty(token, node, 'title') || isProperty(token, node, 'purposes')));
}

/**
 * DPA-R61, from the context: the agreement declares an Art. 9 category not processed, yet its
 * context names an organisation whose members, pupils or clients reveal it (a mosque school:
 * religious belief; a trade union; a hospital). Data that reveal a special category indirectly
 * are special data (Art. 9(1); CJEU C-184/20, OT, para. 123-128). Reported once, as a warning.
 */
function contextExclusions(agreement: ast.Agreement, present: ReadonlySet<string>, context: CheckContext): void {
    revealingWords(agreement, present, context, isContextToken, CONTEXT_WORDS, 'excluded.context');
    // Diet wishes in a data label or purpose can reveal religious belief (halal, kosher meals).
    revealingWords(agreement, present, context, t => isContentToken(t) && (ast.isDataCategory(t.node) || ast.isProcessing(t.node)), REVEALING_WORDS, 'excluded.reveals');
}

/** The first word of `words` in the tokens `accept` takes that reveals an excluded category, reported once. */
function revealingWords(agreement: ast.Agreement, present: ReadonlySet<string>, context: CheckContext, accept: (token: TextToken) => boolean,
    words: readonly { flag: string; regex: RegExp }[], key: 'excluded.context' | 'excluded.reveals'): void {
    const { report, lang, document } = context;
    // Only the words of categories the agreement excludes and does not declare can contradict it.
    const relevant = words.flatMap(({ flag, regex }) => {
        const kind = present.has(flag) ? undefined : excludedBy(agreement, flag);
        return kind ? [{ flag, regex, kind }] : [];
    });
    if (relevant.length === 0) return;
    for (const token of textTokens(agreement)) {
        if (!accept(token)) continue;
        for (const { flag, regex, kind } of relevant) {
            const m = regex.exec(token.text);
            if (!m) continue;
            const label = FLAG_WORDS.find(f => f.flag === flag)?.label ?? { nl: flag, en: flag };
            report.rule('DPA-R61', { node: token.node, range: rangeOf(document, token, m.index, m.index + m[0].length) },
                { x: exclusionText(kind, lang), y: LANGUAGE_MESSAGES.text(lang, key, { x: mentionText(m[0], label, lang) }) }, [], { severity: 'warning' });
            return;
        }
    }
}

function mentionText(word: string, label: Localised, lang: Lang): string {
    return `"${word}" (${label[lang]})`;
}

/**
 * DPA-R29. A data category whose label names special data (the R29 text pattern) without the
 * matching flag is reported on its label, with a fix that adds the flag. Other text (purposes,
 * operations, measures, clauses) that names special data while no category carries that flag
 * is reported where it says so. A processing activity that hosts or stores mail, files or
 * backups may hold Art. 9 data without anyone knowing: unless one of its data categories is
 * flagged or its text notes it, that is reported too. A mention in a negated sentence ("geen BSN
 * opnemen") is no processing of that data; mail as a channel ("per e-mail versturen") is no
 * hosted mail.
 */
export function specialMentions(agreement: ast.Agreement, context: CheckContext): void {
    const { report, lang, document } = context;
    flaggedExclusions(agreement, context);
    const present = new Set(agreement.dataCategories.flatMap(flagsOf));
    contextExclusions(agreement, present, context);
    const flaggedByLabel = new Set<string>();
    const contentTokens = textTokens(agreement).filter(isContentToken);

    for (const token of contentTokens) {
        context.checkTime();
        const category = token.node;
        if (!ast.isDataCategory(category)) continue;
        const own = new Set(flagsOf(category));
        const missing: { match: TextMatch; flag: string; label: Localised; word: string }[] = [];
        for (const match of findPatternMatches('DPA-R29', token.text)) {
            const found = specialFlagOf(token.text, match);
            if (found && !own.has(found.flag) && !missing.some(m => m.flag === found.flag)) missing.push({ match, ...found });
        }
        const contradicted = missing.find(m => excludedBy(agreement, m.flag));
        if (contradicted) {
            flaggedByLabel.add(contradicted.flag);
            report.rule('DPA-R61', { node: category, range: rangeOf(document, token, contradicted.match.start, contradicted.match.end) },
                { x: exclusionText(excludedBy(agreement, contradicted.flag)!, lang), y: LANGUAGE_MESSAGES.text(lang, 'excluded.mentioned', { x: mentionText(contradicted.word, contradicted.label, lang) }) });
            continue;
        }
        const first = missing[0];
        if (!first) continue;
        const flags = missing.map(m => m.flag);
        flags.forEach(f => flaggedByLabel.add(f));
        const end = category.$cstNode?.range.end;
        const title = LANGUAGE_MESSAGES.text(lang, 'fix.flagAs', { flags: flags.join(', ') });
        report.rule('DPA-R29', { node: category, range: rangeOf(document, token, first.match.start, first.match.end) }, { x: mentionText(first.word, first.label, lang) },
            [end ? fix(title, [{ range: { start: end, end }, newText: ` ${flags.join(' ')}` }], true) : undefined]);
    }

    for (const token of contentTokens) {
        context.checkTime();
        if (ast.isDataCategory(token.node)) continue;
        const reported = new Set<string>();
        let parts: ReturnType<typeof sentences> | undefined;
        for (const match of findPatternMatches('DPA-R29', token.text)) {
            const found = specialFlagOf(token.text, match);
            if (!found || present.has(found.flag) || flaggedByLabel.has(found.flag) || reported.has(found.flag)) continue;
            // "adviseert geen naam of BSN op te nemen": a negated mention is no processing of the data.
            parts ??= sentences(token.text);
            if (isNegated(token.text, { sentence: parts.at(match.start), end: match.end })) continue;
            reported.add(found.flag);
            const kind = excludedBy(agreement, found.flag);
            if (kind) {
                report.rule('DPA-R61', { node: token.node, range: rangeOf(document, token, match.start, match.end) }, { x: exclusionText(kind, lang), y: LANGUAGE_MESSAGES.text(lang, 'excluded.mentioned', { x: mentionText(found.word, found.label, lang) }) });
                continue;
            }
            report.rule('DPA-R29', { node: token.node, range: rangeOf(document, token, match.start, match.end) }, { x: mentionText(found.word, found.label, lang) });
        }
    }

    // The tokens of each node, found once (filtering all tokens per activity would be quadratic).
    const tokensOf = new Map<AstNode, TextToken[]>();
    for (const token of contentTokens) {
        const list = tokensOf.get(token.node);
        if (list) list.push(token);
        else tokensOf.set(token.node, [token]);
    }
    for (const processing of agreement.processings) {
        context.checkTime();
        const categories = processing.data.map(ref => ref.ref).filter((c): c is ast.DataCategory => c !== undefined);
        if (categories.some(c => c.special.length > 0)) continue;
        // Declared free of Art. 9 data: stay quiet unless something contradicts it (reported above).
        if (excludedKinds(agreement).includes('special')) continue;
        const own = (tokensOf.get(processing) ?? []).filter(t => isProperty(t, processing, 'title') || isProperty(t, processing, 'purposes'));
        const described = [...own.map(t => t.text), ...categories.map(c => c.label)].join('\n');
        if (!HOSTING.test(described) || HOSTED_NOTED.test(described)) continue;
        for (const token of own) {
            // "facturen per e-mail versturen": e-mail as the channel, not hosted mail.
            const m = [...token.text.matchAll(HOSTED_CONTENT)].find(c => !CHANNEL.test(token.text.slice(0, c.index)));
            if (!m) continue;
            report.rule('DPA-R29', { node: processing, range: rangeOf(document, token, m.index, m.index + m[0].length) },
                { x: mentionText(m[0], SPECIAL_DATA.hostedContent.label, lang) });
            break;
        }
    }
}

export const owner: RuleOwner = { name: 'special-mentions', rules: ['DPA-R29', 'DPA-R61'] };

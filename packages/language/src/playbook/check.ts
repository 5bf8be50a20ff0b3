import type { AstNode } from 'langium';
import { lookupCountry } from '../countries.js';
import { formatDuration, hoursOf } from '../durations.js';
import * as ast from '../generated/ast.js';
import { defineCatalogue } from '../i18n/catalogue.js';
import type { Lang } from '../i18n/lang.js';
import { clauseKeyword } from '../references.js';
import { isGdprRegion, processingPlaces, seatOf } from '../transfers.js';
import { compilePattern } from '../validation/text/patterns.js';
import { textTokens } from '../validation/text/tokens.js';
import en from './i18n/en.json';
import nl from './i18n/nl.json';
import type { Playbook, PositionName } from './schema.js';

/** What the playbook's diagnostics say by default (a position's own `message` replaces it). */
export const PLAYBOOK_MESSAGES = defineCatalogue<keyof typeof en>('playbook', { nl, en });

/** Where a finding is: a node's property, or a stretch of one of its texts (offsets in the document). */
export type FindingPlace = { readonly node: AstNode; readonly property?: string } | { readonly node: AstNode; readonly offset: number; readonly length: number };

/** An edit that moves the agreement to the firm's position: the place's text replaced. */
export interface PlaybookFix {
    readonly title: string;
    readonly place: FindingPlace;
    readonly newText: string;
}

/** A place where the agreement departs from a position of the firm's playbook. */
export interface PlaybookFinding {
    /** The diagnostic's code: the position's `id`, or `PB-<position>`. */
    readonly code: string;
    readonly position: PositionName;
    readonly severity: 'error' | 'warning' | 'info';
    readonly message: string;
    readonly place: FindingPlace;
    readonly fix?: PlaybookFix;
    /** For a required clause that is missing: its keyword (what the finding is about, where the place cannot show it). */
    readonly clause?: string;
}

/** A duration's length at its longest (a deadline in working days may span a weekend): a firm's maximum must hold then too. */
const longest = (duration: ast.Duration) => hoursOf(duration.amount, duration.unit).worst;
/** The hours of a month, for a maximum audit interval in months: a twelfth of clauses.json's year. */
const MONTH_HOURS = hoursOf(1, 'year').nominal / 12;

/**
 * The places where an agreement departs from the firm's positions, each with the playbook's
 * severity and message (or dpa's, in `lang`) and, where one edit moves it to the position, a fix.
 */
export function checkPlaybook(agreement: ast.Agreement, playbook: Playbook, lang: Lang): PlaybookFinding[] {
    const findings: PlaybookFinding[] = [];
    const positions = playbook.positions;
    const say = (key: keyof typeof en, args: Record<string, string>, own?: { nl: string; en: string }) =>
        own?.[lang] ?? PLAYBOOK_MESSAGES.text(lang, key, { playbook: playbook.name, ...args });
    const add = (position: PositionName, settings: { id?: string; severity: 'error' | 'warning' | 'info'; message?: { nl: string; en: string } }, key: keyof typeof en, args: Record<string, string>, place: FindingPlace, fix?: PlaybookFix) => {
        findings.push({
            code: settings.id ?? `PB-${position.replace(/(?<=[a-z])(?=[A-Z])/g, '-').toLowerCase()}`,
            position,
            severity: settings.severity,
            message: say(key, args, settings.message),
            place,
            ...(fix ? { fix } : {}),
            ...(key === 'clauses.missing' ? { clause: args['clause'] } : {})
        });
    };
    const clauseOf = <T extends ast.Clause>(is: (clause: unknown) => clause is T): T | undefined => agreement.clauses.find(is);

    const breach = positions.breachNotification;
    if (breach) {
        const clause = clauseOf(ast.isBreachClause);
        const max = String(breach.maxHours);
        const fix = (node: AstNode, property: string): PlaybookFix => ({ title: PLAYBOOK_MESSAGES.text(lang, 'fix.hours', { max }), place: { node, property }, newText: `${max} hours` });
        if (!clause) add('breachNotification', breach, 'breach.noClause', { max }, { node: agreement, property: 'name' });
        else if (!clause.deadline) add('breachNotification', breach, 'breach.noDeadline', { max }, { node: clause });
        else if (longest(clause.deadline) > breach.maxHours) add('breachNotification', breach, 'breach.tooLong', { max, actual: formatDuration(clause.deadline.amount, clause.deadline.unit, lang) }, { node: clause, property: 'deadline' }, fix(clause, 'deadline'));
    }

    const audit = positions.auditFrequency;
    if (audit) {
        const clause = clauseOf(ast.isAuditClause);
        const max = String(audit.maxMonths);
        if (!clause) add('auditFrequency', audit, 'audit.noClause', { max }, { node: agreement, property: 'name' });
        else if (clause.frequency && hoursOf(clause.frequency.amount, clause.frequency.unit).nominal > audit.maxMonths * MONTH_HOURS) {
            add('auditFrequency', audit, 'audit.tooRare', { max, actual: formatDuration(clause.frequency.amount, clause.frequency.unit, lang) }, { node: clause, property: 'frequency' },
                { title: PLAYBOOK_MESSAGES.text(lang, 'fix.months', { max }), place: { node: clause, property: 'frequency' }, newText: `${max} months` });
        }
    }

    const liability = positions.liabilityCap;
    const cap = clauseOf(ast.isLiabilityClause);
    if (liability && cap?.cap !== undefined && cap.cap < liability.minimum) {
        const min = String(liability.minimum);
        add('liabilityCap', liability, 'liability.tooLow', { min, actual: String(cap.cap) }, { node: cap, property: 'cap' },
            { title: PLAYBOOK_MESSAGES.text(lang, 'fix.amount', { min }), place: { node: cap, property: 'cap' }, newText: min });
    }

    const countries = positions.subprocessorCountries;
    if (countries) {
        // A place may be a region (`EU`, `EEA`): inside the EEA as a whole.
        const allowed = (code: string) => countries.allowed.includes(code) || (countries.allowed.includes('EEA') && (lookupCountry(code)?.status === 'eea' || isGdprRegion(code)));
        for (const sub of agreement.subprocessors) {
            const places = [...new Set([...processingPlaces(sub), ...(seatOf(sub) ? [seatOf(sub)!] : [])])].filter(code => /^[A-Z]{2}$/.test(code));
            const outside = places.filter(code => !allowed(code));
            if (outside.length > 0) {
                const allowedText = countries.allowed.map(code => (code === 'EEA' ? PLAYBOOK_MESSAGES.text(lang, 'eea') : code)).join(', ');
                add('subprocessorCountries', countries, 'countries.notAllowed', { name: sub.name, countries: outside.join(', '), allowed: allowedText }, { node: sub, property: 'name' });
            }
        }
    }

    const required = positions.requiredClauses;
    if (required) {
        const present = new Set(agreement.clauses.map(clauseKeyword));
        for (const clause of required.clauses) {
            if (!present.has(clause)) add('requiredClauses', required, 'clauses.missing', { clause }, { node: agreement, property: 'name' });
        }
    }

    const special = positions.specialDataMeasures;
    if (special) {
        const sensitive = agreement.dataCategories.filter(category => category.special.length > 0 || category.criminal || category.bsn);
        if (sensitive.length > 0) {
            const kinds = new Set(agreement.measures.flatMap(measure => [measure.kind, ...measure.kinds]));
            for (const kind of special.kinds) {
                if (!kinds.has(kind as ast.MeasureKind)) add('specialDataMeasures', special, 'measures.missing', { kind, data: sensitive.map(category => category.name).join(', ') }, { node: agreement, property: 'name' });
            }
        }
    }

    for (const wording of positions.forbiddenWording ?? []) {
        const pattern = wordingPattern(wording.words);
        for (const token of textTokens(agreement)) {
            if (!token.isString) continue;
            for (const match of token.text.matchAll(pattern)) {
                const place = { node: token.node, offset: token.offset + match.index, length: match[0].length };
                const replacement = wording.replacement;
                add('forbiddenWording', wording, replacement ? 'wording.forbiddenReplace' : 'wording.forbidden', { words: match[0], ...(replacement ? { replacement } : {}) }, place,
                    replacement !== undefined ? { title: PLAYBOOK_MESSAGES.text(lang, 'fix.replace', { replacement }), place, newText: inString(replacement) } : undefined);
            }
        }
    }
    return findings;
}

/** Text as it stands inside a .dpa string literal: a backslash and a double quote escaped. */
const inString = (text: string) => text.replace(/[\\"]/g, '\\$&');

/** Each forbidden wording's pattern, compiled once (the wording's words as a whole, any space between them, any case). */
const WORDING_PATTERNS = new Map<string, RegExp>();

function wordingPattern(words: string): RegExp {
    let pattern = WORDING_PATTERNS.get(words);
    if (!pattern) {
        const escaped = words.trim().split(/\s+/).map(word => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('\\s+');
        pattern = compilePattern(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, 'giu', `playbook forbiddenWording "${words}"`);
        WORDING_PATTERNS.set(words, pattern);
    }
    return pattern;
}

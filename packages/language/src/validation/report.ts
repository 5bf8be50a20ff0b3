import { getDiagnosticRange, type AstNode, type DiagnosticInfo, type ValidationAcceptor, type ValidationSeverity } from 'langium';
import type { DiagnosticRelatedInformation, Range } from 'vscode-languageserver-types';
import type { Lang } from '../i18n/lang.js';
import { LANGUAGE_MESSAGES } from '../i18n/texts.js';
import { formatMessage, getCheck, getRule, type MessageArgs, type Severity } from '../messages.js';
import type { Fix, FixData, FixEdit } from './fixes.js';
import { formatNumber } from './incomplete.js';
import type { SeverityPolicy } from './severity-policy.js';

/** At most this many related locations on a grouped diagnostic. */
const MAX_RELATED = 100;

/** One hit of a rule, kept until the node's checks are done. */
interface Hit {
    readonly where: DiagnosticInfo<AstNode>;
    readonly range: Range;
    readonly fixes: readonly Fix[];
}

/** The hits of one rule with one message on one node. */
interface Group {
    readonly id: string;
    readonly level: ValidationSeverity;
    /** The message without its legal basis. */
    readonly message: string;
    readonly basis: string;
    readonly hits: Hit[];
}

/**
 * Reports diagnostics with their rule id as the code and the message in the user's language.
 * Every check goes through here, so severity and wording come from the data files only, and
 * the user's severity policy (settings, comment directives) applies to every rule alike.
 *
 * Repeated identical hits of one rule on one node (the Wbp cited ten times in one clause, one
 * outdated term seven times) are one diagnostic: at the first hit, its message saying how often,
 * the other hits as related locations (LSP `relatedInformation`), and, where the hits had quick fixes, one
 * fix for all of them. The hits are kept until `flush`, which the validator calls when the checks
 * of a node are done.
 */
export class Reporter {
    private readonly groups = new Map<AstNode, Map<string, Group>>();
    private readonly order: Group[] = [];

    constructor(
        private readonly accept: ValidationAcceptor,
        readonly lang: Lang,
        private readonly policy: SeverityPolicy,
        /** The document's URI, for the related locations of a grouped diagnostic. */
        private readonly uri = ''
    ) {}

    /**
     * A rule of the legal catalogue (DPA-Rnn); the legal basis is appended to the message.
     * `fixes` are offered as quick fixes (undefined entries, fixes that could not be placed, are
     * dropped). `variant.severity` is for the weaker variants the catalogue names for some rules
     * (e.g. DPA-R14: an error at 72 hours or more, a warning above 48); the user's policy
     * (settings, directives) still overrides it. `variant.message` names one of the rule's
     * variant messages in rules.json.
     */
    rule<N extends AstNode>(id: string, where: DiagnosticInfo<N>, args: MessageArgs = {}, fixes: readonly (Fix | undefined)[] = [], variant: { severity?: Severity; message?: string } = {}): void {
        const rule = getRule(id);
        const range = getDiagnosticRange(where);
        const level = this.policy.levelFor(id, range.start.line, variant.severity ?? rule.severity);
        if (level === 'off') return;
        const basis = this.lang === 'nl' ? rule.basisNl : rule.basis;
        const message = formatMessage(rule, this.lang, args, variant.message);
        const hit: Hit = { where: where as DiagnosticInfo<AstNode>, range, fixes: fixes.filter((f): f is Fix => f !== undefined) };
        let ofNode = this.groups.get(where.node);
        if (!ofNode) {
            ofNode = new Map();
            this.groups.set(where.node, ofNode);
        }
        const key = `${id}\u0000${level}\u0000${message}`;
        const group = ofNode.get(key);
        if (group) {
            group.hits.push(hit);
        } else {
            const created: Group = { id, level, message, basis, hits: [hit] };
            ofNode.set(key, created);
            this.order.push(created);
        }
    }

    /** A structural check of the language. */
    check<N extends AstNode>(id: string, where: DiagnosticInfo<N>, args: MessageArgs = {}, fixes: readonly (Fix | undefined)[] = []): void {
        const check = getCheck(id);
        const data: FixData = { fixes: fixes.filter((f): f is Fix => f !== undefined) };
        this.accept(check.severity, formatMessage(check, this.lang, args), { ...where, code: id, data });
    }

    /**
     * A departure from the firm's playbook: its code (the firm's id or `PB-…`), the firm's
     * severity and message, and the fixes that move the agreement to the firm's position. Not a
     * catalogue rule: no legal basis is appended, and the user's rule levels do not apply.
     */
    playbook<N extends AstNode>(code: string, severity: ValidationSeverity, message: string, where: DiagnosticInfo<N>, fixes: readonly (Fix | undefined)[] = []): void {
        const data: FixData = { fixes: fixes.filter((f): f is Fix => f !== undefined) };
        this.accept(severity, message, { ...where, code, data });
    }

    /** Reports the rules' hits kept so far, each group as one diagnostic, in the order of their first hits. */
    flush(): void {
        const groups = this.order.splice(0);
        this.groups.clear();
        for (const group of groups) this.report(group);
    }

    private report(group: Group): void {
        const [first, ...others] = group.hits.sort((a, b) => compareRanges(a.range, b.range));
        if (!first) return;
        if (others.length === 0) {
            const data: FixData = { fixes: first.fixes };
            this.accept(group.level, `${group.message} (${group.basis})`, { ...first.where, code: group.id, data });
            return;
        }
        // No line numbers in the message: it must not change when lines are added above.
        const repeated = LANGUAGE_MESSAGES.text(this.lang, 'report.repeated', { n: formatNumber(group.hits.length, this.lang) });
        const relatedInformation: DiagnosticRelatedInformation[] = others.slice(0, MAX_RELATED).map(hit => ({
            location: { uri: this.uri, range: hit.range },
            message: group.message
        }));
        const data: FixData = { fixes: this.groupFixes(group.hits) };
        this.accept(group.level, `${group.message} ${repeated} (${group.basis})`, {
            ...first.where,
            range: first.range,
            code: group.id,
            data,
            ...(this.uri ? { relatedInformation } : {})
        });
    }

    /**
     * The fixes of a group: the same fixes as each hit when every hit had the same ones (adding a
     * clause), otherwise one fix that applies each hit's preferred (or first) fix, when their
     * edits do not overlap.
     */
    private groupFixes(hits: readonly Hit[]): Fix[] {
        const shapes = new Set(hits.map(h => JSON.stringify(h.fixes)));
        if (shapes.size === 1) return [...hits[0]!.fixes];
        const chosen = hits.map(h => h.fixes.find(f => f.preferred) ?? h.fixes[0]).filter((f): f is Fix => f !== undefined);
        if (chosen.length === 0) return [];
        const edits = chosen.flatMap(f => f.edits);
        if (overlapping(edits)) return [];
        const titles = new Set(chosen.map(f => f.title));
        const title = titles.size === 1
            ? LANGUAGE_MESSAGES.text(this.lang, 'report.fixAll', { title: chosen[0]!.title, n: chosen.length })
            : LANGUAGE_MESSAGES.text(this.lang, 'report.fixAllMixed', { n: chosen.length });
        return [{ title, edits, ...(chosen.some(f => f.preferred) ? { preferred: true } : {}) }];
    }
}

function comparePositions(a: Range['start'], b: Range['start']): number {
    return a.line - b.line || a.character - b.character;
}

function compareRanges(a: Range, b: Range): number {
    return comparePositions(a.start, b.start) || comparePositions(a.end, b.end);
}

/** Whether any two edits touch the same text (a workspace edit must not overlap). */
function overlapping(edits: readonly FixEdit[]): boolean {
    const sorted = [...edits].sort((a, b) => compareRanges(a.range, b.range));
    return sorted.some((edit, i) => i > 0 && comparePositions(edit.range.start, sorted[i - 1]!.range.end) < 0);
}

import { CstUtils, isLeafCstNode, type LangiumDocument } from 'langium';
import type { Severity } from '../messages.js';

/** What a rule may be set to, per workspace (setting) or per file (comment directive). */
export type RuleLevel = Severity | 'off';
const LEVELS: readonly RuleLevel[] = ['off', 'info', 'warning', 'error'];

export function isRuleLevel(value: unknown): value is RuleLevel {
    return typeof value === 'string' && (LEVELS as readonly string[]).includes(value);
}

/** Where the text may hold a directive comment (read with DIRECTIVE below). */
const DIRECTIVE_IN_TEXT = /\/\/\s*dpa-(?:disable|severity)/;

/** A directive problem: an unknown rule id or level in a `// dpa-…` comment. */
export interface DirectiveProblem {
    readonly line: number;
    readonly message: string;
}

/**
 * The severity of each rule in one document: the catalogue's default, overridden by the
 * workspace setting `dpa.rules`, overridden by the file's comment directives:
 *
 *     // dpa-disable DPA-R36, DPA-R43            the whole file
 *     // dpa-disable-next-line DPA-R21           only the next line
 *     // dpa-severity DPA-R43 error              the whole file, another severity
 */
export class SeverityPolicy {
    private readonly fileLevels = new Map<string, RuleLevel>();
    private readonly lineOff = new Map<number, Set<string>>();
    readonly problems: DirectiveProblem[] = [];

    constructor(private readonly workspaceLevels: Readonly<Record<string, RuleLevel>>, document: LangiumDocument | undefined, isKnownRule: (id: string) => boolean) {
        if (document) this.readDirectives(document, isKnownRule);
    }

    /** The level for a diagnostic of `rule` starting on `line` (0-based), given its default. */
    levelFor(rule: string, line: number, defaultLevel: Severity): RuleLevel {
        if (this.lineOff.get(line)?.has(rule)) return 'off';
        return this.fileLevels.get(rule) ?? this.workspaceLevels[rule] ?? defaultLevel;
    }

    private readDirectives(document: LangiumDocument, isKnownRule: (id: string) => boolean): void {
        const root = document.parseResult.value.$cstNode;
        // A directive is a comment that starts so: a text without one has no directive to look for
        // (one scan of the text instead of a walk over every syntax node on every build).
        if (!root || !DIRECTIVE_IN_TEXT.test(document.textDocument.getText())) return;
        for (const node of CstUtils.streamCst(root)) {
            if (!isLeafCstNode(node) || !node.hidden || node.tokenType.name !== 'SL_COMMENT') continue;
            const m = /^\/\/\s*dpa-(disable-next-line|disable|severity)\b(.*)$/.exec(node.text);
            if (!m) continue;
            const line = node.range.start.line;
            const [kind, rest] = [m[1]!, m[2]!.trim()];
            if (kind === 'severity') {
                const [rule, level] = rest.split(/\s+/);
                if (!rule || !isKnownRule(rule)) this.problems.push({ line, message: `Unknown rule '${rule ?? ''}' in dpa-severity.` });
                else if (!isRuleLevel(level)) this.problems.push({ line, message: `Unknown level '${level ?? ''}': use off, info, warning or error.` });
                else this.fileLevels.set(rule, level);
                continue;
            }
            for (const rule of rest.split(/[\s,]+/).filter(Boolean)) {
                if (!isKnownRule(rule)) {
                    this.problems.push({ line, message: `Unknown rule '${rule}' in dpa-${kind}.` });
                } else if (kind === 'disable') {
                    this.fileLevels.set(rule, 'off');
                } else {
                    const set = this.lineOff.get(line + 1) ?? new Set<string>();
                    set.add(rule);
                    this.lineOff.set(line + 1, set);
                }
            }
        }
    }
}

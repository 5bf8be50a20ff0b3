import {
    Cancellation,
    DefaultDocumentValidator,
    DocumentValidator,
    ValidationRegistry,
    interruptAndCheck,
    isOperationCancelled,
    OperationCancelled,
    type AstNode,
    type DiagnosticInfo,
    type LangiumDocument,
    type MaybePromise,
    type ValidationAcceptor,
    type ValidationOptions,
    type ValidationSeverity
} from 'langium';
import type { Diagnostic, DiagnosticSeverity, Range } from 'vscode-languageserver-types';
import type { DpaServices } from '../dpa-module.js';
import type { Lang } from '../i18n/lang.js';
import { formatMessage, getCheck } from '../messages.js';
import type { DpaSettings } from '../settings.js';
import { countAstNodes, pushChildren } from './ast-walk.js';
import { currentRun, endRun, INTERRUPTION_PERIOD_MS, startRun, ValidationOutOfTime, VALIDATION_LIMITS, yieldToMessages, type ValidationLimits } from './budget.js';
import {
    errorText,
    formatNumber,
    isIncompleteCode,
    reasonText,
    TOO_MANY_FINDINGS,
    VALIDATION_FAILED,
    validationFailed,
    validationSkipped
} from './incomplete.js';

const SEVERITY: Readonly<Record<ValidationSeverity, DiagnosticSeverity>> = { error: 1, warning: 2, info: 3, hint: 4 };

/** The code a diagnostic is counted under: its own, or Langium's (`parsing-error`, `linking-error`, …). */
function codeOf(code: unknown, data: unknown): string {
    if (code !== undefined) return String(code);
    const dataCode = (data as { code?: unknown } | undefined)?.code;
    return dataCode === undefined ? 'unknown' : String(dataCode);
}

interface Omitted {
    count: number;
    /** The most severe of the omitted findings (1 error … 4 hint). */
    severity: DiagnosticSeverity;
    /** Where the first omitted finding is. */
    range: Range;
}

/**
 * The diagnostics of one document, capped: at most `maxFindingsPerCode` per code and
 * `maxFindings` in all; the rest are counted per code and summarised in one `too-many-findings`
 * diagnostic each, at the first one not listed. The summary is as severe as the worst finding it
 * stands for (at least a warning), so an error is never summarised into a warning. The
 * diagnostics that say the document was not fully checked (`validation-failed`,
 * `validation-skipped`) do not count towards the total, so they are always listed. A finding that
 * is not listed is never built: a flood of findings costs little.
 */
export class Findings {
    private readonly listed: Diagnostic[] = [];
    private total = 0;
    private readonly perCode = new Map<string, number>();
    private readonly omitted = new Map<string, Omitted>();

    constructor(private readonly limits: ValidationLimits, private readonly lang: Lang) {}

    /** Adds a finding; `build` and `range` are called only if it is listed, or is the first omitted of its code. */
    add(code: string, severity: DiagnosticSeverity, build: () => Diagnostic, range: () => Range): void {
        const ofCode = this.perCode.get(code) ?? 0;
        const incomplete = isIncompleteCode(code);
        if (ofCode < this.limits.maxFindingsPerCode && (incomplete || this.total < this.limits.maxFindings)) {
            this.listed.push(build());
            this.perCode.set(code, ofCode + 1);
            if (!incomplete) this.total++;
            return;
        }
        const omitted = this.omitted.get(code);
        if (omitted) {
            omitted.count++;
            omitted.severity = Math.min(omitted.severity, severity) as DiagnosticSeverity;
        } else {
            this.omitted.set(code, { count: 1, severity, range: range() });
        }
    }

    /** Adds a diagnostic that is built already (Langium's syntax and linking errors). */
    addDiagnostic(diagnostic: Diagnostic): void {
        this.add(codeOf(diagnostic.code, diagnostic.data), diagnostic.severity ?? 1, () => diagnostic, () => diagnostic.range);
    }

    /** The listed diagnostics and one summary per code with omitted findings. */
    result(): Diagnostic[] {
        const check = getCheck(TOO_MANY_FINDINGS);
        const summaries = [...this.omitted].map(([code, omitted]): Diagnostic => ({
            severity: Math.min(omitted.severity, 2) as DiagnosticSeverity,
            range: omitted.range,
            code: TOO_MANY_FINDINGS,
            message: formatMessage(check, this.lang, { x: formatNumber(omitted.count, this.lang), y: code }),
            source: 'dpa',
            data: { code, count: omitted.count }
        }));
        return [...this.listed, ...summaries];
    }
}

/**
 * Validation that never fails open, with a size, time and findings budget (budget.ts).
 *
 * Langium's own `validateDocument` catches an exception of the custom checks, logs it and returns
 * only the syntax diagnostics, and collects the checks' findings with `push(...findings)`, which
 * overflows the stack at about 150,000 findings: the document then looked clean. Here:
 * - whatever throws (a check, the report, this class itself) gives a `validation-failed` error on
 *   the document, next to whatever was found before;
 * - a document past the size budget (characters or syntax nodes) gets Langium's syntax and linking
 *   diagnostics and one `validation-skipped`, without the legal checks;
 * - checks that run past the time budget stop (the clock is read between nodes, between the checks
 *   of a node and inside the long loops of the checks) and the document gets `validation-skipped`;
 *   the cancellation token is honoured between nodes and checks (`yieldToMessages`), so the
 *   server answers other requests while a large document is validated;
 * - the findings are capped (`Findings`), Langium's syntax errors included.
 */
export class DpaDocumentValidator extends DefaultDocumentValidator {
    /** The budget of each validation; tests lower it. */
    limits: ValidationLimits = VALIDATION_LIMITS;
    private readonly settings: DpaSettings;

    constructor(services: DpaServices) {
        super(services);
        this.settings = services.dpa.Settings;
    }

    override async validateDocument(document: LangiumDocument, options: ValidationOptions = {}, cancelToken = Cancellation.CancellationToken.None): Promise<Diagnostic[]> {
        let lang: Lang = 'en';
        try {
            lang = this.settings.language;
            const findings = new Findings(this.limits, lang);
            try {
                await this.collect(document, options, findings, cancelToken);
            } catch (error) {
                if (isOperationCancelled(error)) throw error;
                console.error('The validation failed:', error);
                findings.addDiagnostic(validationFailed(lang, reasonText('validator', lang, { error: errorText(error) })));
            }
            await interruptAndCheck(cancelToken);
            return findings.result();
        } catch (error) {
            if (isOperationCancelled(error)) throw error;
            // Even building the report failed: the document still must not look clean.
            console.error('The validation failed:', error);
            return [lastResort(error, lang)];
        }
    }

    private async collect(document: LangiumDocument, options: ValidationOptions, findings: Findings, cancelToken: Cancellation.CancellationToken): Promise<void> {
        const parseResult = document.parseResult;
        await interruptAndCheck(cancelToken);
        if (!options.categories || options.categories.includes('built-in')) {
            // As DefaultDocumentValidator, into a list first (its stop options look at it), then capped.
            const builtIn: Diagnostic[] = [];
            const stop = (code: string) => builtIn.some(d => (d.data as { code?: string } | undefined)?.code === code);
            this.processLexingErrors(parseResult, builtIn, options);
            let stopped = options.stopAfterLexingErrors === true && stop(DocumentValidator.LexingError);
            if (!stopped) {
                this.processParsingErrors(parseResult, builtIn, options);
                stopped = options.stopAfterParsingErrors === true && stop(DocumentValidator.ParsingError);
            }
            if (!stopped) {
                this.processLinkingErrors(document, builtIn, options);
                stopped = options.stopAfterLinkingErrors === true && stop(DocumentValidator.LinkingError);
            }
            for (const diagnostic of builtIn) findings.addDiagnostic(diagnostic);
            if (stopped) return;
        }
        const lang = this.settings.language;
        const root = parseResult.value;
        const tooLarge = this.overSizeBudget(document, root, lang);
        if (tooLarge) {
            findings.addDiagnostic(validationSkipped(lang, tooLarge));
            return;
        }
        const run = startRun(root, this.limits);
        try {
            const acceptor: ValidationAcceptor = <N extends AstNode>(severity: ValidationSeverity, message: string, info: DiagnosticInfo<N>) =>
                findings.add(codeOf(info.code, info.data), SEVERITY[severity], () => this.toDiagnostic(severity, message, info), () => this.toDiagnostic(severity, message, info).range);
            await this.validateAstBefore(root, options, acceptor, cancelToken);
            await this.validateAstNodes(root, options, acceptor, cancelToken);
            if (!run.expired()) await this.validateAstAfter(root, options, acceptor, cancelToken);
        } finally {
            endRun(root);
        }
        if (run.outOfTime) {
            findings.addDiagnostic(validationSkipped(lang, reasonText('time', lang, { max: formatNumber(this.limits.maxMilliseconds / 1000, lang) })));
        }
    }

    /** Why the document is too large for the legal checks, or undefined. */
    private overSizeBudget(document: LangiumDocument, root: AstNode, lang: Lang): string | undefined {
        const characters = document.textDocument.getText().length;
        if (characters > this.limits.maxCharacters) {
            return reasonText('characters', lang, { n: formatNumber(characters, lang), max: formatNumber(this.limits.maxCharacters, lang) });
        }
        if (countAstNodes(root, this.limits.maxNodes) > this.limits.maxNodes) {
            const all = countAstNodes(root);
            return reasonText('nodes', lang, { n: formatNumber(all, lang), max: formatNumber(this.limits.maxNodes, lang) });
        }
        return undefined;
    }

    /**
     * As Langium's (pre-order, in `streamAst`'s order), and it stops when the time budget is spent.
     * The cancellation token is read at every node, but the build yields to other work
     * (`yieldToMessages`: the editor's messages are read and handled) only when its interruption
     * period has passed, not with an `await` per node; the checks of each node type are looked up
     * once per validation; the tree is walked without Langium's stream objects (ast-walk.ts).
     */
    protected override async validateAstNodes(rootNode: AstNode, options: ValidationOptions, acceptor: ValidationAcceptor, cancelToken = Cancellation.CancellationToken.None): Promise<void> {
        const run = currentRun(rootNode);
        const checksByType = new Map<string, readonly ((node: AstNode, accept: ValidationAcceptor, token: Cancellation.CancellationToken) => MaybePromise<void>)[]>();
        const stack: AstNode[] = [rootNode];
        const children: AstNode[] = [];
        let lastYield = performance.now();
        while (stack.length > 0) {
            const node = stack.pop()!;
            if (cancelToken.isCancellationRequested) throw OperationCancelled;
            if (run) {
                if (run.expired()) return;
                if (run.dueToYield()) await yieldToMessages(cancelToken);
            } else if (performance.now() - lastYield >= INTERRUPTION_PERIOD_MS) {
                await yieldToMessages(cancelToken);
                lastYield = performance.now();
            }
            const nodeOptions = this.validateSingleNodeOptions(node, options);
            if (nodeOptions.validateNode) {
                let checks = checksByType.get(node.$type);
                if (!checks) {
                    checks = this.validationRegistry.getChecks(node.$type, options.categories).toArray();
                    checksByType.set(node.$type, checks);
                }
                for (const check of checks) await check(node, acceptor, cancelToken);
            }
            if (nodeOptions.validateChildren) {
                children.length = 0;
                pushChildren(node, children);
                for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]!);
            }
        }
    }
}

/** The diagnostic when not even the report could be built: plain, without the data files. */
function lastResort(error: unknown, lang: Lang): Diagnostic {
    const reason = errorText(error);
    const message = lang === 'nl'
        ? `Dit document kon niet volledig worden gecontroleerd: de validatie faalde (${reason}). Het wordt niet als definitief gegenereerd.`
        : `This document could not be fully checked: the validation failed (${reason}). It will not be generated as final.`;
    return { severity: 1, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, code: VALIDATION_FAILED, message, source: 'dpa' };
}

/**
 * Langium's registry wraps every check: an exception becomes an error "An error occurred during
 * validation: …" without a code. Here it is a `validation-failed` diagnostic, in the user's
 * language, so that `isFullyChecked` sees it; running out of time is not a failure.
 */
export class DpaValidationRegistry extends ValidationRegistry {
    private readonly services: DpaServices;

    constructor(services: DpaServices) {
        super(services);
        this.services = services;
    }

    protected override async handleException(functionality: () => MaybePromise<void>, messageContext: string, accept: ValidationAcceptor, node: AstNode): Promise<void> {
        try {
            await functionality();
        } catch (error) {
            if (isOperationCancelled(error)) throw error;
            if (error instanceof ValidationOutOfTime) return; // the document validator reports it
            console.error(`${messageContext}:`, error);
            const lang = this.services.dpa.Settings.language;
            const x = reasonText('validator', lang, { error: errorText(error) });
            accept('error', formatMessage(getCheck(VALIDATION_FAILED), lang, { x }), { node, code: VALIDATION_FAILED });
        }
    }
}

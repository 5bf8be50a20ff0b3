import { delayNextTick, OperationCancelled, type Cancellation } from 'langium';

/**
 * The limits of one validation of one document, with the reason for each value. Real agreements
 * are far below every limit (the largest example, examples/icteam-imaging-people.dpa, has 389
 * lines, 26 KB and 136 syntax-tree nodes, and validates in about 15 ms), so the limits never
 * touch a normal document; they keep a pathological one (a pasted book, generated garbage, a
 * flood of findings) from stalling the language server or producing a report nobody can read.
 * Measured on 2 cores (Node 20): the examples repeated to 20,000 lines (1.3-1.4 MB, 6,000-11,000
 * nodes) parse, link and validate in 1.5-2 s, of which the legal checks take about 0.8 s;
 * 110,000 one-line declarations (1.8 MB, 110,000 nodes) take 4.6 s.
 */
export interface ValidationLimits {
    /**
     * Documents longer than this (in UTF-16 characters) get only Langium's syntax and linking
     * diagnostics and one `validation-skipped`. 2,000,000 characters are about 30,000 lines of
     * .dpa text, 75 times the largest example agreement: the examples repeated to 20,000 lines
     * (1.4 MB) still validate fully, a pasted book does not.
     */
    readonly maxCharacters: number;
    /**
     * The same for the number of syntax-tree nodes. The checks' work grows with the nodes more than
     * with the characters; 200,000 nodes are 20 times the examples repeated to 20,000 lines, and
     * more than 2 MB of the shortest declarations hold (`data D1 "x"`: about 130,000), so this
     * limit only stops a document denser than any .dpa text that fits the character limit.
     */
    readonly maxNodes: number;
    /**
     * The legal checks stop when they have run this long (the clock is read between checks and
     * inside the long loops over the document's text), and the document gets `validation-skipped`.
     * 10 s is more than ten times what the legal checks of the 20,000-line examples take, and short
     * enough that a user waiting for a verdict (the CLI, the generate command) is not left hanging.
     */
    readonly maxMilliseconds: number;
    /**
     * At most this many diagnostics of one code (one rule or check) are listed per document; the
     * rest are counted in one `too-many-findings` diagnostic for that code. A hundred instances of
     * one finding are more than anyone fixes one by one, and the other rules' findings stay visible.
     */
    readonly maxFindingsPerCode: number;
    /**
     * At most this many diagnostics are listed per document in total (the summaries and the
     * diagnostics that say a document was not fully checked come on top). A thousand keeps the
     * Problems panel usable and the `publishDiagnostics` message to the editor under about 1 MB
     * (a diagnostic with its quick fixes is up to about a kilobyte).
     */
    readonly maxFindings: number;
}

export const VALIDATION_LIMITS: ValidationLimits = Object.freeze({
    maxCharacters: 2_000_000,
    maxNodes: 200_000,
    maxMilliseconds: 10_000,
    maxFindingsPerCode: 100,
    maxFindings: 1_000
});

/** Thrown by `ValidationRun.checkTime` when the time budget is spent; not a failure of the check. */
export class ValidationOutOfTime extends Error {
    constructor() {
        super('The validation ran out of time');
        this.name = 'ValidationOutOfTime';
    }
}

/** The state of one validation of one document: its deadline, and whether it ran out of time. */
export class ValidationRun {
    private readonly deadline: number;
    /** Set once the time budget was spent: no further checks run. */
    outOfTime = false;
    /** When the clock was last read, and when the validation last let other work run. */
    private lastRead: number;
    private lastYield: number;
    /** Calls of `checkTime` since the clock was last read. */
    private unread = 0;

    constructor(readonly limits: ValidationLimits, private readonly now: () => number = () => performance.now()) {
        this.lastRead = this.lastYield = now();
        this.deadline = this.lastRead + limits.maxMilliseconds;
    }

    /** True (and remembered) once the time budget is spent. */
    expired(): boolean {
        if (!this.outOfTime) {
            this.lastRead = this.now();
            this.unread = 0;
            if (this.lastRead > this.deadline) this.outOfTime = true;
        }
        return this.outOfTime;
    }

    /**
     * For the long loops inside a check (once per item: a string, a measure): throws
     * `ValidationOutOfTime` once the budget is spent. The clock is read every CLOCK_EVERY calls,
     * which is microseconds of work, so the budget is kept to well under a millisecond.
     */
    checkTime(): void {
        if (++this.unread < CLOCK_EVERY && !this.outOfTime) return;
        if (this.expired()) throw new ValidationOutOfTime();
    }

    /**
     * Whether the validation should let other work run now (`yieldToMessages`): once
     * per INTERRUPTION_PERIOD_MS, by the clock as last read (`expired`).
     */
    dueToYield(): boolean {
        if (this.lastRead - this.lastYield < INTERRUPTION_PERIOD_MS) return false;
        this.lastYield = this.lastRead;
        return true;
    }
}

/** `checkTime` reads the clock once per this many calls. */
const CLOCK_EVERY = 32;

/** How often a validation lets other work run: Langium's default interruption period. */
export const INTERRUPTION_PERIOD_MS = 10;

/**
 * Lets the editor's messages that arrived during the validation be handled, then honours the
 * token. Langium's `interruptAndCheck` waits one turn of the event loop: in it the server reads
 * a keystroke from its input, but vscode-jsonrpc handles a message read in a later turn, after
 * the validation has run another interruption period, so a keystroke cancelled an out-of-date
 * validation up to two periods late (seen as the extra time of a burst of typing at 5,000 lines
 * over a single keystroke). Two turns: the message is read, then handled (which cancels the
 * token when it is a newer version), before the validation goes on.
 */
export async function yieldToMessages(token: Cancellation.CancellationToken): Promise<void> {
    await delayNextTick();
    await delayNextTick();
    if (token.isCancellationRequested) throw OperationCancelled;
}

/** The runs of the validations under way, by the root node of the document they validate. */
const runs = new WeakMap<object, ValidationRun>();

/** Starts the time budget of the validation of the document with this root node. */
export function startRun(root: object, limits: ValidationLimits): ValidationRun {
    const run = new ValidationRun(limits);
    runs.set(root, run);
    return run;
}

/** The run of the validation under way for the document with this root node, if any. */
export function currentRun(root: object): ValidationRun | undefined {
    return runs.get(root);
}

export function endRun(root: object): void {
    runs.delete(root);
}

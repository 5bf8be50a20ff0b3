/** A minimal document on which a rule fires. */
export interface RuleCase {
    /** DPA-Rnn. */
    readonly rule: string;
    readonly name: string;
    /** The whole .dpa text. */
    readonly text: string;
    /** The source text the (first) diagnostic of the rule covers. */
    readonly covered: string;
    /** A piece of the message. */
    readonly message?: string;
    /** How many diagnostics of the rule (default 1). */
    readonly count?: number;
    /** Other codes that may be reported too (default: none). */
    readonly others?: readonly string[];
    /** The severity, when the case is one of the weaker variants the catalogue names (default: the catalogue's). */
    readonly severity?: 'error' | 'warning' | 'info';
    /** Titles of fixes that must be offered (each offered fix is applied and checked anyway). */
    readonly fixes?: readonly string[];
}

/** A document on which a rule must stay quiet (and nothing else fires either, unless listed). */
export interface QuietCase {
    readonly rule: string;
    readonly name: string;
    readonly text: string;
    readonly others?: readonly string[];
}

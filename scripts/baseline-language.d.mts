/** The bundle (an ES module path) of the language package at an earlier commit; built once per commit. */
export function baselineLanguage(revision: string): Promise<string>;
/** Today's language package, bundled exactly as the baseline is. */
export function currentLanguage(): Promise<string>;

/** The packaged extension, relative to the repository root. */
export const VSIX: string;
/** Its budget, in KB of 1,024 bytes (as vsce reports them). */
export const VSIX_BUDGET_KB: number;
/** The size of `file` in KB (1,024 bytes). */
export function sizeKb(file: string): number;
/** Whether `file` fits `budgetKb`, with the line that says so. */
export function checkSize(file: string, budgetKb?: number): { ok: boolean; kb: number; message: string };

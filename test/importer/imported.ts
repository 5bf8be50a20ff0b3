import { expect } from 'vitest';
import type * as ast from '../../packages/language/src/generated/ast.js';
import { ImportError, importAgreement, readSource } from '../../packages/importer/src/index.js';
import { check, services } from '../helpers.js';

/** A text imported as `dpa import` reads a .txt file; the output must parse and validate to the end. */
export async function imported(text: string): Promise<{ text: string; agreement: ast.Agreement }> {
    const source = await readSource('test.txt', new TextEncoder().encode(text)).catch((error: unknown) => {
        // An empty text has no blocks to read: the recogniser gets an empty document.
        if (error instanceof ImportError && error.code === 'read.empty') return { path: 'test.txt', format: 'txt' as const, blocks: [] };
        throw error;
    });
    const result = importAgreement(source, { services });
    const checked = await check(result.text);
    expect(checked.document.parseResult.parserErrors).toEqual([]);
    expect(checked.document.parseResult.lexerErrors).toEqual([]);
    expect(checked.fullyChecked).toBe(true);
    return { text: result.text, agreement: checked.agreement! };
}

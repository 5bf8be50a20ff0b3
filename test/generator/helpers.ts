import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { expect } from 'vitest';
import type { Agreement } from '../../packages/language/src/index.js';
import { check } from '../helpers.js';

/** The agreement of a `.dpa` text, which must parse. */
export async function agreementOf(text: string): Promise<Agreement> {
    const result = await check(text);
    expect(result.agreement).toBeDefined();
    return result.agreement!;
}

/** The error `fn` throws; fails when it throws nothing. */
export function thrown(fn: () => unknown): Error {
    try {
        fn();
    } catch (error) {
        return error as Error;
    }
    throw new Error('expected an error');
}

/** Writes `files` (relative path with `/` → content) under `root`, creating folders; returns `root`. */
export function writeFiles(root: string, files: Readonly<Record<string, string>>): string {
    for (const [path, content] of Object.entries(files)) {
        const file = join(root, ...path.split('/'));
        mkdirSync(dirname(file), { recursive: true });
        writeFileSync(file, content);
    }
    return root;
}

/** A fresh firm folder with the given files (relative path → content). */
export function firmFolder(files: Readonly<Record<string, string>>): string {
    return writeFiles(mkdtempSync(join(tmpdir(), 'dpa-firm-')), files);
}

/** `text` as a regular expression that matches exactly it. */
export function escapeRegExp(text: string): string {
    return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * The extension's UI text (vscode.l10n, VS Code's convention): every `%key%` of the manifest has its
 * English and Dutch text in package.nls.json and package.nls.nl.json; every `l10n.t('…')` of the
 * extension's sources has its Dutch translation in l10n/bundle.l10n.nl.json, with the same
 * placeholders; and the vsix carries those files and the preview page's script.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, test } from 'vitest';

const ROOT = resolve(import.meta.dirname, '..', '..');
const SOURCES = join(ROOT, 'packages', 'extension', 'src');
const readJson = (file: string): unknown => JSON.parse(readFileSync(join(ROOT, file), 'utf8'));
const manifest = readJson('package.json') as { l10n?: unknown };
const nls = { en: readJson('package.nls.json'), nl: readJson('package.nls.nl.json') } as Record<'en' | 'nl', Record<string, string>>;
const bundle = readJson('l10n/bundle.l10n.nl.json') as Record<string, string>;

/** Every string value of a JSON value, with its path. */
function strings(value: unknown, path = ''): { path: string; text: string }[] {
    if (typeof value === 'string') return [{ path, text: value }];
    if (Array.isArray(value)) return value.flatMap((item, i) => strings(item, `${path}[${String(i)}]`));
    if (typeof value === 'object' && value !== null) return Object.entries(value).flatMap(([key, item]) => strings(item, `${path}.${key}`));
    return [];
}

/** `{0}`, `{1}`, … of a message, sorted. */
const placeholders = (message: string): string[] => [...message.matchAll(/\{\d+\}/g)].map(m => m[0]).sort();

function sourceFiles(dir: string): string[] {
    return readdirSync(dir, { withFileTypes: true }).flatMap(entry =>
        entry.isDirectory() ? sourceFiles(join(dir, entry.name)) : entry.name.endsWith('.ts') ? [join(dir, entry.name)] : []);
}

/** The first argument of every `l10n.t(` call in the extension's sources: a string literal's text, or what stands there instead. */
function l10nCalls(): { file: string; literal?: string; found: string }[] {
    return sourceFiles(SOURCES).flatMap(file => {
        const text = readFileSync(file, 'utf8');
        return [...text.matchAll(/\bl10n\.t\(\s*/g)].map(call => {
            const rest = text.slice(call.index + call[0].length);
            const literal = /^'((?:[^'\\\n]|\\.)*)'|^"((?:[^"\\\n]|\\.)*)"/.exec(rest);
            const raw = literal?.[1] ?? literal?.[2];
            return {
                file: relative(ROOT, file),
                found: rest.slice(0, 60),
                ...(raw === undefined ? {} : { literal: raw.replace(/\\(.)/g, (_, c: string) => c === 'n' ? '\n' : c) })
            };
        });
    });
}

describe('the manifest\'s text: package.nls.json (English) and package.nls.nl.json (Dutch)', () => {
    const keys = strings(manifest).flatMap(({ path, text }) => /^%([\w.-]+)%$/.exec(text)?.slice(1).map(key => ({ path, key })) ?? []);

    test('the commands\' titles and the settings\' descriptions are %keys%', () => {
        const paths = keys.map(k => k.path);
        expect(paths).toEqual(expect.arrayContaining([
            '.contributes.commands[0].title',
            '.contributes.configuration.properties.dpa.output.folder.description',
            '.contributes.configuration.properties.dpa.rules.markdownDescription'
        ]));
        // No contributed title or description is left in one language only.
        const literal = strings((manifest as { contributes?: unknown }).contributes, '.contributes')
            .filter(({ path, text }) => /\.(title|shortTitle|description|markdownDescription)$|enumDescriptions\[\d+\]$/.test(path) && !/^%.*%$/.test(text) && text !== 'DPA');
        expect(literal).toEqual([]);
    });

    test('every %key% of the manifest is in both files, and both files have only those keys', () => {
        const used = [...new Set(keys.map(k => k.key))].sort();
        expect(used.length).toBeGreaterThanOrEqual(20);
        for (const lang of ['en', 'nl'] as const) {
            expect(Object.keys(nls[lang]).sort(), `package.nls${lang === 'en' ? '' : '.nl'}.json`).toEqual(used);
            for (const [key, text] of Object.entries(nls[lang])) expect(text.trim(), `${key} (${lang})`).not.toBe('');
        }
    });
});

describe('the UI\'s text: vscode.l10n.t with the English text as key, l10n/bundle.l10n.nl.json (Dutch)', () => {
    const calls = l10nCalls();

    test('the manifest names the bundle folder', () => {
        expect(manifest.l10n).toBe('./l10n');
    });

    test('every l10n.t call has a string literal as its message (so that this test sees it)', () => {
        expect(calls.length).toBeGreaterThanOrEqual(40);
        expect(calls.filter(call => call.literal === undefined)).toEqual([]);
    });

    test('every message has a Dutch translation with the same placeholders, and the bundle has no other keys', () => {
        const messages = [...new Set(calls.flatMap(call => call.literal ?? []))].sort();
        const missing = messages.filter(message => !(message in bundle));
        expect(missing, 'messages without a Dutch translation').toEqual([]);
        expect(Object.keys(bundle).filter(key => !messages.includes(key)), 'translations of messages no source has').toEqual([]);
        for (const message of messages) {
            expect(placeholders(bundle[message]!), message).toEqual(placeholders(message));
            expect(bundle[message]!.trim(), message).not.toBe('');
        }
    });

    test('the user-visible strings of the preview, generate, batch and trust modules go through l10n.t', () => {
        const byFile = new Set(calls.map(call => call.file.replace(/\\/g, '/')));
        for (const file of ['activation.ts', 'batch.ts', 'generate.ts', 'trust.ts', 'documents.ts', 'client-options.ts', 'desktop-package.ts', 'preview/page.ts', 'preview/panel.ts']) {
            expect(byFile, file).toContain(`packages/extension/src/${file}`);
        }
        // Plain strings that read as English sentences are not left outside l10n.t (quoted text of
        // three or more words starting with a capital; the identifiers and paths are not sentences).
        const outside = sourceFiles(SOURCES).flatMap(file => readFileSync(file, 'utf8').split('\n')
            .filter(line => !/^\s*(\/\/|\*|\/\*)/.test(line) && !line.includes('l10n.t(') && !line.includes('new Error('))
            .flatMap(line => [...line.matchAll(/'([A-Z][a-z]+(?: [^']+){2,})'/g)].map(m => `${relative(ROOT, file)}: ${m[1]!}`)));
        expect(outside).toEqual([]);
    });
});

describe('the vsix carries the text and the page script', () => {
    test('vsce lists package.nls*.json, the Dutch bundle and dist/webview/preview.js', () => {
        const vsce = join(ROOT, 'node_modules', '@vscode', 'vsce', 'vsce');
        const listed = spawnSync(process.execPath, [vsce, 'ls', '--no-dependencies'], { cwd: ROOT, encoding: 'utf8' });
        expect(listed.status, listed.stderr).toBe(0);
        const files = listed.stdout.split('\n').map(line => line.trim());
        expect(files).toEqual(expect.arrayContaining([
            'package.json', 'package.nls.json', 'package.nls.nl.json', 'l10n/bundle.l10n.nl.json',
            'packages/extension/dist/extension.cjs', 'packages/extension/dist/webview/preview.js'
        ]));
    });

    test('the page script is a browser bundle: no Node require, no module syntax', () => {
        const script = readFileSync(join(ROOT, 'packages', 'extension', 'dist', 'webview', 'preview.js'), 'utf8');
        expect(script).toContain('acquireVsCodeApi');
        expect(script).not.toMatch(/\brequire\(|^\s*(import|export)\s/m);
    });
});

import { describe, expect, test } from 'vitest';
import type { CompletionItem } from 'vscode-languageserver';
import { check, minimalAgreement, services } from '../helpers.js';

const CURSOR = '<|>';

/** The completion items at the cursor marker in `text`. */
async function completeAt(textWithCursor: string): Promise<CompletionItem[]> {
    const offset = textWithCursor.indexOf(CURSOR);
    const text = textWithCursor.replace(CURSOR, '');
    const result = await check(text);
    const position = result.document.textDocument.positionAt(offset);
    const list = await services.lsp.CompletionProvider!.getCompletion(result.document, { textDocument: { uri: result.document.uri.toString() }, position });
    return list?.items ?? [];
}

describe('completion', () => {
    test('after `data ` in a processing activity: the declared data categories, with their labels', async () => {
        const items = await completeAt(minimalAgreement('data Health "Verzuimgegevens" health basis "art. 30 UAVG"', `retention 1 month\n        data ${CURSOR}`));
        const contact = items.find(i => i.label === 'Contact');
        expect(contact?.detail).toBe('Contactgegevens');
        expect(items.map(i => i.label)).toContain('Health');
    });

    test('after `location `: country codes with their name and transfer status', async () => {
        const items = await completeAt(minimalAgreement('', `retention 1 month\n        location NL, ${CURSOR}`));
        expect(items.find(i => i.label === 'DE')?.detail).toBe('Duitsland · EEA');
        expect(items.find(i => i.label === 'US')?.detail).toBe('Verenigde Staten · partial adequacy: confirm the scope or add a mechanism');
        expect(items.find(i => i.label === 'CW')?.detail).toBe('Curaçao · third country: mechanism needed');
        expect(items.length).toBeGreaterThan(240);
    });

    test('keywords come with their Dutch term and article; enum values are offered', async () => {
        const items = await completeAt(minimalAgreement('measure Vault technical ' + CURSOR));
        expect(items.find(i => i.label === 'encryption')?.detail).toBe('versleuteling · Art. 32(1)(a) AVG');
        expect(items.map(i => i.label)).toEqual(expect.arrayContaining(['mfa', 'secrets-vault', 'pentest']));
    });

    test('after `retention `: the kinds of term, `transient` (not stored) among them', async () => {
        const items = await completeAt(minimalAgreement('', `retention ${CURSOR}`));
        expect(items.find(i => i.label === 'transient')?.detail).toBe('niet bewaard · Art. 5(1)(e) AVG');
        expect(items.map(i => i.label)).toEqual(expect.arrayContaining(['agreement', 'until']));
    });

    test('after `excludes `: `special`, `criminal`, `bsn` and the Art. 9 categories', async () => {
        const items = await completeAt(minimalAgreement(`excludes ${CURSOR}`));
        expect(items.find(i => i.label === 'special')?.detail).toBe('bijzondere categorieën van persoonsgegevens · Art. 9(1) AVG');
        expect(items.map(i => i.label)).toEqual(expect.arrayContaining(['criminal', 'bsn', 'religious']));
    });

    test('snippets for a whole processing activity and the standard clauses with defaults', async () => {
        const items = await completeAt(minimalAgreement(CURSOR));
        const snippet = items.find(i => i.label === 'processing … { … }');
        expect(snippet?.insertTextFormat).toBe(2);
        expect(snippet?.textEdit?.newText).toContain('retention ${9:agreement + 30 days}');
        expect(items.map(i => i.label)).toEqual(expect.arrayContaining(['breach notification within 24 hours', 'controller … { … }']));
    });
});

describe('completion of cross-references', () => {
    test('inside `{{ref ` in a text: the clauses by name or keyword, the fixed articles and the annexes', async () => {
        const text = minimalAgreement().replace('    precedence dpa\n', `    precedence dpa\n    clause Extra "Extra" {\n        text "Zie {{ref au${CURSOR}"\n    }\n`);
        const labels = (await completeAt(text)).map(i => i.label);
        expect(labels).toEqual(expect.arrayContaining(['audit', 'Extra', 'definitions', 'annex-measures']));
    });
});

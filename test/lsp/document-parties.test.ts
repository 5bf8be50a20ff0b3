import { describe, expect, test } from 'vitest';
import type { CompletionItem } from 'vscode-languageserver';
import { check, minimalAgreement, services } from '../helpers.js';

// The document's dates and status and the parties' new facts in the editor: completion and hover
// (formatting: formatter.test.ts; highlighting: syntax/textmate.test.ts).

const CURSOR = '<|>';

async function completeAt(textWithCursor: string): Promise<CompletionItem[]> {
    const offset = textWithCursor.indexOf(CURSOR);
    const result = await check(textWithCursor.replace(CURSOR, ''));
    const position = result.document.textDocument.positionAt(offset);
    const list = await services.lsp.CompletionProvider!.getCompletion(result.document, { textDocument: { uri: result.document.uri.toString() }, position });
    return list?.items ?? [];
}

async function hoverAt(text: string, at: string): Promise<string> {
    const result = await check(text);
    const position = result.document.textDocument.positionAt(text.indexOf(at) + 1);
    const hover = await services.lsp.HoverProvider!.getHoverContent(result.document, { textDocument: { uri: result.document.uri.toString() }, position });
    const contents = hover?.contents;
    return contents && typeof contents === 'object' && 'value' in contents ? contents.value : '';
}

describe('the document and its parties: completion', () => {
    test('in the agreement: `revised`, `status`, `definitions`, `signed`; after `status` its three values', async () => {
        const labels = (await completeAt(minimalAgreement(CURSOR))).map(i => i.label);
        expect(labels).toEqual(expect.arrayContaining(['revised', 'status', 'definitions', 'signed']));
        const statuses = (await completeAt(minimalAgreement(`status ${CURSOR}`))).map(i => i.label);
        expect(statuses).toEqual(expect.arrayContaining(['draft', 'concept', 'final']));
    });

    test('after `revised`: `unfilled` and `on-view`; after `effective on`: `signature` and `acceptance`', async () => {
        const revised = (await completeAt(minimalAgreement(`revised ${CURSOR}`))).map(i => i.label);
        expect(revised).toEqual(expect.arrayContaining(['unfilled', 'on-view']));
        const text = minimalAgreement().replace('effective 2025-01-06', `effective on ${CURSOR}`);
        expect((await completeAt(text)).map(i => i.label)).toEqual(expect.arrayContaining(['signature', 'acceptance']));
    });

    test('in a party: `any-customer`; after `contact`: `privacy` and `security`', async () => {
        const text = minimalAgreement().replace('name "Klant B.V."', `name "Klant B.V." ${CURSOR}`);
        expect((await completeAt(text)).map(i => i.label)).toEqual(expect.arrayContaining(['any-customer', 'contact']));
        const contact = minimalAgreement().replace('name "Klant B.V."', `name "Klant B.V." contact ${CURSOR}`);
        expect((await completeAt(contact)).map(i => i.label)).toEqual(expect.arrayContaining(['privacy', 'security']));
    });
});

describe('the document and its parties: hover', () => {
    test('`status`, `revised`, `any-customer`: the Dutch and English term with the article', async () => {
        const text = minimalAgreement('status concept\n    revised unfilled').replace('name "Klant B.V."', 'any-customer "de klant"');
        expect(await hoverAt(text, 'status concept')).toContain('**status van het document** — *status of the document* · Art. 28(3), 28(9) AVG');
        expect(await hoverAt(text, 'revised unfilled')).toContain('*date of this version (last updated)* · Art. 28(9) AVG');
        expect(await hoverAt(text, 'unfilled')).toContain('**niet ingevuld**');
        expect(await hoverAt(text, 'any-customer')).toContain('*any customer entering into the terms* · Art. 28(3), 28(9) AVG');
    });
});

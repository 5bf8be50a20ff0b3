import { describe, expect, test } from 'vitest';
import type { CompletionItem } from 'vscode-languageserver';
import { applyEdits, check, minimalAgreement, services } from '../helpers.js';

// A sub-processor's seat, places of processing (countries, EEA, EU, unknown), several
// mechanisms and contract status in the editor: completion and formatting (hover: hover.test.ts).

const CURSOR = '<|>';

async function completeAt(textWithCursor: string): Promise<CompletionItem[]> {
    const offset = textWithCursor.indexOf(CURSOR);
    const result = await check(textWithCursor.replace(CURSOR, ''));
    const position = result.document.textDocument.positionAt(offset);
    const list = await services.lsp.CompletionProvider!.getCompletion(result.document, { textDocument: { uri: result.document.uri.toString() }, position });
    return list?.items ?? [];
}

const SUB = 'subprocessor Mail { name "Mail Inc." service "E-mail" seat US location EU, US transfer dpf certified transfer scc module 3 contract signed }';

describe('sub-processor places: completion', () => {
    test('after `location ` in a sub-processor: the regions, `unknown` and the country codes', async () => {
        const items = await completeAt(minimalAgreement(`subprocessor Mail { name "Mail Inc." location ${CURSOR} }`));
        const labels = items.map(i => i.label);
        expect(labels).toEqual(expect.arrayContaining(['EEA', 'EU', 'unknown', 'DE', 'US']));
        expect(items.find(i => i.label === 'unknown')?.detail).toBe('onbekend (nog vast te stellen) · Art. 28(3)(d), 44 AVG');
    });

    test('inside a sub-processor: `seat`, `location`, `contract` and, after `contract`, its two values', async () => {
        const keywords = (await completeAt(minimalAgreement(`subprocessor Mail { name "Mail Inc." ${CURSOR} }`))).map(i => i.label);
        expect(keywords).toEqual(expect.arrayContaining(['seat', 'location', 'contract', 'transfer']));
        const values = (await completeAt(minimalAgreement(`subprocessor Mail { name "Mail Inc." contract ${CURSOR} }`))).map(i => i.label);
        expect(values).toEqual(expect.arrayContaining(['signed', 'pending']));
    });
});

describe('sub-processor places: formatting', () => {
    test('each property on its own line, every transfer indented', async () => {
        const text = minimalAgreement(SUB);
        const { document } = await check(text);
        const edits = await services.lsp.Formatter!.formatDocument(document, { textDocument: { uri: document.uri.toString() }, options: { tabSize: 4, insertSpaces: true } });
        const formatted = applyEdits(text, edits);
        expect(formatted).toContain([
            '    subprocessor Mail {',
            '        name "Mail Inc."',
            '        service "E-mail"',
            '        seat US',
            '        location EU, US',
            '        transfer dpf certified',
            '        transfer scc module 3',
            '        contract signed',
            '    }'
        ].join('\n'));
    });
});

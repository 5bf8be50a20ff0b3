/**
 * The editor features through Langium's own test helpers (langium/test), on the minimal
 * agreement with markers: <|> marks the cursor, <|…|> a range.
 */
import { expectCompletion, expectFindReferences, expectFormatting, expectGoToDefinition, expectHover, expectSymbols } from 'langium/test';
import { describe, expect, test } from 'vitest';
import { minimalAgreement, services } from '../helpers.js';

describe('editor features via langium/test', () => {
    test('completion offers the data categories after `data `', async () => {
        await expectCompletion(services)({
            text: minimalAgreement('data Salary "Salarisgegevens"', 'retention 1 month\n        data <|>'),
            index: 0,
            assert: completions => expect(completions.items.map(i => i.label)).toEqual(expect.arrayContaining(['Contact', 'Salary']))
        });
    });

    test('hover on a keyword names the term and the article', async () => {
        await expectHover(services)({
            text: minimalAgreement('', 'ret<|>ention 1 month'),
            index: 0,
            hover: /bewaartermijn.*retention period.*Art\. 5\(1\)\(e\) AVG/
        });
    });

    test('go to definition from a reference to its declaration', async () => {
        await expectGoToDefinition(services)({
            text: minimalAgreement('', 'retention 1 month').replace('data Contact "', 'data <|Contact|> "').replace('        data Contact\n', '        data Con<|>tact\n'),
            index: 0,
            rangeIndex: 0
        });
    });

    test('find references, declaration included', async () => {
        await expectFindReferences(services)({
            text: minimalAgreement('', 'retention 1 month').replace('data Contact "', 'data <|<|>Contact|> "').replace('        data Contact\n', '        data <|Contact|>\n'),
            includeDeclaration: true
        });
    });

    test('formatting gives the canonical layout', async () => {
        await expectFormatting(services)({
            before: 'agreement A{ controller   C{name "C"  kvk "12345678"}\n\n\n  data D  "Gegevens" health}',
            after: 'agreement A {\n    controller C {\n        name "C"\n        kvk "12345678"\n    }\n\n    data D "Gegevens" health\n}\n'
        });
    });

    test('document symbols: the agreement with its declarations', async () => {
        await expectSymbols(services)({
            text: minimalAgreement(),
            assert: symbols => {
                expect(symbols.map(s => s.name)).toEqual(['Minimal']);
                expect(symbols[0]!.children!.map(c => c.name)).toEqual(expect.arrayContaining(['Klant', 'Leverancier', 'Hosting', 'Encryption']));
            }
        });
    });
});

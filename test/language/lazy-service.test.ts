import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { AstUtils, createLangiumParser, eagerLoad, EmptyFileSystem, LangiumParser, type AstNode } from 'langium';
import { describe, expect, test } from 'vitest';
import { createDpaServices, makeParsers } from '../../packages/language/src/dpa-module.js';
import { isMade } from '../../packages/language/src/lazy-service.js';
import { ROOT } from '../helpers.js';

const EXAMPLES = join(ROOT, 'examples');
const examples = readdirSync(EXAMPLES).filter(file => file.endsWith('.dpa')).map(file => readFileSync(join(EXAMPLES, file), 'utf8'));

describe('the lexer and the parsers are made on first use (lazy-service.ts)', () => {
    test('loading every service (as the server does on initialize) does not make them; a parse does', () => {
        const { shared, Dpa } = createDpaServices(EmptyFileSystem);
        eagerLoad(shared);
        eagerLoad(Dpa);
        const { Lexer, LangiumParser: parser, CompletionParser } = Dpa.parser;
        expect([isMade(Lexer), isMade(parser), isMade(CompletionParser)]).toEqual([false, false, false]);
        expect(parser).toBeInstanceOf(LangiumParser);
        expect(isMade(parser)).toBe(false);
        parser.parse(examples[0]!);
        expect([isMade(Lexer), isMade(parser), isMade(CompletionParser)]).toEqual([true, true, false]);
        makeParsers(Dpa, 'completion');
        expect(isMade(CompletionParser)).toBe(true);
    });

    test('makeParsers makes the lexer and the document parser', () => {
        const { Dpa } = createDpaServices(EmptyFileSystem);
        makeParsers(Dpa, 'document');
        expect([isMade(Dpa.parser.Lexer), isMade(Dpa.parser.LangiumParser), isMade(Dpa.parser.CompletionParser)]).toEqual([true, true, false]);
    });

    test('the lazy parser reads every example as a parser made at once does', () => {
        const { Dpa } = createDpaServices(EmptyFileSystem);
        const direct = createLangiumParser(Dpa);
        // Every node, its type and its span in the text.
        const json = (root: AstNode) => AstUtils.streamAst(root).map(node => `${node.$type}@${node.$cstNode?.offset}-${node.$cstNode?.end}`).join(' ');
        for (const text of [...examples, 'agreement Broken { parties {', '']) {
            const lazy = Dpa.parser.LangiumParser.parse(text);
            const eager = direct.parse(text);
            expect(json(lazy.value)).toBe(json(eager.value));
            expect(lazy.lexerErrors).toEqual(eager.lexerErrors);
            expect(lazy.parserErrors.map(e => e.message)).toEqual(eager.parserErrors.map(e => e.message));
        }
    });
});

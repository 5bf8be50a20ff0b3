import { describe, expect, it } from 'vitest';
import * as ast from '../../packages/language/src/generated/ast.js';
import { sentences } from '../../packages/language/src/index.js';
import { importAgreement, type Placement } from '../../packages/importer/src/index.js';
import { blockText } from '../../packages/importer/src/recognise/sections.js';
import { check, services } from '../helpers.js';
import { corpus, readCorpusFile } from './corpus.js';

// The recogniser on every agreement we have (the two seeds, the eight real agreements): the output
// parses, validates to the end and is the same each time; and nothing of the source is lost.

/** Text as compared: .dpa string escapes undone, white space collapsed. */
function normalise(text: string): string {
    return text.replace(/\\(["\\])/gu, '$1').replace(/\s+/gu, ' ').trim();
}

/** Whether the model has the element a piece of the source went into. */
function hasElement(agreement: ast.Agreement, element: string): boolean {
    return element.split(',').every(part => {
        const [kind, detail] = part.split(':');
        switch (kind) {
            case 'title': return agreement.title !== undefined;
            case 'metadata': return agreement.version !== undefined || agreement.revised !== undefined || agreement.effective !== undefined;
            case 'party': return agreement.parties.some(p => p.role === detail);
            case 'law': return agreement.law !== undefined;
            case 'court': return agreement.court !== undefined;
            case 'data': return agreement.dataCategories.length > 0;
            case 'subjects': return agreement.subjectCategories.length > 0;
            case 'measures': return agreement.measures.length > 0;
            case 'subprocessors': return agreement.subprocessors.length > 0;
            case 'processings': return agreement.processings.length > 0;
            case 'purposes': return agreement.processings.some(p => p.purposes.length > 0);
            case 'operations': return agreement.processings.some(p => p.operations.length > 0);
            case 'clause': return agreement.clauses.some(c => !ast.isCustomClause(c) && c.$cstNode?.text.split(/\s/u)[0] === detail);
            default: return false;
        }
    });
}

describe.each(corpus())('$name', entry => {
    const reading = readCorpusFile(entry.path);

    it('imports into a .dpa agreement that parses, validates to the end, and is the same each time', async () => {
        const source = await reading;
        const { text } = importAgreement(source, { services });
        expect(importAgreement(source, { services }).text).toBe(text);
        const result = await check(text);
        expect(result.document.parseResult.lexerErrors).toEqual([]);
        expect(result.document.parseResult.parserErrors).toEqual([]);
        expect(result.agreement).toBeDefined();
        expect(result.diagnostics.filter(d => d.code === 'validation-failed' || d.code === 'validation-skipped')).toEqual([]);
        expect(result.fullyChecked).toBe(true);
    });

    it('loses nothing: every sentence of the source is in the output, as a model element or as prose', async () => {
        const source = await reading;
        const { text, facts } = importAgreement(source, { services });
        const agreement = (await check(text)).agreement!;
        const output = normalise(text);
        const customClauses = new Map(agreement.clauses.filter(ast.isCustomClause).map(c => [c.name, normalise([c.title, ...c.paragraphs].join(' '))]));
        const byBlock = new Map<number, Placement[]>();
        for (const placement of facts.placements) byBlock.set(placement.block, [...(byBlock.get(placement.block) ?? []), placement]);
        const lost: string[] = [];
        source.blocks.forEach((block, index) => {
            const placements = byBlock.get(index) ?? [];
            if (placements.length === 0) lost.push(`line ${block.at.line}: no placement: ${blockText(block)}`);
            for (const placement of placements) {
                const piece = normalise(placement.text);
                const destination = placement.destination;
                if (destination.kind === 'prose' && !(customClauses.get(destination.clause) ?? '').includes(normalise(piece).replace(/^.*?(?=\S)/u, ''))) {
                    // A heading is a clause's title without its number.
                    if (block.kind !== 'heading') lost.push(`line ${block.at.line}: not in clause ${destination.clause}: ${piece}`);
                }
                if (destination.kind === 'model' && !hasElement(agreement, destination.element)) lost.push(`line ${block.at.line}: no ${destination.element} in the model: ${piece}`);
            }
            // Whatever the placements say, each sentence of the block is in the output's text.
            for (const sentence of sentences(blockText(block)).all()) {
                const piece = normalise(sentence.text);
                if (piece !== '' && !output.includes(piece)) lost.push(`line ${block.at.line}: sentence not in the output: ${piece}`);
            }
        });
        expect(lost).toEqual([]);
    });
});

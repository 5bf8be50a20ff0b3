import type { Block } from './ir.js';
import { normalizeSpace } from './format.js';

/**
 * Turns the output of a clause template into blocks: paragraphs are separated by blank lines;
 * a paragraph whose every line starts with "- " is a list. Paragraphs get the numbers
 * `<article>.1`, `<article>.2`, … when `article` is given.
 */
export function textToBlocks(text: string, article?: number, source?: { line: number }): Block[] {
    const blocks: Block[] = [];
    let counter = 0;
    for (const chunk of text.split(/\n\s*\n/)) {
        const lines = chunk.split('\n').map(line => line.trim()).filter(line => line.length > 0);
        if (lines.length === 0) continue;
        if (lines.every(line => line.startsWith('- '))) {
            blocks.push({ kind: 'list', items: lines.map(line => normalizeSpace(line.slice(2))), ...(source ? { source } : {}) });
            continue;
        }
        counter++;
        blocks.push({
            kind: 'paragraph',
            text: tidy(lines.join(' ')),
            ...(article !== undefined ? { number: `${article}.${counter}` } : {}),
            ...(source ? { source } : {})
        });
    }
    return blocks;
}

/** Collapses whitespace and removes spaces that template line breaks leave before punctuation. */
export function tidy(text: string): string {
    return normalizeSpace(text).replace(/ +([,.;:)])/g, '$1').replace(/\( +/g, '(');
}

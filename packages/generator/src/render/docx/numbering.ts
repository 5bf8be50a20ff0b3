/**
 * Numbering: the sub-clause numbers of the IR ("3.1", "3.2"; "1.", "2.") become Word numbering.
 * Each run of consecutive numbers with the same prefix gets a list whose level text is the
 * prefix ("3.%1") and whose start is the first number, so Word shows exactly the IR's numbers,
 * and renumbers when a user inserts a clause. Numbers of another shape stay literal text.
 */
import type { Block, ParagraphBlock } from '../../ir.js';
import { CLAUSE_INDENT, type NumberingConfig } from './styles.js';

export interface NumberingPlan {
    readonly configs: NumberingConfig[];
    /** The list of each numbered paragraph block that Word numbers. */
    readonly references: Map<ParagraphBlock, string>;
}

const CLAUSE_NUMBER = /^((?:\d+\.)*)(\d+)(\.?)$/;

export function planNumbering(blocks: readonly Block[]): NumberingPlan {
    const configs: NumberingPlan['configs'] = [];
    const references = new Map<ParagraphBlock, string>();
    let previous: { key: string; n: number; reference: string } | undefined;
    for (const block of blocks) {
        if (block.kind === 'heading' || block.kind === 'title') previous = undefined;
        if (block.kind !== 'paragraph' || !block.number) continue;
        const match = CLAUSE_NUMBER.exec(block.number);
        if (!match) continue;
        const [, prefix = '', digits = '', suffix = ''] = match;
        const key = `${prefix}%1${suffix}`;
        const n = Number(digits);
        if (previous?.key !== key || previous.n + 1 !== n) {
            const reference = `dpa-clause-${configs.length + 1}`;
            configs.push({
                reference,
                levels: [{
                    level: 0,
                    format: 'decimal',
                    text: key,
                    start: n,
                    alignment: 'left',
                    suffix: 'tab',
                    style: {
                        paragraph: { indent: { left: CLAUSE_INDENT, hanging: CLAUSE_INDENT } },
                        run: { bold: true }
                    }
                }]
            });
            previous = { key, n, reference };
        } else {
            previous = { ...previous, n };
        }
        references.set(block, previous.reference);
    }
    return { configs, references };
}

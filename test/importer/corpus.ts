import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readPlainText } from '../../packages/importer/src/read/plain.js';
import type { SourceDocument } from '../../packages/importer/src/source.js';
import { ROOT } from '../helpers.js';

// The agreements the importer is measured on: the two seeds and the eight real agreements, each
// with the hand-made model that encodes it (examples/).

export const SHARED = join(ROOT, '..', 'shared');

export interface CorpusEntry {
    readonly name: string;
    readonly path: string;
    /** The hand-made model of the same agreement. */
    readonly model: string;
}

const SEEDS: Readonly<Record<string, string>> = {
    '000_a49db38634cf882b.txt': 'icteam-imaging-people.dpa',
    '004_9de5ec82a91de9d7.txt': 'itzz-template.dpa'
};

export function corpus(): CorpusEntry[] {
    const seeds = Object.entries(SEEDS).map(([file, model]) => ({ name: model.replace(/\.dpa$/u, ''), path: join(SHARED, 'seeds', file), model: join(ROOT, 'examples', model) }));
    const realDir = join(SHARED, 'real-agreements');
    const real = readdirSync(realDir).filter(f => f.endsWith('.txt')).sort().map(file => {
        const name = file.replace(/-\d{4}-.*$/u, '');
        return { name, path: join(realDir, file), model: join(ROOT, 'examples', 'real', `${name}.dpa`) };
    });
    return [...seeds, ...real];
}

/**
 * A corpus file as a source document. The real agreements start with a header block describing
 * where they come from (SOURCE, DATE, NOTES …), closed by a line of "="; it is not part of the
 * agreement and is left out (as blank lines, so that line numbers stay those of the file).
 */
export function readCorpusFile(path: string): SourceDocument {
    const text = readFileSync(path, 'utf8');
    const lines = text.split('\n');
    const rule = lines.findIndex(line => /^={20,}\s*$/u.test(line));
    const body = rule >= 0 && rule < 30 ? [...lines.slice(0, rule + 1).map(() => ''), ...lines.slice(rule + 1)].join('\n') : text;
    return readPlainText(body, path.replace(/^.*\//u, ''));
}

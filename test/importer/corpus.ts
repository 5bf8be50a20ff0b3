import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readSource } from '../../packages/importer/src/read/index.js';
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

/** A corpus file as a source document, read as `dpa import` reads it (the header block that says where it comes from goes to `meta`). */
export function readCorpusFile(path: string): Promise<SourceDocument> {
    return readSource(path, new Uint8Array(readFileSync(path)));
}

import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { escapeRegExp, writeFiles } from './helpers.js';

/**
 * Template folders that once took the process down (out of memory, stack overflow, minutes of
 * CPU), each with the message it must now give: a TemplateError naming the file (and line where
 * there is one). `at: 'load'` fails when the folder is loaded, `at: 'render'` when the agreement is
 * rendered. Shared by the generator, CLI and server tests.
 */
export interface HostileFolder {
    readonly name: string;
    /** The folder (or file) to pass as the template folder, for Dutch agreements. */
    readonly dir: string;
    readonly at: 'load' | 'render';
    /** The whole message, or its start (file and line) and a distinctive part. */
    readonly message: RegExp;
}

/** `{{#if clause.deadline}}` nested `depth` deep, one per line. */
function nestedBlocks(depth: number): string {
    return `${'{{#if clause.deadline}}\n'.repeat(depth)}x\n${'{{/if}}\n'.repeat(depth)}`;
}

export function hostileFolders(): HostileFolder[] {
    const base = mkdtempSync(join(tmpdir(), 'dpa-hostile-'));
    const folder = (name: string, files: Readonly<Record<string, string>>) => writeFiles(join(base, name), files);
    const at = (dir: string, path: string, line?: number) => escapeRegExp(`${join(dir, ...path.split('/'))}${line !== undefined ? `:${line}` : ''}: `);
    const shapes: HostileFolder[] = [];
    const add = (name: string, dir: string, when: 'load' | 'render', message: string) => shapes.push({ name, dir, at: when, message: new RegExp(`^${message}`) });

    const self = folder('self', { 'partials/loop.hbs': 'x{{> loop}}', 'articles/breach.hbs': 'De Verwerker meldt.\n\n{{> loop}}\n' });
    add('a partial that includes itself', self, 'load', `${at(self, 'partials/loop.hbs', 1)}partial 'loop' includes itself: loop → loop$`);

    const mutual = folder('mutual', { 'partials/a.hbs': 'a\n{{> b}}', 'partials/b.hbs': '{{> c}}', 'partials/c.hbs': '{{#if x}}{{> a}}{{/if}}', 'articles/breach.hbs': '{{> a}}' });
    add('partials that include each other', mutual, 'load', `${at(mutual, 'partials/a.hbs', 2)}partials include each other: a → b → c → a$`);

    const inline = folder('inline', { 'articles/breach.hbs': 'Tekst.\n{{#*inline "r"}}\n{{> r}}{{/inline}}{{> r}}\n' });
    add('an inline partial that includes itself', inline, 'load', `${at(inline, 'articles/breach.hbs', 3)}partial 'r' includes itself: r → r$`);

    // p0 includes p1 twice, p1 includes p2 twice, …: 2^30 copies of p30.
    const fanFiles: Record<string, string> = { 'partials/p30.hbs': 'tien tekens', 'articles/breach.hbs': 'De Verwerker meldt.\n\n{{> p0}}\n' };
    for (let i = 0; i < 30; i++) fanFiles[`partials/p${i}.hbs`] = `{{> p${i + 1}}} {{> p${i + 1}}}`;
    const fan = folder('fan', fanFiles);
    add('partials that double their text 30 times', fan, 'render', `${escapeRegExp(join(fan, 'partials'))}/p\\d+\\.hbs: produces more than 10,000,000 characters of text`);

    // Loops over the root's keys, 8 deep, producing nothing: 20^8 steps.
    const loops = folder('loops', { 'recitals.hbs': `${'{{#each @root}}'.repeat(8)}${'{{/each}}'.repeat(8)}Overwegingen.\n` });
    add('loops nested in loops that produce no text', loops, 'render', `${at(loops, 'recitals.hbs')}renders more than 1,000,000 blocks, partials and helper calls`);

    // Ten partials, each 30 blocks deep and including the next inside: 300 levels at run time.
    const chainFiles: Record<string, string> = { 'partials/q10.hbs': 'x', 'articles/breach.hbs': '{{> q0}}' };
    for (let i = 0; i < 10; i++) chainFiles[`partials/q${i}.hbs`] = `${'{{#with this}}'.repeat(30)}{{> q${i + 1}}}${'{{/with}}'.repeat(30)}`;
    const chain = folder('chain', chainFiles);
    add('partials nested in blocks 300 levels deep', chain, 'render', `${escapeRegExp(join(chain, 'partials'))}/q\\d\\.hbs: partials and blocks are nested more than 200 deep when rendered`);

    const deep = folder('deep-20000', { 'articles/breach.hbs': nestedBlocks(20_000) });
    add('20,000 nested blocks', deep, 'load', `${at(deep, 'articles/breach.hbs', 101)}blocks are nested more than 100 deep$`);
    const deep1000 = folder('deep-1000', { 'partials/deep.hbs': nestedBlocks(1000), 'articles/breach.hbs': '{{> deep}}' });
    add('1,000 nested blocks in a partial', deep1000, 'load', `${at(deep1000, 'partials/deep.hbs', 101)}blocks are nested more than 100 deep$`);
    const subexpressions = folder('subexpressions', { 'articles/breach.hbs': `{{join ${'(join '.repeat(150)}clause${')'.repeat(150)}}}` });
    add('150 nested sub-expressions', subexpressions, 'load', `${at(subexpressions, 'articles/breach.hbs', 1)}blocks are nested more than 100 deep \\(blocks and sub-expressions\\)$`);

    const huge = folder('huge', { 'articles/breach.hbs': `${'De Verwerker meldt elke inbreuk. '.repeat(64 * 1024)}\n` });
    add('a 2.1 MiB template', huge, 'load', `${at(huge, 'articles/breach.hbs')}the file is larger than 1 MiB \\(2\\.1 MiB\\)$`);

    const notJson = folder('not-json', { 'terms.json': '{\n  "headings": {\n    "article": "Clausule {n}",\n  }\n}\n' });
    add('a terms.json that is not JSON', notJson, 'load', `${at(notJson, 'terms.json', 4)}invalid JSON`);
    const hugeTerms = folder('huge-terms', { 'terms.json': `{ "$comment": "${'x'.repeat(300 * 1024)}" }` });
    add('a 300 KiB terms.json', hugeTerms, 'load', `${at(hugeTerms, 'terms.json')}the file is larger than 256 KiB`);

    const file = join(writeFiles(join(base, 'a-file'), { 'folder.txt': 'not a folder' }), 'folder.txt');
    add('a template folder that is a file', file, 'load', `${escapeRegExp(file)}: is a file, not a template folder$`);

    const loop = folder('symlink-loop', { 'articles/breach.hbs': 'De Verwerker meldt.\n' });
    symlinkSync(loop, join(loop, 'articles', 'again'));
    add('a symbolic link loop', loop, 'load', `${at(loop, 'articles/again')}a symbolic link loop: this folder is ${escapeRegExp(loop)} again$`);

    if (process.platform !== 'win32') {
        const fifo = folder('fifo', { 'law.hbs': 'Nederlands recht.\n' });
        mkdirSync(join(fifo, 'articles'));
        execFileSync('mkfifo', [join(fifo, 'articles', 'breach.hbs')]);
        add('a named pipe as a template (reading it would block)', fifo, 'load', `${at(fifo, 'articles/breach.hbs')}is not a regular file$`);
    }
    return shapes;
}

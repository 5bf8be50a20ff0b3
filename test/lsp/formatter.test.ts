import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import type { Range } from 'vscode-languageserver-types';
import { describe, expect, test } from 'vitest';
import { applyEdits, check, exampleFiles, minimalAgreement, services } from '../helpers.js';

const options = { tabSize: 4, insertSpaces: true };

/** The text formatted by the language server's formatter (a range of it, when given). */
async function format(text: string, range?: Range): Promise<string> {
    const { document } = await check(text);
    const textDocument = { uri: document.uri.toString() };
    const formatter = services.lsp.Formatter!;
    const edits = await (range ? formatter.formatDocumentRange(document, { textDocument, options, range }) : formatter.formatDocument(document, { textDocument, options }));
    return applyEdits(text, edits);
}

/** The tokens of a text, comments included; whitespace inside block comments collapsed. */
function tokens(text: string): string[] {
    const { tokens: code, hidden, errors } = services.parser.Lexer.tokenize(text);
    expect(errors).toEqual([]);
    return [...code, ...hidden].sort((a, b) => a.startOffset - b.startOffset).map(t => t.image.startsWith('/*') ? t.image.replace(/\s+/g, ' ') : t.image);
}

function comments(text: string): string[] {
    return services.parser.Lexer.tokenize(text).hidden.map(t => t.image.replace(/\s+/g, ' '));
}

/** A small deterministic pseudo-random sequence (so that a failure can be reproduced). */
function random(seed: number): () => number {
    return () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
}

describe('formatter: the examples', () => {
    for (const file of exampleFiles()) {
        test(basename(file), async () => {
            const text = readFileSync(file, 'utf8');
            const once = await format(text);
            expect(await format(once), 'idempotent').toBe(once);
            const { document } = await check(once);
            expect(document.parseResult.lexerErrors).toEqual([]);
            expect(document.parseResult.parserErrors).toEqual([]);
            expect(tokens(once), 'same tokens, comments included').toEqual(tokens(text));
            expect(comments(text).length).toBeGreaterThan(0);
            for (const comment of comments(text)) expect(comments(once)).toContain(comment);
        });

        test(`${basename(file)}: scrambled whitespace formats back to the same text`, async () => {
            const text = readFileSync(file, 'utf8');
            const expected = await format(text);
            // Rewrite each gap between code tokens (not around comments: their line placement
            // is the user's) with other whitespace that keeps "blank line or not".
            const next = random(basename(file).length);
            const { tokens: code, hidden } = services.parser.Lexer.tokenize(text);
            const all = [...code, ...hidden].sort((a, b) => a.startOffset - b.startOffset);
            // Lines whose trailing comment is aligned by hand keep their columns, so keep them.
            const aligned = new Set(hidden.filter(c => /\S[ \t]{2,}$/.test(text.slice(0, c.startOffset).split('\n').pop()!)).map(c => c.startLine));
            let scrambled = text.slice(0, all[0]!.startOffset);
            all.forEach((token, i) => {
                const following = all[i + 1];
                scrambled += token.image;
                const gap = text.slice(token.endOffset! + 1, following?.startOffset ?? text.length);
                if (!following || hidden.includes(token) || hidden.includes(following) || aligned.has(following.startLine) || aligned.has(token.startLine)) {
                    scrambled += gap;
                } else if (/\n[ \t]*\n/.test(gap)) {
                    scrambled += ['\n\n', '\n \n\n\t', '\n\n\n\n        '][Math.floor(next() * 3)];
                } else {
                    scrambled += [' ', '   ', '\t', '\n', '\n  ', '\n\t\t\t'][Math.floor(next() * 6)];
                }
            });
            expect(scrambled).not.toBe(text);
            expect(tokens(scrambled)).toEqual(tokens(text));
            expect(await format(scrambled)).toBe(expected);
        });
    }
});

describe('formatter: the canonical layout', () => {
    test('a messy agreement', async () => {
        const messy = [
            'agreement   Messy{title "T"   version "1.0" law NL controller   Klant{ name "Klant B.V."    kvk "12345678" }',
            '',
            '',
            '',
            'processor Lev {name "Lev B.V."',
            'address "Damrak 2" postcode "1012 LG" city "Amsterdam"}',
            '        data Contact   "Contactgegevens"  data Health "Gezondheid" health basis "art. 30 UAVG"',
            '  subject Staff "Medewerkers" staff Support "Supportdesk"',
            '\tmeasure Enc technical encryption "AES" standard ISO27001 ,NEN7510',
            'processing Hosting "Hosting" { purpose "Hosting" data Contact ,Health subjects Staff staff Support :"beheer","support" location NL , US transfer dpf certified measures Enc retention agreement + 30 days }',
            '        instructions   breach notification within 24 hours',
            'clause Extra "Extra" covers audit,security {',
            '',
            ' text "Eerste."   text "Tweede."',
            '',
            '',
            '}',
            '    subprocessor Cloud{name "Cloud Inc." country US transfer scc module 2}}',
            '',
            ''
        ].join('\n');
        const expected = `agreement Messy {
    title "T"
    version "1.0"
    law NL
    controller Klant {
        name "Klant B.V."
        kvk "12345678"
    }

    processor Lev {
        name "Lev B.V."
        address "Damrak 2" postcode "1012 LG" city "Amsterdam"
    }
    data Contact "Contactgegevens"
    data Health "Gezondheid" health basis "art. 30 UAVG"
    subject Staff "Medewerkers"
    staff Support "Supportdesk"
    measure Enc technical encryption "AES" standard ISO27001, NEN7510
    processing Hosting "Hosting" {
        purpose "Hosting"
        data Contact, Health
        subjects Staff
        staff Support: "beheer", "support"
        location NL, US transfer dpf certified
        measures Enc
        retention agreement + 30 days
    }
    instructions
    breach notification within 24 hours
    clause Extra "Extra" covers audit, security {
        text "Eerste."
        text "Tweede."
    }
    subprocessor Cloud {
        name "Cloud Inc."
        country US
        transfer scc module 2
    }
}
`;
        const formatted = await format(messy);
        expect(formatted).toBe(expected);
        expect(await format(formatted)).toBe(expected);
        expect(tokens(formatted)).toEqual(tokens(messy));
    });

    test('`retention transient`: one space after the keyword, its own line', async () => {
        const formatted = await format(minimalAgreement('', 'retention     transient'));
        expect(formatted).toContain('\n        retention transient\n');
    });

    test('`retention of …`: each storage layer and data category on its own line', async () => {
        const formatted = await format(minimalAgreement('', 'retention 1 month retention   of backups "Plesk"  6 months unpurgeable retention of Contact after-use'));
        expect(formatted).toContain('\n        retention 1 month\n        retention of backups "Plesk" 6 months unpurgeable\n        retention of Contact after-use\n');
    });

    test('`excludes special, bsn`: one space after the keyword and after each comma, its own line', async () => {
        const formatted = await format(minimalAgreement('excludes   special ,bsn'));
        expect(formatted).toContain('\n    excludes special, bsn\n');
    });

    test('breach and request parameters: one space between tokens, after each comma, on the clause\'s line', async () => {
        const text = minimalAgreement()
            .replace('breach notification within 24 hours', 'breach   notification within 48 hours   target from discovery contents nature ,subjects,records secrecy')
            .replace('data-subject-requests forward within 5 days', 'data-subject-requests forward directly   rights access ,erasure costs controller-caused');
        const formatted = await format(text);
        expect(formatted).toContain('\n    breach notification within 48 hours target from discovery contents nature, subjects, records secrecy\n');
        expect(formatted).toContain('\n    data-subject-requests forward directly rights access, erasure costs controller-caused\n');
    });

    test('the document\'s dates, status, definitions and place of signing: each on its own line', async () => {
        const formatted = await format(minimalAgreement('revised   2026-01 status concept   "to be checked" definitions "Algemene Voorwaarden" signed   at "Utrecht" effective on   signature'));
        for (const line of ['revised 2026-01', 'status concept "to be checked"', 'definitions "Algemene Voorwaarden"', 'signed at "Utrecht"', 'effective on signature']) {
            expect(formatted).toContain(`\n    ${line}\n`);
        }
    });

    test('`any-customer` and contacts for a purpose: each on its own line in the party', async () => {
        const text = minimalAgreement().replace('name "Klant B.V."', 'any-customer   "the business ordering" contact   privacy "Privacy desk" email "p@example.nl" contact security "Security" name "Klant B.V."');
        const formatted = await format(text);
        for (const line of ['any-customer "the business ordering"', 'contact privacy "Privacy desk" email "p@example.nl"', 'contact security "Security"']) {
            expect(formatted).toContain(`\n        ${line}\n`);
        }
    });

    test('`survives by-nature (breach, audit)`: the list inside its parentheses; clause parameters on one line', async () => {
        const text = minimalAgreement().replace('duration main-agreement', 'duration   main-agreement while-processing survives  by-nature(  breach ,audit )')
            .replace('subprocessing specific', 'subprocessing general  notice in-advance objection allowed   then good-faith ,controller-may-terminate flow-down  equivalent');
        const formatted = await format(text);
        expect(formatted).toContain('\n    duration main-agreement while-processing survives by-nature (breach, audit)\n');
        expect(formatted).toContain('\n    subprocessing general notice in-advance objection allowed then good-faith, controller-may-terminate flow-down equivalent\n');
    });

    test('exclusions with labels and a scope, the measures policy, a recipient with its role: each on its own line', async () => {
        const formatted = await format(minimalAgreement('excludes bsn ,"IBAN"   advised measures   reviewed every 1 year no-downgrade recipient Dns{name "Dns NV" service "DNS" country BE role not-subprocessor parent US "Dns Inc." commits zero-retention ,no-training}'));
        expect(formatted).toContain('\n    excludes bsn, "IBAN" advised\n    measures reviewed every 1 year no-downgrade\n');
        expect(formatted).toContain('\n    recipient Dns {\n        name "Dns NV"\n        service "DNS"\n        country BE\n        role not-subprocessor\n        parent US "Dns Inc."\n        commits zero-retention, no-training\n    }\n');
    });

    test('comments keep their line placement', async () => {
        const text = [
            '// header',
            '',
            '',
            'template   agreement A { // after the brace',
            '',
            '// own line, badly indented',
            '      title "T" // at the end of a line',
            '    /* block */ version "1"',
            '   law NL',
            '',
            '',
            '',
            '        // after three blank lines',
            '    processing P "p" {',
            ' // before purpose',
            '  purpose "a"',
            '        operations "x", // after a comma',
            '   "y"',
            '      // last in the block',
            '    }',
            '  // before the closing brace',
            '} // end',
            '   // after the agreement'
        ].join('\n');
        expect(await format(text)).toBe(`// header

template agreement A { // after the brace
    // own line, badly indented
    title "T" // at the end of a line
    /* block */ version "1"
    law NL

    // after three blank lines
    processing P "p" {
        // before purpose
        purpose "a"
        operations "x", // after a comma
            "y"
        // last in the block
    }
    // before the closing brace
} // end
// after the agreement
`);
    });

    test('code a comment pushes onto a new line continues it, one level deeper (a `{` stays level)', async () => {
        const text = 'agreement A {\nprocessing P "t" // why\n{ data X, // first\nY }\ndata X "x" data Y "y"\n}';
        expect(await format(text)).toBe(`agreement A {
    processing P "t" // why
    {
        data X, // first
            Y
    }
    data X "x"
    data Y "y"
}
`);
    });

    test('trailing comments aligned by hand stay aligned; one set one space after the code stays there', async () => {
        const text = [
            'agreement A {',
            '  data Contact "Contact"      // rows 1-8',
            '  data Invoicing "Factuur"    // rows 1-11',
            '  data X   "x" // tight',
            '  data Credentials "Inloggegevens" credentials  // longer than the column',
            '}'
        ].join('\n');
        expect(await format(text)).toBe(`agreement A {
    data Contact "Contact"    // rows 1-8
    data Invoicing "Factuur"  // rows 1-11
    data X "x" // tight
    data Credentials "Inloggegevens" credentials // longer than the column
}
`);
    });

    test('a multi-line block comment moves with its first line', async () => {
        const text = 'agreement A {\n  /*\n   * two\n   */\n  title "T"\n}\n';
        expect(await format(text)).toBe('agreement A {\n    /*\n     * two\n     */\n    title "T"\n}\n');
    });

    test('tabs when the editor asks for them; CRLF line ends are kept', async () => {
        const { document } = await check('agreement A {\r\ntitle "T" controller C { name "C" }\r\n}');
        const edits = await services.lsp.Formatter!.formatDocument(document, { textDocument: { uri: document.uri.toString() }, options: { tabSize: 4, insertSpaces: false } });
        const formatted = applyEdits(document.textDocument.getText(), edits);
        expect(formatted).toBe('agreement A {\r\n\ttitle "T"\r\n\tcontroller C {\r\n\t\tname "C"\r\n\t}\r\n}\r\n');
    });

    test('a range: only its lines change', async () => {
        const text = 'agreement A {\ntitle   "T"\nversion   "1"\nlaw   NL\n}\n';
        const range = { start: { line: 2, character: 0 }, end: { line: 2, character: 13 } };
        expect(await format(text, range)).toBe('agreement A {\ntitle   "T"\n    version "1"\nlaw   NL\n}\n');
    });

    test('a broken document is left alone, without an error', async () => {
        for (const text of ['agreement A { title }', 'agreement A {\n    title "T"\n    data X', 'agreement A { title "unterminated }', '', '}}} {{{']) {
            await expect(format(text)).resolves.toBe(text);
            await expect(format(text, { start: { line: 0, character: 0 }, end: { line: 0, character: 5 } })).resolves.toBe(text);
        }
    });
});

describe('formatter: the English version of a custom clause', () => {
    test('`en` has one space either side, in the title and in `text en`; each `text` on its own line', async () => {
        const messy = minimalAgreement(`clause Meeting "Overleg"   en    "Consultation" {
text "Partijen overleggen elk kwartaal."   text     en   "The parties consult each quarter." }`);
        const once = await format(messy);
        expect(once).toContain('clause Meeting "Overleg" en "Consultation" {');
        expect(once).toMatch(/\n {8}text "Partijen overleggen elk kwartaal\."\n {8}text en "The parties consult each quarter\."\n/);
        expect(await format(once), 'idempotent').toBe(once);
    });
});

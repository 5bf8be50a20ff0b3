import { describe, expect, test } from 'vitest';
import type { CompletionItem } from 'vscode-languageserver';
import { check, minimalAgreement, services } from '../helpers.js';

const CURSOR = '<|>';

/** The completion items at the cursor marker in `text`. */
async function completeAt(textWithCursor: string): Promise<CompletionItem[]> {
    const offset = textWithCursor.indexOf(CURSOR);
    const text = textWithCursor.replace(CURSOR, '');
    const result = await check(text);
    const position = result.document.textDocument.positionAt(offset);
    const list = await services.lsp.CompletionProvider!.getCompletion(result.document, { textDocument: { uri: result.document.uri.toString() }, position });
    return list?.items ?? [];
}

describe('completion', () => {
    test('after `data ` in a processing activity: the declared data categories, with their labels', async () => {
        const items = await completeAt(minimalAgreement('data Health "Verzuimgegevens" health basis "art. 30 UAVG"', `retention 1 month\n        data ${CURSOR}`));
        const contact = items.find(i => i.label === 'Contact');
        expect(contact?.detail).toBe('Contactgegevens');
        expect(items.map(i => i.label)).toContain('Health');
    });

    test('after `location `: country codes with their name and transfer status', async () => {
        const items = await completeAt(minimalAgreement('', `retention 1 month\n        location NL, ${CURSOR}`));
        expect(items.find(i => i.label === 'DE')?.detail).toBe('Duitsland · EEA');
        expect(items.find(i => i.label === 'US')?.detail).toBe('Verenigde Staten · partial adequacy: confirm the scope or add a mechanism');
        expect(items.find(i => i.label === 'CW')?.detail).toBe('Curaçao · third country: mechanism needed');
        expect(items.length).toBeGreaterThan(240);
    });

    test('keywords come with their Dutch term and article; enum values are offered', async () => {
        const items = await completeAt(minimalAgreement('measure Vault technical ' + CURSOR));
        expect(items.find(i => i.label === 'encryption')?.detail).toBe('versleuteling · Art. 32(1)(a) AVG');
        expect(items.map(i => i.label)).toEqual(expect.arrayContaining(['mfa', 'secrets-vault', 'pentest']));
    });

    test('after `retention `: the kinds of term, `transient` (not stored) among them', async () => {
        const items = await completeAt(minimalAgreement('', `retention ${CURSOR}`));
        expect(items.find(i => i.label === 'transient')?.detail).toBe('niet bewaard · Art. 5(1)(e) AVG');
        expect(items.map(i => i.label)).toEqual(expect.arrayContaining(['agreement', 'until']));
    });

    test('the clauses on instructions, own purposes and the controller\'s warranties: their values, with the Dutch term and article', async () => {
        const without = await completeAt(minimalAgreement().replace(/\n {4}instructions\n/, `\n    instructions without ${CURSOR}\n`));
        expect(without.find(i => i.label === 'infringement-notice')?.detail).toBe('melding van een inbreukmakende instructie · Art. 28(3), tweede alinea, AVG');
        expect(without.map(i => i.label)).toEqual(expect.arrayContaining(['legal-requirement-notice', 'transfers']));
        const purposes = await completeAt(minimalAgreement().replace(/\n {4}instructions\n/, `\n    instructions\n    own-purposes ${CURSOR}\n`));
        expect(purposes.find(i => i.label === 'model-training')?.detail).toBe('trainen van modellen · Art. 28(10) AVG');
        expect(purposes.map(i => i.label)).toEqual(expect.arrayContaining(['none', 'statistics', 'aggregated']));
        const warranties = await completeAt(minimalAgreement().replace(/\n {4}instructions\n/, `\n    instructions\n    controller-warranties ${CURSOR}\n`));
        expect(warranties.map(i => i.label)).toEqual(expect.arrayContaining(['lawfulness', 'indemnity', 'indemnity-regulators']));
        const exceptions = await completeAt(minimalAgreement().replace(/\n {4}confidentiality[^\n]*\n/, `\n    confidentiality except ${CURSOR}\n`));
        expect(exceptions.map(i => i.label)).toEqual(expect.arrayContaining(['consent', 'legal-duty', 'necessary', 'legitimate-reason']));
    });

    test('after `excludes `: `special`, `criminal`, `bsn` and the Art. 9 categories', async () => {
        const items = await completeAt(minimalAgreement(`excludes ${CURSOR}`));
        expect(items.find(i => i.label === 'special')?.detail).toBe('bijzondere categorieën van persoonsgegevens · Art. 9(1) AVG');
        expect(items.map(i => i.label)).toEqual(expect.arrayContaining(['criminal', 'bsn', 'religious']));
    });

    test('snippets for a whole processing activity and the standard clauses with defaults', async () => {
        const items = await completeAt(minimalAgreement(CURSOR));
        const snippet = items.find(i => i.label === 'processing … { … }');
        expect(snippet?.insertTextFormat).toBe(2);
        expect(snippet?.textEdit?.newText).toContain('retention ${9:agreement + 30 days}');
        expect(items.map(i => i.label)).toEqual(expect.arrayContaining(['breach notification within 24 hours', 'controller … { … }']));
    });

    test('a snippet for a recipient that is not a sub-processor, with its roles to choose', async () => {
        const items = await completeAt(minimalAgreement(CURSOR));
        const snippet = items.find(i => i.label === 'recipient … { … }');
        expect(snippet?.textEdit?.newText).toContain('role ${5|joint-controller,controller,not-subprocessor|}');
    });
});

describe('the document and its parties: completion', () => {
    test('in the agreement: `revised`, `status`, `definitions`, `signed`; after `status` its three values', async () => {
        const labels = (await completeAt(minimalAgreement(CURSOR))).map(i => i.label);
        expect(labels).toEqual(expect.arrayContaining(['revised', 'status', 'definitions', 'signed']));
        const statuses = (await completeAt(minimalAgreement(`status ${CURSOR}`))).map(i => i.label);
        expect(statuses).toEqual(expect.arrayContaining(['draft', 'concept', 'final']));
    });

    test('after `revised`: `unfilled` and `on-view`; after `effective on`: `signature` and `acceptance`', async () => {
        const revised = (await completeAt(minimalAgreement(`revised ${CURSOR}`))).map(i => i.label);
        expect(revised).toEqual(expect.arrayContaining(['unfilled', 'on-view']));
        const text = minimalAgreement().replace('effective 2025-01-06', `effective on ${CURSOR}`);
        expect((await completeAt(text)).map(i => i.label)).toEqual(expect.arrayContaining(['signature', 'acceptance']));
    });

    test('in a party: `any-customer`; after `contact`: `privacy` and `security`', async () => {
        const text = minimalAgreement().replace('name "Klant B.V."', `name "Klant B.V." ${CURSOR}`);
        expect((await completeAt(text)).map(i => i.label)).toEqual(expect.arrayContaining(['any-customer', 'contact']));
        const contact = minimalAgreement().replace('name "Klant B.V."', `name "Klant B.V." contact ${CURSOR}`);
        expect((await completeAt(contact)).map(i => i.label)).toEqual(expect.arrayContaining(['privacy', 'security']));
    });
});

describe('completion of cross-references', () => {
    test('inside `{{ref ` in a text: the clauses by name or keyword, the fixed articles and the annexes', async () => {
        const text = minimalAgreement().replace('    precedence dpa\n', `    precedence dpa\n    clause Extra "Extra" {\n        text "Zie {{ref au${CURSOR}"\n    }\n`);
        const labels = (await completeAt(text)).map(i => i.label);
        expect(labels).toEqual(expect.arrayContaining(['audit', 'Extra', 'definitions', 'annex-measures']));
    });
});

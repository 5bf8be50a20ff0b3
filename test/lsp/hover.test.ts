import { describe, expect, test } from 'vitest';
import { processingRowMarkdown } from '../../packages/generator/src/index.js';
import { check, minimalAgreement, services } from '../helpers.js';

/** The hover text at the first occurrence of `needle` (cursor `offset` characters into it). */
async function hoverAt(text: string, needle: string, offset = 1): Promise<string | undefined> {
    const result = await check(text);
    const index = text.indexOf(needle);
    expect(index, needle).toBeGreaterThanOrEqual(0);
    const position = result.document.textDocument.positionAt(index + offset);
    const hover = await services.lsp.HoverProvider!.getHoverContent(result.document, { textDocument: { uri: result.document.uri.toString() }, position });
    const contents = hover?.contents;
    return contents && typeof contents === 'object' && 'value' in contents ? contents.value : undefined;
}

const text = minimalAgreement('data Medical "Medische gegevens" health basis "art. 30 UAVG"\n    subprocessor Cloud { name "Cloud Inc." service "Opslag" country US transfer dpf certified }', 'retention 1 month');

describe('hover', () => {
    test('a keyword: the Dutch and English term and the article', async () => {
        expect(await hoverAt(text, 'retention 1 month')).toBe('`retention`: **bewaartermijn** — *retention period* · Art. 5(1)(e) AVG\n\nHow long the data is kept: a period, the agreement (+ a deletion period), until an event, a statutory period, or `transient` (not stored beyond the processing itself).');
        expect(await hoverAt(minimalAgreement('', 'retention transient'), 'transient')).toBe('`transient`: **niet bewaard** — *not stored* · Art. 5(1)(e) AVG\n\nThe data are kept only while the processing itself runs (e.g. a live session) and are not stored after it.');
        expect(await hoverAt(minimalAgreement('excludes special, bsn'), 'excludes')).toContain('**niet verwerkt** — *not processed* · Art. 9, 10 AVG; UAVG art. 46');
        expect(await hoverAt(text, 'breach notification')).toContain('Art. 33(2)');
        expect(await hoverAt(text, 'dpf certified')).toContain('Decision (EU) 2023/1795');
        const record = minimalAgreement().replace('    title "Verwerkersovereenkomst"', '    record-of "Verwerkersovereenkomst 2018/1"\n    title "Verwerkersovereenkomst"');
        expect(await hoverAt(record, 'record-of')).toContain('`record-of`: **vastlegging van een gesloten overeenkomst** — *record of a concluded agreement*');
    });

    test('a country: its transfer status', async () => {
        const us = await hoverAt(text, 'US transfer');
        expect(us).toContain('Verenigde Staten / United States');
        expect(us).toContain('adequacy with a limited scope');
        expect(await hoverAt(text, 'location NL', 'location '.length + 1)).toContain('EEA (EER)');
    });

    test('a reference: the declaration summarised', async () => {
        const withMedical = text.replace('        data Contact\n', '        data Contact, Medical\n');
        const hover = await hoverAt(withMedical, 'Medical\n', 0);
        expect(hover).toContain('**Medical** — data category (*soort persoonsgegevens*): Medische gegevens');
        expect(hover).toContain('special category: data concerning health (Art. 9)');
        expect(await hoverAt(text, 'Encryption, Access', 0)).toContain('kind: encryption — versleuteling · Art. 32(1)(a) AVG');
    });

    test('a processing activity: the row it produces in Bijlage 1', async () => {
        services.dpa.Extensions.processingPreview = processing => processingRowMarkdown(processing);
        try {
            const hover = await hoverAt(text, 'Hosting "Hosting"', 0);
            expect(hover).toContain('in Bijlage 1 as:');
            expect(hover).toContain('| Doel van de verwerking | Hosting van de applicatie |');
            expect(hover).toContain('| Bewaartermijn | Eén maand |');
        } finally {
            services.dpa.Extensions.processingPreview = undefined;
        }
    });

    test('nothing on plain punctuation', async () => {
        expect(await hoverAt(text, '{', 0)).toBeUndefined();
    });
});

const SUB = 'subprocessor Mail { name "Mail Inc." service "E-mail" seat US location EU, US transfer dpf certified transfer scc module 3 contract signed }';

describe('sub-processor places: hover', () => {
    const text = minimalAgreement(SUB);

    test('the keywords: Dutch and English term with the article', async () => {
        expect(await hoverAt(text, 'seat US')).toContain('**vestigingsplaats (statutaire zetel)** — *seat (registered office)* · Art. 28(2), 44 AVG');
        expect(await hoverAt(text, 'EU, US')).toContain('*European Union (EU)* · Art. 44 AVG');
        expect(await hoverAt(text, 'contract signed')).toContain('Art. 28(4) AVG');
    });

    test('a country as seat or place: its transfer status', async () => {
        expect(await hoverAt(text, 'US location', 0)).toContain('Verenigde Staten / United States');
    });

    test('the declaration: seat, places, the mechanism relied on with its fallback, the contract', async () => {
        const hover = await hoverAt(text, 'Mail {', 1);
        expect(hover).toContain('seat (*vestigingsplaats*): US United States');
        expect(hover).toContain('processes in (*verwerkt in*): EU European Union (EU); US United States');
        expect(hover).toContain('transfer: adequacy decision on the EU-US Data Privacy Framework (Art. 45 GDPR; Commission Implementing Decision (EU) 2023/1795 of 10 July 2023); fallback: standard contractual clauses');
        expect(hover).toContain('sub-processing agreement signed (Art. 28(4) GDPR)');
    });

    test('a party\'s alias: the keyword with its article, the party with the name it is given', async () => {
        const aliased = text.replace('name "Klant B.V."', 'name "Klant B.V."\n        alias "Opdrachtgever"');
        expect(await hoverAt(aliased, 'alias "Opdrachtgever"')).toContain('Art. 4(7), 4(8) AVG');
        expect(await hoverAt(aliased, 'Klant {', 0)).toContain('*Opdrachtgever*');
    });
});

describe('hover on the formation of the agreement', () => {
    test('`formed by acceptance`: the Dutch and English term with Art. 28(9)', async () => {
        const accepted = minimalAgreement().replace('court processor-seat', 'court processor-seat\n    formed by acceptance');
        expect(await hoverAt(accepted, 'formed by')).toContain('**totstandkoming** — *formation* · Art. 28(9) AVG');
        expect(await hoverAt(accepted, 'acceptance\n')).toContain('**aanvaarding** — *acceptance* · Art. 28(9) AVG');
    });
});

describe('the document and its parties: hover', () => {
    test('`status`, `revised`, `any-customer`: the Dutch and English term with the article', async () => {
        const text = minimalAgreement('status concept\n    revised unfilled').replace('name "Klant B.V."', 'any-customer "de klant"');
        expect(await hoverAt(text, 'status concept')).toContain('**status van het document** — *status of the document* · Art. 28(3), 28(9) AVG');
        expect(await hoverAt(text, 'revised unfilled')).toContain('*date of this version (last updated)* · Art. 28(9) AVG');
        expect(await hoverAt(text, 'unfilled')).toContain('**niet ingevuld**');
        expect(await hoverAt(text, 'any-customer')).toContain('*any customer entering into the terms* · Art. 28(3), 28(9) AVG');
    });
});

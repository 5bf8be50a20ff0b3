import { describe, expect, it } from 'vitest';
import type * as ast from '../../packages/language/src/generated/ast.js';
import { importAgreement, readSource } from '../../packages/importer/src/index.js';
import { aliasIn, identifierLabel } from '../../packages/importer/src/recognise/aliases.js';
import { endRetention, retentionIn } from '../../packages/importer/src/recognise/retention.js';
import { specialKinds } from '../../packages/importer/src/recognise/special.js';
import { generalTransfers, seatIn, transfersIn } from '../../packages/importer/src/recognise/transfers.js';
import { check, services } from '../helpers.js';

// What the source says that the review would otherwise report as missing: the importer takes it
// into the model. Each class on the wording of real agreements (recognised) and on wording that
// looks alike but does not say it (left alone).

async function imported(text: string): Promise<{ text: string; agreement: ast.Agreement; codes: string[]; messages: string[] }> {
    const source = await readSource('test.txt', new TextEncoder().encode(text));
    const result = importAgreement(source, { services });
    const checked = await check(result.text);
    expect(checked.document.parseResult.parserErrors).toEqual([]);
    expect(checked.fullyChecked).toBe(true);
    return { text: result.text, agreement: checked.agreement!, codes: checked.diagnostics.map(d => String(d.code)), messages: checked.diagnostics.map(d => `${String(d.code)} ${typeof d.message === 'string' ? d.message : d.message.value}`) };
}

describe('transfer mechanisms of sub-processors', () => {
    it('reads the mechanisms a row states, the relied-on one first', () => {
        expect(transfersIn('EU-standaardcontractbepalingen (2021/914) + EU-VS Data Privacy Framework').mechanisms).toEqual(['dpf', 'scc']);
        expect(transfersIn('DPA van Vercel + SCC\'s').mechanisms).toEqual(['scc']);
        expect(transfersIn('VS (EU SCC)').mechanisms).toEqual(['scc']);
        expect(transfersIn('VS (Privacy Shield)').mechanisms).toEqual(['privacy-shield']);
        expect(transfersIn('Standard Contractual Clauses (module 3)').mechanisms).toEqual(['scc']);
        expect(transfersIn('Binding Corporate Rules').mechanisms).toEqual(['bcr']);
        expect(transfersIn('Adequaatheidsbesluit (Verenigd Koninkrijk)').mechanisms).toEqual(['adequacy']);
    });

    it('reads a parent company outside the EEA named as the reason for the mechanism', () => {
        expect(transfersIn('EU-standaardcontractbepalingen (2021/914) voor de Amerikaanse moederentiteit')).toEqual({ mechanisms: ['scc'], parent: 'US' });
        expect(transfersIn('DPA van Supabase + SCC\'s voor zover de moederentiteit in de VS is gevestigd')).toEqual({ mechanisms: ['scc'], parent: 'US' });
    });

    it('leaves alone what states no mechanism: not applicable, an example, a denial, a wish', () => {
        expect(transfersIn('N.v.t. — binnen de EER')).toEqual({ mechanisms: [] });
        expect(transfersIn('DPA van Upstash')).toEqual({ mechanisms: [] });
        expect(transfersIn('passende waarborgen, zoals SCC\'s')).toEqual({ mechanisms: [] });
        expect(transfersIn('geen SCC\'s afgesloten')).toEqual({ mechanisms: [] });
        expect(transfersIn('SCC\'s nog in afwachting van ondertekening')).toEqual({ mechanisms: [] });
        expect(transfersIn('Amerikaanse vestiging').parent).toBeUndefined();
    });

    it('reads a seat right after the legal entity in the name cell, never a place named further on', () => {
        expect(seatIn('Supabase (Supabase, Inc., VS — infrastructuur op AWS)', 'Supabase, Inc.')).toBe('US');
        expect(seatIn('Upstash (Upstash, Inc.)', 'Upstash, Inc.')).toBeUndefined();
        expect(seatIn('Resend (Resend, Inc. — verzending via Amazon SES, regio eu-west-1, Ierland)', 'Resend, Inc.')).toBeUndefined();
    });

    it('reads the mechanisms agreed for every sub-processor outside the EEA, not those given as examples', () => {
        expect(generalTransfers(['Verwerker heeft met alle sub-verwerkers buiten de EER SCC\'s of gelijkwaardige waarborgen afgesloten.'])).toEqual(['scc']);
        expect(generalTransfers(['Bij doorgifte buiten de EER worden passende waarborgen getroffen (zoals het EU-VS Data Privacy Framework of SCC\'s).'])).toEqual([]);
        expect(generalTransfers(['Verwerker zal met alle sub-verwerkers buiten de EER SCC\'s afsluiten.'])).toEqual([]);
    });

    const TABLE = `Verwerkersovereenkomst

Artikel 1 Sub-verwerkers

Verwerker schakelt de sub-verwerkers in de bijlage in.

Bijlage Sub-verwerkers

| # | Sub-verwerker | Rol | Verwerkingslocatie | Doorgiftemechanisme |
|---|---|---|---|---|
| 1 | Hosting Nord GmbH | Hosting | Duitsland | N.v.t. — binnen de EER |
| 2 | Edge Net Inc. | CDN | EU primair; wereldwijde edge | EU-standaardcontractbepalingen (2021/914) + EU-VS Data Privacy Framework |
| 3 | Mailer, Inc. | E-mail | Verenigde Staten | EU-standaardcontractbepalingen (2021/914) + EU-VS Data Privacy Framework |
| 4 | Cache, Inc. | Caching | EU (regio Frankfurt) | EU-standaardcontractbepalingen (2021/914) voor de Amerikaanse moederentiteit |
`;

    it('imports a table\'s mechanism column into the sub-processors, so that no transfer is reported without one', async () => {
        const { agreement, messages } = await imported(TABLE);
        const subs = agreement.subprocessors.map(s => [s.legalName, s.locations.join(','), s.parent ?? '', s.transfers.map(t => `${t.mechanism}${t.certified ? ' certified' : ''}`).join(',')]);
        expect(subs).toEqual([
            ['Hosting Nord GmbH', 'DE', '', ''],
            ['Edge Net Inc.', 'EU,worldwide', '', 'dpf certified,scc'],
            ['Mailer, Inc.', 'US', '', 'dpf certified,scc'],
            ['Cache, Inc.', 'DE', 'US', 'scc']
        ]);
        expect(messages.filter(m => /^DPA-R2[12] /u.test(m))).toEqual([]);
    });

    it('reads the mechanism a list item states, and leaves a place without one to the review', async () => {
        const text = `Verwerkersovereenkomst

Artikel 1 Sub-verwerkers

Verwerker maakt gebruik van de volgende sub-verwerkers:

- Mailer Inc. — e-mailverzending — Verenigde Staten (EU-standaardcontractbepalingen)
- Nord Hosting GmbH — hosting — Duitsland
- Analytics LLC — statistieken — Verenigde Staten
`;
        const { agreement, messages } = await imported(text);
        expect(agreement.subprocessors.map(s => [s.legalName, s.locations.join(','), s.transfers.map(t => t.mechanism).join(',')])).toEqual([
            ['Mailer Inc.', 'US', 'scc'],
            ['Nord Hosting GmbH', 'DE', ''],
            ['Analytics LLC', 'US', '']
        ]);
        // Analytics LLC: no mechanism stated, so the review asks for one (the US adequacy decision covers DPF-certified recipients only).
        expect(messages.filter(m => m.startsWith('DPA-R22 '))).toHaveLength(1);
    });

    it('without the column, a transfer outside the EEA is still reported', async () => {
        const { messages } = await imported(TABLE.replace(/ \| [^|]*\|\n/gu, ' |\n').replace('| Doorgiftemechanisme |', '|').replace('|---|---|---|---|---|', '|---|---|---|---|'));
        expect(messages.filter(m => /^DPA-R2[12] /u.test(m)).length).toBeGreaterThan(0);
    });
});

describe('the names the text defines for the parties', () => {
    it('reads the defined name as the alias, quoted names of several words too', () => {
        expect(aliasIn('[klant naam], gevestigd te [plaats], hierna te noemen: Opdrachtgever, en')).toBe('Opdrachtgever');
        expect(aliasIn('Realign B.V., gevestigd te Den Haag, hierna te noemen: Opdrachtnemer, hierna gezamenlijk te noemen: "Partijen";')).toBe('Opdrachtnemer');
        expect(aliasIn('De Opdrachtgever (hierna: "Verantwoordelijke") — het bedrijf dat het Platform gebruikt')).toBe('Verantwoordelijke');
        expect(aliasIn('handelend onder de naam "The Tafel" (hierna: "The Tafel" of "verwerker")')).toBe('The Tafel');
        expect(aliasIn('De Verwerkingsverantwoordelijke (hierna "de School"):')).toBe('School');
        expect(aliasIn('Voorbeeld B.V. (hierna: "Klant")')).toBe('Klant');
    });

    it('leaves alone the role names the generated agreement gives, both parties together, and other defined words', () => {
        expect(aliasIn('ICTeam Zuid B.V., gevestigd te Sint-Oedenrode, hierna te noemen: Verwerker')).toBeUndefined();
        expect(aliasIn('hierna gezamenlijk te noemen: "Partijen"')).toBeUndefined();
        expect(aliasIn('Hierna samen "de Partijen".')).toBeUndefined();
        expect(aliasIn('Voorbeeld B.V., gevestigd te Utrecht')).toBeUndefined();
    });

    it('names the party in the model as the text calls it, without the article', () => {
        expect(identifierLabel('de Klant')).toBe('Klant');
        expect(identifierLabel('De Opdrachtgever')).toBe('Opdrachtgever');
        expect(identifierLabel('De Vries Advies B.V.')).toBe('De Vries Advies B.V.');
    });

    it('does not report the defined names the text goes on to use', async () => {
        const text = `Verwerkersovereenkomst

Partijen:

1. Voorbeeld Zorg B.V., gevestigd te Utrecht, ingeschreven bij de Kamer van Koophandel onder nummer 12345678, hierna te noemen: Opdrachtnemer,

2. Stichting Huisartsen Oost, gevestigd te Zwolle, vertegenwoordigd door mevrouw A. de Boer, hierna te noemen: Opdrachtgever,

Artikel 1 Geheimhouding

Opdrachtnemer houdt de gegevens van Opdrachtgever geheim, ook na het einde van de Overeenkomst.
`;
        const { agreement, messages } = await imported(text);
        expect(agreement.parties.map(p => [p.role, p.alias])).toEqual([['controller', 'Opdrachtgever'], ['processor', 'Opdrachtnemer']]);
        expect(messages.filter(m => m.startsWith('DPA-R48 '))).toEqual([]);
    });
});

describe('the retention the text states', () => {
    it('reads a period, the agreement\'s duration, no storage at all, no back-ups', () => {
        expect(retentionIn('Bestanden worden maximaal 1 uur bewaard na verwerking, daarna automatisch en onherroepelijk verwijderd van onze servers. We slaan geen kopieën of back-ups van je bankgegevens op.')).toEqual({ term: '1 hour', parts: ['backups none'] });
        expect(retentionIn('Geen — data wordt niet opgeslagen. Verwerking vindt uitsluitend binnen de sessie plaats.')).toEqual({ term: 'transient', parts: [] });
        expect(retentionIn('Maximaal 1 maand.')).toEqual({ term: '1 month', parts: [] });
        expect(retentionIn('Gedurende overeenkomst')).toEqual({ term: 'agreement', parts: [] });
        expect(retentionIn('Gedurende de samenwerking met de klant/opdrachtgever')).toEqual({ term: 'agreement', parts: [] });
        expect(retentionIn('Gedurende overeenkomst of gedurende de wettelijke bewaartermijn indien deze langer is.')).toEqual({ term: 'agreement or statutory if longer', parts: [] });
        expect(retentionIn('De gegevens worden uiterlijk 30 dagen na beëindiging van de overeenkomst verwijderd.')).toEqual({ term: 'agreement + 30 days', parts: [] });
        expect(retentionIn('Opnames worden direct na de transcriptie verwijderd.')).toEqual({ term: 'after-use', parts: [] });
    });

    it('reads no term from a text that states none', () => {
        expect(retentionIn('De verwerker bewaart de gegevens niet langer dan noodzakelijk.')).toBeUndefined();
        expect(retentionIn('Zie de bewaartermijnen in het privacybeleid.')).toBeUndefined();
        expect(retentionIn('De Klant kan de gegevens 30 dagen laten bewaren.')).toBeUndefined();
        expect(retentionIn('Back-ups worden dagelijks gemaakt.')).toBeUndefined();
    });

    it('reads the end of the agreement plus the deletion period of the termination clause, not a deletion on request', () => {
        expect(endRetention('termination return-or-delete within 30 days')?.term).toBe('agreement + 30 days');
        expect(endRetention('termination delete within 2 weeks certificate')?.term).toBe('agreement + 2 weeks');
        expect(endRetention('termination return-or-delete')).toBeUndefined();
        expect(endRetention('termination return-or-delete only on-request within 30 days')).toBeUndefined();
        expect(endRetention('termination delete backups within 90 days')).toBeUndefined();
        expect(endRetention(undefined)).toBeUndefined();
    });

    const ARTICLE = `Verwerkersovereenkomst

Artikel 1 Doel

Verwerker verwerkt bankafschriften uitsluitend voor de conversie naar Excel.

Categorieën persoonsgegevens: rekeningnummers, transacties

Artikel 2 Bewaartermijn

Bestanden worden maximaal 24 uur bewaard na de conversie en daarna automatisch verwijderd. Er worden geen back-ups van gemaakt.

Artikel 3 Beveiliging

Verwerker versleutelt de bestanden.
`;

    it('gives the processing activities the term of an article on retention, so that none is reported missing', async () => {
        const { agreement, codes } = await imported(ARTICLE);
        const retention = agreement.processings.map(p => [p.retention?.period?.amount, p.retention?.period?.unit, p.partRetentions.map(r => `${r.layer} ${r.term.none ? 'none' : ''}`)]);
        expect(retention).toEqual([[24, 'hours', ['backups none']]]);
        expect(codes).not.toContain('DPA-R19');
    });

    it('still reports a processing activity whose retention the text does not state', async () => {
        const { agreement, codes } = await imported(ARTICLE.replace(/Artikel 2 Bewaartermijn\n\n[^\n]+\n\n/u, ''));
        expect(agreement.processings.every(p => p.retention === undefined)).toBe(true);
        expect(codes).toContain('DPA-R19');
    });
});

describe('the special categories the source names', () => {
    it('marks a category the text calls special, or that is special by what it is', () => {
        expect(specialKinds('Gezondheidsgegevens (bijzondere categorie onder AVG)')).toEqual(['health']);
        expect(specialKinds('Medische gegevens')).toEqual(['health']);
        expect(specialKinds('Verzuimgegevens')).toEqual(['health']);
        expect(specialKinds('Gegevens over de gezondheid')).toEqual(['health']);
        expect(specialKinds('Religieuze of levensbeschouwelijke overtuiging')).toEqual(['religious']);
        expect(specialKinds('Lidmaatschap van een vakbond (art. 9 AVG)')).toEqual(['trade-union']);
        expect(specialKinds('Biometrische gegevens voor identificatie (vingerafdruk)')).toEqual(['biometric']);
    });

    it('leaves alone a category that only suggests it, or denies it', () => {
        expect(specialKinds('Contactgegevens van patiënten')).toEqual([]);
        expect(specialKinds('Contactgegevens van de medische dienst')).toEqual([]);
        expect(specialKinds('bestelgegevens: bestelde items, opgegeven allergenen')).toEqual([]);
        expect(specialKinds('reserveringsgegevens: datum, tijd, bijzondere wensen, dieetwensen')).toEqual([]);
        expect(specialKinds('Geen gezondheidsgegevens')).toEqual([]);
        expect(specialKinds('Biometrische kenmerken van de foto')).toEqual([]);
        expect(specialKinds('Land van afkomst')).toEqual([]);
    });

    it('imports the category as special, so that the text\'s mention of it is not reported', async () => {
        const text = `Verwerkersovereenkomst

Artikel 1 Aard en doel van de verwerking

Verwerker verwerkt opnames van consulten uitsluitend voor het maken van verslagen.

- Categorie gegevens: Gezondheidsgegevens (bijzondere categorie onder AVG)
- Betrokkenen: Patiënten van de verwerkingsverantwoordelijke
`;
        const { agreement, codes } = await imported(text);
        expect(agreement.dataCategories.map(d => [d.label, d.special])).toEqual([['Gezondheidsgegevens (bijzondere categorie onder AVG)', ['health']]]);
        expect(codes).not.toContain('DPA-R29');
    });
});

describe('the declaration that no special categories are processed', () => {
    const HEAD = `Verwerkersovereenkomst

Artikel 1 Persoonsgegevens

Categorieën persoonsgegevens: naam, e-mailadres, reserveringsgegevens

`;

    it('is imported as excludes special, in a sentence or a table row', async () => {
        const sentence = await imported(`${HEAD}Er worden geen bijzondere categorieën van persoonsgegevens in de zin van artikel 9 AVG opzettelijk verwerkt. De Klant voert zulke gegevens niet in.\n`);
        expect(sentence.agreement.exclusions.flatMap(e => e.items.map(i => i.kind))).toEqual(['special']);
        const row = await imported(`${HEAD}| Element | Invulling |\n|---|---|\n| Bijzondere categorieën (Art. 9) | Geen. Het platform verzamelt geen gevoelige gegevens. |\n`);
        expect(row.agreement.exclusions.flatMap(e => e.items.map(i => i.kind))).toEqual(['special']);
    });

    it('is left alone with a condition or an exception', async () => {
        const asPurpose = await imported(`${HEAD}Verwerker verwerkt geen bijzondere categorieën van persoonsgegevens als doel van de Dienst. Indien een beller zulke gegevens deelt, worden die opgeslagen in de opname.\n`);
        expect(asPurpose.agreement.exclusions).toEqual([]);
        const unless = await imported(`${HEAD}Er worden geen bijzondere persoonsgegevens verwerkt, tenzij de Klant daartoe opdracht geeft.\n`);
        expect(unless.agreement.exclusions).toEqual([]);
    });
});

describe('the duration of the processing in a table describing it', () => {
    it('is the activities\' retention', async () => {
        const { agreement, codes } = await imported(`Verwerkersovereenkomst

Bijlage 1 Beschrijving van de verwerking

| Element | Invulling |
|---|---|
| Doeleinden | Beheer van leerlingen en klassen. |
| Duur | Voor de duur van de hoofdovereenkomst. |
| Categorieën van persoonsgegevens | naam, e-mail |
`);
        expect(agreement.processings.map(p => p.retention?.agreement)).toEqual([true]);
        expect(codes).not.toContain('DPA-R19');
    });

    it('is the activities\' retention also as a label on a line of its own, its value the next paragraph; not a value that states no term', async () => {
        const annex = (value: string): string => `Verwerkersovereenkomst

Bijlage 1 Verwerking van persoonsgegevens

Categorieën persoonsgegevens: naam, e-mailadres

Doel van verwerking

Het doel is uitsluitend het versturen van facturen.

Duur van de verwerking

${value}
`;
        expect((await imported(annex('In beginsel voor de duur van de Hoofdovereenkomst.'))).agreement.processings.map(p => p.retention?.agreement)).toEqual([true]);
        expect((await imported(annex('Zolang als nodig is.'))).agreement.processings.map(p => p.retention)).toEqual([undefined]);
    });
});

import { describe, expect, it } from 'vitest';
import type * as ast from '../../packages/language/src/generated/ast.js';
import { importAgreement, readSource } from '../../packages/importer/src/index.js';
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

    it('without the column, a transfer outside the EEA is still reported', async () => {
        const { messages } = await imported(TABLE.replace(/ \| [^|]*\|\n/gu, ' |\n').replace('| Doorgiftemechanisme |', '|').replace('|---|---|---|---|---|', '|---|---|---|---|'));
        expect(messages.filter(m => /^DPA-R2[12] /u.test(m)).length).toBeGreaterThan(0);
    });
});

import { describe, expect, test } from 'vitest';
import { generateAgreement, type GenerateOptions } from '../../packages/generator/src/index.js';
import { minimalAgreement } from '../helpers.js';
import { agreementOf } from './helpers.js';

// Issue 11 (legal review 2026-11): liability that holds together and statutory
// retention periods as the duty of the party that bears them.

async function markdown(text: string, lang: GenerateOptions['lang']): Promise<string> {
    return generateAgreement(await agreementOf(text), { format: 'md', lang }).replace(/\s+/g, ' ');
}

function count(haystack: string, needle: RegExp): number {
    return haystack.match(new RegExp(needle.source, `${needle.flags.replace('g', '')}g`))?.length ?? 0;
}

/** The minimal agreement with `liability …` added before `termination`. */
function withLiability(liability: string): string {
    const text = minimalAgreement();
    const result = text.replace(/\n(\s*)termination /, `\n$1${liability}\n$1termination `);
    expect(result).not.toBe(text);
    return result;
}

describe('A-03/A-21: Art. 28(4) stated once, and not as a reason for lifting the cap', () => {
    for (const liability of ['liability cap 250000 EUR per year', 'liability cap 250000 EUR per year excluding indirect-damage', 'liability main-agreement']) {
        test(`${liability} (nl)`, async () => {
            const md = await markdown(withLiability(liability), 'nl');
            // Art. 28(4), last sentence: the processor answers for its sub-processors as for itself.
            expect(count(md, /volledig aansprakelijk/)).toBe(1);
            expect(md).toContain('hij staat daarvoor in als voor de nakoming van zijn eigen verplichtingen (artikel 28 lid 4 AVG)');
            // The cap is not tied to Art. 28(4): it says nothing of "not affecting" sub-processor liability.
            expect(md).not.toMatch(/doe[nt] daaraan niet af/);
        });

        test(`${liability} (en)`, async () => {
            const md = await markdown(withLiability(liability), 'en');
            expect(count(md, /fully liable/)).toBe(1);
            expect(md).toContain('it answers for them as for the performance of its own obligations (Article 28(4) GDPR)');
            expect(md).not.toMatch(/not affect this/);
        });
    }
});

describe('A-34: contractual default and infringement of the GDPR kept apart', () => {
    test('nl', async () => {
        const md = await markdown(withLiability('liability cap 250000 EUR per year'), 'nl');
        expect(md).toContain('een aan haar toerekenbare tekortkoming in de nakoming van deze verwerkersovereenkomst of van een schending van de AVG die haar kan worden toegerekend');
        expect(md).not.toContain('haar verplichtingen uit deze verwerkersovereenkomst of de AVG');
    });

    test('en', async () => {
        const md = await markdown(withLiability('liability cap 250000 EUR per year'), 'en');
        expect(md).toContain('a failure attributable to it (toerekenbare tekortkoming) in the performance of this data processing agreement, or from an infringement of the GDPR attributable to it');
    });
});

/** The Annex 1 row of the minimal agreement's one processing activity, with `retention`. */
async function annexRow(retention: string, lang: GenerateOptions['lang'], extra = ''): Promise<string> {
    const md = await markdown(minimalAgreement(extra, retention), lang);
    const row = md.split('| 1 | Hosting |')[1];
    expect(row).toBeDefined();
    return row!.split('##')[0]!;
}

describe('A-04: a statutory retention period is the duty of the party that bears it', () => {
    // Art. 52 lid 4 AWR binds the administratieplichtige (the controller), not the processor; the
    // processor has no retention duty of its own (so Art. 28(3)(g)'s exception does not apply).
    test('duty controller (nl)', async () => {
        const row = await annexRow('retention 7 years statutory "art. 52 lid 4 AWR" duty controller', 'nl');
        expect(row).toContain('Zeven jaar (wettelijke bewaarplicht van de Verwerkingsverantwoordelijke, art. 52 lid 4 AWR); de Verwerker bewaart de gegevens daarvoor namens de Verwerkingsverantwoordelijke zolang de Verwerking duurt, waarna de afspraken over teruggave en verwijdering gelden');
        expect(row).not.toContain('van de Verwerker,');
    });

    test('duty controller (en)', async () => {
        const row = await annexRow('retention 7 years statutory "art. 52 lid 4 AWR" duty controller', 'en');
        expect(row).toContain('Seven years (statutory retention duty of the Controller, art. 52 lid 4 AWR); the Processor keeps the data for that purpose on the Controller\'s behalf for as long as the Processing lasts');
    });

    test('or statutory if longer, duty controller (nl, en)', async () => {
        const retention = 'retention until "het einde van het dienstverband" + 2 years or statutory 7 years "art. 52 lid 4 AWR" if longer duty controller';
        const nl = await annexRow(retention, 'nl');
        expect(nl).toContain('Tot het einde van het dienstverband, en daarna ten hoogste twee jaar, of de wettelijke bewaarplicht van de Verwerkingsverantwoordelijke van zeven jaar (art. 52 lid 4 AWR) als die langer is; de Verwerker bewaart de gegevens daarvoor namens de Verwerkingsverantwoordelijke');
        const en = await annexRow(retention, 'en');
        expect(en).toContain('or the period of the Controller\'s statutory retention duty of seven years (art. 52 lid 4 AWR) if that is longer; the Processor keeps the data for that purpose on the Controller\'s behalf');
    });

    test('the processor\'s own duty only when the model says so', async () => {
        const row = await annexRow('retention 7 years statutory "art. 52 AWR" duty processor', 'nl');
        expect(row).toContain('(wettelijke bewaarplicht van de Verwerker, art. 52 AWR)');
        expect(row).not.toContain('namens de Verwerkingsverantwoordelijke');
    });
});

describe('A-28: the term of which agreement', () => {
    test('the main agreement when there is one (nl, en)', async () => {
        expect(await annexRow('retention agreement + 30 days', 'nl')).toContain('Gedurende de looptijd van de Hoofdovereenkomst, en daarna ten hoogste 30 kalenderdagen');
        expect(await annexRow('retention agreement + 30 days', 'en')).toContain('For the term of the Main Agreement, and thereafter for no more than 30 calendar days');
    });

    test('this agreement without a main agreement (nl, en)', async () => {
        const text = minimalAgreement('', 'retention agreement').replace(/\n\s*main-agreement "[^\n]*\n/, '\n').replace('duration main-agreement', 'duration while-processing');
        expect(text).not.toContain('main-agreement "');
        expect(await markdown(text, 'nl')).toContain('Gedurende de looptijd van deze verwerkersovereenkomst');
        expect(await markdown(text, 'en')).toContain('For the term of this data processing agreement');
    });
});

describe('A-08: fines, recourse under Art. 82(5) and the cap\'s year, as the parties choose', () => {
    const text = withLiability('liability cap 250000 EUR per calendar-year fines own recourse capped');

    test('nl', async () => {
        const md = await markdown(text, 'nl');
        expect(md).toContain('€ 250.000 per kalenderjaar. Schade wordt toegerekend aan het kalenderjaar waarin de gebeurtenis plaatsvond die de schade heeft veroorzaakt.');
        // Art. 83 fines and lasten onder dwangsom: each party its own; recourse only for the other's breach, as far as the law allows.
        expect(md).toContain('Iedere Partij draagt zelf de bestuurlijke boeten (artikel 83 AVG) en de lasten onder dwangsom die aan haar worden opgelegd.');
        expect(md).toContain('alleen op de andere Partij verhalen voor zover zij het gevolg is van een tekortkoming van die andere Partij in de nakoming van deze verwerkersovereenkomst, en alleen voor zover de wet dat toelaat');
        expect(md).toContain('(artikel 82 lid 5 AVG). De beperking van de aansprakelijkheid van de Verwerker in dit artikel geldt ook voor zo\'n verhaal.');
    });

    test('en', async () => {
        const md = await markdown(text, 'en');
        expect(md).toContain('per calendar year. Damage is attributed to the calendar year in which the event that caused it took place.');
        expect(md).toContain('Each Party bears the administrative fines (Article 83 GDPR) and the orders subject to a penalty (last onder dwangsom) imposed on it.');
        expect(md).toContain('only insofar as the law permits');
        expect(md).toContain('The limitation of the Processor\'s liability in this Article also applies to such a claim.');
    });

    test('recourse uncapped; nothing said when the model is silent', async () => {
        expect(await markdown(withLiability('liability cap 250000 EUR total recourse uncapped'), 'nl')).toContain('geldt niet voor zo\'n verhaal');
        expect(await markdown(withLiability('liability cap 250000 EUR total recourse uncapped'), 'en')).toContain('does not apply to such a claim');
        const silent = await markdown(withLiability('liability cap 250000 EUR per year'), 'nl');
        expect(silent).not.toContain('bestuurlijke boeten');
        expect(silent).not.toContain('zo\'n verhaal');
    });
});

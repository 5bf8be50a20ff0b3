import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { checkPlaybook, parsePlaybook, type Playbook, type PlaybookFinding } from '../../packages/language/src/playbook/index.js';
import type { Agreement } from '../../packages/language/src/index.js';
import { check, EXAMPLES, readExample } from '../helpers.js';

/**
 * The firm's playbook (issue 14, in progress): examples/playbooks/kantoor-de-linde.json read and checked against
 * the examples and edited copies, every position once; a broken playbook says where and why.
 */
const PLAYBOOK_PATH = join(EXAMPLES, 'playbooks/kantoor-de-linde.json');
const parsed = parsePlaybook(readFileSync(PLAYBOOK_PATH, 'utf8'), PLAYBOOK_PATH);
if (!('playbook' in parsed)) throw new Error(parsed.error);
const PLAYBOOK: Playbook = parsed.playbook;
const COMPLETE = readExample('complete.dpa');

async function findings(text: string, playbook: Playbook = PLAYBOOK, lang: 'nl' | 'en' = 'en'): Promise<{ agreement: Agreement; found: PlaybookFinding[]; text: string }> {
    const result = await check(text);
    return { agreement: result.agreement!, found: checkPlaybook(result.agreement!, playbook, lang), text };
}

/** A finding as "code severity: message", and the text its place covers (a property's or a stretch's). */
function said(found: readonly PlaybookFinding[]): string[] {
    return found.map(f => `${f.code} ${f.severity}: ${f.message}`);
}

describe('the firm\'s playbook on complete.dpa', () => {
    test('the example agreement departs from two positions: its liability cap and two sub-processors in the United States', async () => {
        const { found } = await findings(COMPLETE);
        expect(said(found)).toEqual([
            'LINDE-AANSPR warning: We accept no liability cap below EUR 500,000 (policy 2026, item 4).',
            'PB-subprocessor-countries warning: Playbook Kantoor De Linde: sub-processor Ticketflow is seated or processes in US, outside the countries the firm accepts (the EEA, CH, GB).',
            'PB-subprocessor-countries warning: Playbook Kantoor De Linde: sub-processor Mailhuis is seated or processes in US, outside the countries the firm accepts (the EEA, CH, GB).'
        ]);
        const cap = found[0]!;
        expect(cap.fix).toMatchObject({ title: 'A cap of 500000 (the firm\'s minimum)', newText: '500000' });
        expect(cap.place).toMatchObject({ property: 'cap' });
    });

    test('a breach deadline past the position is an error, with the fix to the position; in Dutch too', async () => {
        const { found } = await findings(COMPLETE.replace('breach notification within 24 hours', 'breach notification within 3 days'));
        const breach = found.find(f => f.position === 'breachNotification')!;
        expect(`${breach.code} ${breach.severity}: ${breach.message}`).toBe('PB-breach-notification error: Playbook Kantoor De Linde: breach notification within 3 days is later than the firm\'s position of 36 hours.');
        expect(breach.fix).toMatchObject({ title: 'Within 36 hours (the firm\'s position)', newText: '36 hours', place: { property: 'deadline' } });
        const nl = (await findings(COMPLETE.replace('breach notification within 24 hours', 'breach notification within 3 days'), PLAYBOOK, 'nl')).found.find(f => f.position === 'breachNotification')!;
        expect(nl.message).toBe('Playbook Kantoor De Linde: melding van een datalek binnen 3 dagen is later dan het standpunt van het kantoor, 36 uur.');
    });

    test('a deadline in working days is held to the position at its longest: over a weekend', async () => {
        const { found } = await findings(COMPLETE.replace('breach notification within 24 hours', 'breach notification within 1 working-day'));
        expect(said(found.filter(f => f.position === 'breachNotification'))).toEqual(['PB-breach-notification error: Playbook Kantoor De Linde: breach notification within 1 working day is later than the firm\'s position of 36 hours.']);
    });

    test('an audit less often than the position, and clauses the firm requires that are missing', async () => {
        const rarer = await findings(COMPLETE.replace('audit every 1 year', 'audit every 2 years'));
        expect(said(rarer.found.filter(f => f.position === 'auditFrequency'))).toEqual(['PB-audit-frequency warning: Playbook Kantoor De Linde: an audit every 2 years is less often than the firm\'s position of every 12 months.']);
        const without = await findings(COMPLETE.replace(/\n {4}audit every[^\n]*/, '').replace(/\n {4}termination [^\n]*/, ''));
        expect(said(without.found.filter(f => f.position !== 'liabilityCap' && f.position !== 'subprocessorCountries'))).toEqual([
            'PB-audit-frequency warning: Playbook Kantoor De Linde: the agreement has no audit clause; the firm\'s position is an audit at least every 12 months.',
            'PB-required-clauses warning: Playbook Kantoor De Linde: the agreement lacks the clause the firm requires: audit.',
            'PB-required-clauses warning: Playbook Kantoor De Linde: the agreement lacks the clause the firm requires: termination.'
        ]);
    });

    test('special data without the measures the firm requires for it', async () => {
        const text = COMPLETE.replace(/\n {4}measure AccessLogging [^\n]*/, '').replace(/\n {4}measure SecurityMonitoring [^\n]*/, '').replace(/AccessLogging, /g, '').replace(/, AccessLogging/g, '').replace(/SecurityMonitoring, /g, '').replace(/, SecurityMonitoring/g, '');
        const { found } = await findings(text);
        expect(said(found.filter(f => f.position === 'specialDataMeasures'))).toEqual([
            expect.stringMatching(/^PB-special-data-measures warning: Playbook Kantoor De Linde: the agreement processes special data \(.*Bsn.*\) but has no measure of the kind the firm requires: logging\.$/)
        ]);
    });

    test('forbidden wording in any text, at its place, with the firm\'s replacement; any case and spacing', async () => {
        const text = COMPLETE.replace('"Hosting van het platform', '"Naar  beste vermogen: hosting van het platform');
        const { found } = await findings(text);
        const wording = found.filter(f => f.position === 'forbiddenWording');
        expect(said(wording)).toEqual(['PB-forbidden-wording warning: Playbook Kantoor De Linde: “Naar  beste vermogen” is wording the firm does not accept; it prefers “met de in deze overeenkomst afgesproken maatregelen”.']);
        const place = wording[0]!.place as { offset: number; length: number };
        expect(text.slice(place.offset, place.offset + place.length)).toBe('Naar  beste vermogen');
        expect(wording[0]!.fix?.newText).toBe('met de in deze overeenkomst afgesproken maatregelen');
    });

    test('the other examples: each finding names a real place', async () => {
        for (const name of ['icteam-imaging-people.dpa', 'real/bscpro.dpa', 'real/opsio.dpa']) {
            const { found } = await findings(readExample(name));
            for (const f of found) expect(f.place.node.$cstNode, `${name}: ${f.code}`).toBeDefined();
        }
    });
});

describe('a broken playbook', () => {
    test('says which file, where in it and why; never throws', () => {
        expect(parsePlaybook('{ "name": ', 'firm.json')).toEqual({ error: expect.stringMatching(/^firm\.json: not JSON: /) });
        expect(parsePlaybook(JSON.stringify({ name: 'X', positions: { breachNotification: { maxHours: '36' } } }), 'firm.json'))
            .toEqual({ error: expect.stringMatching(/^firm\.json: positions\.breachNotification\.maxHours: /) });
        expect(parsePlaybook(JSON.stringify({ name: 'X', positions: { breachNotifications: {} } }), 'firm.json'))
            .toEqual({ error: expect.stringMatching(/^firm\.json: positions\.breachNotifications: /) });
        expect(parsePlaybook(JSON.stringify({ name: 'X', positions: { subprocessorCountries: { allowed: ['us'] } } }), 'firm.json'))
            .toEqual({ error: expect.stringMatching(/^firm\.json: positions\.subprocessorCountries\.allowed\.0: /) });
    });
});

import { describe, expect, test } from 'vitest';
import { diffAgreements } from '../../packages/language/src/diff/index.js';
import { renderChangeReport } from '../../packages/generator/src/change-report.js';
import type { Agreement } from '../../packages/language/src/index.js';
import { check, readExample } from '../helpers.js';

/** The change report of `dpa diff` (issue 14, in progress): text, Markdown and HTML, grouped by effect, the user's text escaped. */
const COMPLETE = readExample('complete.dpa');

async function agreementOf(text: string): Promise<Agreement> {
    const agreement = (await check(text)).agreement;
    if (!agreement) throw new Error('no agreement');
    return agreement;
}

async function report(edit: (text: string) => string, format: 'text' | 'md' | 'html', lang: 'nl' | 'en' = 'en'): Promise<string> {
    const changes = diffAgreements(await agreementOf(COMPLETE), await agreementOf(edit(COMPLETE)));
    return renderChangeReport(changes, { lang, format, oldName: 'v1.dpa', newName: 'v2.dpa' });
}

const EDITS = (text: string) => text
    .replace('breach notification within 24 hours', 'breach notification within 48 hours')
    .replace('audit every 1 year', 'audit every 6 months')
    .replace('retention 7 years statutory', 'retention 10 years statutory');

describe('the change report', () => {
    test('as text: the looser changes for the processor first, each with its line', async () => {
        const text = await report(EDITS, 'text');
        expect(text).toBe([
            'From v1.dpa to v2.dpa',
            '',
            'Looser for the processor:',
            '  Breach notification: deadline: 24 hours → 48 hours (looser for the processor, longer) (line 215)',
            '',
            'Stricter for the processor:',
            '  Audit: frequency: 1 year → 6 months (stricter for the processor, shorter) (line 217)',
            '',
            'Neutral:',
            '  Processing activity Payroll · Retention: period: 7 years → 10 years (neutral, longer) (line 160)',
            ''
        ].join('\n'));
    });

    test('in Dutch, and with no change at all', async () => {
        expect(await report(EDITS, 'text', 'nl')).toContain('Melding van datalekken: termijn: 24 uur → 48 uur (soepeler voor de verwerker, langer) (regel 215)');
        // (File names that read as domain names are made inert, as the generator does everywhere: `v1\.dpa` renders as v1.dpa, never as a link.)
        expect(await report(text => text.replace('// Parties', '// Partijen'), 'md', 'nl')).toBe('# Wijzigingen in de verwerkersovereenkomst\n\nVan v1\\.dpa naar v2\\.dpa\n\nDe twee versies zeggen hetzelfde: geen wijziging.\n');
    });

    test('as Markdown and HTML, the user\'s text escaped and a clause\'s words struck and added', async () => {
        const hostile = (text: string) => EDITS(text).replace('name "Loonwolk B.V."', 'name "<script>alert(1)</script> *Loonwolk* B.V."');
        const md = await report(hostile, 'md');
        expect(md).toContain('## Looser for the processor');
        expect(md).toContain('\\<script\\>alert(1)\\</script\\> \\*Loonwolk\\* B.V.');
        const html = await report(hostile, 'html');
        expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt; *Loonwolk* B.V.');
        expect(html).not.toContain('<script>');
        expect(html).toContain(`<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">`);

        const icteam = readExample('icteam-imaging-people.dpa');
        const edited = icteam.replace('zijn uitdrukkelijk niet van toepassing.', 'zijn alleen van toepassing als Verwerker ze schriftelijk aanvaardt.');
        const changes = diffAgreements(await agreementOf(icteam), await agreementOf(edited));
        const clauseMd = renderChangeReport(changes, { lang: 'nl', format: 'md', oldName: 'a', newName: 'b' });
        expect(clauseMd).toContain('zijn ~~uitdrukkelijk~~**alleen** ~~niet~~ van toepassing **als Verwerker ze schriftelijk aanvaardt**.');
        const clauseHtml = renderChangeReport(changes, { lang: 'nl', format: 'html', oldName: 'a', newName: 'b' });
        expect(clauseHtml).toContain('zijn <del>uitdrukkelijk</del><ins>alleen</ins> <del>niet </del>van toepassing<ins> als Verwerker ze schriftelijk aanvaardt</ins>.');
    });
});

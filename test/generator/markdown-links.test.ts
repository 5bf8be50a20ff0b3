import MarkdownIt from 'markdown-it';
import { micromark } from 'micromark';
import { gfm, gfmHtml } from 'micromark-extension-gfm';
import { describe, expect, test } from 'vitest';
import { escapeMarkdown, generateAgreement, processingRowMarkdown } from '../../packages/generator/src/index.js';
import { check, minimalAgreement } from '../helpers.js';

/** GitHub's Markdown (micromark with the GFM extensions: autolink literals) and VS Code's (markdown-it with linkify). */
const viewers: readonly (readonly [string, (markdown: string) => string])[] = [
    ['GFM (micromark)', markdown => micromark(markdown, { extensions: [gfm()], htmlExtensions: [gfmHtml()] })],
    ['markdown-it with linkify', markdown => new MarkdownIt({ linkify: true }).render(markdown)]
];

/** What a reader sees: the HTML's text, tags removed and entities decoded, spaces collapsed. */
function visibleText(html: string): string {
    return html.replace(/<[^>]+>/g, ' ')
        .replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&')
        .replace(/\s+/g, ' ');
}

/** Addresses in every kind of user text of an agreement: party, contact, purpose, measure, custom clause. */
const ADDRESSES = {
    url: 'https://portaal.leverancier.example/privacy?id=1',
    www: 'www.leverancier.nl/beveiliging',
    domain: 'status.leverancier.nl',
    email: 'meldingen@leverancier.nl',
    mailto: 'mailto:fg@klant.nl',
    http: 'http://intranet.klant.nl:8080/pad'
};

const AGREEMENT = minimalAgreement(
    `clause Contact "Contact via ${ADDRESSES.www}" {
        text "Meldingen gaan naar ${ADDRESSES.email} of via ${ADDRESSES.url}. Storingen staan op ${ADDRESSES.domain}; de FG is bereikbaar via ${ADDRESSES.mailto}."
    }`
).replace('"Hosting van de applicatie"', `"Hosting van de applicatie, beheerd via ${ADDRESSES.http}"`)
    .replace('"Dagelijkse back-up op een tweede locatie in Nederland"', `"Dagelijkse back-up, status op ${ADDRESSES.domain}"`)
    .replace('contact "Privacyteam" email "privacy@leverancier.example"', `contact "Privacyteam" email "${ADDRESSES.email}"`);

describe('Markdown of user text with addresses', () => {
    test.each(viewers)('renders no link in %s, and reads the same', async (_, render) => {
        const result = await check(AGREEMENT);
        expect(result.agreement).toBeDefined();
        const markdown = generateAgreement(result.agreement!, { format: 'md' });
        // The addresses are all in the Markdown (escaped), in the parts they were written in.
        expect(markdown).toContain('Contact via www\\.leverancier\\.nl/beveiliging');
        const html = render(markdown);
        expect(html).toContain('<table>'); // the annexes are rendered as tables: it is the GFM parser
        expect(html).not.toMatch(/<a\b/);
        const text = visibleText(html);
        for (const address of Object.values(ADDRESSES)) expect(text, address).toContain(address);
        expect(text).toContain('Hosting van de applicatie, beheerd via http://intranet.klant.nl:8080/pad');
        expect(text).toContain(`Meldingen gaan naar ${ADDRESSES.email} of via ${ADDRESSES.url}.`);
    });

    test.each(viewers)('%s: without the escaping, the same text would be links (the check can fail)', (_, render) => {
        expect(render(`Meldingen gaan naar ${ADDRESSES.email} of via ${ADDRESSES.url} en ${ADDRESSES.www}.`)).toMatch(/<a\b/);
    });

    test.each(viewers)('%s: a hover row of a processing activity has no link either', async (_, render) => {
        const result = await check(AGREEMENT);
        const row = processingRowMarkdown(result.agreement!.processings[0]!);
        const html = render(row);
        expect(html).not.toMatch(/<a\b/);
        expect(visibleText(html)).toContain(ADDRESSES.http);
    });

    test('only words that look like addresses are changed: sentences, abbreviations and numbers stay as written', () => {
        expect(escapeMarkdown('De Verwerker (Leverancier B.V.) meldt dit i.v.m. art. 33 AVG binnen 24 uur, versie 1.0, om 08:00 uur. Let op: zo snel mogelijk.'))
            .toBe('De Verwerker (Leverancier B.V.) meldt dit i.v.m. art. 33 AVG binnen 24 uur, versie 1.0, om 08:00 uur. Let op: zo snel mogelijk.');
        expect(escapeMarkdown('Zie www.klant.nl.')).toBe('Zie www\\.klant\\.nl\\.');
        expect(escapeMarkdown('a\\b@c.nl')).toBe('a\\\\b\\@c\\.nl');
    });
});

test('a line that starts like a numbered list is escaped at its full stop, which CommonMark can escape, and shows no backslash', () => {
    expect(escapeMarkdown('2. Onderwerp, aard en duur')).toBe('2\\. Onderwerp, aard en duur');
    expect(escapeMarkdown('12) Slot')).toBe('12\\) Slot');
    for (const [, render] of viewers) expect(render(escapeMarkdown('2. Onderwerp, aard en duur')).trim()).toBe('<p>2. Onderwerp, aard en duur</p>');
});

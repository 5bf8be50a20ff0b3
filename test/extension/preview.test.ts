/**
 * The preview's page without VS Code: the status line in English and Dutch (vscode.l10n's bundle),
 * the HTML's strict CSP with the page script loaded by nonce, the pages that say why there is no
 * preview, and the messages and state the page exchanges with the extension.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { bundleText, SOURCE_TEXT } from '../../packages/extension/src/l10n.js';
import { parsePageMessage, parsePageState, type UpdateMessage } from '../../packages/extension/src/preview/messages.js';
import { escapeHtml, renderPage, statusLine, unavailablePage, updateMessage } from '../../packages/extension/src/preview/page.js';
import { refusal, WRITING_COMMANDS } from '../../packages/extension/src/trust.js';

const ROOT = resolve(import.meta.dirname, '..', '..');
const DUTCH = bundleText(JSON.parse(readFileSync(join(ROOT, 'l10n', 'bundle.l10n.nl.json'), 'utf8')) as Record<string, string>);
const counts = (errors: number, warnings: number) => ({ errors, warnings, infos: 0 });

describe('the status line, in the editor\'s display language', () => {
    test('English without a bundle, with singulars', () => {
        expect(statusLine(counts(2, 1), SOURCE_TEXT)).toBe('2 errors, 1 warning');
        expect(statusLine(counts(1, 0), SOURCE_TEXT)).toBe('1 error, 0 warnings');
    });

    test('Dutch from the bundle, as the preview always said it', () => {
        expect(statusLine(counts(2, 1), DUTCH)).toBe('2 fouten, 1 waarschuwing');
        expect(statusLine(counts(1, 0), DUTCH)).toBe('1 fout, 0 waarschuwingen');
        expect(statusLine(counts(0, 12), DUTCH)).toBe('0 fouten, 12 waarschuwingen');
    });

    test('the update message carries the body, the status line and its class', () => {
        const result = { ok: true, title: 'T', css: '', body: '<p>x</p>', counts: counts(0, 2) };
        expect(updateMessage(result, SOURCE_TEXT)).toEqual({ type: 'update', body: '<p>x</p>', status: '0 errors, 2 warnings', statusClass: 'warnings' });
        expect(updateMessage({ ...result, counts: counts(1, 2) }, SOURCE_TEXT).statusClass).toBe('errors');
        expect(updateMessage({ ...result, counts: counts(0, 0) }, SOURCE_TEXT).statusClass).toBe('clean');
    });
});

describe('the page\'s HTML', () => {
    const content: UpdateMessage = { type: 'update', body: '<h1 data-line="3">Titel</h1>', status: '0 errors, 0 warnings', statusClass: 'clean' };
    const html = renderPage({
        script: 'https://file+.vscode-resource.vscode-cdn.net/ext/packages/extension/dist/webview/preview.js',
        cspSource: 'https://file+.vscode-resource.vscode-cdn.net',
        source: 'file:///work/a "b".dpa',
        title: 'A <title>',
        css: 'body { color: red } </style><script>alert(1)</script>',
        content
    });
    const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]*)">/.exec(html)?.[1] ?? '';
    const nonce = /script-src 'nonce-([^']+)'/.exec(csp)?.[1];

    test('a strict policy: nothing by default, scripts and styles by this load\'s nonce only, images from the webview', () => {
        expect(nonce).toMatch(/^[A-Za-z0-9+/]{22}==$/);
        expect(csp).toBe(`default-src 'none'; style-src 'nonce-${nonce!}'; script-src 'nonce-${nonce!}'; img-src https://file+.vscode-resource.vscode-cdn.net data:;`);
        expect(csp).not.toMatch(/unsafe-inline|unsafe-eval|\*/);
    });

    test('the page script is loaded from the extension with the nonce; no inline script', () => {
        // The agreement's stylesheet cannot end its <style> element: a <script> in it stays text.
        const outsideStyles = html.replace(/<style\b[^>]*>[\s\S]*?<\/style>/g, '');
        expect(outsideStyles).not.toContain('alert(1)');
        const scripts = [...outsideStyles.matchAll(/<script\b[^>]*>/g)].map(m => m[0]);
        expect(scripts).toEqual([`<script nonce="${nonce!}" src="https://file+.vscode-resource.vscode-cdn.net/ext/packages/extension/dist/webview/preview.js">`]);
        expect(html).toMatch(/<script [^>]*><\/script>\n<\/body>/);
        for (const style of html.matchAll(/<style\b[^>]*>/g)) expect(style[0]).toBe(`<style nonce="${nonce!}">`);
        expect(html).not.toContain('</style><script>');
    });

    test('the content, the status line and the source URI are in place, escaped where they are text', () => {
        expect(html).toContain('<main id="dpa-content"><h1 data-line="3">Titel</h1></main>');
        expect(html).toContain('<div id="dpa-status" class="clean">0 errors, 0 warnings</div>');
        expect(html).toContain('<body data-source-uri="file:///work/a &quot;b&quot;.dpa">');
        expect(html).toContain('<title>A &lt;title&gt;</title>');
    });

    test('a new nonce for every page', () => {
        const again = renderPage({ script: 's', cspSource: 'c', source: 'u', title: 't', css: '', content });
        expect(again).not.toContain(nonce!);
    });
});

describe('the pages that say why there is no preview', () => {
    test('the server failed, or the source is gone; the detail is escaped', () => {
        expect(unavailablePage('failed', 'a <b>', SOURCE_TEXT)).toEqual({
            ok: false, title: 'Preview unavailable', css: '', counts: counts(0, 0),
            body: '<p>The preview could not be rendered: a &lt;b&gt;</p>'
        });
        expect(unavailablePage('missing', 'file:///x.dpa', SOURCE_TEXT).body).toBe('<p>The source of this preview, file:///x.dpa, could not be opened.</p>');
        expect(unavailablePage('missing', 'file:///x.dpa', DUTCH)).toMatchObject({
            title: 'Voorbeeld niet beschikbaar', body: '<p>De bron van dit voorbeeld, file:///x.dpa, kan niet worden geopend.</p>'
        });
        expect(escapeHtml(`&<>"'`)).toBe('&amp;&lt;&gt;&quot;&#39;');
    });
});

describe('the messages and state of the page', () => {
    test('page → extension: ready, and reveal of a non-negative whole line; anything else is ignored', () => {
        expect(parsePageMessage({ type: 'ready' })).toEqual({ type: 'ready' });
        expect(parsePageMessage({ type: 'reveal', line: 4, extra: 1 })).toEqual({ type: 'reveal', line: 4 });
        for (const bad of [null, 'ready', {}, { type: 'reveal' }, { type: 'reveal', line: -1 }, { type: 'reveal', line: 1.5 }, { type: 'reveal', line: '2' }, { type: 'update' }]) {
            expect(parsePageMessage(bad), JSON.stringify(bad)).toBeUndefined();
        }
    });

    test('the saved state names the source, and may have a scroll position', () => {
        expect(parsePageState({ uri: 'file:///a.dpa', scrollY: 120 })).toEqual({ uri: 'file:///a.dpa', scrollY: 120 });
        expect(parsePageState({ uri: 'file:///a.dpa', scrollY: 'x' })).toEqual({ uri: 'file:///a.dpa' });
        for (const bad of [undefined, null, {}, { uri: '' }, { uri: 3 }]) expect(parsePageState(bad)).toBeUndefined();
    });
});

describe('the trust refusals in the display language', () => {
    test('Dutch from the bundle', () => {
        for (const command of WRITING_COMMANDS) {
            expect(refusal(command, false, DUTCH)).toMatch(/niet-vertrouwde werkruimte: dat zou bestanden .*Vertrouw de werkruimte/);
            expect(refusal(command, true, DUTCH)).toBeUndefined();
        }
    });
});

/**
 * The playground (out/web, served by `npm run serve:web`) in Debian's Chromium, used as a visitor
 * would: the page loads and checks the example, a defect typed in gets its squiggle and message,
 * its quick fix repairs it, completion and hover answer, the preview follows an edit and leads
 * back to the source, and the Word download opens with the edit in its XML. Each step leaves a
 * screenshot in test/e2e/screenshots/web-*.png.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROMIUM, freePort, ROOT, SCREENSHOTS } from './env.js';

const SECOND = 1000;

describe('the playground in Chromium', () => {
    let server: ChildProcess;
    let browser: Browser;
    let page: Page;
    let url: string;
    const errors: string[] = [];
    const shot = (name: string) => page.screenshot({ path: join(SCREENSHOTS, `web-${name}.png`) });
    const status = () => page.locator('#status').innerText();
    const line = (text: string) => page.locator('.cm-line', { hasText: text }).first();

    beforeAll(async () => {
        expect(existsSync(join(ROOT, 'out/web/index.html')), 'out/web is built by npm run bundle').toBe(true);
        mkdirSync(SCREENSHOTS, { recursive: true });
        const port = await freePort();
        server = spawn(process.execPath, [join(ROOT, 'scripts/serve-web.mjs')], { env: { ...process.env, PORT: String(port) }, stdio: ['ignore', 'pipe', 'inherit'] });
        url = await new Promise<string>((resolve, reject) => {
            server.stdout!.on('data', (chunk: Buffer) => {
                const found = /http:\/\/127\.0\.0\.1:\d+\//.exec(chunk.toString());
                if (found) resolve(found[0]);
            });
            server.on('exit', code => reject(new Error(`serve:web exited with ${code}`)));
        });
        browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ['--no-sandbox', '--disable-gpu', '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1'] });
        page = await browser.newPage({ viewport: { width: 1400, height: 850 }, acceptDownloads: true, locale: 'nl-NL' });
        // As in a browser without the File System Access API (Firefox, Safari): Open reads a file
        // input, Save downloads. (Chromium's own pickers cannot be driven headless.)
        await page.addInitScript(() => {
            const page = globalThis as unknown as { showOpenFilePicker?: unknown; showSaveFilePicker?: unknown };
            page.showOpenFilePicker = undefined;
            page.showSaveFilePicker = undefined;
        });
        page.setDefaultTimeout(30 * SECOND);
        page.on('pageerror', error => errors.push(error.message));
        page.on('console', message => {
            if (message.type() === 'error') errors.push(message.text());
        });
    });

    afterAll(async () => {
        await browser?.close();
        server?.kill();
    });

    it('loads, starts the language server in its worker and checks the example: no errors, the agreement beside it', async () => {
        await page.goto(url);
        await expect.poll(status, { timeout: 30 * SECOND, message: 'the status line counts the diagnostics' }).toBe('0 fouten, 0 waarschuwingen');
        expect(await page.frameLocator('#preview').locator('h1').first().innerText()).toBe('Verwerkersovereenkomst Loonwolk HR & Salaris');
        await shot('1-loaded');
        // The page's Content Security Policy holds: nothing was refused, nothing failed.
        expect(errors).toEqual([]);
    });

    it('shows a defect typed in: its squiggle and its message', async () => {
        await line('service "Hosting van het platform').click();
        await page.keyboard.press('End');
        await page.keyboard.press('ArrowLeft');
        await page.keyboard.type(' via SSL');
        const mark = page.locator('.cm-lintRange-warning, .cm-lintRange-error').first();
        await mark.waitFor();
        expect(await mark.innerText()).toBe('SSL');
        await mark.hover();
        const tooltip = page.locator('.cm-tooltip-lint');
        await tooltip.waitFor();
        expect(await tooltip.innerText()).toMatch(/SSL/);
        await shot('2-diagnostic');
    });

    it('applies the quick fix the server offers for it', async () => {
        const fix = page.locator('.cm-tooltip-lint .cm-diagnosticAction').first();
        await fix.waitFor();
        const title = await fix.innerText();
        await fix.click();
        await expect.poll(() => line('service "Hosting van het platform').innerText(), { message: `the fix "${title}" replaced SSL` }).not.toContain('SSL');
        await expect.poll(status, { message: 'no diagnostics after the fix' }).toBe('0 fouten, 0 waarschuwingen');
        expect(await line('service "Hosting van het platform').innerText()).toContain('TLS');
        await shot('3-quick-fix');
    });

    /** The start of the document in view (the editor draws only the lines in view). */
    const toTop = async () => {
        await page.locator('.cm-content').focus();
        await page.keyboard.press('Control+Home');
    };

    it('completes a keyword', async () => {
        await toTop();
        await line('status final').click();
        await page.keyboard.press('End');
        await page.keyboard.press('Enter');
        await page.keyboard.type('langu');
        await page.keyboard.press('Control+Space');
        const options = page.locator('.cm-tooltip-autocomplete li');
        await options.first().waitFor();
        const labels = await options.allInnerTexts();
        expect(labels.some(label => label.startsWith('language'))).toBe(true);
        await shot('4-completion');
        await page.keyboard.press('Escape');
        // Undo the typing: the example is clean again.
        for (let i = 0; i < 3; i++) await page.keyboard.press('Control+z');
        await expect.poll(status).toBe('0 fouten, 0 waarschuwingen');
    });

    it('hovers a keyword: its Dutch and English term and the article', async () => {
        await toTop();
        await page.locator('.cm-line span', { hasText: /^effective$/ }).first().hover();
        const hover = page.locator('.cm-tooltip-hover');
        await hover.waitFor();
        expect(await hover.innerText()).toMatch(/ingangsdatum|effective/i);
        await shot('5-hover');
        await page.mouse.move(5, 5);
    });

    it('formats the document (Shift-Alt-F) to its canonical layout', async () => {
        await toTop();
        await line('version "1.0"').click();
        await page.keyboard.press('Home');
        await page.keyboard.type('      ');
        await expect.poll(() => line('version "1.0"').innerText()).toMatch(/^\s{10}version/);
        await page.keyboard.press('Shift+Alt+f');
        await expect.poll(() => line('version "1.0"').innerText(), { message: 'the indentation is back to four spaces' }).toMatch(/^\s{4}version/);
        await expect.poll(status).toBe('0 fouten, 0 waarschuwingen');
    });

    it('goes to a declaration from the outline (the server\'s document symbols)', async () => {
        const outline = page.locator('#outline');
        await expect.poll(() => outline.locator('option').count(), { message: 'the outline lists the symbols' }).toBeGreaterThan(10);
        const labels = await outline.locator('option').allInnerTexts();
        const nedhost = labels.find(label => label.trim() === 'Nedhost');
        expect(nedhost, JSON.stringify(labels.slice(0, 20))).toBeDefined();
        await outline.selectOption({ label: nedhost! });
        await expect.poll(() => page.locator('.cm-activeLine').first().innerText()).toContain('subprocessor Nedhost');
        await shot('5b-outline');
    });

    it('follows an edit in the preview, and a click in the preview leads to its source line', async () => {
        await toTop();
        const title = line('title "Verwerkersovereenkomst Loonwolk');
        await title.click();
        await page.keyboard.press('End');
        await page.keyboard.press('ArrowLeft');
        await page.keyboard.type(' (playground)');
        const heading = page.frameLocator('#preview').locator('h1').first();
        await expect.poll(() => heading.innerText(), { message: 'the preview shows the new title' }).toBe('Verwerkersovereenkomst Loonwolk HR & Salaris (playground)');
        await shot('6-preview-follows');
        await page.frameLocator('#preview').locator('[data-line]', { hasText: 'Hoveniersbedrijf De Linde B.V.' }).first().click();
        await expect.poll(() => page.locator('.cm-activeLine').first().innerText(), { message: 'the editor moved to the party' }).toMatch(/De Linde|controller/);
    });

    it('saves the edited agreement and opens a .dpa file (a browser without the File System Access API: download and file input)', async () => {
        const [saved] = await Promise.all([page.waitForEvent('download'), page.locator('#save').click()]);
        expect(saved.suggestedFilename()).toBe('complete.dpa');
        const text = readFileSync(await saved.path(), 'utf8');
        expect(text).toContain('title "Verwerkersovereenkomst Loonwolk HR & Salaris (playground)"');
        const chooser = page.waitForEvent('filechooser');
        await page.locator('#open').click();
        await (await chooser).setFiles({ name: 'eigen.dpa', mimeType: 'text/plain', buffer: Buffer.from(text.replace('(playground)', '(geopend)')) });
        await expect.poll(() => page.frameLocator('#preview').locator('h1').first().innerText(), { message: 'the opened file is previewed' })
            .toBe('Verwerkersovereenkomst Loonwolk HR & Salaris (geopend)');
        expect(await page.title()).toBe('eigen.dpa · dpa');
    });

    it('downloads the agreement as Word, with the edit in its XML', async () => {
        const [download] = await Promise.all([page.waitForEvent('download'), page.locator('#generate-docx').click()]);
        expect(download.suggestedFilename()).toBe('eigen.docx');
        const path = await download.path();
        const xml = strFromU8(unzipSync(readFileSync(path))['word/document.xml']!);
        expect(xml).toContain('Verwerkersovereenkomst Loonwolk HR &amp; Salaris (geopend)');
        expect(await page.locator('#pdf').isDisabled()).toBe(true);
        expect(errors).toEqual([]);
    });
});

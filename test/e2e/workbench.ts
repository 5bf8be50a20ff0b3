/**
 * Drives the code-server workbench in Debian's Chromium through playwright-core, the way a user
 * does: keyboard, command palette, explorer, mouse. Every wait is on a selector or a condition,
 * bounded, and says what it waited for when it fails.
 */
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type Frame, type Locator, type Page } from 'playwright-core';
import { CHROMIUM, SCREENSHOTS, waitUntil } from './env.js';
import type { CodeServerInfo } from './setup.js';

/** No network beyond 127.0.0.1: no background services, QUIC, sync or component updates; every other host fails to resolve. */
const CHROMIUM_ARGS = [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--no-default-browser-check',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--disable-domain-reliability',
    '--disable-breakpad',
    '--metrics-recording-only',
    '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1'
];

export const SECOND = 1000;

export class Workbench {
    private constructor(readonly browser: Browser, readonly page: Page, readonly info: CodeServerInfo) {}

    static async launch(info: CodeServerInfo): Promise<Workbench> {
        if (!existsSync(CHROMIUM)) {
            throw new Error(`${CHROMIUM} not found: install Debian's chromium (apt-get install -y chromium) or set DPA_E2E_CHROMIUM`);
        }
        const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS, timeout: 60 * SECOND });
        try {
            const context = await browser.newContext({ viewport: { width: 1400, height: 900 }, locale: 'en-US', timezoneId: 'Europe/Amsterdam' });
            const page = await context.newPage();
            page.setDefaultTimeout(30 * SECOND);
            return new Workbench(browser, page, info);
        } catch (error) {
            await browser.close();
            throw error;
        }
    }

    async close(): Promise<void> {
        await this.browser.close().catch(() => undefined);
    }

    /** Loads the workbench on the workspace with `file` open (the URL payload of code-server). */
    async openWorkbench(file: string): Promise<void> {
        const { host } = new URL(this.info.url);
        const payload = JSON.stringify([['openFile', `vscode-remote://${host}${this.info.workspace}/${file}`]]);
        await this.page.goto(`${this.info.url}/?folder=${encodeURIComponent(this.info.workspace)}&payload=${encodeURIComponent(payload)}`);
        await this.page.locator('.monaco-workbench').waitFor({ timeout: 90 * SECOND });
        await this.activeTab(file).waitFor({ timeout: 90 * SECOND });
        await this.editor(file).locator('.view-lines .view-line').first().waitFor({ timeout: 60 * SECOND });
    }

    async shot(name: string): Promise<void> {
        mkdirSync(SCREENSHOTS, { recursive: true });
        await this.page.screenshot({ path: join(SCREENSHOTS, `${name}.png`) });
    }

    tab(file: string): Locator {
        return this.page.locator(`.part.editor .tabs-container .tab[data-resource-name="${file}"]`);
    }

    activeTab(file: string): Locator {
        return this.page.locator(`.part.editor .tabs-container .tab.active[data-resource-name="${file}"]`).first();
    }

    /** The text editor showing `file` (code editors carry their model's URI). */
    editor(file: string): Locator {
        return this.page.locator(`.part.editor .monaco-editor[data-uri$="/${file}"]`).first();
    }

    /** The rendered line of `file` whose text contains `text`. */
    line(file: string, text: string | RegExp): Locator {
        return this.editor(file).locator('.view-lines .view-line', { hasText: text }).first();
    }

    /** Opens `file` with a click in the explorer and waits until its editor is active. */
    async openFromExplorer(file: string): Promise<void> {
        // A double click pins the editor; a single click opens a preview editor the next open replaces.
        await this.page.locator('.explorer-folders-view .monaco-list-row', { hasText: file }).first().dblclick();
        await this.activeTab(file).waitFor();
        await this.editor(file).locator('.view-lines .view-line').first().waitFor();
    }

    /** Brings the editor of `file` to front and gives it keyboard focus (a click on its tab does both). */
    async focus(file: string): Promise<void> {
        const focused = this.page.locator(`.part.editor .monaco-editor.focused[data-uri$="/${file}"]`).first();
        await this.tab(file).first().click();
        await this.activeTab(file).waitFor();
        const ok = await focused.waitFor({ timeout: 5 * SECOND }).then(() => true, () => false);
        if (!ok) {
            // Click into the visible text area (the .view-lines box may be scrolled far out of view).
            await this.editor(file).click({ position: { x: 300, y: 12 } });
            await focused.waitFor();
        }
    }

    private quickInput(): Locator {
        return this.page.locator('.quick-input-widget');
    }

    /** Runs a command from the palette (F1) by its exact label, e.g. "DPA: Open Preview to the Side". */
    async command(label: string): Promise<void> {
        await this.page.keyboard.press('F1');
        await this.quickInput().locator('input').first().waitFor();
        await this.page.keyboard.type(label);
        const exact = new RegExp(`^${label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`);
        const row = this.quickInput().locator('.monaco-list-row', { has: this.page.locator('.label-name', { hasText: exact }) }).first();
        await row.waitFor({ timeout: 15 * SECOND }).catch(async () => {
            const offered = await this.quickInput().locator('.monaco-list-row').allInnerTexts();
            await this.page.keyboard.press('Escape');
            throw new Error(`The command palette does not offer "${label}"; it shows: ${JSON.stringify(offered.slice(0, 8))}`);
        });
        await row.click();
        // The palette closes, or the command reuses the widget for its own QuickPick (no '>' prefix).
        const input = this.quickInput().locator('input').first();
        await waitUntil(`the command palette to close after "${label}"`, 10 * SECOND, async () =>
            !await this.quickInput().isVisible() || !(await input.inputValue()).startsWith('>') ? true : undefined, 100);
    }

    /** Picks an item of an open QuickPick by its label. */
    async pick(label: string): Promise<void> {
        const row = this.quickInput().locator('.monaco-list-row', { hasText: label }).first();
        await row.waitFor({ timeout: 15 * SECOND });
        await row.click();
        await this.quickInput().waitFor({ state: 'hidden' });
    }

    /** Moves the cursor of the focused editor to the start of `line` (1-based) with Go to Line (Ctrl+G). */
    async goToLine(line: number): Promise<void> {
        await this.page.keyboard.press('Control+KeyG');
        await this.quickInput().locator('input').first().waitFor();
        await this.page.keyboard.type(String(line));
        await this.page.keyboard.press('Enter');
        await this.quickInput().waitFor({ state: 'hidden' });
        await this.page.locator('.statusbar-item[id="status.editor.selection"]', { hasText: new RegExp(`Ln ${line}, Col`) }).waitFor();
    }

    /** Opens a new line below `line` (1-based) of the focused editor; the editor indents it. */
    async openLineBelow(line: number): Promise<void> {
        await this.goToLine(line);
        await this.page.keyboard.press('End');
        await this.page.keyboard.press('Enter');
        await this.page.locator('.statusbar-item[id="status.editor.selection"]', { hasText: new RegExp(`Ln ${line + 1}, Col`) }).waitFor();
    }

    /** Discards the unsaved changes of the focused editor (File: Revert File). */
    async revert(file: string): Promise<void> {
        await this.focus(file);
        await this.page.keyboard.press('Escape');
        await this.command('File: Revert File');
        await this.page.locator(`.part.editor .tabs-container .tab.dirty[data-resource-name="${file}"]`).waitFor({ state: 'detached', timeout: 10 * SECOND });
    }

    /** Every rendered token of `file`: its text and computed colour. */
    async tokens(file: string): Promise<{ text: string; color: string }[]> {
        return this.editor(file).locator('.view-lines').evaluate(lines => {
            // (this code runs in the page; the project's lib has no DOM types)
            const style = (globalThis as unknown as { getComputedStyle(element: unknown): { color: string } }).getComputedStyle;
            return [...lines.querySelectorAll('.view-line span > span')].map(span => ({
                text: (span.textContent ?? '').replace(/\u00a0/g, ' '),
                color: style(span).color
            }));
        });
    }

    /** Whether a squiggle of `kind` is drawn on the rendered line containing `text`. */
    async squiggleOnLine(file: string, text: string, kind: 'error' | 'warning' | 'info'): Promise<boolean> {
        const line = this.line(file, text);
        if (await line.count() === 0) return false;
        // Monaco draws decorations in .view-overlays, one div per rendered line at the line's `top`.
        type Styled = { style: { top: string } };
        const top = await line.evaluate(el => (el as unknown as Styled).style.top);
        return this.editor(file).evaluate((editor, [lineTop, cls]) =>
            [...editor.querySelectorAll('.view-overlays > div')].some(row =>
                (row as unknown as Styled).style.top === lineTop && row.querySelector(`.squiggly-${cls}`) !== null), [top, kind] as const);
    }

    /** The frame of the DPA preview webview (nested iframe) and its status and content text. */
    async preview(): Promise<{ frame: Frame; status: string; text: string } | undefined> {
        for (const frame of this.page.frames()) {
            try {
                const content = await frame.$('#dpa-content');
                if (!content) continue;
                const status = await frame.$('#dpa-status');
                return { frame, status: status ? await status.innerText() : '', text: await content.innerText() };
            } catch {
                // frame navigated or detached meanwhile
            }
        }
        return undefined;
    }

    /** Waits until the preview's text satisfies `test`. */
    async waitForPreview(what: string, test: (text: string) => boolean, timeoutMs = 30 * SECOND): Promise<string> {
        let last = '(no preview frame)';
        try {
            return await waitUntil(what, timeoutMs, async () => {
                const preview = await this.preview();
                if (preview) last = `${preview.status}\n${preview.text.slice(0, 300)}`;
                return preview && test(preview.text) ? preview.text : undefined;
            }, 200);
        } catch (error) {
            throw new Error(`${error instanceof Error ? error.message : String(error)}; the preview shows:\n${last}`);
        }
    }

    /**
     * Opens the Problems panel and returns the row locator of markers matching `text`. The panel's
     * list is virtual (only the rows on screen exist): `filter` types into its filter box first, so
     * that the markers of a file further down are on screen; '' clears it.
     */
    async problems(text: string | RegExp, filter?: string): Promise<Locator> {
        const panel = this.page.locator('.markers-panel');
        if (!await panel.isVisible()) await this.command('Problems: Focus on Problems View');
        await panel.waitFor();
        if (filter !== undefined) {
            const box = this.page.locator('.panel .viewpane-filter input, .panel .markers-panel-action-filter input').first();
            await box.fill(filter);
        }
        return panel.locator('.monaco-list-row', { hasText: text });
    }

    /** The notification toast containing `text`, once it has faded in (so screenshots show it whole). */
    notification(text: string | RegExp): Locator {
        return this.page.locator('.notification-toast.notification-fade-in-done .notification-list-item', { hasText: text }).first();
    }
}

/** 1-based number of the first line of `text` matching `pattern` (after line `after`, if given). */
export function lineOf(text: string, pattern: RegExp, after = 0): number {
    const lines = text.split('\n');
    for (let i = after; i < lines.length; i++) if (pattern.test(lines[i]!)) return i + 1;
    throw new Error(`No line matches ${pattern} after line ${after}`);
}

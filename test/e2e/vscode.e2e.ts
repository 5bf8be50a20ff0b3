/**
 * The packaged extension (out/dpa.vsix, with its companion out/dpa-import.vsix) in a real VS Code (code-server), driven through Chromium
 * like a user: what is asserted is what is on screen (token colours, squiggles, the Problems
 * panel, the suggest widget, the hover, the preview webview, notifications) and on disk.
 * Each step leaves a screenshot in test/e2e/screenshots/.
 */
import { copyFileSync, existsSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, inject, it } from 'vitest';
import { ROOT, run, waitUntil } from './env.js';
import { SECOND, Workbench, lineOf } from './workbench.js';

const ICTEAM = 'icteam-imaging-people.dpa';
const COMPLETE = 'complete.dpa';

describe('the DPA extension in VS Code (code-server + Chromium)', () => {
    const info = inject('codeServer');
    const source = (file: string): string => readFileSync(join(info.workspace, file), 'utf8');
    let wb: Workbench;
    let failures = 0;

    beforeAll(async () => {
        wb = await Workbench.launch(info);
        await wb.openWorkbench(ICTEAM);
    });

    afterAll(async () => {
        await wb?.close();
    });

    beforeEach(({ task, onTestFailed }) => {
        onTestFailed(async () => {
            failures++;
            await wb?.shot(`failed-${String(failures).padStart(2, '0')}-${task.name.replace(/\W+/g, '-').slice(0, 60)}`).catch(() => undefined);
        });
    });

    it('a. highlights the syntax of a .dpa file', async () => {
        await expect.poll(() => wb.page.locator('.statusbar-item[id="status.editor.mode"]').innerText(), {
            timeout: 30 * SECOND, message: 'the status bar names the language DPA'
        }).toBe('DPA');
        // The TextMate grammar colours keywords, strings, dates and comments differently.
        const tokens = await waitUntil('several distinct token colours in the editor', 30 * SECOND, async () => {
            const all = await wb.tokens(ICTEAM);
            return new Set(all.map(t => t.color)).size >= 4 ? all : undefined;
        });
        const colour = (text: string): string | undefined => tokens.find(t => t.text.trim() === text)?.color;
        const keyword = colour('agreement'), name = colour('ICTeamImagingPeople'), string = colour('"Verwerkersovereenkomst"');
        const comment = tokens.find(t => t.text.trim().startsWith('// Heading'))?.color;
        expect({ keyword, string, comment }).toEqual({ keyword: expect.any(String), string: expect.any(String), comment: expect.any(String) });
        expect(new Set([keyword, string, comment]).size, 'keyword, string and comment in three colours').toBe(3);
        expect(keyword, 'a keyword differs from a declared name').not.toBe(name);
        await wb.shot('01-syntax-highlighting');
    });

    it('b. a bad edit shows a squiggle and DPA-R19 in the Problems panel', async () => {
        await wb.focus(ICTEAM);
        const after = lineOf(source(ICTEAM), /^\s*court processor-seat/);
        await wb.openLineBelow(after);
        await wb.page.keyboard.type('processing Foo "x" { }');
        await expect.poll(async () => (await wb.line(ICTEAM, 'processing Foo').innerText()).replace(/\u00a0/g, ' ').trim(), {
            timeout: 5 * SECOND, message: 'the typed line is in the editor'
        }).toBe('processing Foo "x" { }');

        await expect.poll(() => wb.squiggleOnLine(ICTEAM, 'processing Foo', 'error'), {
            timeout: 60 * SECOND, interval: 250, message: 'an error squiggle under the new processing line'
        }).toBe(true);
        await wb.shot('02-bad-edit-squiggle');

        const rows = await wb.problems('DPA-R19');
        await rows.first().waitFor({ timeout: 30 * SECOND });
        const texts = await rows.allInnerTexts();
        expect(texts.some(t => t.includes(`Ln ${after + 1}`)), `a DPA-R19 problem on line ${after + 1}: ${JSON.stringify(texts)}`).toBe(true);
        await wb.shot('03-problems-panel-R19');

        await wb.revert(ICTEAM);
        await expect.poll(() => rows.count(), { timeout: 30 * SECOND, message: 'DPA-R19 leaves the Problems panel after the revert' }).toBe(0);
    });

    it('c. completion after `data` offers the data categories declared in the file', async () => {
        await wb.focus(ICTEAM);
        const text = source(ICTEAM);
        const purpose = lineOf(text, /^\s*purpose /, lineOf(text, /^\s*processing InterimSystemManagement /));
        await wb.openLineBelow(purpose);
        await wb.page.keyboard.type('data ');
        await wb.page.keyboard.press('Control+Space');
        const widget = wb.page.locator('.editor-widget.suggest-widget.visible');
        await widget.waitFor({ timeout: 30 * SECOND });
        const names = widget.locator('.monaco-list-row .label-name');
        await expect.poll(() => names.allInnerTexts(), { timeout: 30 * SECOND, message: 'the suggest widget lists Contact' })
            .toContain('Contact');
        const offered = await names.allInnerTexts();
        expect(offered, 'more declared data categories are offered').toEqual(expect.arrayContaining(['Contact', 'Computer', 'Connection']));
        expect(offered, 'no data subjects where data is expected').not.toContain('CustomerEmployees');
        await wb.shot('04-completion-data');
        await wb.page.keyboard.press('Escape');
        await widget.waitFor({ state: 'hidden' });
        await wb.revert(ICTEAM);
    });

    it('d. hovering a keyword explains it with the GDPR article', async () => {
        // complete.dpa has no diagnostics, so any hover comes from the hover provider, not from a problem.
        await wb.openFromExplorer(COMPLETE);
        await wb.focus(COMPLETE);
        const line = lineOf(source(COMPLETE), /^\s*retention /);
        await wb.goToLine(line);
        // Monaco renders spaces as U+00A0: match them with \s, not with ' '.
        const keyword = wb.line(COMPLETE, /^\s*retention\s/).locator('span > span', { hasText: /^retention$/ }).first();
        await keyword.waitFor();
        const hover = wb.page.locator('.monaco-hover:not(.hidden) .hover-contents, .monaco-hover:not(.hidden) .rendered-markdown').first();
        // Hover, and hover again if the first mouse move landed before the editor was ready.
        await waitUntil('a hover over `retention`', 20 * SECOND, async () => {
            await wb.page.mouse.move(0, 0);
            await keyword.hover();
            return await hover.waitFor({ timeout: 3 * SECOND }).then(() => true, () => undefined);
        });
        await expect.poll(() => hover.innerText(), { timeout: 10 * SECOND, message: 'the hover names the GDPR article' }).toMatch(/Art\./);
        await wb.shot('05-hover-retention');
        await wb.page.keyboard.press('Escape');
        await wb.page.mouse.move(0, 0);
    });

    it('e. the preview shows the Dutch agreement and follows edits of the title', async () => {
        await wb.focus(ICTEAM);
        await wb.command('DPA: Open Preview to the Side');
        const text = await wb.waitForPreview('the preview with the agreement', t => t.includes('Verwerkersovereenkomst') && /Artikel 1\b/.test(t), 60 * SECOND);
        expect(text).toContain('Imaging People');
        // The status line is in the editor's display language (English here), from vscode.l10n.
        expect((await wb.preview())?.status).toMatch(/^\d+ errors?, \d+ warnings?$/);
        await wb.shot('06-preview');

        await wb.focus(ICTEAM);
        const title = lineOf(source(ICTEAM), /^\s*title "Verwerkersovereenkomst"/);
        await wb.goToLine(title);
        await wb.page.keyboard.press('End');
        await wb.page.keyboard.press('ArrowLeft'); // inside the closing quote
        await wb.page.keyboard.type(' Beeldbewerking E2E');
        await wb.waitForPreview('the new title in the preview', t => t.includes('Verwerkersovereenkomst Beeldbewerking E2E'), 30 * SECOND);
        await wb.shot('07-preview-after-title-edit');

        await wb.revert(ICTEAM);
        await wb.waitForPreview('the original title back in the preview', t => !t.includes('Beeldbewerking E2E'), 30 * SECOND);
        await wb.command('View: Close All Editor Groups');
    });

    it('e2. the preview and the editor follow each other: a click selects its source line, the cursor marks its text', async () => {
        await wb.openFromExplorer(ICTEAM);
        await wb.focus(ICTEAM);
        await wb.command('DPA: Open Preview to the Side');
        await wb.waitForPreview('the preview with the agreement', t => /Artikel 1\b/.test(t), 60 * SECOND);
        const { frame } = (await wb.preview())!;
        const blocks = frame.locator('#dpa-content [data-line]');
        const lineAt = async (index: number): Promise<number> => Number(await blocks.nth(index).getAttribute('data-line'));
        expect(await blocks.count(), 'the preview marks its text with source lines').toBeGreaterThan(10);

        // Preview → editor: the page script reports the click, the extension selects the line.
        const clicked = await lineAt(10);
        await blocks.nth(10).click();
        await wb.page.locator('.statusbar-item[id="status.editor.selection"]', { hasText: new RegExp(`Ln ${clicked + 1}, Col`) })
            .waitFor({ timeout: 15 * SECOND });
        await expect.poll(() => frame.locator('#dpa-content .dpa-current').first().getAttribute('data-line'), {
            timeout: 5 * SECOND, message: 'the clicked text is marked'
        }).toBe(String(clicked));
        await wb.shot('07b-preview-click-selects-source');

        // Editor → preview: the cursor on another source line marks that line's text.
        const target = await lineAt(3);
        await wb.focus(ICTEAM);
        await wb.goToLine(target + 1);
        await expect.poll(() => frame.locator('#dpa-content .dpa-current').first().getAttribute('data-line'), {
            timeout: 15 * SECOND, message: `the text of source line ${target + 1} is marked in the preview`
        }).toBe(String(target));
        await wb.shot('07c-preview-follows-cursor');
        await wb.command('View: Close All Editor Groups');
    });

    it('f. Generate Agreement… writes the Markdown file into the workspace', async () => {
        const target = join(info.workspace, 'complete.md');
        rmSync(target, { force: true });
        await wb.openFromExplorer(COMPLETE);
        await wb.focus(COMPLETE);
        await wb.command('DPA: Generate Agreement…');
        await wb.page.locator('.quick-input-widget .monaco-list-row', { hasText: 'Markdown' }).waitFor();
        await wb.shot('08-generate-format-choice');
        await wb.pick('Markdown');
        await wb.notification('Generated complete.md').waitFor({ timeout: 30 * SECOND });
        await wb.shot('09-generated-notification');
        expect(existsSync(target), `${target} exists`).toBe(true);
        const markdown = readFileSync(target, 'utf8');
        expect(markdown).toContain('# Verwerkersovereenkomst Loonwolk HR & Salaris');
        expect(markdown).toMatch(/Artikel 1\b/);
        expect(markdown, 'complete.dpa has no errors, so no draft marker').not.toMatch(/CONCEPT/);
    });
    it('g. Compare with… another file shows the change report beside the editor; a click on a change selects its line', async () => {
        // The version before: a 48-hour breach deadline and an extra measure (the open complete.dpa has 24 hours and no RedTeam).
        const older = 'complete-v1.dpa';
        const text = source(COMPLETE);
        writeFileSync(join(info.workspace, older), text
            .replace('breach notification within 24 hours', 'breach notification within 48 hours')
            .replace('    measure Pentest ', '    measure RedTeam organisational pentest "Jaarlijkse red-teamoefening door een externe partij"\n    measure Pentest '));
        await wb.command('View: Close All Editor Groups');
        await wb.openFromExplorer(COMPLETE);
        await wb.focus(COMPLETE);
        await wb.command('DPA: Compare with…');
        const quick = wb.page.locator('.quick-input-widget');
        await quick.locator('.monaco-list-row', { hasText: 'Another file…' }).first().click();
        // code-server's open dialog is a quick input listing the folder: pick the other file (a
        // click on a file may accept it at once; otherwise Enter does, never into the editor).
        await quick.locator('.monaco-list-row', { hasText: older }).first().waitFor({ timeout: 15 * SECOND });
        await wb.shot('compare-00-open-dialog');
        await quick.locator('.monaco-list-row', { hasText: older }).first().click();
        const closed = await quick.waitFor({ state: 'hidden', timeout: 3 * SECOND }).then(() => true, () => false);
        if (!closed) {
            expect(await quick.locator('input').first().inputValue()).toBe(join(info.workspace, older));
            await quick.locator('input').first().press('Enter');
            await quick.waitFor({ state: 'hidden' });
        }
        const report = await wb.waitForPreview('the change report', t => t.includes('Breach notification: deadline: 48 hours → 24 hours'), 60 * SECOND);
        expect(report).toContain(`From ${older} to ${COMPLETE}`);
        expect(report).toContain('Measure RedTeam removed (looser for the processor)');
        expect((await wb.preview())?.status).toBe('2 changes: 1 looser for the processor, 1 stricter for the processor');
        expect(await wb.page.locator('.tab', { hasText: `Changes ${older} → ${COMPLETE}` }).count(), 'the panel is titled with both versions').toBe(1);
        await wb.shot('compare-01-report');

        // Report → editor: a click on the breach change selects its line in complete.dpa.
        const { frame } = (await wb.preview())!;
        const breach = frame.locator('#dpa-content li[data-line]', { hasText: 'Breach notification' }).first();
        const line = Number(await breach.getAttribute('data-line'));
        expect(line).toBe(lineOf(text, /^\s*breach notification within 24 hours/) - 1);
        await breach.click();
        await wb.page.locator('.statusbar-item[id="status.editor.selection"]', { hasText: new RegExp(`Ln ${line + 1}, Col`) })
            .waitFor({ timeout: 15 * SECOND });
        await wb.shot('compare-02-click-selects-line');
        expect(await wb.tab(COMPLETE).first().getAttribute('class'), 'complete.dpa was not edited').not.toMatch(/\bdirty\b/);
        await wb.command('View: Close All Editor Groups');
        rmSync(join(info.workspace, older), { force: true });
    });

    it('h. the firm\'s playbook: a dpa-playbook.json put into the workspace gives its diagnostics, with the firm\'s codes', async () => {
        const playbook = join(info.workspace, 'dpa-playbook.json');
        await wb.openFromExplorer(COMPLETE);
        await wb.focus(COMPLETE);
        // The server watches the workspace: the new file revalidates the open agreement.
        copyFileSync(join(ROOT, 'examples/playbooks/kantoor-de-linde.json'), playbook);
        try {
            const rows = await wb.problems('LINDE-AANSPR', 'complete.dpa');
            await rows.first().waitFor({ timeout: 60 * SECOND });
            const cap = lineOf(source(COMPLETE), /^\s*liability cap /);
            await expect.poll(async () => (await rows.allInnerTexts()).join('\n'), { timeout: 10 * SECOND, message: 'the firm\'s message, at the cap\'s line' })
                .toMatch(new RegExp(`We accept no liability cap below EUR 500,000[\\s\\S]*Ln ${cap}`));
            // The playbook holds for every agreement of the folder: complete.dpa's two US sub-processors among them.
            await expect.poll(async () => (await (await wb.problems('PB-subprocessor-countries')).allInnerTexts()).join('\n'), { timeout: 10 * SECOND, message: 'the US sub-processors' })
                .toMatch(/Ticketflow[\s\S]*Mailhuis|Mailhuis[\s\S]*Ticketflow/);
            await wb.goToLine(cap);
            await wb.shot('10-playbook-diagnostic');
        } finally {
            rmSync(playbook, { force: true });
        }
        await expect.poll(async () => (await wb.problems('LINDE-AANSPR')).count(), { timeout: 60 * SECOND, message: 'the playbook\'s diagnostics leave with the file' }).toBe(0);
        await wb.problems('', '');
        await wb.command('View: Close All Editor Groups');
    });
    it('i. Import Agreement… writes the .dpa of a Word document beside it and opens it; Review Agreement… shows its Art. 28(3) review', async () => {
        // A real Word document: the agreement of complete.dpa as `dpa generate` writes it, as a firm would have it.
        const document = 'loonwolk-verwerkersovereenkomst.docx';
        const imported = 'loonwolk-verwerkersovereenkomst.dpa';
        const out = mkdtempSync(join(tmpdir(), 'dpa-e2e-docx-'));
        run(process.execPath, [join(ROOT, 'packages/cli/dist/cli.cjs'), 'generate', join(info.workspace, COMPLETE), '--format', 'docx', '--out', out], { timeoutMs: 60 * SECOND });
        renameSync(join(out, 'complete.docx'), join(info.workspace, document));
        rmSync(out, { recursive: true, force: true });
        await wb.command('View: Close All Editor Groups');
        // The open dialog of code-server is a quick input listing the workspace folder.
        const pickDocument = async (shot: string): Promise<void> => {
            const quick = wb.page.locator('.quick-input-widget');
            const row = quick.locator('.monaco-list-row', { hasText: document }).first();
            await row.waitFor({ timeout: 15 * SECOND });
            await wb.shot(shot);
            await row.click();
            const closed = await quick.waitFor({ state: 'hidden', timeout: 3 * SECOND }).then(() => true, () => false);
            if (!closed) {
                await quick.locator('input').first().press('Enter');
                await quick.waitFor({ state: 'hidden' });
            }
        };

        await wb.command('DPA: Import Agreement…');
        await pickDocument('import-00-open-dialog');
        await wb.activeTab(imported).waitFor({ timeout: 60 * SECOND });
        await wb.line(imported, 'agreement VerwerkersovereenkomstLoonwolkHR').waitFor({ timeout: 30 * SECOND });
        await wb.notification(/Imported loonwolk-verwerkersovereenkomst\.dpa: \d+ standard clauses, \d+ custom clauses to review/).waitFor({ timeout: 30 * SECOND });
        const text = source(imported);
        expect(text).toContain('title "Verwerkersovereenkomst Loonwolk HR & Salaris"');
        expect(text).toContain('"Hoveniersbedrijf De Linde B.V."');
        expect(text).toContain('"Loonwolk B.V."');
        expect(await wb.page.locator('.statusbar-item[id="status.editor.mode"]').innerText(), 'the new file is a DPA document').toBe('DPA');
        await wb.shot('import-01-imported-dpa-beside');

        // Again: the .dpa exists, and the user is asked before it is replaced; Cancel keeps it.
        writeFileSync(join(info.workspace, imported), `${text}// kept\n`);
        await wb.command('DPA: Import Agreement…');
        await pickDocument('import-02-open-dialog-again');
        const dialog = wb.page.locator('.monaco-dialog-box', { hasText: `${imported} already exists` });
        await dialog.waitFor({ timeout: 30 * SECOND });
        await wb.shot('import-03-replace-question');
        await dialog.locator('.monaco-button', { hasText: 'Cancel' }).first().click();
        await dialog.waitFor({ state: 'detached' });
        expect(source(imported)).toBe(`${text}// kept\n`);

        await wb.command('View: Close All Editor Groups');
        await wb.command('DPA: Review Agreement…');
        await pickDocument('review-00-open-dialog');
        const report = await wb.waitForPreview('the review report', t => t.includes(`Review of ${document}`), 60 * SECOND);
        expect(report).toContain('Art. 28(3)');
        expect(report).toMatch(/present/);
        expect((await wb.preview())?.status).toMatch(/^Art\. 28\(3\): \d+ present, \d+ weak, \d+ missing; \d+ defects$/);
        expect(await wb.page.locator('.tab', { hasText: `Review of ${document}` }).count(), 'the panel is titled after the document').toBe(1);
        await wb.shot('review-01-report');
        await wb.command('View: Close All Editor Groups');
        for (const file of [document, imported]) rmSync(join(info.workspace, file), { force: true });
    });
});

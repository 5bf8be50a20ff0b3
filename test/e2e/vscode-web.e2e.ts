/**
 * The extension's web package (out/dpa-web.vsix: the manifest's `browser` entry and the language
 * server in a Web Worker, no Node) in code-server, which runs a package without a `main` in its
 * web worker extension host, as VS Code for the web does. VS Code for the web itself is not
 * downloadable on these machines (vscode.dev is a hosted site); code-server runs the same
 * workbench and the same web worker extension host. Checked as a user sees it: the language
 * server's code lens and colours, a squiggle and a Problems entry for a defect typed in, the
 * preview, and batch generation saying that it needs the desktop.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from './env.js';
import { launchCodeServer } from './setup.js';
import { SECOND, Workbench, lineOf } from './workbench.js';

const WEB_VSIX = join(ROOT, 'out/dpa-web.vsix');
const COMPLETE = 'complete.dpa';

describe('the DPA extension as a web extension (code-server, web worker extension host)', () => {
    let wb: Workbench;
    let teardown: (() => Promise<void>) | undefined;
    let workspace: string;

    beforeAll(async () => {
        if (!existsSync(WEB_VSIX)) throw new Error(`${WEB_VSIX} is missing: run npm run package:web`);
        const launched = await launchCodeServer(WEB_VSIX, 'code-server-web.log');
        teardown = launched.teardown;
        workspace = launched.info.workspace;
        wb = await Workbench.launch(launched.info);
        await wb.openWorkbench(COMPLETE);
    });

    afterAll(async () => {
        await wb?.close();
        await teardown?.();
    });

    it('runs the language server in the browser: code lens, squiggle and Problems entry of a defect typed in', async () => {
        // The Art. 28(3) code lens comes from the language server, here in a Web Worker.
        await wb.page.locator('.contentWidgets .codelens-decoration, .monaco-editor .codelens-decoration', { hasText: 'Art. 28(3)' }).first().waitFor({ timeout: 90 * SECOND });
        await wb.shot('web-ext-1-codelens');
        const text = readFileSync(join(workspace, COMPLETE), 'utf8');
        const service = lineOf(text, /^\s*service "Hosting van het platform/);
        await wb.goToLine(service);
        await wb.page.keyboard.press('End');
        await wb.page.keyboard.press('ArrowLeft');
        await wb.page.keyboard.type(' via SSL');
        await expect.poll(() => wb.squiggleOnLine(COMPLETE, 'via SSL', 'warning'), {
            timeout: 60 * SECOND, interval: 250, message: 'a warning squiggle under SSL'
        }).toBe(true);
        const rows = await wb.problems('DPA-R40');
        await rows.first().waitFor({ timeout: 30 * SECOND });
        await wb.shot('web-ext-2-problems');
    });

    it('shows the preview', async () => {
        await wb.focus(COMPLETE);
        await wb.command('DPA: Open Preview to the Side');
        const text = await wb.waitForPreview('the preview with the agreement', t => t.includes('Verwerkersovereenkomst Loonwolk'), 60 * SECOND);
        expect(text).toContain('Partijen');
        await wb.shot('web-ext-3-preview');
    });

    it('says that batch generation needs the desktop', async () => {
        await wb.focus(COMPLETE);
        await wb.command('DPA: Generate Agreements from Data…');
        await wb.notification(/desktop|VS Code for the web/).waitFor({ timeout: 30 * SECOND });
        await wb.shot('web-ext-4-batch-desktop-only');
    });

    it('says that importing and reviewing a document need the desktop and the extension DPA Import', async () => {
        for (const command of ['DPA: Import Agreement…', 'DPA: Review Agreement…']) {
            await wb.command(command);
            const toast = wb.notification(/Importing and reviewing .* needs VS Code on the desktop with the extension "DPA Import"/);
            await toast.waitFor({ timeout: 30 * SECOND });
            if (command.includes('Review')) await wb.shot('web-ext-5-import-desktop-only');
            await wb.command('Notifications: Clear All Notifications');
            await toast.waitFor({ state: 'detached', timeout: 10 * SECOND });
        }
    });
});

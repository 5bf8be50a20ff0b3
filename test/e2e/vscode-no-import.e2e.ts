/**
 * The extension without its companion (out/dpa.vsix alone in code-server): "DPA: Import
 * Agreement…" and "DPA: Review Agreement…" say that they need the extension "DPA Import", name
 * it, and offer to install it; nothing breaks, and the language features still work.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { VSIX } from './env.js';
import { launchCodeServer } from './setup.js';
import { SECOND, Workbench } from './workbench.js';

const COMPLETE = 'complete.dpa';

describe('the DPA extension without the companion extension DPA Import', () => {
    let wb: Workbench;
    let teardown: (() => Promise<void>) | undefined;

    beforeAll(async () => {
        // out/dpa.vsix exists: the suite's setup has just made and installed it with its companion.
        const launched = await launchCodeServer(VSIX, 'code-server-no-import.log');
        teardown = launched.teardown;
        wb = await Workbench.launch(launched.info);
        await wb.openWorkbench(COMPLETE);
    });

    afterAll(async () => {
        await wb?.close();
        await teardown?.();
    });

    it('says that importing needs "DPA Import" and offers to install it, for both commands', async ({ onTestFailed }) => {
        onTestFailed(async () => {
            await wb?.shot('failed-no-import').catch(() => undefined);
        });
        // The extension has started: its language is on the open agreement.
        await expect.poll(() => wb.page.locator('.statusbar-item[id="status.editor.mode"]').innerText(), {
            timeout: 60 * SECOND, message: 'the status bar names the language DPA'
        }).toBe('DPA');
        await wb.page.locator('.contentWidgets .codelens-decoration, .monaco-editor .codelens-decoration', { hasText: 'Art. 28(3)' }).first().waitFor({ timeout: 90 * SECOND });
        for (const command of ['DPA: Import Agreement…', 'DPA: Review Agreement…']) {
            await wb.command(command);
            const toast = wb.notification(/needs the extension "DPA Import" \(dpa-tools\.dpa-import\)/);
            await toast.waitFor({ timeout: 30 * SECOND });
            expect(await toast.locator('.monaco-button', { hasText: 'Install DPA Import' }).count(), 'the offer to install it').toBe(1);
            if (command.includes('Import')) await wb.shot('no-import-1-offer-to-install');
            await wb.command('Notifications: Clear All Notifications');
            await toast.waitFor({ state: 'detached', timeout: 10 * SECOND });
        }
        // The extension is still alive: the preview of an agreement works.
        await wb.focus(COMPLETE);
        await wb.command('DPA: Open Preview to the Side');
        await wb.waitForPreview('the preview', t => t.includes('Verwerkersovereenkomst Loonwolk'), 60 * SECOND);
    });
});

/**
 * "DPA: Compare with…" without VS Code: the QuickPick's choices with and without git, the names
 * of the versions, the panel's title and status line in English and Dutch, the page (the
 * preview's, with its strict CSP), and the links: a click on a change of the report — its
 * `data-line` — reveals that line of the open document; anything else the page might send is ignored.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { renderChangeReport } from '../../packages/generator/src/change-report.js';
import { changeRecord, diffAgreements } from '../../packages/language/src/diff/index.js';
import type { Agreement } from '../../packages/language/src/index.js';
import { compareAction, compareChoices, compareStatus, compareTitle, compareUpdate, otherFileLabel } from '../../packages/extension/src/compare/report.js';
import { bundleText, SOURCE_TEXT } from '../../packages/extension/src/l10n.js';
import { renderPage } from '../../packages/extension/src/preview/page.js';
import type { ChangeEffect, DiffResult } from '../../packages/server/src/protocol.js';
import { check, lineOf, readExample } from '../helpers.js';

const ROOT = resolve(import.meta.dirname, '..', '..');
const DUTCH = bundleText(JSON.parse(readFileSync(join(ROOT, 'l10n', 'bundle.l10n.nl.json'), 'utf8')) as Record<string, string>);
const COMPLETE = readExample('complete.dpa');
const BEFORE = COMPLETE.replace('breach notification within 24 hours', 'breach notification within 48 hours').replace('retention 7 years statutory', 'retention 10 years statutory');
const AFTER = COMPLETE.replace(/\n {4}measure Pentest [^\n]*/, '');

async function agreementOf(text: string): Promise<Agreement> {
    const agreement = (await check(text)).agreement;
    if (!agreement) throw new Error('no agreement');
    return agreement;
}

/** The server's answer for BEFORE → AFTER, made as diff-request.ts makes it. */
async function result(): Promise<DiffResult> {
    const changes = diffAgreements(await agreementOf(BEFORE), await agreementOf(AFTER));
    const counts: Record<ChangeEffect, number> = { 'looser-for-processor': 0, 'stricter-for-controller': 0, 'stricter-for-processor': 0, 'looser-for-controller': 0, neutral: 0 };
    for (const change of changes) counts[change.effect]++;
    return {
        ok: true, title: 'Changes', css: '', counts,
        body: renderChangeReport(changes, { lang: 'en', format: 'html', oldName: 'HEAD', newName: 'after.dpa', embedded: true }),
        changes: changes.map(change => changeRecord(change, 'en'))
    };
}

describe('the choices and the names', () => {
    test('the last committed version only in a git repository; another file always', () => {
        expect(compareChoices(true, SOURCE_TEXT).map(choice => [choice.source, choice.label])).toEqual([
            ['head', '$(git-commit) Last committed version (git HEAD)'],
            ['file', '$(file) Another file…']
        ]);
        expect(compareChoices(false, DUTCH).map(choice => [choice.source, choice.label])).toEqual([['file', '$(file) Een ander bestand…']]);
        expect(compareChoices(true, DUTCH)[0]!.label).toBe('$(git-commit) Laatst vastgelegde versie (git HEAD)');
    });

    test('another file by its base name, or by its workspace path when that is the open document\'s own name', () => {
        expect(otherFileLabel('contracts/v1/agreement.dpa', 'draft.dpa')).toBe('agreement.dpa');
        expect(otherFileLabel('contracts/v1/agreement.dpa', 'agreement.dpa')).toBe('contracts/v1/agreement.dpa');
        expect(otherFileLabel('C:\\work\\agreement.dpa', 'new.dpa')).toBe('agreement.dpa');
        expect(compareTitle('HEAD', 'agreement.dpa', SOURCE_TEXT)).toBe('Changes HEAD → agreement.dpa');
        expect(compareTitle('HEAD', 'agreement.dpa', DUTCH)).toBe('Wijzigingen HEAD → agreement.dpa');
    });
});

describe('the panel\'s page', () => {
    test('the status line counts the changes by effect, in the report\'s order; looser for the processor is a warning', async () => {
        const answer = await result();
        expect(compareStatus(answer, SOURCE_TEXT)).toBe('3 changes: 1 looser for the processor, 1 stricter for the processor, 1 neutral');
        expect(compareStatus(answer, DUTCH)).toBe('3 wijzigingen: 1 soepeler voor de verwerker, 1 strenger voor de verwerker, 1 neutraal');
        expect(compareUpdate(answer, SOURCE_TEXT)).toMatchObject({ type: 'update', body: answer.body, statusClass: 'warnings' });
        expect(compareStatus({ ...answer, changes: [] }, DUTCH)).toBe('Geen wijzigingen');
        const failed = { ...answer, ok: false, changes: [], body: '<p class="notice">…</p>' };
        expect(compareUpdate(failed, SOURCE_TEXT)).toMatchObject({ status: 'No comparison', statusClass: 'errors' });
    });

    test('is the preview\'s page: a strict CSP, the page script by nonce, the report inside', async () => {
        const answer = await result();
        const html = renderPage({ script: 'https://webview/preview.js', cspSource: 'https://webview', source: 'file:///w/after.dpa', title: 'Changes HEAD → after.dpa', css: answer.css, content: compareUpdate(answer, SOURCE_TEXT) });
        const nonce = /script-src 'nonce-([^']+)'/.exec(html)?.[1];
        expect(nonce).toBeDefined();
        expect(html).toContain(`<script nonce="${nonce}" src="https://webview/preview.js"></script>`);
        expect(html).toContain("default-src 'none'");
        expect(html).toContain(answer.body);
        expect(html.match(/<script/g)).toHaveLength(1);
    });
});

describe('the links from the report to the source', () => {
    test('each change in the open document is a link to its line; a click on it reveals that line', async () => {
        const answer = await result();
        const linked = [...answer.body.matchAll(/data-line="(\d+)"/g)].map(match => Number(match[1]));
        expect(linked).toEqual([lineOf(AFTER, 'breach notification'), lineOf(AFTER, 'retention 7 years statutory')]);
        for (const line of linked) expect(compareAction({ type: 'reveal', line }, answer.changes)).toEqual({ kind: 'reveal', line });
    });

    test('a removed element is not in the open document: no link; other messages are ignored or answered', async () => {
        const answer = await result();
        const removed = answer.changes.find(change => change.kind === 'removed');
        expect(removed?.line).toEqual({ old: lineOf(BEFORE, 'measure Pentest') + 1 });
        expect(answer.body).toContain('<li>Measure Pentest removed');
        expect(compareAction({ type: 'reveal', line: lineOf(BEFORE, 'measure Pentest') }, answer.changes)).toBeUndefined();
        expect(compareAction({ type: 'reveal', line: -1 }, answer.changes)).toBeUndefined();
        expect(compareAction({ type: 'reveal', line: '3' }, answer.changes)).toBeUndefined();
        expect(compareAction({ type: 'scrollToLine', line: 3 }, answer.changes)).toBeUndefined();
        expect(compareAction(null, answer.changes)).toBeUndefined();
        expect(compareAction({ type: 'ready' }, answer.changes)).toEqual({ kind: 'ready' });
    });
});

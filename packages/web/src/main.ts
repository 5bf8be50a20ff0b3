import { indentUnit } from '@codemirror/language';
import { lintGutter } from '@codemirror/lint';
import { EditorState } from '@codemirror/state';
import { LSPClient, languageServerExtensions } from '@codemirror/lsp-client';
import { EditorView, basicSetup } from 'codemirror';
import type { DiagnosticCounts, DocumentValidatedParams, GenerateParams, GenerateResult, PreviewParams, PreviewResult } from '@dpa/server/protocol';
import examples from 'dpa:examples';
import { diagnosticsWithFixes } from './diagnostics.js';
import { download, fromBase64, openFile, saveFile, type OpenedFile } from './files.js';
import { dpaHighlighting } from './highlight.js';
import { Outline } from './outline.js';
import { Preview } from './preview.js';
import { sanitizeHtml } from './sanitize.js';
import { UI, type UiLang } from './texts.js';
import { workerTransport } from './transport.js';

// The playground: the .dpa editor (CodeMirror 6 with its LSP client) on the left, the live
// agreement on the right, the language server in a Web Worker (server.js, the bundle of
// packages/server/src/browser.ts). No server at run time: every file is static.

function element<T extends HTMLElement>(id: string): T {
    const found = document.getElementById(id);
    if (!found) throw new Error(`The playground page has no #${id}`);
    return found as T;
}

const status = element<HTMLElement>('status');
const exampleSelect = element<HTMLSelectElement>('example');
const langSelect = element<HTMLSelectElement>('lang');
const fileInput = element<HTMLInputElement>('file-input');

let lang: UiLang = 'nl';
let counts: DiagnosticCounts | undefined;
let problem: string | undefined;

function showStatus(): void {
    const t = UI[lang];
    status.className = problem ? 'errors' : counts && counts.errors > 0 ? 'errors' : counts && counts.warnings > 0 ? 'warnings' : 'clean';
    status.textContent = problem ?? (counts ? t.counts(counts) : t.starting);
}

const worker = new Worker('server.js');
const client = new LSPClient({
    rootUri: 'file:///playground/',
    timeout: 20_000,
    sanitizeHTML: sanitizeHtml,
    extensions: [diagnosticsWithFixes(() => undefined), ...languageServerExtensions()],
    notificationHandlers: {
        'dpa/documentValidated': (_client, params: DocumentValidatedParams) => {
            if (params.uri === current.uri) {
                counts = params.counts;
                problem = undefined;
                showStatus();
                schedulePreview();
                void outline.refresh(client, current.uri).catch(() => undefined);
            }
            return true;
        }
    }
}).connect(workerTransport(worker, message => {
    problem = `${UI[lang].serverFailed}: ${message}`;
    showStatus();
}));

/** The document being edited: its URI for the server, its file name, and where to save it. */
let current: { uri: string; name: string; handle?: OpenedFile['handle'] } = { uri: '', name: '' };
let view: EditorView | undefined;

const preview = new Preview(element<HTMLIFrameElement>('preview'), line => reveal(line));

/** Moves the editor's cursor to a position (0-based line and character) and shows it. */
function reveal(line: number, character = 0): void {
    if (!view) return;
    const target = view.state.doc.line(Math.min(line + 1, view.state.doc.lines));
    view.dispatch({ selection: { anchor: Math.min(target.from + character, target.to) }, scrollIntoView: true });
    view.focus();
}

const outline = new Outline(element<HTMLSelectElement>('outline'), () => UI[lang].outline, reveal);

let previewTimer: ReturnType<typeof setTimeout> | undefined;
let previewing = false;
function schedulePreview(): void {
    clearTimeout(previewTimer);
    previewTimer = setTimeout(() => void refreshPreview(), 50);
}

async function refreshPreview(): Promise<void> {
    if (previewing) return schedulePreview();
    previewing = true;
    try {
        const result = await client.request<PreviewParams, PreviewResult>('dpa/preview', { uri: current.uri });
        await preview.show(result);
    } catch (error) {
        problem = `${UI[lang].previewFailed}: ${error instanceof Error ? error.message : String(error)}`;
        showStatus();
    } finally {
        previewing = false;
    }
}

/**
 * The editor lives in a shadow root: CodeMirror then gives it its styles as constructed
 * stylesheets (in a document it writes <style> elements, which the page's Content Security
 * Policy, `style-src 'self'`, would refuse without a nonce that a static page cannot have).
 */
const editorRoot = element('editor').attachShadow({ mode: 'open' });
const editorSheet = new CSSStyleSheet();
editorSheet.replaceSync(`
:host { display: block; }
.cm-editor { height: 100%; }
.cm-scroller { font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; font-size: 13px; }
`);
editorRoot.adoptedStyleSheets = [editorSheet];

/** Opens a text in the editor as the document `name` (a new editor, so that the server sees a new document). */
function load(name: string, text: string, handle?: OpenedFile['handle']): void {
    view?.destroy();
    current = { uri: `file:///playground/${encodeURIComponent(name)}`, name, ...(handle ? { handle } : {}) };
    counts = undefined;
    showStatus();
    let revealTimer: ReturnType<typeof setTimeout> | undefined;
    view = new EditorView({
        doc: text,
        parent: editorRoot,
        root: editorRoot,
        extensions: [
            basicSetup,
            // Agreements are prose in strings: long lines wrap rather than scroll sideways.
            EditorView.lineWrapping,
            // Four spaces, as the examples and the formatter (which takes the client's tab size) lay them out.
            indentUnit.of('    '),
            EditorState.tabSize.of(4),
            dpaHighlighting(),
            lintGutter(),
            client.plugin(current.uri, 'dpa'),
            EditorView.updateListener.of(update => {
                if (!update.selectionSet || !update.view.hasFocus) return;
                clearTimeout(revealTimer);
                const line = update.state.doc.lineAt(update.state.selection.main.head).number - 1;
                revealTimer = setTimeout(() => void preview.reveal(line), 150);
            })
        ]
    });
    document.title = `${name} · dpa`;
}

for (const example of examples) exampleSelect.add(new Option(example.name, example.name));
exampleSelect.addEventListener('change', () => {
    const example = examples.find(e => e.name === exampleSelect.value);
    if (example) load(example.name, example.text);
});

element('open').addEventListener('click', async () => {
    const opened = await openFile(fileInput);
    if (opened) load(opened.name, opened.text, opened.handle);
});

element('save').addEventListener('click', async () => {
    if (!view) return;
    const handle = await saveFile(current.name, view.state.doc.toString(), current.handle);
    if (handle) current = { ...current, handle };
});

/** The agreement and the messages in one language: the server's settings and the page's own labels. */
function setLanguage(next: UiLang): void {
    lang = next;
    document.documentElement.lang = next;
    for (const node of document.querySelectorAll<HTMLElement>('[data-ui]')) {
        const key = node.dataset['ui'] as keyof typeof UI.nl;
        const text = UI[next][key];
        if (typeof text === 'string') node.textContent = text;
    }
    element('pdf').title = UI[next].pdfDesktopOnly;
    client.notification('workspace/didChangeConfiguration', { settings: { dpa: { agreement: { language: next }, diagnostics: { language: next } } } });
    showStatus();
}
langSelect.addEventListener('change', () => setLanguage(langSelect.value === 'en' ? 'en' : 'nl'));

const EXTENSIONS: Record<GenerateParams['format'], string> = { md: 'md', html: 'html', docx: 'docx', pdf: 'pdf' };
const MIME: Record<GenerateParams['format'], string> = {
    md: 'text/markdown;charset=utf-8',
    html: 'text/html;charset=utf-8',
    docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    pdf: 'application/pdf'
};

async function generate(format: GenerateParams['format']): Promise<void> {
    const t = UI[lang];
    let result = await client.request<GenerateParams, GenerateResult>('dpa/generate', { uri: current.uri, format });
    if (!result.ok && !result.failure && result.errors.length > 0 && window.confirm(t.draftQuestion(result.errors.length))) {
        result = await client.request<GenerateParams, GenerateResult>('dpa/generate', { uri: current.uri, format, draft: true });
    }
    if (!result.ok || result.content === undefined) {
        problem = result.failure ?? t.generateFailed(result.errors.length);
        showStatus();
        return;
    }
    const name = `${current.name.replace(/\.dpa$/i, '')}.${EXTENSIONS[format]}`;
    const data = result.encoding === 'base64' ? fromBase64(result.content) : result.content;
    download(name, new Blob([data], { type: MIME[format] }));
}
for (const format of ['md', 'html', 'docx'] as const) element(`generate-${format}`).addEventListener('click', () => void generate(format));

void client.initializing.then(() => {
    setLanguage('nl');
    const first = examples.find(e => e.name === 'complete.dpa') ?? examples[0];
    if (first) {
        exampleSelect.value = first.name;
        load(first.name, first.text);
    }
});
showStatus();

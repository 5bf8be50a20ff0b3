import type { PreviewResult } from '@dpa/server/protocol';

/**
 * The live agreement: the server's preview (the same HTML as VS Code's preview) in a sandboxed
 * frame that runs no script. The page's own script reads it (same origin, `allow-same-origin`):
 * the agreement's stylesheet is adopted as a constructed stylesheet (no inline style for the
 * Content Security Policy to allow), and a click on generated text moves the editor to the source
 * line it came from (`data-line`, 0-based).
 */
export class Preview {
    private document: Document | undefined;
    /** The frame's stylesheet and the agreement CSS it holds: made again only when the CSS changes. */
    private sheet: { readonly css: string; readonly sheet: CSSStyleSheet } | undefined;

    constructor(private readonly frame: HTMLIFrameElement, private readonly onSourceLine: (line: number) => void) {}

    /** Shows a result, keeping the scroll position. */
    async show(result: PreviewResult): Promise<void> {
        const doc = await this.frameDocument();
        const scroll = doc.defaultView?.scrollY ?? 0;
        if (this.sheet?.css !== result.css) {
            const sheet = new (doc.defaultView as unknown as typeof globalThis).CSSStyleSheet();
            sheet.replaceSync(`${result.css}\n${FRAME_CSS}`);
            this.sheet = { css: result.css, sheet };
            doc.adoptedStyleSheets = [sheet];
        }
        doc.title = result.title;
        // The body is the server's HTML: generated markup, the user's text escaped (the generator's escapeHtml).
        doc.body.innerHTML = `<main id="dpa-content">${result.body}</main>`;
        doc.defaultView?.scrollTo(0, scroll);
    }

    /** Scrolls to the generated text of a source line, if it is not in view. */
    async reveal(line: number): Promise<void> {
        const doc = await this.frameDocument();
        const candidates = [...doc.querySelectorAll<HTMLElement>('[data-line]')];
        let best: HTMLElement | undefined;
        for (const element of candidates) {
            const at = Number(element.dataset['line']);
            if (at <= line) best = element;
            else break;
        }
        best?.scrollIntoView({ block: 'nearest' });
    }

    private frameDocument(): Promise<Document> {
        if (this.document) return Promise.resolve(this.document);
        return new Promise(resolve => {
            const ready = () => {
                const doc = this.frame.contentDocument!;
                doc.addEventListener('click', event => {
                    if (event.button !== 0) return;
                    const selection = doc.getSelection();
                    if (selection && !selection.isCollapsed && selection.toString().trim() !== '') return;
                    const target = event.target instanceof doc.defaultView!.Element ? event.target.closest<HTMLElement>('[data-line]') : null;
                    const line = Number(target?.dataset['line']);
                    if (target && Number.isInteger(line)) this.onSourceLine(line);
                });
                this.document = doc;
                resolve(doc);
            };
            if (this.frame.contentDocument?.readyState === 'complete' && this.frame.contentDocument.body) ready();
            else this.frame.addEventListener('load', ready, { once: true });
        });
    }
}

/** The marks of clickable text, after the agreement's stylesheet. */
const FRAME_CSS = `
body { margin: 0 1.5rem 2rem; }
#dpa-content [data-line] { cursor: pointer; }
#dpa-content [data-line]:hover { background: #f1f5ff; }
`;

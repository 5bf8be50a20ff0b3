/**
 * The page's text by source line: the server marks each block generated from a line of the .dpa
 * source with `data-line` (0-based). Finding the text of a line, marking it as current, scrolling
 * to it, and finding the source line of a click.
 */
import type { ScrollMode } from '../preview/messages.js';

/** After a click in the page, or while the user scrolls it, the editor's moves do not scroll it. */
const QUIET_MS = 300;

export class SourceLines {
    private quietUntil = 0;
    /** The source line of the marked text (undefined: none), kept across updates. */
    private markedLine: number | undefined;

    constructor(private readonly content: HTMLElement, private readonly status: HTMLElement) {}

    /** The user interacts with the page: the editor's moves leave it alone for a moment. */
    quiet(): void {
        this.quietUntil = Date.now() + QUIET_MS;
    }

    /** Marks the text of a clicked element and returns its source line. */
    select(element: Element): number {
        this.quiet();
        const line = lineOf(element);
        this.markedLine = line;
        this.mark(element);
        return line;
    }

    /** After new content: the text of the marked line is marked again. */
    remark(): void {
        if (this.markedLine !== undefined) this.mark(this.elementsFor(this.markedLine).best);
    }

    scrollToLine(line: number, mode: ScrollMode): void {
        if (mode !== 'reveal' && Date.now() < this.quietUntil) return;
        const found = this.elementsFor(line);
        if (mode !== 'scroll') {
            this.markedLine = line;
            this.mark(found.best);
        }
        let top = 0;
        if (found.best !== undefined) {
            const rect = found.best.getBoundingClientRect();
            if (mode !== 'scroll' && rect.top >= this.topOffset() && (rect.bottom <= window.innerHeight || rect.top < window.innerHeight / 2)) {
                return; // already in view
            }
            top = window.scrollY + rect.top - this.topOffset();
            if (mode === 'scroll' && found.next !== undefined && found.nextLine > found.bestLine) {
                const nextTop = found.next.getBoundingClientRect().top;
                if (nextTop > rect.top) top += (nextTop - rect.top) * (line - found.bestLine) / (found.nextLine - found.bestLine);
            }
        }
        top = Math.max(0, Math.round(top));
        const distance = top - window.scrollY;
        if (Math.abs(distance) < 2) return;
        if (mode === 'scroll' || document.body.classList.contains('vscode-reduce-motion')) {
            window.scrollTo(0, top);
            return;
        }
        // Smoothly, but a long way only for the last screen (a smooth scroll takes ~1.5 s at most).
        if (Math.abs(distance) > 2 * window.innerHeight) {
            window.scrollTo(0, top - Math.sign(distance) * window.innerHeight);
        }
        window.scrollTo({ top, behavior: 'smooth' });
    }

    /**
     * The text of a click: its own element with a source line, else (a list in an article) the
     * nearest earlier block with one in the same section.
     */
    sourceElement(target: EventTarget | null): Element | undefined {
        let element = target instanceof Element ? target : target instanceof Node ? target.parentElement : null;
        if (element === null || !this.content.contains(element)) return undefined;
        const own = element.closest('[data-line]');
        if (own !== null && this.content.contains(own)) return own;
        while (element.parentElement !== null && element.parentElement.tagName !== 'ARTICLE' && element.parentElement !== this.content) {
            element = element.parentElement;
        }
        for (let previous = element.previousElementSibling; previous !== null; previous = previous.previousElementSibling) {
            if (previous.hasAttribute('data-line')) return previous;
            if (/^(H1|H2|H3|HEADER)$/.test(previous.tagName)) return undefined;
        }
        return undefined;
    }

    private sourceElements(): Element[] {
        return [...this.content.querySelectorAll('[data-line]')].filter(element => Number.isInteger(lineOf(element)));
    }

    /**
     * The first element of the nearest source line at or before `line`, and the element of the next
     * source line when it follows in the page (for interpolation).
     */
    private elementsFor(line: number): { best?: Element; bestLine: number; next?: Element; nextLine: number } {
        let best: Element | undefined, bestLine = -1, next: Element | undefined, nextLine = Infinity;
        for (const element of this.sourceElements()) {
            const l = lineOf(element);
            if (l <= line && l > bestLine) { best = element; bestLine = l; }
        }
        if (best !== undefined) {
            for (const element of this.sourceElements()) {
                const l = lineOf(element);
                if (l > bestLine && l < nextLine) { next = element; nextLine = l; }
            }
        }
        return { best, bestLine, next, nextLine };
    }

    private mark(element: Element | undefined): void {
        for (const old of this.content.querySelectorAll('.dpa-current')) old.classList.remove('dpa-current');
        element?.classList.add('dpa-current');
    }

    private topOffset(): number {
        return this.status.getBoundingClientRect().height + 8;
    }
}

function lineOf(element: Element): number {
    return Number(element.getAttribute('data-line'));
}

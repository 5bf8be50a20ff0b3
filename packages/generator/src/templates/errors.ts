/** Template errors: the error type, and handlebars' errors turned into it with file and line. */
import { errorText, GeneratorError, type ErrorText } from '../errors.js';

/**
 * A template or template folder that could not be read, compiled or rendered. With a `file` (a
 * firm's template), the message starts `file:line:`; otherwise it names the built-in template.
 * The `reason` is a message of the generator's catalogue (see GeneratorError).
 */
export class TemplateError extends GeneratorError {
    constructor(
        readonly template: string,
        readonly line: number | undefined,
        readonly reason: ErrorText,
        readonly file?: string
    ) {
        super(file !== undefined
            ? line !== undefined ? errorText('error.at.fileLine', { file, line, reason }) : errorText('error.at.file', { file, reason })
            : line !== undefined ? errorText('error.at.templateLine', { template, line, reason }) : errorText('error.at.template', { template, reason }));
        this.name = 'TemplateError';
    }
}

/** A stack overflow in handlebars' parser or compiler, in words. */
export function tooDeep(name: string, file: string | undefined, error: RangeError): TemplateError {
    return new TemplateError(name, undefined, errorText('error.template.tooDeepToCompile', { detail: error.message }), file);
}

/**
 * The line of an offset in `text`, for offsets asked in increasing order: counts only the line
 * breaks since the previous question, so a scan over all tags of a large template stays linear.
 */
export function lineCounter(text: string): (offset: number) => number {
    let line = 1;
    let position = 0;
    return offset => {
        for (let i = text.indexOf('\n', position); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) line++;
        position = Math.max(position, offset);
        return line;
    };
}

function messageOf(error: unknown): string {
    return error instanceof Error ? error.message : String(error);
}

/** Any handlebars error: its line from `lineNumber` or from "line N" in the message. */
export function templateError(name: string, error: unknown, file?: string): TemplateError {
    const message = messageOf(error);
    const lineNumber = (error as { lineNumber?: unknown } | undefined)?.lineNumber;
    const line = typeof lineNumber === 'number' ? lineNumber : Number(/line (\d+)/i.exec(message)?.[1]) || undefined;
    // "if doesn't match each - 2:5": the location is reported separately.
    const reason = (message.split('\n')[0] ?? message).replace(/ - \d+:\d+$/, '');
    return new TemplateError(name, line, errorText('error.template.handlebars', { detail: reason }), file);
}

/**
 * A handlebars parse error ("Parse error on line 4: … Expecting …, got 'EOF'") in words. A block
 * left open at the end of the template is reported at the line that opens it.
 */
export function parseError(name: string, source: string, error: unknown, file?: string): TemplateError {
    const message = messageOf(error);
    if (/got 'EOF'/.test(message)) {
        const open = unclosedBlock(source);
        if (open) return new TemplateError(name, open.line, errorText('error.template.unclosedBlock', { marker: open.marker, name: open.name }), file);
    }
    const parse = /^(Parse|Lexical) error on line (\d+)/.exec(message);
    if (!parse) return templateError(name, error, file);
    const lines = message.split('\n');
    const detail = parse[1] === 'Parse' ? lines[lines.length - 1] ?? '' : lines.slice(1).join(' ');
    const key = parse[1] === 'Parse' ? 'error.template.parse' : 'error.template.lexical';
    return new TemplateError(name, Number(parse[2]), errorText(key, { detail: detail.trim() }), file);
}

/** The innermost block (`{{#if}}`, `{{^x}}`, `{{#> partial}}`) that is never closed, with its line. */
function unclosedBlock(source: string): { name: string; marker: string; line: number } | undefined {
    // Comments may contain anything; blank them out, keeping the line breaks.
    const text = source.replace(/\{\{!--[\s\S]*?--\}\}|\{\{![\s\S]*?\}\}/g, comment => comment.replace(/[^\n]/g, ' '));
    const stack: { name: string; marker: string; line: number }[] = [];
    const lineAt = lineCounter(text);
    for (const m of text.matchAll(/(\\?)\{\{~?\s*([#^/])\s*([>*]?)\s*([^\s}~()]+)/g)) {
        if (m[1]) continue; // \{{ is literal text
        const [, , kind, modifier, name] = m as unknown as [string, string, string, string, string];
        if (kind === '/') {
            if (stack[stack.length - 1]?.name === name) stack.pop();
            continue;
        }
        stack.push({ name, marker: `${kind}${modifier}`, line: lineAt(m.index) });
    }
    return stack[stack.length - 1];
}

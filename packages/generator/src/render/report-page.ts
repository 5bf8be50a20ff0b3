import { escapeHtml } from './escape.js';

/**
 * The page of a report a lawyer opens or sends (the change report, the review): one file with its
 * stylesheet, no script and nothing remote (the content security policy says so). `body` is HTML
 * its renderer has escaped; `title` is text, escaped here.
 */
export function reportPage(lang: string, title: string, css: string, body: string): string {
    return `<!DOCTYPE html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<title>${escapeHtml(title)}</title>
<style>${css}</style>
</head>
<body>
${body}</body>
</html>
`;
}

import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { accessSync, constants, statSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { errorText, GeneratorError } from '../errors.js';

/**
 * PDF through LibreOffice: the .docx is converted by `soffice --headless --convert-to pdf`, so the
 * PDF looks like the Word document. Each conversion has a temporary directory and LibreOffice
 * profile of its own, so conversions can run in parallel (and beside a LibreOffice the user has
 * open). LibreOffice runs in a fixed time zone and locale (SOFFICE_ENVIRONMENT) and the PDF's
 * creation date and ids are normalised (see `normalizePdf`), so the same .docx gives the same PDF
 * with the same LibreOffice version and fonts, whatever the machine's TZ and LANG. The PDF's
 * document language (/Lang) is the agreement's, from the Word file's default language (docx.ts).
 */
export async function convertToPdf(docx: Uint8Array, options: PdfOptions = {}): Promise<Uint8Array> {
    const soffice = options.soffice ?? findSoffice();
    if (!soffice) throw new PdfError(errorText('error.pdf.missing'));
    const dir = await mkdtemp(join(tmpdir(), 'dpa-pdf-'));
    try {
        const input = join(dir, 'agreement.docx');
        const output = join(dir, 'agreement.pdf');
        await writeFile(input, docx);
        const args = [
            `-env:UserInstallation=${pathToFileURL(join(dir, 'profile')).href}`,
            '--headless', '--invisible', '--nodefault', '--nolockcheck', '--nologo', '--norestore',
            '--convert-to', 'pdf:writer_pdf_Export',
            '--outdir', dir,
            input
        ];
        const result = await run(soffice, args, options.timeoutMs ?? DEFAULT_TIMEOUT_MS, sofficeEnvironment(process.env));
        const pdf = await readFile(output).catch(() => undefined);
        if (result.code !== 0 || !pdf || pdf.length === 0 || !isPdf(pdf)) {
            const code = String(result.code ?? result.signal);
            const output = result.output.trim();
            throw new PdfError(output ? errorText('error.pdf.failedWithOutput', { code, output }) : errorText('error.pdf.failed', { code }));
        }
        return normalizePdf(new Uint8Array(pdf.buffer, pdf.byteOffset, pdf.byteLength));
    } finally {
        await rm(dir, { recursive: true, force: true, maxRetries: 3 });
    }
}

export interface PdfOptions {
    /** The LibreOffice executable; default: `soffice` or `libreoffice` on PATH (see findSoffice). */
    readonly soffice?: string;
    /** Default 120 s; LibreOffice is killed after it. */
    readonly timeoutMs?: number;
}

/** LibreOffice is missing, failed or took too long; the message is from the catalogue (GeneratorError). */
export class PdfError extends GeneratorError {
    override readonly name = 'PdfError';
}

const DEFAULT_TIMEOUT_MS = 120_000;

/**
 * What LibreOffice sees of time zone and locale, whatever the caller's: it writes the creation
 * date in the local zone (`D:…Z` in UTC, `D:…+09'00'` elsewhere, of different lengths) and takes
 * defaults of a document from the locale. Every other LC_* variable and LANGUAGE are removed.
 */
const SOFFICE_ENVIRONMENT: Readonly<Record<string, string>> = { TZ: 'UTC', LANG: 'C.UTF-8', LC_ALL: 'C.UTF-8' };

/** The environment for LibreOffice: the caller's, with time zone and locale fixed. */
export function sofficeEnvironment(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
    const fixed: NodeJS.ProcessEnv = {};
    for (const [key, value] of Object.entries(env)) {
        if (!/^(LC_\w+|LANG|LANGUAGE|TZ)$/.test(key)) fixed[key] = value;
    }
    return { ...fixed, ...SOFFICE_ENVIRONMENT };
}
/** The creation date of every PDF, as PDF date digits (YYYYMMDDHHmmSS). */
const FIXED_DATE = '20000101000000';

/** The LibreOffice executable: `soffice` or `libreoffice` on PATH, else the usual install folders. */
export function findSoffice(env: NodeJS.ProcessEnv = process.env): string | undefined {
    const windows = process.platform === 'win32';
    const names = windows ? ['soffice.exe', 'soffice.com'] : ['soffice', 'libreoffice'];
    const folders = (env.PATH ?? env.Path ?? '').split(delimiter).filter(Boolean);
    const known = windows
        ? [join(env.ProgramFiles ?? 'C:\\Program Files', 'LibreOffice', 'program', 'soffice.exe')]
        : ['/Applications/LibreOffice.app/Contents/MacOS/soffice', '/opt/libreoffice/program/soffice'];
    return [...folders.flatMap(folder => names.map(name => join(folder, name))), ...known].find(executable);
}

function executable(path: string): boolean {
    try {
        if (!statSync(path).isFile()) return false;
        accessSync(path, process.platform === 'win32' ? constants.F_OK : constants.X_OK);
        return true;
    } catch {
        return false;
    }
}

interface RunResult {
    readonly code: number | null;
    readonly signal: NodeJS.Signals | null;
    readonly output: string;
}

/** Runs LibreOffice; on timeout kills its whole process group (soffice starts soffice.bin). */
function run(command: string, args: readonly string[], timeoutMs: number, env: NodeJS.ProcessEnv): Promise<RunResult> {
    return new Promise((resolve, reject) => {
        const group = process.platform !== 'win32';
        const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'], detached: group, windowsHide: true, env });
        let output = '';
        const collect = (chunk: Buffer) => {
            if (output.length < 10_000) output += chunk.toString('utf8');
        };
        child.stdout.on('data', collect);
        child.stderr.on('data', collect);
        let timedOut = false;
        const timer = setTimeout(() => {
            timedOut = true;
            try {
                if (group && child.pid) process.kill(-child.pid, 'SIGKILL');
                else child.kill('SIGKILL');
            } catch {
                // already gone
            }
        }, timeoutMs);
        child.on('error', error => {
            clearTimeout(timer);
            reject(new PdfError(errorText('error.pdf.notStarted', { command, detail: error.message })));
        });
        child.on('close', (code, signal) => {
            clearTimeout(timer);
            if (timedOut) reject(new PdfError(errorText('error.pdf.timeout', { seconds: timeoutMs / 1000 })));
            else resolve({ code, signal, output });
        });
    });
}

function isPdf(bytes: Uint8Array): boolean {
    return Buffer.from(bytes.subarray(0, 5)).toString('latin1') === '%PDF-';
}

/**
 * Removes what makes two conversions of the same document differ: the creation (and modification)
 * date becomes 2000-01-01 00:00:00, and the file /ID and LibreOffice's /DocChecksum become a hash
 * of the rest of the file. Every replacement has the length of what it replaces, so the byte
 * offsets in the cross-reference table stay right.
 */
export function normalizePdf(pdf: Uint8Array): Uint8Array {
    let text = Buffer.from(pdf).toString('latin1');
    text = text.replace(/(\/(?:CreationDate|ModDate)\s*\(D:)(\d{4,14})([^)]*)\)/g, (_, key: string, digits: string, zone: string) =>
        `${key}${FIXED_DATE.slice(0, digits.length)}${zone.replace(/-/, '+').replace(/\d/g, '0')})`);
    text = text.replace(/(<xmp:(?:CreateDate|ModifyDate|MetadataDate)>)\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d/g, (_, tag: string) => `${tag}2000-01-01T00:00:00`);
    const ids = /\/ID\s*\[\s*<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*\]/g;
    const checksum = /(\/DocChecksum\s*\/)([0-9A-Fa-f]+)/g;
    const hash = createHash('sha256')
        .update(text.replace(ids, '/ID[]').replace(checksum, '$1'), 'latin1')
        .digest('hex')
        .toUpperCase();
    const fit = (hex: string) => hash.repeat(Math.ceil(hex.length / hash.length)).slice(0, hex.length);
    text = text
        .replace(ids, (match, first: string, second: string) => match.replace(`<${first}>`, `<${fit(first)}>`).replace(`<${second}>`, `<${fit(second)}>`))
        .replace(checksum, (_, key: string, hex: string) => key + fit(hex));
    return new Uint8Array(Buffer.from(text, 'latin1'));
}

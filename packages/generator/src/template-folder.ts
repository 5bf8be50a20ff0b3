/**
 * A firm's own templates: a folder with handlebars templates, partials and terms that replace the
 * built-in ones, per template.
 *
 * Layout. When the folder has a subfolder named after an agreement language (`nl/`, `en/`), each
 * language reads from its own subfolder (`<dir>/en/articles/breach.hbs`), and a language without a
 * subfolder uses the built-in set unchanged. Otherwise the folder itself holds the templates
 * (`<dir>/articles/breach.hbs`), for whatever language is generated. Mixing the two (templates
 * beside language subfolders) is an error.
 *
 * Inside it, with the same relative names as `templates/<lang>/` of the generator:
 * - `<name>.hbs` for a built-in template name (`parties.hbs`, `articles/breach.hbs`, …) replaces it;
 * - `partials/<name>.hbs` is a partial, usable as `{{> name}}` in the firm's templates;
 * - `terms.json` (optional, may be partial) is deep-merged over the built-in terms.
 * Any other file is an error (hidden files and `README*` are ignored). Every template and partial
 * is compiled when the folder is loaded, so a broken one fails at once, with `file:line`.
 */
import { readdirSync, readFileSync, realpathSync, statSync, type Stats } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import * as v from 'valibot';
import { isLang, LANGS, type Lang } from '@dpa/language';
import { errorText, orList, type ErrorText } from './errors.js';
import { TEMPLATE_LIMITS } from './template-limits.js';
import { builtinTemplateNames, TemplateEngine, TemplateError, type TemplateSource } from './templates.js';
import { termsFor, TermsSchema, type Terms } from './terms.js';

/** What a firm's folder provides for one language. */
export interface TemplateFolder {
    /** The folder as given, resolved. */
    readonly dir: string;
    readonly lang: Lang;
    /** `per-language`: `<dir>/<lang>/…`; `single`: `<dir>/…`. */
    readonly layout: 'per-language' | 'single';
    /** Where this language's files are read; undefined when a per-language folder has none for it. */
    readonly root: string | undefined;
    /** Templates replacing built-in ones, by built-in name (`articles/breach`). */
    readonly templates: Readonly<Record<string, TemplateSource>>;
    readonly partials: Readonly<Record<string, TemplateSource>>;
    /** The built-in terms with the folder's `terms.json` merged over them. */
    readonly terms: Terms;
    /** Every file read, absolute (e.g. to watch them). */
    readonly files: readonly string[];
}

/** Object keys under which a firm's terms.json may add entries of its own. */
const OPEN_TERM_MAPS = new Set(['law', 'standards']);
const PARTIAL_NAME = /^[A-Za-z0-9_-]+$/;

function ignored(entry: string): boolean {
    return entry.startsWith('.') || /^readme(\.|$)/i.test(entry);
}

function statOf(path: string): Stats | undefined {
    try {
        return statSync(path);
    } catch {
        return undefined;
    }
}

function isDirectory(path: string): boolean {
    return statOf(path)?.isDirectory() ?? false;
}

/**
 * Relative paths (with `/`) of every file under `root`, sorted. Bounded (TEMPLATE_LIMITS): at most
 * `maxFolderFiles` files, `maxFolderDepth` folders deep, and a folder reached again through a
 * symbolic link (a loop) is an error rather than an endless walk.
 */
function listFiles(root: string): string[] {
    const files: string[] = [];
    const { maxFolderFiles, maxFolderDepth } = TEMPLATE_LIMITS;
    const walk = (dir: string, depth: number, ancestors: ReadonlySet<string>) => {
        for (const entry of readdirSync(dir).sort()) {
            if (ignored(entry)) continue;
            const path = join(dir, entry);
            if (isDirectory(path)) {
                const real = realpathSync(path);
                if (ancestors.has(real)) throw new TemplateError(entry, undefined, errorText('error.folder.linkLoop', { folder: real }), path);
                if (depth + 1 > maxFolderDepth) throw new TemplateError(entry, undefined, errorText('error.folder.tooDeep', { max: maxFolderDepth }), path);
                walk(path, depth + 1, new Set([...ancestors, real]));
                continue;
            }
            files.push(relative(root, path).split(sep).join('/'));
            if (files.length > maxFolderFiles) throw new TemplateError('', undefined, errorText('error.folder.tooManyFiles', { max: maxFolderFiles }), root);
        }
    };
    walk(root, 0, new Set([realpathSync(root)]));
    return files;
}

/**
 * A template or terms file's text. Only regular files (not a FIFO or device, which could block or
 * never end) of at most `maxBytes`, checked before reading.
 */
function readText(file: string, name: string, maxBytes: number): string {
    const stats = statOf(file);
    if (!stats) throw new TemplateError(name, undefined, errorText('error.file.brokenLink'), file);
    if (!stats.isFile()) throw new TemplateError(name, undefined, errorText('error.file.notRegular'), file);
    if (stats.size > maxBytes) throw new TemplateError(name, undefined, errorText('error.file.tooLargeSize', { max: { bytes: maxBytes }, size: { bytes: stats.size } }), file);
    let text: string;
    try {
        text = readFileSync(file, 'utf8');
    } catch (error) {
        throw new TemplateError(name, undefined, errorText('error.file.unreadable', { detail: error instanceof Error ? error.message : String(error) }), file);
    }
    if (Buffer.byteLength(text, 'utf8') > maxBytes) throw new TemplateError(name, undefined, errorText('error.file.tooLarge', { max: { bytes: maxBytes } }), file);
    return text.replace(/^\uFEFF/, '');
}

/** The folder, resolved; an error with the path when it is missing or not a folder. */
function templateFolder(dir: string): string {
    const folder = resolve(dir);
    const stats = statOf(folder);
    if (!stats) throw new TemplateError('', undefined, errorText('error.folder.missing'), folder);
    if (!stats.isDirectory()) throw new TemplateError('', undefined, errorText('error.folder.notAFolder'), folder);
    return folder;
}

/**
 * A cheap fingerprint of a template folder: every file's path and modification time, without
 * reading any file. It changes when a file is added, removed or saved, so a caller can keep a
 * loaded engine until then.
 */
export function templateFolderSignature(dir: string): string {
    const folder = resolve(dir);
    if (!isDirectory(folder)) return `${folder} (missing)`;
    return listFiles(folder).map(path => `${path}@${statOf(join(folder, ...path.split('/')))?.mtimeMs ?? 'missing'}`).join('\n');
}

/** Reads a firm's template folder for one language (see the layout rule above); nothing is compiled yet. */
export function readTemplateFolder(dir: string, lang: Lang): TemplateFolder {
    const folder = templateFolder(dir);
    const entries = readdirSync(folder).filter(entry => !ignored(entry)).sort();
    const languageDirs = entries.filter(entry => isLang(entry) && isDirectory(join(folder, entry)));
    let layout: TemplateFolder['layout'] = 'single';
    let root: string | undefined = folder;
    if (languageDirs.length > 0) {
        layout = 'per-language';
        const stray = entries.find(entry => !languageDirs.includes(entry));
        if (stray !== undefined) {
            const dirs = languageDirs.map(d => `${d}/`);
            throw new TemplateError(stray, undefined, errorText('error.folder.strayEntry', { dirs: dirs.join(', '), entry: stray, into: orList(dirs) }), join(folder, stray));
        }
        root = languageDirs.includes(lang) ? join(folder, lang) : undefined;
    }

    const known = builtinTemplateNames();
    const templates: Record<string, TemplateSource> = {};
    const partials: Record<string, TemplateSource> = {};
    const files: string[] = [];
    let terms = termsFor(lang);
    for (const path of root !== undefined ? listFiles(root) : []) {
        const file = join(root!, ...path.split('/'));
        files.push(file);
        if (path === 'terms.json') {
            terms = mergeTerms(terms, readText(file, path, TEMPLATE_LIMITS.maxTermsBytes), file);
            continue;
        }
        const partial = /^partials\/(.+)\.hbs$/.exec(path)?.[1];
        if (partial !== undefined && PARTIAL_NAME.test(partial)) {
            partials[partial] = { source: readText(file, path, TEMPLATE_LIMITS.maxTemplateBytes), file };
            continue;
        }
        const name = path.endsWith('.hbs') ? path.slice(0, -'.hbs'.length) : undefined;
        if (name !== undefined && known.includes(name)) {
            templates[name] = { source: readText(file, path, TEMPLATE_LIMITS.maxTemplateBytes), file };
            continue;
        }
        throw unknownFile(path, file, known, layout === 'single' ? entries.filter(e => /^[a-z]{2}$/.test(e) && isDirectory(join(folder, e))) : []);
    }
    return { dir: folder, lang, layout, root, templates, partials, terms, files };
}

/**
 * A template engine for one language with a firm's folder over the built-in set: every template
 * and partial of the folder is compiled now, so that a broken one fails here (`TemplateError`
 * with `file:line`).
 */
export function loadTemplateFolder(dir: string, lang: Lang): TemplateEngine {
    const folder = readTemplateFolder(dir, lang);
    return new TemplateEngine(lang, { overrides: folder.templates, partials: folder.partials, terms: folder.terms });
}

function unknownFile(path: string, file: string, known: readonly string[], languageLike: readonly string[]): TemplateError {
    const firstDir = path.split('/')[0]!;
    if (languageLike.includes(firstDir)) {
        return new TemplateError(path, undefined, errorText('error.folder.unknownLanguage', { folder: `${firstDir}/`, known: LANGS.map(l => `${l}/`).join(', ') }), file);
    }
    const names = [...known.map(n => `${n}.hbs`), 'terms.json'];
    const suggestion = closest(path, names);
    return new TemplateError(path, undefined, errorText('error.folder.unknownFile', {
        path,
        suggestion: suggestion ? errorText('error.folder.didYouMean', { name: suggestion }) : '',
        hint: /^partials\//.test(path) ? errorText('error.folder.partialName') : '',
        known: names.join(', ')
    }), file);
}

/** The known name nearest to `path`, when it is a plausible typo. */
function closest(path: string, names: readonly string[]): string | undefined {
    let best: string | undefined;
    let bestDistance = Infinity;
    for (const name of names) {
        const d = editDistance(path, name);
        if (d < bestDistance) {
            best = name;
            bestDistance = d;
        }
    }
    return bestDistance <= Math.max(2, Math.floor(path.length / 6)) ? best : undefined;
}

function editDistance(a: string, b: string): number {
    let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
    for (let i = 1; i <= a.length; i++) {
        const current = [i];
        for (let j = 1; j <= b.length; j++) {
            current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
        }
        previous = current;
    }
    return previous[b.length]!;
}

/** The line of a JSON text where `"key"` first appears as a key, for messages. */
function keyLine(text: string, key: string): number | undefined {
    const index = text.search(new RegExp(`"${key.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}"\\s*:`));
    return index < 0 ? undefined : text.slice(0, index).split('\n').length;
}

/**
 * The built-in terms with a firm's (possibly partial) terms.json merged over them: objects are
 * merged key by key, strings and lists replaced. Keys must exist in the built-in terms (except new
 * entries of `law` and `standards`), and values keep their type (lists their length).
 */
export function mergeTerms(base: Terms, text: string, file: string): Terms {
    let parsed: unknown;
    try {
        parsed = JSON.parse(text);
    } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        const position = Number(/position (\d+)/.exec(message)?.[1]);
        const line = Number(/line (\d+)/.exec(message)?.[1]) || (Number.isFinite(position) ? text.slice(0, position).split('\n').length : undefined);
        throw new TemplateError('terms.json', line, errorText('error.terms.invalidJson', { detail: message.replace(/ in JSON at position \d+.*$/, '') }), file);
    }
    const fail = (key: string, reason: ErrorText): never => {
        throw new TemplateError('terms.json', keyLine(text, key.split('.').pop()!), reason, file);
    };
    const merge = (builtin: unknown, override: unknown, path: string): unknown => {
        const where = path || errorText('error.terms.topLevel');
        if (typeof builtin === 'string') {
            if (typeof override !== 'string') fail(path, errorText('error.terms.notAString', { key: where }));
            return override;
        }
        if (Array.isArray(builtin)) {
            if (!Array.isArray(override) || override.length !== builtin.length || !override.every(item => typeof item === 'string')) {
                fail(path, errorText('error.terms.notAList', { key: where, length: builtin.length }));
            }
            return override;
        }
        if (typeof override !== 'object' || override === null || Array.isArray(override)) fail(path, errorText('error.terms.notAnObject', { key: where }));
        const result: Record<string, unknown> = { ...(builtin as Record<string, unknown>) };
        for (const [key, value] of Object.entries(override as Record<string, unknown>)) {
            const keyPath = path ? `${path}.${key}` : key;
            if (key === '$comment') continue;
            if (keyPath === 'lang') {
                if (value !== base.lang) fail(keyPath, errorText('error.terms.wrongLang', { value: String(value), lang: base.lang }));
                continue;
            }
            if (!Object.hasOwn(result, key)) {
                if (OPEN_TERM_MAPS.has(path) && typeof value === 'string') {
                    result[key] = value;
                    continue;
                }
                const known = Object.keys(builtin as Record<string, unknown>).filter(k => k !== '$comment');
                fail(keyPath, path
                    ? errorText('error.terms.unknownKeyIn', { key: keyPath, path, known: known.join(', ') })
                    : errorText('error.terms.unknownKey', { key: keyPath, known: known.join(', ') }));
            }
            result[key] = merge(result[key], value, keyPath);
        }
        return result;
    };
    // The merge keeps the built-in shape, so this parse only guards that (and types the result).
    const merged = v.safeParse(TermsSchema, merge(base, parsed, ''));
    if (!merged.success) return fail(v.getDotPath(merged.issues[0]) ?? '', errorText('error.terms.invalid', { detail: merged.issues[0].message }));
    return merged.output;
}

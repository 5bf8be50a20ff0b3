/**
 * Path helpers that need no Node (the extension also runs in VS Code for the web): a URI path's
 * last segment, and whether a setting names an absolute path (POSIX, or a Windows drive or share).
 */

/** The last segment of a URI's path (`/a/b/c.dpa` → `c.dpa`). */
export function baseName(path: string): string {
    return path.slice(path.lastIndexOf('/') + 1);
}

/** Whether a path from a setting is absolute: `/…`, `C:\…`, `C:/…` or `\\server\share`. */
export function isAbsolutePath(path: string): boolean {
    return path.startsWith('/') || /^[A-Za-z]:[\\/]/.test(path) || path.startsWith('\\\\');
}

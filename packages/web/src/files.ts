/**
 * Files on the user's machine: opening a `.dpa` file, saving it back (the File System Access API
 * where the browser has it, a download otherwise), and downloading generated agreements.
 */

interface FileHandle {
    readonly name: string;
    getFile(): Promise<File>;
    createWritable(): Promise<{ write(data: Blob | string): Promise<void>; close(): Promise<void> }>;
}

interface FilePickers {
    showOpenFilePicker?(options: unknown): Promise<FileHandle[]>;
    showSaveFilePicker?(options: unknown): Promise<FileHandle>;
}

const DPA_TYPES = [{ description: 'DPA agreement', accept: { 'text/plain': ['.dpa'] } }];

/** A file the user opened: its name, text, and (where the browser allows) a handle to save it back. */
export interface OpenedFile {
    readonly name: string;
    readonly text: string;
    readonly handle?: FileHandle;
}

/** Asks the user for a `.dpa` file; undefined when they cancel. */
export async function openFile(fallbackInput: HTMLInputElement): Promise<OpenedFile | undefined> {
    const pickers = window as unknown as FilePickers;
    if (pickers.showOpenFilePicker) {
        try {
            const [handle] = await pickers.showOpenFilePicker({ types: DPA_TYPES, multiple: false });
            if (!handle) return undefined;
            const file = await handle.getFile();
            return { name: file.name, text: await file.text(), handle };
        } catch (error) {
            if (error instanceof DOMException && error.name === 'AbortError') return undefined;
            throw error;
        }
    }
    return new Promise(resolve => {
        fallbackInput.value = '';
        fallbackInput.onchange = async () => {
            const file = fallbackInput.files?.[0];
            resolve(file ? { name: file.name, text: await file.text() } : undefined);
        };
        fallbackInput.click();
    });
}

/** Saves the text: to the opened file's handle, to a file the user picks, or as a download. Returns the handle written to, if any. */
export async function saveFile(name: string, text: string, handle: FileHandle | undefined): Promise<FileHandle | undefined> {
    const pickers = window as unknown as FilePickers;
    let target = handle;
    if (!target && pickers.showSaveFilePicker) {
        try {
            target = await pickers.showSaveFilePicker({ suggestedName: name, types: DPA_TYPES });
        } catch (error) {
            if (error instanceof DOMException && error.name === 'AbortError') return undefined;
            throw error;
        }
    }
    if (!target) {
        download(name, new Blob([text], { type: 'text/plain;charset=utf-8' }));
        return undefined;
    }
    const writable = await target.createWritable();
    await writable.write(text);
    await writable.close();
    return target;
}

/** Offers bytes or text as a download named `name`. */
export function download(name: string, blob: Blob): void {
    const url = URL.createObjectURL(blob);
    const link = document.createElement('a');
    link.href = url;
    link.download = name;
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Bytes of a base64 text (the server's Word output). */
export function fromBase64(text: string): Uint8Array<ArrayBuffer> {
    const latin1 = atob(text);
    const bytes = new Uint8Array(latin1.length);
    for (let i = 0; i < latin1.length; i++) bytes[i] = latin1.charCodeAt(i);
    return bytes;
}

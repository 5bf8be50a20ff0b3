import * as vscode from 'vscode';

/**
 * The one request a refreshing panel has out (the preview, the change report): a new one cancels
 * the one before, and the answer of a request that a later one or `cancel` overtook is dropped.
 */
export class LatestRequest {
    private current: vscode.CancellationTokenSource | undefined;

    /** The answer, or what `failed` makes of the error; undefined when the request was overtaken. */
    async send<T>(send: (token: vscode.CancellationToken) => Thenable<T>, failed: (error: unknown) => T): Promise<T | undefined> {
        this.cancel();
        const source = new vscode.CancellationTokenSource();
        const token = source.token;
        this.current = source;
        let result: T;
        try {
            result = await send(token);
        } catch (error) {
            if (token.isCancellationRequested) return undefined;
            result = failed(error);
        }
        if (token.isCancellationRequested) return undefined;
        this.current = undefined;
        source.dispose();
        return result;
    }

    cancel(): void {
        this.current?.cancel();
        this.current?.dispose();
        this.current = undefined;
    }
}

import { Cancellation, DefaultDocumentBuilder, delayNextTick, DocumentState, interruptAndCheck, type BuildOptions, type LangiumDocument, type URI } from 'langium';
import { Event, type CancellationToken } from 'vscode-languageserver-protocol';

/** The build phases, in order. */
const PHASES: readonly DocumentState[] = [
    DocumentState.Parsed, DocumentState.IndexedContent, DocumentState.ComputedScopes,
    DocumentState.Linked, DocumentState.IndexedReferences, DocumentState.Validated
];

/**
 * A token that is never cancelled, but is not `CancellationToken.None` either: Langium's
 * `interruptAndCheck` still yields to the event loop with it every few milliseconds, so the server
 * reads the editor's messages (keystrokes, requests) while a phase runs.
 */
const UNINTERRUPTED: CancellationToken = Object.freeze({ isCancellationRequested: false, onCancellationRequested: Event.None });

/**
 * A document builder for an editor: the document being typed in comes first, and the others are
 * never starved by continued typing.
 *
 * Langium's builder takes every document of an update through each phase together (all parsed,
 * then all linked, …, then all validated), and every keystroke cancels the running build. So the
 * typed document's diagnostics waited for its neighbours' validation, and while the user kept
 * typing, a large neighbour never finished validating. Since every agreement is self-contained (a
 * reference resolves in its own file: see DpaScopeProvider and DpaDocumentBuilder), documents can
 * be built one after another in any order with the same result. Here:
 *
 * - the documents the update was asked for (the changed ones: the one being typed in) are built
 *   first, each through all its phases, so its diagnostics are published before any other work;
 *   a newer update cancels that work at once (it is out of date);
 * - the other documents still to build (open ones first) then go through the phases together as
 *   in Langium, but a newer update cancels them only between two phases of a document, never in
 *   the middle of one: a keystroke waits at most one phase of one neighbour, and each time the
 *   neighbours get to run, they complete at least one phase (a cancelled build resumes from the
 *   phase each document reached, as in Langium), so they finish while the user types;
 * - the workspace's state (`currentState`, the build-phase notifications workspace-wide requests
 *   wait for) advances only when every document of the build has reached a phase;
 * - a build starts after one turn of the event loop. The JSON-RPC connection handles one message
 *   per turn, so keystrokes that arrived while the previous build ran used to be handled one per
 *   build, each starting a parse of a version already out of date (a burst of typing at 5k lines
 *   settled seconds after the last key); now each cancels the build before it does any work, and
 *   after the last key only one build runs. A timed debounce would add its delay to every
 *   keystroke and was not needed: typing 30 ms apart, the work after the last key is the one
 *   build (and at most the rest of one parse under way).
 */
export class ResponsiveDocumentBuilder extends DefaultDocumentBuilder {
    /** The URIs the running update was asked to rebuild (the documents that changed). */
    private requested = new Set<string>();

    override async update(changed: URI[], deleted: URI[], cancelToken?: CancellationToken): Promise<void> {
        this.requested = new Set(changed.map(uri => uri.toString()));
        try {
            await super.update(changed, deleted, cancelToken);
        } finally {
            this.requested = new Set();
        }
    }

    protected override async buildDocuments(documents: LangiumDocument[], options: BuildOptions, cancelToken: CancellationToken): Promise<void> {
        this.prepareBuild(documents, options);
        if (cancelToken !== Cancellation.CancellationToken.None) {
            // One turn of the event loop before any work: the editor's messages already received
            // (a burst of keystrokes read while the previous build ran) are handled first, each
            // cancelling this build before it parses a version that is already out of date.
            await delayNextTick();
            await interruptAndCheck(cancelToken);
        }
        const first = documents.filter(document => this.requested.has(document.uri.toString()));
        const rest = this.sortDocuments(documents.filter(document => !this.requested.has(document.uri.toString())));
        for (const document of first) {
            for (const phase of PHASES) {
                await interruptAndCheck(cancelToken);
                await this.buildPhase(document, phase, cancelToken);
            }
        }
        for (const phase of PHASES) {
            for (const document of rest) {
                // Between two phases of a neighbour: a newer update goes first.
                await interruptAndCheck(cancelToken);
                await this.buildPhase(document, phase, UNINTERRUPTED);
            }
            await interruptAndCheck(cancelToken);
            await this.notifyBuildPhase(documents.filter(document => document.state >= phase), phase, cancelToken);
            this.currentState = phase;
        }
    }

    /** Takes `document` through `phase`, as Langium's `buildDocuments` does, if it is not there yet. */
    protected async buildPhase(document: LangiumDocument, phase: DocumentState, token: CancellationToken): Promise<void> {
        if (document.state >= phase) return;
        const services = this.serviceRegistry.getServices(document.uri);
        switch (phase) {
            case DocumentState.Parsed:
                await this.langiumDocumentFactory.update(document, token);
                break;
            case DocumentState.IndexedContent:
                await this.indexManager.updateContent(document, token);
                break;
            case DocumentState.ComputedScopes:
                document.localSymbols = await services.references.ScopeComputation.collectLocalSymbols(document, token);
                break;
            case DocumentState.Linked:
                if (!this.shouldLink(document)) return;
                await services.references.Linker.link(document, token);
                break;
            case DocumentState.IndexedReferences:
                if (!this.shouldLink(document)) return;
                await this.indexManager.updateReferences(document, token);
                break;
            case DocumentState.Validated:
                if (!this.shouldValidate(document)) {
                    // Skipped, and so complete, as in Langium.
                    this.markAsCompleted(document);
                    return;
                }
                await this.validate(document, token);
                this.markAsCompleted(document);
                break;
            default:
                throw new Error(`unknown build phase ${String(phase)}`);
        }
        document.state = phase;
        await this.notifyDocumentPhase(document, phase, token);
    }
}

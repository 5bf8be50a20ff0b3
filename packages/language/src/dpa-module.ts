import { createCompletionParser, createLangiumParser, inject, LangiumCompletionParser, LangiumParser, type Module } from 'langium';
import {
    createDefaultModule,
    createDefaultSharedModule,
    type DefaultSharedModuleContext,
    type LangiumServices,
    type LangiumSharedServices,
    type PartialLangiumServices
} from 'langium/lsp';
import { DpaGeneratedModule, DpaGeneratedSharedModule } from './generated/module.js';
import { DpaDocumentBuilder, DpaScopeProvider } from './dpa-scope.js';
import { DpaLexer } from './dpa-lexer.js';
import { lazyService, makeService } from './lazy-service.js';
import { DpaDocumentFactory } from './incremental-parse.js';
import { DpaIndexManager, DpaLinker, DpaReferenceDescriptionProvider } from './dpa-linking.js';
import { DpaConfigurationProvider } from './dpa-configuration.js';
import { DpaServerDocuments, DpaWorkspaceManager } from './dpa-workspace-manager.js';
import { DpaCodeActionProvider } from './lsp/code-actions.js';
import { DpaDocumentUpdateHandler } from './lsp/document-update-handler.js';
import { DpaExtensions } from './lsp/extensions.js';
import { DpaHoverProvider } from './lsp/hover.js';
import { DpaFormatter } from './lsp/formatter.js';
import { DpaCompletionProvider } from './lsp/completion.js';
import { DpaCodeLensProvider } from './lsp/code-lens.js';
import { DpaDocumentSymbolProvider } from './lsp/document-symbols.js';
import { DpaRenameProvider } from './lsp/rename.js';
import { DpaSemanticTokenProvider } from './lsp/semantic-tokens.js';
import { DpaAstNodeDescriptionProvider, DpaScopeComputation } from './dpa-scope-computation.js';
import { PlaybookSource } from './playbook/source.js';
import { DpaSettings } from './settings.js';
import { DpaDocumentValidator, DpaValidationRegistry } from './validation/document-validator.js';
import { DpaValidator, registerValidationChecks } from './validation/dpa-validator.js';

/** Services the .dpa language adds to Langium's defaults. */
export type DpaAddedServices = {
    validation: {
        DpaValidator: DpaValidator;
    };
    dpa: {
        Settings: DpaSettings;
        Extensions: DpaExtensions;
        /** The firm's playbook of each document (the setting `dpa.playbook`, `--playbook`, or the workspace's file). */
        Playbooks: PlaybookSource;
    };
};

export type DpaServices = LangiumServices & DpaAddedServices;

export const DpaModule: Module<DpaServices, PartialLangiumServices & DpaAddedServices> = {
    parser: {
        // Blocks nested past MAX_BLOCK_NESTING end the token stream, so the parser cannot overflow its stack.
        // The lexer and the parsers are made on first use (lazy-service.ts), not while the server answers `initialize`.
        Lexer: services => lazyService(() => new DpaLexer(services, () => services.dpa.Settings), DpaLexer),
        LangiumParser: services => lazyService(() => createLangiumParser(services), LangiumParser),
        CompletionParser: services => lazyService(() => createCompletionParser(services), LangiumCompletionParser)
    },
    validation: {
        DpaValidator: services => new DpaValidator(services),
        // Validation never fails open, and has a size, time and findings budget (validation/budget.ts).
        DocumentValidator: services => new DpaDocumentValidator(services),
        ValidationRegistry: services => new DpaValidationRegistry(services)
    },
    references: {
        ScopeProvider: services => new DpaScopeProvider(services),
        ScopeComputation: services => new DpaScopeComputation(services),
        // One walk over the AST instead of a stream per node (dpa-linking.ts).
        Linker: services => new DpaLinker(services)
    },
    workspace: {
        ReferenceDescriptionProvider: services => new DpaReferenceDescriptionProvider(services),
        // Declarations' ranges are computed when a request reads them (dpa-scope-computation.ts).
        AstNodeDescriptionProvider: services => new DpaAstNodeDescriptionProvider(services)
    },
    lsp: {
        CodeActionProvider: () => new DpaCodeActionProvider(),
        Formatter: () => new DpaFormatter(),
        HoverProvider: services => new DpaHoverProvider(services),
        CompletionProvider: services => new DpaCompletionProvider(services),
        CodeLensProvider: services => new DpaCodeLensProvider(services.dpa.Settings),
        DocumentSymbolProvider: () => new DpaDocumentSymbolProvider(),
        RenameProvider: services => new DpaRenameProvider(services),
        SemanticTokenProvider: services => new DpaSemanticTokenProvider(services)
    },
    dpa: {
        Settings: () => new DpaSettings(),
        Extensions: () => new DpaExtensions(),
        Playbooks: services => new PlaybookSource(services.shared.workspace.FileSystemProvider)
    }
};

/**
 * Creates the shared services and the .dpa language services. With a `connection` in the
 * context they serve a language server; without one (CLI, tests) they work on their own.
 */
export function createDpaServices(context: DefaultSharedModuleContext): { shared: LangiumSharedServices; Dpa: DpaServices } {
    const shared = inject(createDefaultSharedModule(context), DpaGeneratedSharedModule, {
        workspace: {
            WorkspaceManager: services => new DpaWorkspaceManager(services),
            DocumentBuilder: services => new DpaDocumentBuilder(services),
            // A keystroke inside one member of the agreement reparses only that member (incremental-parse.ts).
            LangiumDocumentFactory: services => new DpaDocumentFactory(services),
            // References are described for the index when a request asks, not on every keystroke (dpa-linking.ts).
            IndexManager: services => new DpaIndexManager(services),
            // In the server, requests must not load documents the editor closed (the CLI loads files by path).
            ...(context.connection ? { LangiumDocuments: (services: LangiumSharedServices) => new DpaServerDocuments(services) } : {}),
            ConfigurationProvider: services => new DpaConfigurationProvider(services)
        },
        lsp: {
            DocumentUpdateHandler: services => new DpaDocumentUpdateHandler(services)
        }
    });
    const Dpa = inject(createDefaultModule({ shared }), DpaGeneratedModule, DpaModule);
    shared.ServiceRegistry.register(Dpa);
    registerValidationChecks(Dpa);
    if (!context.connection) {
        // Without a client there is no configuration to wait for.
        void shared.workspace.ConfigurationProvider.initialized({});
    }
    return { shared, Dpa };
}

/**
 * Makes the lexer and the parser, or the completion parser, now: they are made on first use
 * (`lazyService`), so that the server answers `initialize` without them; the server makes them
 * when it is idle after that, before a document or a completion request needs them.
 */
export function makeParsers(services: DpaServices, which: 'document' | 'completion'): void {
    if (which === 'document') {
        makeService(services.parser.Lexer);
        makeService(services.parser.LangiumParser);
    } else {
        makeService(services.parser.CompletionParser);
    }
}

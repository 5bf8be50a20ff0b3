import { AstUtils, type AstNode, type ValidationAcceptor, type ValidationChecks } from 'langium';
import type * as ast from '../generated/ast.js';
import type { DpaServices } from '../dpa-module.js';
import type { DpaSettings } from '../settings.js';
import { Reporter } from './report.js';
import { checkRetentionPresent, checkRetentionVague } from './retention-checks.js';
import { checkCountryCode, checkDate, checkDuplicateNames, checkDuplicateProperties, checkParties } from './structure-checks.js';
import { checkPlaceholders, checkRepealedLaw, textTokens } from './text-checks.js';
import { checkTransfer } from './transfer-checks.js';

/** Registers the checks of the .dpa language with Langium's validation registry. */
export function registerValidationChecks(services: DpaServices): void {
    const registry = services.validation.ValidationRegistry;
    const validator = services.validation.DpaValidator;
    const checks: ValidationChecks<ast.DpaAstType> = {
        Agreement: validator.checkAgreement,
        Processing: validator.checkProcessing,
        Retention: validator.checkRetention,
        Location: validator.checkLocation,
        SubProcessor: validator.checkSubProcessor,
        Address: validator.checkAddress,
        MainAgreement: validator.checkMainAgreement,
        Signatory: validator.checkSignatory,
        DurationClause: validator.checkDurationClause
    };
    registry.register(checks, validator, 'fast');
}

/**
 * The checks themselves live in one file per concern (structure, text, retention, transfers);
 * this class binds them to node types and to the user's message language.
 */
export class DpaValidator {
    private readonly settings: DpaSettings;

    constructor(services: DpaServices) {
        this.settings = services.dpa.Settings;
    }

    private get lang() {
        return this.settings.language;
    }

    private reporter(accept: ValidationAcceptor): Reporter {
        return new Reporter(accept, this.lang);
    }

    checkAgreement(agreement: ast.Agreement, accept: ValidationAcceptor): void {
        const report = this.reporter(accept);
        checkDuplicateNames(agreement, report, this.lang);
        checkParties(agreement, report, this.lang);
        checkCountryCode(agreement, 'law', agreement.law, report, this.lang);
        checkDate(agreement, 'effective', agreement.effective, report);
        for (const node of [agreement, ...AstUtils.streamAllContents(agreement)] as AstNode[]) {
            checkDuplicateProperties(node, report);
        }
        const document = AstUtils.getDocument(agreement);
        const tokens = textTokens(agreement);
        checkPlaceholders(agreement, tokens, document, report);
        checkRepealedLaw(tokens, document, report);
    }

    checkProcessing(processing: ast.Processing, accept: ValidationAcceptor): void {
        checkRetentionPresent(processing, this.reporter(accept));
    }

    checkRetention(retention: ast.Retention, accept: ValidationAcceptor): void {
        checkRetentionVague(retention, this.reporter(accept));
    }

    checkLocation(location: ast.Location, accept: ValidationAcceptor): void {
        const report = this.reporter(accept);
        checkCountryCode(location, 'country', location.country, report, this.lang);
        checkTransfer(location, report, this.lang);
    }

    checkSubProcessor(subprocessor: ast.SubProcessor, accept: ValidationAcceptor): void {
        const report = this.reporter(accept);
        checkCountryCode(subprocessor, 'country', subprocessor.country, report, this.lang);
        checkTransfer(subprocessor, report, this.lang);
    }

    checkAddress(address: ast.Address, accept: ValidationAcceptor): void {
        checkCountryCode(address, 'country', address.country, this.reporter(accept), this.lang);
    }

    checkMainAgreement(main: ast.MainAgreement, accept: ValidationAcceptor): void {
        checkDate(main, 'date', main.date, this.reporter(accept));
    }

    checkSignatory(signatory: ast.Signatory, accept: ValidationAcceptor): void {
        checkDate(signatory, 'date', signatory.date, this.reporter(accept));
    }

    checkDurationClause(clause: ast.DurationClause, accept: ValidationAcceptor): void {
        checkDate(clause, 'end', clause.end, this.reporter(accept));
    }
}

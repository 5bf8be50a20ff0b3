/** The built-in templates (templates/<lang>/*.hbs), bundled as text. */
import type { Lang } from '@dpa/language';
import nlDefinitions from '../../templates/nl/definitions.hbs';
import nlRecitals from '../../templates/nl/recitals.hbs';
import nlSubject from '../../templates/nl/subject.hbs';
import nlLaw from '../../templates/nl/law.hbs';
import nlParties from '../../templates/nl/parties.hbs';
import nlRetention from '../../templates/nl/retention.hbs';
import nlInstructions from '../../templates/nl/articles/instructions.hbs';
import nlConfidentiality from '../../templates/nl/articles/confidentiality.hbs';
import nlSecurity from '../../templates/nl/articles/security.hbs';
import nlSubprocessing from '../../templates/nl/articles/subprocessing.hbs';
import nlDataSubjectRequests from '../../templates/nl/articles/data-subject-requests.hbs';
import nlAssistance from '../../templates/nl/articles/assistance.hbs';
import nlBreach from '../../templates/nl/articles/breach.hbs';
import nlTransfers from '../../templates/nl/articles/transfers.hbs';
import nlAudit from '../../templates/nl/articles/audit.hbs';
import nlLiability from '../../templates/nl/articles/liability.hbs';
import nlTermination from '../../templates/nl/articles/termination.hbs';
import nlDuration from '../../templates/nl/articles/duration.hbs';
import nlAmendments from '../../templates/nl/articles/amendments.hbs';
import nlPrecedence from '../../templates/nl/articles/precedence.hbs';
import nlLegalFrame from '../../templates/nl/articles/legal-frame.hbs';
import nlOwnPurposes from '../../templates/nl/articles/own-purposes.hbs';
import nlOwnership from '../../templates/nl/articles/ownership.hbs';
import nlControllerWarranties from '../../templates/nl/articles/controller-warranties.hbs';
import nlEvidence from '../../templates/nl/articles/evidence.hbs';
import nlLanguage from '../../templates/nl/articles/language.hbs';
import enDefinitions from '../../templates/en/definitions.hbs';
import enRecitals from '../../templates/en/recitals.hbs';
import enSubject from '../../templates/en/subject.hbs';
import enLaw from '../../templates/en/law.hbs';
import enParties from '../../templates/en/parties.hbs';
import enRetention from '../../templates/en/retention.hbs';
import enInstructions from '../../templates/en/articles/instructions.hbs';
import enConfidentiality from '../../templates/en/articles/confidentiality.hbs';
import enSecurity from '../../templates/en/articles/security.hbs';
import enSubprocessing from '../../templates/en/articles/subprocessing.hbs';
import enDataSubjectRequests from '../../templates/en/articles/data-subject-requests.hbs';
import enAssistance from '../../templates/en/articles/assistance.hbs';
import enBreach from '../../templates/en/articles/breach.hbs';
import enTransfers from '../../templates/en/articles/transfers.hbs';
import enAudit from '../../templates/en/articles/audit.hbs';
import enLiability from '../../templates/en/articles/liability.hbs';
import enTermination from '../../templates/en/articles/termination.hbs';
import enDuration from '../../templates/en/articles/duration.hbs';
import enAmendments from '../../templates/en/articles/amendments.hbs';
import enPrecedence from '../../templates/en/articles/precedence.hbs';
import enLegalFrame from '../../templates/en/articles/legal-frame.hbs';
import enOwnPurposes from '../../templates/en/articles/own-purposes.hbs';
import enOwnership from '../../templates/en/articles/ownership.hbs';
import enControllerWarranties from '../../templates/en/articles/controller-warranties.hbs';
import enEvidence from '../../templates/en/articles/evidence.hbs';
import enLanguage from '../../templates/en/articles/language.hbs';

/** The built-in templates of each language, by name (`articles/<kind>` for standard clauses). */
export const BUILTIN_SOURCES: Readonly<Record<Lang, Readonly<Record<string, string>>>> = {
    nl: {
        definitions: nlDefinitions, recitals: nlRecitals, subject: nlSubject, law: nlLaw, parties: nlParties, retention: nlRetention,
        'articles/instructions': nlInstructions,
        'articles/confidentiality': nlConfidentiality,
        'articles/security': nlSecurity,
        'articles/subprocessing': nlSubprocessing,
        'articles/data-subject-requests': nlDataSubjectRequests,
        'articles/assistance': nlAssistance,
        'articles/breach': nlBreach,
        'articles/transfers': nlTransfers,
        'articles/audit': nlAudit,
        'articles/liability': nlLiability,
        'articles/termination': nlTermination,
        'articles/duration': nlDuration,
        'articles/amendments': nlAmendments,
        'articles/precedence': nlPrecedence,
        'articles/legal-frame': nlLegalFrame,
        'articles/own-purposes': nlOwnPurposes,
        'articles/ownership': nlOwnership,
        'articles/controller-warranties': nlControllerWarranties,
        'articles/evidence': nlEvidence,
        'articles/language': nlLanguage
    },
    en: {
        definitions: enDefinitions, recitals: enRecitals, subject: enSubject, law: enLaw, parties: enParties, retention: enRetention,
        'articles/instructions': enInstructions,
        'articles/confidentiality': enConfidentiality,
        'articles/security': enSecurity,
        'articles/subprocessing': enSubprocessing,
        'articles/data-subject-requests': enDataSubjectRequests,
        'articles/assistance': enAssistance,
        'articles/breach': enBreach,
        'articles/transfers': enTransfers,
        'articles/audit': enAudit,
        'articles/liability': enLiability,
        'articles/termination': enTermination,
        'articles/duration': enDuration,
        'articles/amendments': enAmendments,
        'articles/precedence': enPrecedence,
        'articles/legal-frame': enLegalFrame,
        'articles/own-purposes': enOwnPurposes,
        'articles/ownership': enOwnership,
        'articles/controller-warranties': enControllerWarranties,
        'articles/evidence': enEvidence,
        'articles/language': enLanguage
    }
};

/** The names of the built-in templates (the same in every language), e.g. `parties`, `articles/breach`. */
export function builtinTemplateNames(): readonly string[] {
    return Object.keys(BUILTIN_SOURCES.nl);
}

/** The built-in template sources of a language, by name. */
export function builtinTemplateSources(lang: Lang): Readonly<Record<string, string>> {
    return BUILTIN_SOURCES[lang];
}

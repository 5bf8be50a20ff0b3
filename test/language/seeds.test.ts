import { describe, expect, test } from 'vitest';
import type { Diagnostic } from 'vscode-languageserver-types';
import { check, coveredText, readExample } from '../helpers.js';

/**
 * The defects the legal knowledge base lists for the two seed agreements (rules.md section 5)
 * that the language can express, as the validator reports them on our encoding of the seeds.
 * Each row: the seed's defect number, the rule, the start of the text the diagnostic covers,
 * and how many such diagnostics. Every diagnostic must be explained by a row. Repeated identical
 * hits of one rule in one clause are one diagnostic, at the first hit (its row).
 */
interface SeedDefect {
    readonly defect: string;
    readonly rule: string;
    readonly covered: string;
    readonly count?: number;
}

const ICTEAM: readonly SeedDefect[] = [
    { defect: '#3 Wbp named as applicable law (3.1)', rule: 'DPA-R02', covered: 'Wet bescherming persoonsgegevens' },
    { defect: '#5 purposes extended to those "reasonably related"', rule: 'DPA-R04', covered: 'redelijkerwijs samenhangen' },
    { defect: '#6 own quality purposes (surveys, research)', rule: 'DPA-R04', covered: 'enquêtes' },
    { defect: '#7 personal data "eigendom" of the controller', rule: 'DPA-R59', covered: 'Eigendom' },
    { defect: '#8 assistance only with DPIAs', rule: 'DPA-R12', covered: 'dpia' },
    { defect: '#8 DPIA help only "voor zover dat binnen haar macht ligt" (3.5)', rule: 'DPA-R12', covered: 'within-power' },
    { defect: '#9 transfers on the controller\'s consent', rule: 'DPA-R23', covered: 'controller-consent' },
    { defect: '#10 Apple/iCloud: a US transfer without mechanism or DPF check (4.2 waives even the consent)', rule: 'DPA-R22', covered: 'US' },
    { defect: '#11 sub-processors only announced: no notice period', rule: 'DPA-R08', covered: 'general' },
    { defect: '#11 no consequence of an objection', rule: 'DPA-R08', covered: 'no-consequence' },
    // Art. 7 and Bijlage 2 "Voorwaarden" as the parameters of the standard `security` clause (C-05).
    { defect: '#14 security as a best-efforts duty', rule: 'DPA-R41', covered: 'best-efforts' },
    { defect: '#15 no guarantee of effectiveness, level "niet onredelijk"', rule: 'DPA-R41', covered: 'no-guarantee' },
    { defect: '#15 no guarantee of effectiveness, level "niet onredelijk"', rule: 'DPA-R41', covered: 'reasonable-level' },
    { defect: '#16 controller made responsible for the agreed measures', rule: 'DPA-R41', covered: 'is verantwoordelijk voor de naleving' },
    { defect: '#16 data provided only once the controller has made sure of the measures', rule: 'DPA-R41', covered: 'controller-responsible' },
    { defect: '#46 measures changed "naar eigen inzicht"', rule: 'DPA-R41', covered: 'changes-at-discretion' },
    { defect: '#17 breach notice "onverwijld" without hours', rule: 'DPA-R14', covered: 'without-undue-delay' },
    { defect: '#17 breach redefined with a Wbp-style risk threshold (8.1)', rule: 'DPA-R32', covered: 'adverse-effects' },
    { defect: '#18 breach assistance charged at the processor\'s rates', rule: 'DPA-R54', covered: 'tegen zijn dan geldende tarieven' },
    { defect: '#19 requests handled "in onderling overleg"', rule: 'DPA-R33', covered: 'data-subject-requests' },
    { defect: '#20 disclosure whenever "logischerwijs noodzakelijk"', rule: 'DPA-R04', covered: 'logischerwijs noodzakelijk' },
    // Both restrictions of the `audit` clause (C-04: findings as the parameter `findings joint-decision`) in one diagnostic.
    { defect: '#21 audits only by an independent third party; #22 audit findings "al dan niet" implemented', rule: 'DPA-R35', covered: 'audit every 1 year on-suspicion of-misuse by independent-auditor' },
    { defect: '#23 AP fines not recoverable', rule: 'DPA-R43', covered: 'boete die de Autoriteit Persoonsgegevens' },
    { defect: '#24 liability capped at € 5.000', rule: 'DPA-R43', covered: '5000' },
    { defect: '#24 liability excluded (`liability mutual excluded`)', rule: 'DPA-R43', covered: 'excluded' },
    { defect: '#24 the per-event limit clashes with full liability for sub-processors (6.4)', rule: 'DPA-R30', covered: 'beperkt tot directe schade, tot ten hoogste' },
    { defect: '#25 loss of data as excluded indirect damage (`data-loss indirect`)', rule: 'DPA-R43', covered: 'indirect' },
    { defect: '#26 deletion only, not at the controller\'s choice', rule: 'DPA-R15', covered: 'delete' },
    { defect: '#26 deletion "binnen een redelijke termijn"', rule: 'DPA-R34', covered: 'termination delete' },
    { defect: '#26 deletion "binnen een redelijke termijn"', rule: 'DPA-R34', covered: 'redelijke termijn' },
    { defect: 'review C-12: deletion after the end stated twice, in the termination article and in clause DeletionTerms (information)', rule: 'DPA-R65', covered: 'Na afloop verwijdert' },
    { defect: '#27 costs of deletion charged to the controller', rule: 'DPA-R54', covered: 'doorberekenen' },
    { defect: '#28 unilateral revision with two months\' notice', rule: 'DPA-R45', covered: 'unilateral notice 2 months' },
    { defect: '#29 the controller\'s own DPA rejected', rule: 'DPA-R44', covered: 'Verwerkersovereenkomsten van Verwerkingsverantwoordelijke' },
    { defect: '#30 controller without legal form or KvK number', rule: 'DPA-R49', covered: 'ImagingPeople' },
    // The signature and the effective date (issue 11 C-13: in force before the AVG applied, while the text cites the UAVG).
    { defect: '#32 signed and in force before the AVG applied', rule: 'DPA-R50', covered: '2018-05-14', count: 2 },
    { defect: '#35 row 1: the statute not named', rule: 'DPA-R36', covered: 'or statutory if longer' },
    { defect: '#36 rows 2-4, 6-11: "gedurende de samenwerking/overeenkomst"', rule: 'DPA-R36', covered: 'agreement', count: 9 },
    { defect: '#37 "Facturatie", "Computer" as data types', rule: 'DPA-R57', covered: '"Facturatie"' },
    { defect: '#37 "Facturatie", "Computer" as data types', rule: 'DPA-R57', covered: '"Computer"' },
    { defect: '#37 hosted files and backups may hold Art. 9 data, unflagged', rule: 'DPA-R29', covered: 'bestanden', count: 3 },
    { defect: '#37 hosted mail may hold Art. 9 data, unflagged', rule: 'DPA-R29', covered: 'mailserver' },
    { defect: '#39 "gecertificeerde backup servers": no standard named', rule: 'DPA-R53', covered: 'gecertificeerde backupservers', count: 2 },
    { defect: '#39 "gecertificeerde servers": no standard named', rule: 'DPA-R53', covered: 'gecertificeerde servers', count: 2 },
    { defect: '#40 marketing claim as a measure', rule: 'DPA-R53', covered: 'relatief veilig' },
    { defect: '#41 Secure Socket Layer (SSL)', rule: 'DPA-R40', covered: 'Secure Socket Layer' },
    { defect: '#41 Secure Socket Layer (SSL)', rule: 'DPA-R40', covered: 'SSL' },
    { defect: '#42 "Apple-gecertificeerde medewerkers" as a technical measure', rule: 'DPA-R53', covered: 'Apple-gecertificeerde medewerkers' },
    { defect: '#43 two-step verification listed twice', rule: 'DPA-R53', covered: '"Gebruik van tweewegverificatie"' },
    { defect: '#44 no testing, restore test, logging', rule: 'DPA-R39', covered: 'ICTeamImagingPeople' },
    // The seed has no legal-requirement exception, so no notice of one before processing: the
    // `instructions` clause says so (`without legal-requirement-notice`), and the element is missing.
    { defect: '#47 no notice of a legal requirement to process otherwise (Art. 28(3)(a))', rule: 'DPA-R03', covered: 'legal-requirement-notice' },
    { defect: '#47 Art. 28(3)(a) incomplete: one element of the completeness summary missing', rule: 'art28-coverage', covered: 'ICTeamImagingPeople' },
    { defect: '#47 no Art. 30(2) record data, no privacy contact', rule: 'DPA-R55', covered: 'ICTeam' },
    { defect: '#47 no privacy contact or DPO', rule: 'DPA-R56', covered: 'ICTeam' },
    { defect: 'note: "artikel 1" is the source\'s article 1 (the processing), in the generated agreement the definitions: a literal number, with the fix to refer by name (information)', rule: 'DPA-R48', covered: 'artikel 1' }
];

const ITZZ: readonly SeedDefect[] = [
    { defect: '#1 "Bewerkersovereenkomst": Wbp vocabulary', rule: 'DPA-R46', covered: 'Bewerkersovereenkomst' },
    { defect: '#2 the Wbp as governing law', rule: 'DPA-R02', covered: 'Wet bescherming persoonsgegevens' },
    { defect: '#7, #32 no nature of the processing (operations)', rule: 'DPA-R18', covered: 'StaffData' },
    { defect: '#7, #32 no nature of the processing (operations)', rule: 'DPA-R18', covered: 'ClientData' },
    { defect: '#7, #32 no nature of the processing (operations)', rule: 'DPA-R18', covered: 'PatientData' },
    { defect: '#7, #32 Art. 28(3): the nature of the processing missing', rule: 'art28-coverage', covered: 'ItzzTemplate' },
    // #9 (medical data without extra safeguards or NEN 7510) is a defect of a customer who ticks
    // medical data without being a care provider: reported on that filled row (template-choices.test.ts).
    { defect: '#10 sub-processors without authorisation', rule: 'DPA-R07', covered: 'without-authorisation' },
    { defect: '#10 sub-processors without notice or objection', rule: 'DPA-R08', covered: 'without-authorisation' },
    { defect: '#10 flow-down only of the "relevante verplichtingen"', rule: 'DPA-R09', covered: 'relevant' },
    { defect: '#12 no duty to warn when an instruction infringes the law', rule: 'DPA-R17', covered: 'infringement-notice' },
    { defect: '#13 Wbp rights ("aangetekend verzet")', rule: 'DPA-R33', covered: 'data-subject-requests' },
    { defect: '3.8, last sentence: the costs of assisting data subjects for the customer (review D-06)', rule: 'DPA-R54', covered: 'charged' },
    { defect: '3.8, last sentence: the costs of breach assistance for the customer (review D-06)', rule: 'DPA-R54', covered: 'charged' },
    { defect: '#14 breach: no deadline', rule: 'DPA-R14', covered: 'without-undue-delay' },
    { defect: '#15 no assistance with DPIA or prior consultation', rule: 'DPA-R12', covered: 'breach' },
    { defect: '#16 no DPO of the processor; Art. 30(2) record data', rule: 'DPA-R55', covered: 'Itzz' },
    { defect: '#16 no DPO of the processor', rule: 'DPA-R56', covered: 'Itzz' },
    // Issue 11 D-08: art. 12 involves the customer's DPO, which a bakery or a community centre need not have (Art. 37(1)).
    { defect: 'art. 12 assumes the controller\'s DPO', rule: 'DPA-R56', covered: 'functionaris voor gegevensbescherming van Verwerkingsverantwoordelijke' },
    { defect: '#17 the main agreement prevails', rule: 'DPA-R44', covered: 'main-agreement' },
    { defect: '#19 no termination possible', rule: 'DPA-R58', covered: 'niet tussentijds opzeggen' },
    { defect: 'review D-01: "niet tussentijds opzeggen" against the standard termination for breach', rule: 'DPA-R63', covered: 'niet tussentijds opzeggen' },
    { defect: 'review D-09: a request window of two months beside the standard return or deletion (information)', rule: 'DPA-R65', covered: 'teruggave of vernietiging uiterlijk twee maanden na het einde' },
    { defect: '#20 request window, no default deletion or deadline', rule: 'DPA-R34', covered: 'termination return-or-delete' },
    { defect: '#21 IP/database rights on the personal data', rule: 'DPA-R59', covered: 'Intellectuele eigendom' },
    { defect: '#25 confidentiality survives only one year', rule: 'DPA-R51', covered: '1 year' },
    // #26 (the yearly statement of an independent expert) is expressed as it is: `audit statement every 1 year by --12-31`.
    { defect: '#28 no restore testing, no regular testing', rule: 'DPA-R39', covered: 'ItzzTemplate' },
    { defect: '#31 processor without KvK number', rule: 'DPA-R49', covered: 'Itzz' },
    { defect: '#31 the customer\'s KvK number and contact are not even template fields', rule: 'DPA-R49', covered: 'Customer' }
];

function matches(text: string, d: Diagnostic, row: SeedDefect): boolean {
    return String(d.code) === row.rule && coveredText(text, d).startsWith(row.covered);
}

describe.each([['icteam-imaging-people.dpa', ICTEAM], ['itzz-template.dpa', ITZZ]] as const)('seed example %s', (file, rows) => {
    const text = readExample(file);

    test.each(rows.map(r => [`${r.defect} → ${r.rule} on “${r.covered}”`, r] as const))('reports %s', async (_, row) => {
        const result = await check(text);
        const found = result.diagnostics.filter(d => matches(text, d, row));
        // Rows that share rule and covered text (e.g. "Wbp" inside a longer match) count together.
        const twins = rows.filter(r => r.rule === row.rule && r.covered === row.covered).reduce((n, r) => n + (r.count ?? 1), 0);
        expect(found).toHaveLength(twins);
    });

    test('reports nothing the table does not explain', async () => {
        const result = await check(text);
        const unexplained = result.diagnostics.filter(d => !rows.some(r => matches(text, d, r)));
        expect(unexplained.map(d => `${d.range.start.line + 1} ${d.code} ${coveredText(text, d)}`)).toEqual([]);
    });
});

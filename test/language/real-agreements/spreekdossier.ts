import type { AgreementTable } from './table.js';

/** Spreekdossier (2026): published terms of an AI documentation tool for healthcare practices. */
export const SPREEKDOSSIER: AgreementTable = {
    file: 'spreekdossier.dpa',
    title: 'Spreekdossier (2026)',
    rows: [
        { defect: 'D2-D6, D9', reason: 'the Art. 28(3) summary: duration, sub-processing, Art. 32-36, deletion, audits and the infringement notice are absent; controller rights only as instructions', rule: 'art28-coverage', covered: 'SpreekdossierVerwerkersovereenkomst' },
        { defect: 'D9', reason: 'no duration or end of the agreement', rule: 'DPA-R58', covered: 'SpreekdossierVerwerkersovereenkomst' },
        { defect: 'D2', reason: 'no authorisation model: the sub-processor is engaged without the controller\'s prior written authorisation (`subprocessing without-authorisation`)', rule: 'DPA-R07', covered: 'without-authorisation' },
        { defect: 'D2', reason: 'no notice of sub-processor changes and no right to object', rule: 'DPA-R08', covered: 'without-authorisation' },
        { defect: 'D2', reason: 'no flow-down of the same obligations to the sub-processor (`flow-down none`)', rule: 'DPA-R09', covered: 'none' },
        { defect: 'D1', reason: 'art. 4 promises processing on EU servers only, while where the US AI provider processes is not recorded (`transfers eea-only`)', rule: 'DPA-R21', covered: 'eea-only' },
        { defect: 'D5', reason: 'no assistance with Art. 32-36, the DPIA in particular', rule: 'DPA-R12', covered: 'SpreekdossierVerwerkersovereenkomst' },
        { defect: 'D4', reason: 'no deletion or return at the end', rule: 'DPA-R15', covered: 'SpreekdossierVerwerkersovereenkomst' },
        { defect: 'D3', reason: 'no audits or inspections', rule: 'DPA-R16', covered: 'SpreekdossierVerwerkersovereenkomst' },
        { defect: 'D6', reason: 'the instructions clause has no infringement notice', rule: 'DPA-R17', covered: 'infringement-notice' },
        { defect: 'D6', reason: 'instructions without the legal-requirement exception and its notice, and not extended to transfers to third countries while a US recipient gets the data (Art. 28(3)(a))', rule: 'DPA-R03', covered: 'legal-requirement-notice' },
        { defect: 'D13', reason: 'no back-up, restore or testing measure', rule: 'DPA-R39', covered: 'SpreekdossierVerwerkersovereenkomst' },
        { defect: 'D12', reason: 'the version is dated by a month only, "January 2026" (information); the absent signature block is no defect of terms accepted online (Art. 28(9))', rule: 'DPA-R50', covered: '2026-01' },
        { defect: 'D14', reason: 'the processor without legal form', rule: 'DPA-R49', covered: 'Spreekdossier' },
        { defect: 'D11', reason: 'health data at scale, no contact point or DPO', rule: 'DPA-R56', covered: 'Spreekdossier' },
        { defect: 'D1', reason: 'where the only sub-processor (Anthropic) processes is unknown: verify before signing', rule: 'DPA-R21', covered: 'unknown' },
        { defect: 'D1', reason: 'processing "only on EU servers" (art. 4) while where the only sub-processor processes is not known', rule: 'DPA-R21', covered: 'EU-servers' },
        { defect: 'D8', reason: 'health data without NEN 7510 (per data category)', rule: 'DPA-R27', covered: 'health', count: 2 },
        { defect: 'D8', reason: 'health data without logging (per data category)', rule: 'DPA-R26', covered: 'health', count: 2 },
        { defect: 'note', reason: 'no deadline for forwarding requests; the controller must answer within a month (advice, information)', rule: 'DPA-R33', covered: 'data-subject-requests' },
        { defect: 'D7', reason: 'confidentiality as the processor\'s own secrecy, not binding the persons it authorises', rule: 'DPA-R05', covered: 'without' },
        { defect: 'D10', reason: 'the rights named are access, correction and deletion only', rule: 'DPA-R33', covered: 'access, rectification, erasure' },
        { defect: 'D1', reason: 'Anthropic is a US company (Anthropic, PBC): with no seat or place recorded, its processing in the US is a transfer without a mechanism', rule: 'DPA-R21', covered: '"Anthropic (Claude)"' }
    ],
    missed: [
    ]
};

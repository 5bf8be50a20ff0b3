import type { AgreementTable } from './table.js';

/** MasjidConnect (2026, Belgium): a template agreement for a school-administration platform. */
export const MASJIDCONNECT: AgreementTable = {
    file: 'masjidconnect.dpa',
    title: 'MasjidConnect (2026, Belgium)',
    rows: [
        { defect: 'M10', reason: 'no restore test and no evaluation beyond "periodically"', rule: 'DPA-R39', covered: 'MasjidConnectVerwerkersovereenkomst' },
        { defect: 'M12', reason: 'the template is marked a concept not yet reviewed by a lawyer, its annex to verify before use: not yet a final text', rule: 'DPA-R50', covered: 'concept' },
        { defect: 'note', reason: 'the school\'s signature row has no place of signing (a formality, information)', rule: 'DPA-R50', covered: '"{{schoolVertegenwoordiger}}"' },
        { defect: 'M11', reason: 'no privacy contact of the processor (and the school\'s is no template field)', rule: 'DPA-R55', covered: 'MasjidConnect' },
        { defect: 'M11', reason: 'no contact point or DPO for a platform with minors\' data', rule: 'DPA-R56', covered: 'MasjidConnect' },
        { defect: 'note', reason: 'the processor\'s signature row has no place of signing (a formality, information)', rule: 'DPA-R50', covered: '"{{verwerkerVertegenwoordiger}}"' },
        { defect: 'M9', reason: 'SCCs without a TIA for the US entities (Supabase, Vercel, Resend)', rule: 'DPA-R37', covered: 'scc', count: 3 },
        { defect: 'M7', reason: 'retention only for the duration of the main agreement', rule: 'DPA-R36', covered: 'agreement' },
        { defect: 'M8', reason: 'no notice period for new sub-processors', rule: 'DPA-R08', covered: 'general' },
        { defect: 'note', reason: 'all rights are listed, but no deadline for forwarding requests; the controller must answer within a month (advice, information)', rule: 'DPA-R33', covered: 'data-subject-requests' },
        { defect: 'note', reason: 'the notice\'s contents (9.2) name no contact point and nothing on information in phases (advice)', rule: 'DPA-R31', covered: 'nature, subjects, records, consequences,' },
        { defect: 'M5', reason: 'the sub-processors\' certificates as evidence of the processor\'s compliance (`evidence subprocessor-certificates`)', rule: 'DPA-R35', covered: 'subprocessor-certificates' },
        { defect: 'M6', reason: 'the export window before deletion only by example (`export 30 days indicative`)', rule: 'DPA-R34', covered: '30 days' },
        { defect: 'M1', reason: 'a mosque school (the template field names "de moskee/vzw") reveals religious belief while annex 1 denies special categories', rule: 'DPA-R61', covered: 'moskee' },
        { defect: 'M2', reason: 'students, usually minors, without a safeguard specific to them', rule: 'DPA-R26', covered: 'minors' },
        { defect: 'M4', reason: 'Supabase\'s hosting region (and so AWS\'s beneath it) is a template field still to confirm', rule: 'DPA-R21', covered: '{{supabaseRegio}}', count: 2 },
        { defect: 'M12', reason: 'Upstash, Inc. (a US company form) with no seat, treated as EEA-only with the vendor\'s DPA only', rule: 'DPA-R21', covered: '"Upstash, Inc."' },
        { defect: 'M3', reason: 'parents named among the data subjects in art. 2.1, missing from annex 1', rule: 'DPA-R57', covered: 'ouders' },
        { defect: 'note', reason: 'the annex cites the original\'s "artikel 6.3" (changes to the sub-processors), a paragraph number that points elsewhere in the generated numbering: refer by name (legal review C-07, information)', rule: 'DPA-R48', covered: 'artikel 6.3' }
    ],
    missed: [
    ]
};

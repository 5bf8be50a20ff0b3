import { expectedSccModule, processorInEea, receivesData, type Agreement, type DataCategory, type SubProcessor } from '@dpa/language';
import { joinWords } from './format.js';
import type { Formatter } from './view-builder.js';
import type { RecipientDataView, TransferSafeguardsView, TransferView } from './view.js';

// The safeguards that come with transfers outside the EEA (legal review 2026-11, A-11, A-12):
// who is under the EU-US Data Privacy Framework (checked and monitored, with the SCCs to fall back
// on), whether requests of public authorities of third countries are to be handled (Art. 48), and
// which personal data each recipient outside the EEA receives (data minimisation, Art. 5(1)(c)).

/** The name a recipient has in the transfers list (as transferViews writes it). */
function recipientName(sub: SubProcessor, f: Formatter): string {
    return f.text(sub.legalName) || sub.name;
}

/** Whether a data category is of a kind that must not reach a recipient that is not to receive it. */
function sensitiveKinds(data: readonly DataCategory[]): { special: boolean; criminal: boolean; bsn: boolean } {
    return {
        special: data.some(d => d.special.length > 0),
        criminal: data.some(d => d.criminal),
        bsn: data.some(d => d.bsn)
    };
}

/**
 * The recipients under the DPF, the SCC module to fall back on, whether authorities' requests are
 * dealt with, and the data each recipient outside the EEA receives. `transfers` are the named
 * recipients outside the EEA; `ownPlaces` whether the processor itself processes outside the EEA.
 */
export function transferSafeguards(agreement: Agreement, transfers: readonly TransferView[], ownPlaces: boolean, processorName: string, f: Formatter): TransferSafeguardsView {
    const abroad = new Set(transfers.map(t => t.recipient));
    const subs = agreement.subprocessors.filter(s => receivesData(s) && abroad.has(recipientName(s, f)));
    // The DPF as the mechanism relied on (the first `transfer` line): a sub-processor (module 3 of
    // the SCCs to fall back on, processor to processor) or a processor established outside the EEA
    // itself (module 2, controller to processor).
    const dpfSubs = subs.filter(s => s.transfers[0]?.mechanism === 'dpf').map(s => recipientName(s, f));
    const dpfProcessor = !processorInEea(agreement) && abroad.has(processorName)
        && agreement.processings.some(p => p.locations.some(l => l.transfer?.mechanism === 'dpf'));
    const names = [...(dpfProcessor ? [processorName] : []), ...dpfSubs];
    const modules = [...new Set([...(dpfProcessor ? [expectedSccModule('location')] : []), ...(dpfSubs.length > 0 ? [expectedSccModule('subprocessor')] : [])])];
    const all = sensitiveKinds(agreement.dataCategories);
    const recipientData = subs.filter(s => s.data.length > 0).map((s): RecipientDataView => {
        const received = s.data.flatMap(r => (r.ref ? [r.ref] : []));
        const kinds = sensitiveKinds(received);
        const excluded = {
            special: all.special && !kinds.special,
            criminal: all.criminal && !kinds.criminal,
            bsn: all.bsn && !kinds.bsn
        };
        return {
            recipient: recipientName(s, f),
            data: joinWords(received.map(d => f.text(d.label)), f.terms),
            ...(excluded.special || excluded.criminal || excluded.bsn ? { excluded } : {})
        };
    });
    return {
        ...(names.length > 0 ? { dpf: { recipients: joinWords(names, f.terms), ...(modules.length === 1 ? { module: modules[0]! } : {}) } } : {}),
        governmentRequests: transfers.length > 0 || ownPlaces,
        recipientData
    };
}

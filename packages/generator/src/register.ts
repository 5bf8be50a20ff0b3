/**
 * The processor's record of processing activities (Art. 30(2) AVG), derived from agreements:
 * one record per processing activity, with
 *   (a) the processor, the controller, their contact details and DPOs,
 *   (b) the category of processing (the activity, its purposes and operations) with its data,
 *       data subjects and retention,
 *   (c) the transfers outside the EEA: per sub-processor (and per location of the activity for a
 *       processor established outside the EEA), with the country and the mechanism (for an
 *       Art. 49 derogation, its ground); a processor in the EEA processing abroad itself makes no
 *       transfer (EDPB Guidelines 05/2021), its places are in the `locations` column,
 *   (d) a general description of the security measures.
 * Pure: a model in, plain data out; no clock, no file system. Used by `dpa register`.
 *
 * The parts: `register/model.ts` (the record types), `register/records.ts` (agreement → records),
 * `register/table.ts` (records → rows of text, one column each) and `register/csv.ts` (rows → CSV).
 * The words the register adds come from the generator's catalogue (`i18n/`), the unit names from
 * the agreement's terms (`templates/<lang>/terms.json`).
 *
 * Decisions:
 * - A sub-processor that no activity names is engaged for the agreement as a whole, so it counts
 *   for every activity of that agreement (a register must not understate transfers).
 * - An activity that names no measures is covered by all measures of the agreement (Bijlage 2
 *   applies to the whole agreement).
 * - The register records what is agreed, also where the agreement is wrong: an invalid
 *   mechanism is listed with `valid: false`, a missing one as "no transfer mechanism stated".
 */
export type * from './register/model.js';
export { describeRetention, registerRecords } from './register/records.js';
export { describeTransfer, REGISTER_COLUMNS, registerRow, type RegisterColumn } from './register/table.js';
export { CSV_FORMULA_TRIGGERS, csvField, neutralizeCsvCell, registerCsv } from './register/csv.js';

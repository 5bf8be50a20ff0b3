import art28 from './art28.json';
import checks from './checks.json';
import clauseReading from './clause-reading.json';
import clauses from './clauses.json';
import countries from './countries.json';
import dataLabels from './data-labels.json';
import glossary from './glossary.json';
import measures from './measures.json';
import obsoleteTech from './obsolete-tech.json';
import parties from './parties.json';
import replacements from './replacements.json';
import rules from './rules.json';
import snippets from './snippets.json';
import specialData from './special-data.json';
import recipients from './recipients.json';
import textPatterns from './text-patterns.json';
import transferMechanisms from './transfer-mechanisms.json';
import wording from './wording.json';
import * as s from './schemas.js';

// The data files, each parsed once by its schema (data/schemas.ts) when this module loads: a
// file that does not match fails at start-up with the file and the path of the bad value. The
// modules read the data from here, typed by the schemas, never from the JSON directly.

export const ART28_DATA = s.parseData('art28.json', s.Art28FileSchema, art28);
export const CHECKS_DATA = s.parseData('checks.json', s.ChecksFileSchema, checks);
export const CLAUSE_READING_DATA = s.parseData('clause-reading.json', s.ClauseReadingFileSchema, clauseReading);
export const CLAUSES_DATA = s.parseData('clauses.json', s.ClausesFileSchema, clauses);
export const COUNTRIES_DATA = s.parseData('countries.json', s.CountriesFileSchema, countries);
export const DATA_LABELS_DATA = s.parseData('data-labels.json', s.DataLabelsFileSchema, dataLabels);
export const GLOSSARY_DATA = s.parseData('glossary.json', s.GlossaryFileSchema, glossary);
export const MEASURES_DATA = s.parseData('measures.json', s.MeasuresFileSchema, measures);
export const OBSOLETE_TECH_DATA = s.parseData('obsolete-tech.json', s.ObsoleteTechFileSchema, obsoleteTech);
export const PARTIES_DATA = s.parseData('parties.json', s.PartiesFileSchema, parties);
export const REPLACEMENTS_DATA = s.parseData('replacements.json', s.ReplacementsFileSchema, replacements);
export const RULES_DATA = s.parseData('rules.json', s.RulesFileSchema, rules);
export const SNIPPETS_DATA = s.parseData('snippets.json', s.SnippetsFileSchema, snippets);
export const SPECIAL_DATA = s.parseData('special-data.json', s.SpecialDataFileSchema, specialData);
export const RECIPIENTS_DATA = s.parseData('recipients.json', s.RecipientsFileSchema, recipients);
export const TEXT_PATTERNS_DATA = s.parseData('text-patterns.json', s.TextPatternsFileSchema, textPatterns);
export const TRANSFER_MECHANISMS_DATA = s.parseData('transfer-mechanisms.json', s.TransferMechanismsFileSchema, transferMechanisms);
export const WORDING_DATA = s.parseData('wording.json', s.WordingFileSchema, wording);

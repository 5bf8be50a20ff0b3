// The firm's playbook: positions as data (schema.ts, a JSON or YAML file checked when read), where
// an agreement departs from them (check.ts), and which playbook holds for a document (source.ts).
// The validator reports the departures (validation/rules/playbook.ts).
export { parsePlaybook, PlaybookSchema, type Playbook, type PositionName } from './schema.js';
export { checkPlaybook, PLAYBOOK_MESSAGES, type FindingPlace, type PlaybookFinding, type PlaybookFix } from './check.js';
export { PLAYBOOK_FILE_NAMES, PlaybookSource, type LoadedPlaybook } from './source.js';

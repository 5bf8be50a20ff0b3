// The firm's playbook (issue 14, in progress): positions as data (schema.ts, a JSON file checked
// when read), and where an agreement departs from them (check.ts). Not yet a check of the
// validator nor read by the CLI: no bundle holds it (see ARCHITECTURE.md).
export { parsePlaybook, PlaybookSchema, type Playbook, type PositionName } from './schema.js';
export { checkPlaybook, PLAYBOOK_MESSAGES, type FindingPlace, type PlaybookFinding, type PlaybookFix } from './check.js';

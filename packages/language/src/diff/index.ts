// The semantic diff of two versions of an agreement (issue 14): the models compared, not the text
// (structural.ts), each change with what it means for the parties' positions (meaning.ts, from
// data/diff.json) and said in nl or en (describe.ts). The server's dpa/diff request imports it
// ("DPA: Compare with…").
export { compareModels, type StructuralChange, type Value } from './structural.js';
export { DIFF_EFFECTS, diffAgreements, type AgreementChange, type Effect, type Note } from './meaning.js';
export { describeChange, DIFF_MESSAGES, propertyLabel, subjectOf } from './describe.js';
export { changeRecord, lineOf, type ChangeRecord } from './json.js';
export { wordChanges, type WordChange } from './words.js';
export { playbookCrossings, type Crossing, type PlaybookCrossings } from './playbook.js';

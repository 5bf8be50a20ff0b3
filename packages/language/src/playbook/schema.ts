import { load as loadYaml } from 'js-yaml';
import * as v from 'valibot';

// The firm's playbook (issue 14, in progress): its positions as data, in `dpa-playbook.json`. This
// schema checks a playbook when it is read (`parsePlaybook`), and the published JSON Schema
// (packages/language/playbook.schema.json, `npm run docs`) is made from it, so editors complete
// a playbook with the same rules.

const Localised = v.strictObject({ nl: v.pipe(v.string(), v.minLength(1)), en: v.pipe(v.string(), v.minLength(1)) });

/** What every position may set: the firm's own id for its diagnostics, their severity, and the firm's own message. */
const PositionBase = {
    id: v.optional(v.pipe(v.string(), v.regex(/^[A-Za-z][\w.-]*$/), v.description('The code of the diagnostics (the firm\'s own id); PB-… by default.'))),
    severity: v.optional(v.picklist(['error', 'warning', 'info']), 'warning'),
    message: v.optional(v.pipe(Localised, v.description('The firm\'s own message, in Dutch and English, in place of dpa\'s.')))
};

const CountryCode = v.pipe(v.string(), v.regex(/^[A-Z]{2}$/));

export const PlaybookSchema = v.pipe(v.strictObject({
    $schema: v.optional(v.string()),
    name: v.pipe(v.string(), v.minLength(1), v.description('The playbook\'s name, as the diagnostics cite it.')),
    positions: v.strictObject({
        breachNotification: v.optional(v.pipe(v.strictObject({ ...PositionBase, maxHours: v.pipe(v.number(), v.integer(), v.minValue(1)) }),
            v.description('The processor notifies a breach within at most this many hours (Art. 33(2) AVG: without undue delay).'))),
        auditFrequency: v.optional(v.pipe(v.strictObject({ ...PositionBase, maxMonths: v.pipe(v.number(), v.integer(), v.minValue(1)) }),
            v.description('The controller may audit at least once in this many months (Art. 28(3)(h) AVG).'))),
        liabilityCap: v.optional(v.pipe(v.strictObject({ ...PositionBase, minimum: v.pipe(v.number(), v.minValue(0)) }),
            v.description('A liability cap, when there is one, is at least this amount.'))),
        subprocessorCountries: v.optional(v.pipe(v.strictObject({ ...PositionBase, allowed: v.array(v.union([CountryCode, v.literal('EEA')])) }),
            v.description('Sub-processors may be seated and process only in these countries (ISO codes; "EEA" for every EEA country).'))),
        requiredClauses: v.optional(v.pipe(v.strictObject({ ...PositionBase, clauses: v.pipe(v.array(v.pipe(v.string(), v.regex(/^[a-z][a-z-]*$/))), v.minLength(1)) }),
            v.description('Standard clauses the agreement must have, by keyword (audit, breach, liability, …).'))),
        specialDataMeasures: v.optional(v.pipe(v.strictObject({ ...PositionBase, kinds: v.pipe(v.array(v.pipe(v.string(), v.regex(/^[a-z][a-z-]*$/))), v.minLength(1)) }),
            v.description('When special or criminal data or the BSN are processed, the agreement has measures of these kinds (Art. 32 AVG).'))),
        forbiddenWording: v.optional(v.pipe(v.array(v.strictObject({ ...PositionBase, words: v.pipe(v.string(), v.minLength(2)), replacement: v.optional(v.string()) })),
            v.description('Wording the firm does not accept in any text of the agreement, with the wording it prefers.')))
    })
}), v.description('A firm\'s positions on data processing agreements (dpa).'));

export type Playbook = v.InferOutput<typeof PlaybookSchema>;
export type PositionName = keyof Playbook['positions'];

/**
 * A playbook from the text of its file (YAML when the path ends in `.yaml` or `.yml`, else JSON):
 * the positions, or why the file is not a playbook (its path, and the place in it and what the
 * schema expected there). Never throws.
 */
export function parsePlaybook(text: string, path: string): { readonly playbook: Playbook } | { readonly error: string } {
    let data: unknown;
    const yaml = /\.ya?ml$/i.test(path);
    try {
        data = yaml ? loadYaml(text, { filename: path }) : JSON.parse(text);
    } catch (error) {
        const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
        return { error: `${path}: ${yaml ? 'not YAML' : 'not JSON'}: ${reason}` };
    }
    const result = v.safeParse(PlaybookSchema, data);
    if (result.success) return { playbook: result.output };
    const issue = result.issues[0];
    return { error: `${path}: ${v.getDotPath(issue) ?? '(root)'}: ${issue.message}` };
}

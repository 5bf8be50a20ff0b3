/**
 * The YAML baseline of the `check.<lines>` rows: the same agreement as YAML, parsed with js-yaml,
 * validated with ajv against the grammar's JSON Schema (schema.ts, compiled once, outside the
 * timing) and its references resolved (references.ts). `check(text)` is what is timed.
 */
import { Ajv, type ErrorObject } from 'ajv';
import { load } from 'js-yaml';
import type { Grammar } from 'langium';
import { unresolvedReferences } from './references.js';
import { deriveSchema, type DerivedSchema } from './schema.js';

export interface YamlCheck {
    readonly valid: boolean;
    /** ajv's errors (all of them: `allErrors`, as a checker reports every finding). */
    readonly errors: readonly ErrorObject[];
    /** References that name no declaration of their type, as `Type id`. */
    readonly unresolved: readonly string[];
}

export interface YamlBaseline {
    readonly derived: DerivedSchema;
    check(text: string): YamlCheck;
}

/** Derives the schema from `grammar` and compiles it (the untimed set-up). */
export function yamlBaseline(grammar: Grammar): YamlBaseline {
    const derived = deriveSchema(grammar);
    const ajv = new Ajv({ allErrors: true, discriminator: true, strict: true });
    const validate = ajv.compile(derived.schema);
    return {
        derived,
        check(text: string): YamlCheck {
            const data: unknown = load(text);
            const valid = validate(data);
            const unresolved = unresolvedReferences(data, derived);
            return { valid: valid && unresolved.length === 0, errors: validate.errors ?? [], unresolved };
        }
    };
}

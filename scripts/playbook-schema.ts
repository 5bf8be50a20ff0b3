// The published JSON Schema of the firm's playbook (packages/language/playbook.schema.json), made
// from the schema dpa reads playbooks with (packages/language/src/playbook/schema.ts), so that an
// editor completes and checks a `dpa-playbook.json` by the same rules. `npm run docs` writes it;
// test/docs/playbook-schema.test.ts fails when it is stale.
import { toJsonSchema } from '@valibot/to-json-schema';
import { PlaybookSchema } from '../packages/language/src/playbook/schema.js';

export function renderPlaybookSchema(): string {
    const schema = toJsonSchema(PlaybookSchema, { target: 'draft-2020-12', typeMode: 'input' });
    return `${JSON.stringify({ ...schema, title: 'dpa playbook' }, null, 2)}\n`;
}

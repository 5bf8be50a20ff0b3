import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv2020 from 'ajv/dist/2020.js';
import { expect, test } from 'vitest';
import { renderPlaybookSchema } from '../../scripts/playbook-schema.js';
import { parsePlaybook } from '../../packages/language/src/playbook/index.js';
import { EXAMPLES, ROOT } from '../helpers.js';

const SCHEMA_FILE = join(ROOT, 'packages/language/playbook.schema.json');

test('packages/language/playbook.schema.json is current (regenerate with `npm run docs`)', () => {
    expect(readFileSync(SCHEMA_FILE, 'utf8')).toBe(renderPlaybookSchema());
});

test('the published JSON Schema and dpa agree on what a playbook is: the example passes both, broken ones fail both', () => {
    const validate = new Ajv2020({ strict: false, allErrors: true }).compile(JSON.parse(readFileSync(SCHEMA_FILE, 'utf8')) as object);
    const example = readFileSync(join(EXAMPLES, 'playbooks/kantoor-de-linde.json'), 'utf8');
    expect(validate(JSON.parse(example)), JSON.stringify(validate.errors)).toBe(true);
    expect('playbook' in parsePlaybook(example, 'dpa-playbook.json')).toBe(true);
    for (const broken of [
        { name: 'X', positions: { breachNotification: { maxHours: '36' } } },
        { name: 'X', positions: { breachNotifications: {} } },
        { name: 'X', positions: { subprocessorCountries: { allowed: ['us'] } } },
        { name: '', positions: {} },
        { positions: {} }
    ]) {
        expect(validate(broken), JSON.stringify(broken)).toBe(false);
        expect('error' in parsePlaybook(JSON.stringify(broken), 'firm.json'), JSON.stringify(broken)).toBe(true);
    }
});

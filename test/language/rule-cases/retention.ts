import { minimalAgreement } from '../../helpers.js';
import type { QuietCase, RuleCase } from './types.js';

export const cases: RuleCase[] = [
    { rule: 'DPA-R19', name: 'a processing activity without retention', text: minimalAgreement('', ''), covered: 'Hosting', message: 'Hosting', fixes: ['Retention: the agreement + 30 days'] },
    { rule: 'DPA-R36', name: 'retention for the duration of the agreement with no end after it', text: minimalAgreement('', 'retention agreement'), covered: 'agreement', fixes: ['Delete within 30 days after the end'] },
    { rule: 'DPA-R36', name: 'a statutory period without its statute', text: minimalAgreement('', 'retention agreement + 1 month or statutory if longer'), covered: 'or statutory if longer' }
];

export const quiet: QuietCase[] = [
    { rule: 'DPA-R36', name: 'retention for the agreement plus a deletion period', text: minimalAgreement('', 'retention agreement + 30 days') },
    { rule: 'DPA-R36', name: 'a statutory period with its source', text: minimalAgreement('', 'retention 7 years statutory "art. 52 AWR"') }
];

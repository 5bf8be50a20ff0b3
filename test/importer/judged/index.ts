import { BSCPRO } from './bscpro.js';
import { ICTEAM_IMAGING_PEOPLE } from './icteam-imaging-people.js';
import { ITZZ_TEMPLATE } from './itzz-template.js';
import { MASJIDCONNECT } from './masjidconnect.js';
import { OPSIO } from './opsio.js';
import { RECRUITIN } from './recruitin.js';
import { RENAISSANCE_IT } from './renaissance-it.js';
import { SPREEKDOSSIER } from './spreekdossier.js';
import { STARRED } from './starred.js';
import type { ImportJudgement } from './table.js';
import { THE_TAFEL } from './the-tafel.js';

/** The judged defects of each imported agreement, by corpus name. */
export const IMPORT_JUDGEMENTS: ReadonlyMap<string, ImportJudgement> = new Map(
    [ICTEAM_IMAGING_PEOPLE, ITZZ_TEMPLATE, BSCPRO, MASJIDCONNECT, OPSIO, RECRUITIN, RENAISSANCE_IT, SPREEKDOSSIER, STARRED, THE_TAFEL].map(j => [j.name, j])
);

import { sentences } from '@dpa/language';
import type { IndexedBlock, Section } from './sections.js';
import { blockText } from './sections.js';

// What the text declares is not processed: no special categories of personal data ("Er worden
// geen bijzondere categorieën van persoonsgegevens in de zin van artikel 9 AVG opzettelijk
// verwerkt", a row "| Bijzondere categorieën (Art. 9) | Geen. … |"): the model's `excludes
// special`. Not a declaration with a condition or an exception ("als doel van de Dienst. Indien een
// beller … deelt, wordt deze … opgeslagen"): what it leaves processed is for the reader.

const NO_SPECIAL = /(?<![\p{L}])(?:geen|no)\s+(?:bijzondere|special)\s+(?:categorie\p{L}*\s+(?:van\s+|of\s+)?)?(?:persoonsgegevens|personal data|gegevens|data)(?![\p{L}])/iu;
const PROCESSED = /verwerkt|verwerken|verzamel\p{L}*|vastgelegd|opgeslagen|processed|collected|stored/iu;
/** A condition or exception in the declaration or right after it. */
const QUALIFIED = /(?<![\p{L}])(?:als\s+doel|tenzij|behalve|indien|wanneer|uitgezonderd|except|unless|if|when|as\s+(?:a\s+)?purpose)(?![\p{L}])/iu;
const SPECIAL_ROW = /bijzondere\s+(?:categorie|persoonsgegevens)|special\s+categor|art(?:ikel|\.)?\s*9(?!\d)/iu;

/** The block that declares no special categories processed, if the text has one without a condition. */
export function specialExcluded(sections: readonly Section[]): IndexedBlock | undefined {
    for (const section of sections) {
        for (const item of section.blocks) {
            if (item.block.kind === 'table') {
                if (item.block.rows.some(row => row.length === 2 && SPECIAL_ROW.test(row[0]!) && /^\s*(?:geen|none|nee|no|n\.?v\.?t\.?)(?![\p{L}])/iu.test(row[1]!) && !QUALIFIED.test(row[1]!))) return item;
                continue;
            }
            const all = sentences(blockText(item.block)).all().map(s => s.text);
            const at = all.findIndex(sentence => NO_SPECIAL.test(sentence) && PROCESSED.test(sentence));
            if (at >= 0 && !QUALIFIED.test(all[at]!) && !QUALIFIED.test((all[at + 1] ?? '').split(/\s+/u).slice(0, 1).join(' '))) return item;
        }
    }
    return undefined;
}

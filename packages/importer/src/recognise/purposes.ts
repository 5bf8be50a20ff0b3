// The purposes of the processing as an agreement states them: a list ("Doeleinden zijn: a; b; en
// c"), a cell or line of a table ("Doeleinden | a; b"), or the scope a sentence gives the
// processing ("… verwerkt persoonsgegevens uitsluitend in het kader van X"); and the operations a
// purpose names ("het aannemen en beheren van reserveringen").

/** "Doeleinden zijn: a; b" or "Het doel van de verwerking is a": the purposes one sentence lists. */
export const PURPOSE_LIST = /(?:^|\.\s+)(?:de\s+)?(?:doel(?:einde)?n?|het\s+doel)(?:\s+van\s+de\s+verwerking)?\s+(?:zijn|is)\s*:?\s+([^.]+)/iu;

/** "… verwerking … (uitsluitend) in het kader van X": where the scope a sentence gives the processing starts. */
const SCOPE = /(?:verwerk\p{L}*|verwerking)[^.;]{0,140}?\s(?:in het kader van|ten behoeve van de uitvoering van|ter uitvoering van|uitsluitend voor|uitsluitend om|persoonsgegevens\s+voor(?=\s+(?:het|de)\s+\p{Ll})(?!\s+(?:het|de)\s+(?:verwerkingsverantwoordelijke|verantwoordelijke|opdrachtgever|klant|verwerker)\b))\s+/iu;

/** "het doel waarvoor de verwerkingsverantwoordelijke de dienst inzet: X": a lead-in that only announces the purpose after its colon. */
const LEAD_IN = /^(?:het\s+|de\s+)?(?:doel|doeleinde)n?\s+(?:waarvoor|waartoe|dat|die)\b[^:]*:\s*/iu;

/** The rest of an enumeration after its first comma: ", CSV en MT940 formaten", short items and a last one after "en"/"of", no verb. */
const ENUMERATION_REST = /^(?:,\s*[\p{L}\d-]+(?:\s+[\p{L}\d-]+){0,2})*,\s*[\p{L}\d-]+(?:\s+[\p{L}\d-]+){0,2}\s+(?:en|of|and|or)\s+[\p{L}\d-]+(?:\s+[\p{L}\d-]+){0,2}$/u;

/** A text up to the end of its clause (a full stop or semicolon). */
function clauseRest(text: string): string {
    return text.split(/[;]|\.(?:\s|$)/u)[0]!.trim();
}

/** The items of a list of purposes: split on its semicolons only ("per e-mail of per post" is one purpose), without the "en" before the last. */
export function purposeItems(text: string): string[] {
    return text.split(/\s*;\s*/u).map(item => item.replace(/^(?:en|of|and|or)\s+/iu, '').replace(/[.;:]$/u, '').trim()).filter(item => item !== '');
}

/**
 * The scope a sentence gives the processing, when it gives one: from "in het kader van" (and the
 * like) to the end of the clause. A clause ends at a full stop or semicolon, and at its first
 * comma unless a colon before it announces a list ("de dienst: het a, het b en het c"); never
 * inside parentheses. A lead-in that only announces the purpose ("het doel waarvoor …:") is left out.
 */
export function scopeIn(text: string): string | undefined {
    const start = SCOPE.exec(text);
    if (!start) return undefined;
    const rest = text.slice(start.index + start[0].length);
    let depth = 0;
    let colon = false;
    let comma = -1;
    let end = rest.length;
    for (let i = 0; i < rest.length; i++) {
        const ch = rest[i]!;
        if (ch === '(') depth++;
        else if (ch === ')') depth = Math.max(0, depth - 1);
        else if (depth > 0) continue;
        else if (ch === ':') colon = true;
        else if (ch === ',' && comma < 0 && !colon && !ENUMERATION_REST.test(clauseRest(rest.slice(i)))) comma = i;
        else if (ch === ';' || (ch === '.' && /^(?:\s|$)/u.test(rest.slice(i + 1, i + 2)))) {
            end = i;
            break;
        }
    }
    // A colon that ends the text introduces the list that follows, not a part of the scope.
    const body = rest.slice(0, colon || comma < 0 ? end : comma).replace(/:\s*$/u, '');
    // "… in het kader van de Overeenkomst de volgende persoonsgegevens:": the scope ends where the object the sentence announces begins.
    const scope = body.replace(/\s+(?:de|het)\s+volgende\b.*$/iu, '').replace(LEAD_IN, '').trim();
    return scope.length >= 5 && scope.length <= 400 ? scope : undefined;
}

/**
 * The operation a purpose names ("het aannemen en beheren van reserveringen" → "aannemen en beheren
 * van reserveringen"), also after an adverbial phrase ("in geanonimiseerde vorm het verbeteren van
 * de Diensten"); undefined when it names none.
 */
function operationOf(purpose: string): string | undefined {
    const clean = purpose.trim().replace(/^(?:uitsluitend|alleen|enkel|slechts)\s+/iu, '');
    const m = /^(?:(?:in|op|met|door|voor|na)\s[^;]*?\s(?=het\s))?(?:het\s+)?(\p{L}\p{Ll}+n(?:\s+(?:en|of)\s+\p{Ll}+n)?\s+van\s.*)$/u.exec(clean);
    return m?.[1]!.trim();
}

/** The purposes that name an operation ("het aannemen en beheren van reserveringen"): the nature of the processing as the text gives it. */
export function operationsOf(purposes: readonly string[]): string[] {
    return purposes.flatMap(purpose => operationOf(purpose) ?? []);
}

/**
 * A scope that announces its operations after a colon ("het leveren van de dienst: het afhandelen
 * van gesprekken, het vastleggen van leads en het plannen van afspraken"): the purpose before the
 * colon, the operations after it; undefined unless every item after the colon names an operation.
 */
export function announcedOperations(scope: string): { purpose: string; operations: string[] } | undefined {
    const colon = scope.indexOf(':');
    if (colon < 0) return undefined;
    const purpose = scope.slice(0, colon).trim();
    const items = scope.slice(colon + 1).split(/,\s*(?:en\s+)?(?=het\s)|\s+en\s+(?=het\s)/u).map(item => item.trim());
    const operations = items.flatMap(item => operationOf(item) ?? []);
    return purpose.length >= 5 && items.length >= 2 && operations.length === items.length ? { purpose, operations } : undefined;
}

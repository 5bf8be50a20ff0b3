// The name an agreement defines for a party ("hierna te noemen: Opdrachtgever", "(hierna: "The
// Tafel" of "verwerker")", "(hierna "de School")"), which the text then uses for it: the party's
// `alias`, so that the review does not take the text's use of it for another name. Not the role
// names the generated agreement defines itself (Verwerkingsverantwoordelijke, Verwerker): they need
// no alias.

/** "hierna (te noemen)(:) " then a quoted name of up to four words, or one capitalised word. */
const DEFINED = /(?<![\p{L}])(?:hierna|verder|hereinafter)(?:\s+(?:te\s+noemen|genoemd|referred\s+to\s+as|called))?\s*:?\s*(?:[„"“'‘]\s*(?:de\s+|het\s+|the\s+)?(\p{Lu}[\p{L}\p{N}&.-]*(?:\s+\p{Lu}?[\p{L}\p{N}&.-]+){0,3})\s*[”"'’]|(?:de\s+|het\s+|the\s+)?(\p{Lu}[\p{L}-]*))/u;

/** The names the generated agreement gives the roles: no alias needed. */
const GENERATED = /^(?:verwerkingsverantwoordelijke|verwerker|controller|processor)$/iu;

/** The name a party's text defines for it, if any (not "gezamenlijk"/"samen": that names both parties). */
export function aliasIn(text: string): string | undefined {
    const m = DEFINED.exec(text);
    if (!m || /^(?:hierna|hereinafter)\s+(?:gezamenlijk|samen|together|jointly)/iu.test(text.slice(m.index))) return undefined;
    const name = (m[1] ?? m[2] ?? '').trim();
    if (name === '' || GENERATED.test(name) || /^(?:Partij(?:en)?|Parties|Party)$/u.test(name)) return undefined;
    return name;
}

/**
 * A party's identifier in the model from its name: a name that is an article and one word, as a
 * party named by its role is ("de Klant", "De Opdrachtgever"), without the article, as the text
 * goes on to call it; any other name as it is ("De Vries Advies B.V.").
 */
export function identifierLabel(name: string): string {
    return /^(?:de|het|the)\s+\p{Lu}[\p{L}-]*$/iu.test(name.trim()) ? name.trim().replace(/^\S+\s+/u, '') : name;
}

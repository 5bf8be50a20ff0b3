// The Art. 9(1) kind of a data category the source names: one the text itself calls special
// ("Gezondheidsgegevens (bijzondere categorie onder AVG)") or one that is special by what it is
// ("Medische gegevens", "Religieuze overtuiging"). Never from a word that only suggests it: a
// category of patients' contact details is not health data, a biometric template only when it
// identifies (Art. 4(14), 9(1)). Criminal data and the BSN are not Art. 9 kinds (Art. 10, art. 46
// UAVG) and are left to the reader.

const KINDS: readonly [string, RegExp][] = [
    ['health', /(?<![\p{L}])(?:gezondheid\p{L}*|medisch\p{L}*|medical|health|verzuim\p{L}*|ziekte\p{L}*|diagnose\p{L}*|behandelgegevens|zorggegevens|klinisch\p{L}*|clinical)(?![\p{L}])/iu],
    ['genetic', /(?<![\p{L}])(?:genetisch\p{L}*|genetic|DNA)(?![\p{L}])/u],
    ['biometric', /(?<![\p{L}])(?:biometri\p{L}*|vingerafdruk\p{L}*|fingerprint\p{L}*|gezichtsherkenning|facial recognition)(?![\p{L}])/iu],
    ['racial-ethnic', /(?<![\p{L}])(?:etnisch\p{L}*|ethnic\p{L}*|ras|racial)(?![\p{L}])/iu],
    ['political', /(?<![\p{L}])(?:politiek\p{L}*|political)(?![\p{L}])/iu],
    ['religious', /(?<![\p{L}])(?:religi\p{L}*|godsdienst\p{L}*|levensbeschouw\p{L}*|geloofsovertuiging\p{L}*|philosophical beliefs?)(?![\p{L}])/iu],
    ['trade-union', /(?<![\p{L}])(?:vakbond\p{L}*|vakvereniging\p{L}*|trade[\s-]union\p{L}*)(?![\p{L}])/iu],
    ['sex-life', /(?<![\p{L}])(?:seksu\p{L}*|seksleven|sexual\p{L}*|sex life)(?![\p{L}])/iu]
];

/** Biometric data are special only when they identify a person (Art. 4(14), 9(1)). */
const IDENTIFIES = /identifi|authenti|herkenning|recognition|vingerafdruk|fingerprint/iu;

/** The text says it is a special category: "(bijzondere categorie onder AVG)", "bijzonder persoonsgegeven", "special category", "art. 9". */
const SAID_SPECIAL = /bijzondere?\s+(?:categorie\p{L}*|persoonsgegeven\p{L}*)|special[\s-]categor\p{L}*|art(?:ikel|\.)?\s*9(?![\d])/iu;
/** …unless it says the opposite: "geen gezondheidsgegevens", "exclusief medische gegevens", "not special". */
const DENIED = /(?<![\p{L}])(?:geen|niet|zonder|exclusief|behalve|uitgezonderd|no|not|without|excluding)(?![\p{L}])/iu;
/** "Gegevens over de gezondheid", "data concerning health": the category is what follows. */
const ABOUT = /^(?:(?:de|the)\s+)?(?:gegevens|data|informatie|information)\s+(?:over|betreffende|omtrent|inzake|concerning|about|on)\s/iu;

/**
 * The special kinds (`health`, …) of a data category's label, empty when it is not special: the
 * kinds it names where the text says the category is special, or in the label's head, the
 * category itself ("Medische gegevens", not "Contactgegevens van de medische dienst").
 */
export function specialKinds(label: string): string[] {
    const text = label.trim();
    if (DENIED.test(text)) return [];
    const named = KINDS.filter(([kind, pattern]) => pattern.test(text) && (kind !== 'biometric' || IDENTIFIES.test(text))).map(([kind]) => kind);
    if (named.length === 0 || SAID_SPECIAL.test(text)) return named;
    const head = ABOUT.test(text) ? text.replace(ABOUT, '').split(/[,:;(]/u)[0]! : text.split(/\s(?:van|of|voor|from|for)\s|[,:;(]/iu)[0]!;
    return named.filter(kind => KINDS.find(([k]) => k === kind)![1].test(head));
}

import { choiceValueProblem, isChoiceParameter, templateFieldUses, type Document, type FieldSlot, type Lang } from '@dpa/language';
import type { LangiumDocument } from 'langium';

// The template's fields and what each is used for.

export interface TemplateField {
    readonly name: string;
    readonly label: string;
    readonly default?: string;
    /** Every parameter without a default is required. */
    readonly required: boolean;
    /**
     * Where the field stands, so what its value must be: text inside a string, a date, a country
     * code, a KvK number (`kvk "{{name}}"`, or a parameter whose name or label mentions KvK).
     */
    readonly roles: ReadonlySet<FieldSlot>;
    /**
     * A choice (a `flag`, or a `list of …` written as names separated by `;`): what is wrong with
     * a value (not yes/no, a name the list cannot choose), undefined when it fits. An empty
     * choice is `no` or none, so a choice is never required.
     */
    readonly choice?: (value: string, lang: Lang) => string | undefined;
}

/** The parameters of a template with the slots they stand in (see `templateFieldUses`). */
export function templateFields(document: LangiumDocument<Document>): TemplateField[] {
    const agreement = document.parseResult.value.agreement;
    if (!agreement) return [];
    const roles = new Map<string, Set<FieldSlot>>(agreement.parameters.map(p => [p.name, new Set<FieldSlot>()]));
    for (const use of templateFieldUses(document)) roles.get(use.name)?.add(use.slot);
    return agreement.parameters.map(p => {
        const set = roles.get(p.name)!;
        if (/kvk/i.test(p.name) || /kvk/i.test(p.label)) set.add('kvk');
        const choice = isChoiceParameter(p) ? { choice: (value: string, lang: Lang) => choiceValueProblem(agreement, p, value, lang) } : {};
        return { name: p.name, label: p.label, ...(p.default !== undefined ? { default: p.default } : {}), required: p.default === undefined && !isChoiceParameter(p), roles: set, ...choice };
    });
}

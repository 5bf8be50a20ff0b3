import { defectIds, figures, type Judgement } from './judge.js';

/** The recall of one agreement: its defects (from the doc) by how far they are reported. */
export interface Recall {
    readonly defects: readonly string[];
    readonly reported: readonly string[];
    readonly partly: readonly string[];
    readonly missed: readonly string[];
    /** Problems: doc defects the table does not judge, missed entries that contradict rows. */
    readonly problems: readonly string[];
}

/** The defect ids of an agreement's section in docs/real-agreements.md (its defects table). */
export function docDefects(doc: string, title: string): string[] {
    const start = doc.indexOf(`\n## ${title}`);
    if (start < 0) return [];
    const end = doc.indexOf('\n## ', start + 1);
    const section = doc.slice(start, end < 0 ? undefined : end);
    return [...section.matchAll(/^\| ([A-Z]\d+) \|/gm)].map(m => m[1]!);
}

export function recall(j: Judgement, defects: readonly string[]): Recall {
    const inRows = new Set(j.rows.filter(r => r.row.falseAlarm === undefined && r.hits.length > 0).flatMap(r => defectIds(r.row.defect)));
    const part = new Set<string>();
    const whole = new Set<string>();
    for (const m of j.table.missed) {
        const id = m.defect.replace(/\s*\(part\)$/, '');
        (m.defect.endsWith('(part)') ? part : whole).add(id);
    }
    const problems: string[] = [];
    const reported: string[] = [];
    const partly: string[] = [];
    const missed: string[] = [];
    for (const id of defects) {
        if (whole.has(id)) {
            if (inRows.has(id)) problems.push(`${id} is listed as missed but a row reports it (write "${id} (part)")`);
            missed.push(id);
        } else if (inRows.has(id)) (part.has(id) ? partly : reported).push(id);
        else problems.push(`${id} is neither reported by a row nor listed as missed`);
    }
    for (const id of [...part, ...whole]) if (!defects.includes(id)) problems.push(`missed ${id} is no defect of the doc`);
    for (const id of inRows) if (!defects.includes(id)) problems.push(`a row reports ${id}, which is no defect of the doc`);
    return { defects, reported, partly, missed, problems };
}

function cell(s: string): string {
    return s.replace(/\|/g, '\\|').replace(/\n/g, ' ');
}

function verdict(j: Judgement['rows'][number]): string {
    const { row } = j;
    if (row.falseAlarm !== undefined) return `**false alarm**: ${row.falseAlarm}`;
    if (row.defect === 'note') return `true note: ${row.reason}`;
    return `real, ${row.defect}: ${row.reason}`;
}

export function percent(right: number, all: number): string {
    return all === 0 ? '100 %' : `${Math.floor((1000 * right) / all) / 10} %`;
}

export const BEGIN = (file: string): string => `<!-- judged: ${file} -->`;
export const END = '<!-- /judged -->';
export const SUMMARY = 'summary';

/** The generated diagnostics section of one agreement (between its markers). */
export function agreementSection(j: Judgement): string {
    const f = figures(j);
    const lines = [
        BEGIN(j.table.file),
        `### Diagnostics (${f.diagnostics})`,
        '',
        `Generated from \`test/language/real-agreements/${j.table.file.replace(/\.dpa$/, '.ts')}\`, which the test checks`,
        'against the validator (`UPDATE_REAL_AGREEMENTS=1 npx vitest run test/language/real-agreements.test.ts`',
        'rewrites this part). Lines are those of the `.dpa` file; a row with several lines is one verdict',
        'on several diagnostics.',
        '',
        '| # | line | rule | covers | verdict |',
        '| --- | --- | --- | --- | --- |'
    ];
    j.ordered.forEach((entry, i) => {
        const where = entry.hits.map(d => d.range.start.line + 1).join(', ');
        const rule = entry.row.rule.replace(/^DPA-/, '') + (entry.hits.length > 1 ? ` (${entry.hits.length}×)` : '');
        lines.push(`| ${i + 1} | ${where} | ${rule} | \`${cell(entry.row.covered)}\` | ${cell(verdict(entry))} |`);
    });
    const right = f.diagnostics - f.falseAlarms;
    lines.push('', `Right: ${right} of ${f.diagnostics} (${percent(right, f.diagnostics)}), of which ${f.notes} true ${f.notes === 1 ? 'note' : 'notes'} (information that is no defect); false alarms: ${f.falseAlarms}.`);
    if (j.table.missed.length > 0) {
        lines.push('', 'Defects no diagnostic reports (or only in part):', '');
        for (const m of j.table.missed) lines.push(`- **${m.defect}**: ${m.why}`);
    }
    lines.push(END);
    return lines.join('\n');
}

/** The generated summary: diagnostics, false alarms, precision and recall per agreement. */
export function summarySection(all: ReadonlyArray<{ j: Judgement; r: Recall }>): string {
    const lines = [
        BEGIN(SUMMARY),
        '| agreement | diagnostics | true notes | false alarms | precision | defects | reported | partly | not reported |',
        '| --- | --- | --- | --- | --- | --- | --- | --- | --- |'
    ];
    const sum = { d: 0, n: 0, fa: 0, defects: 0, rep: 0, part: 0, miss: 0 };
    for (const { j, r } of all) {
        const f = figures(j);
        sum.d += f.diagnostics; sum.n += f.notes; sum.fa += f.falseAlarms;
        sum.defects += r.defects.length; sum.rep += r.reported.length; sum.part += r.partly.length; sum.miss += r.missed.length;
        lines.push(`| ${j.table.title} | ${f.diagnostics} | ${f.notes} | ${f.falseAlarms} | ${percent(f.diagnostics - f.falseAlarms, f.diagnostics)} | ${r.defects.length} | ${r.reported.length} | ${r.partly.length} | ${r.missed.length} |`);
    }
    lines.push(`| **all** | **${sum.d}** | **${sum.n}** | **${sum.fa}** | **${percent(sum.d - sum.fa, sum.d)}** | **${sum.defects}** | **${sum.rep}** | **${sum.part}** | **${sum.miss}** |`);
    lines.push(END);
    return lines.join('\n');
}

/** Replaces the block between a marker pair; undefined when the markers are not there. */
export function replaceBlock(doc: string, key: string, block: string): string | undefined {
    const start = doc.indexOf(BEGIN(key));
    const end = doc.indexOf(END, start);
    if (start < 0 || end < 0) return undefined;
    return doc.slice(0, start) + block + doc.slice(end + END.length);
}

export function currentBlock(doc: string, key: string): string | undefined {
    const start = doc.indexOf(BEGIN(key));
    const end = doc.indexOf(END, start);
    return start < 0 || end < 0 ? undefined : doc.slice(start, end + END.length);
}

/** The counted facts of one agreement: markers N, P, G of its "### Facts" list. */
export interface Facts {
    readonly native: number;
    readonly prose: number;
    readonly gap: number;
    /** Native facts that are template fields (open values filled per customer). */
    readonly templateFields: number;
}

export function factsTotal(f: Facts): number {
    return f.native + f.prose + f.gap;
}

/**
 * Counts the facts of an agreement's section: each item `12. **N** — …` counts one, a range
 * `3-16. **N** — …` counts its length. A native item that mentions a template parameter or field
 * is counted apart as well, so the figure without them can be shown.
 */
export function docFacts(doc: string, title: string): Facts {
    const start = doc.indexOf(`\n## ${title}`);
    const end = start < 0 ? -1 : doc.indexOf('\n## ', start + 1);
    const section = start < 0 ? '' : doc.slice(start, end < 0 ? undefined : end);
    const from = section.indexOf('\n### Facts');
    const to = section.indexOf('\n### ', from + 1);
    const facts = from < 0 ? '' : section.slice(from, to < 0 ? undefined : to);
    const counts = { N: 0, P: 0, G: 0, T: 0 };
    for (const m of facts.matchAll(/^(\d+)(?:-(\d+))?\. \*\*([NPG])\*\*(.*)$/gm)) {
        const n = m[2] === undefined ? 1 : Number(m[2]) - Number(m[1]) + 1;
        const mark = m[3] as 'N' | 'P' | 'G';
        counts[mark] += n;
        if (mark === 'N' && /template (?:parameter|field)/i.test(m[4]!)) counts.T += n;
    }
    return { native: counts.N, prose: counts.P, gap: counts.G, templateFields: counts.T };
}

export const FACTS = (file: string): string => `facts:${file}`;
export const FACTS_SUMMARY = 'facts';

/** The generated count under an agreement's facts list. */
export function factsSection(file: string, f: Facts): string {
    const total = factsTotal(f);
    let line = `Natively: **${f.native} / ${total}** (${percent(f.native, total)}). Custom prose: ${f.prose}. Not expressible: ${f.gap}.`;
    if (f.templateFields > 0) {
        const rest = total - f.templateFields;
        line += ` Without the ${f.templateFields} template fields: ${f.native - f.templateFields} / ${rest} (${percent(f.native - f.templateFields, rest)}).`;
    }
    return [BEGIN(FACTS(file)), line, END].join('\n');
}

/** The generated table of facts expressed natively, per agreement and in all. */
export function factsSummarySection(all: ReadonlyArray<{ name: string; facts: Facts }>): string {
    const lines = [
        BEGIN(FACTS_SUMMARY),
        '| agreement | native | prose | gap | total | native % |',
        '| --- | --- | --- | --- | --- | --- |'
    ];
    const sum = { native: 0, prose: 0, gap: 0, templateFields: 0 };
    for (const { name, facts } of all) {
        sum.native += facts.native; sum.prose += facts.prose; sum.gap += facts.gap;
        lines.push(`| ${name} | ${facts.native} | ${facts.prose} | ${facts.gap} | ${factsTotal(facts)} | ${percent(facts.native, factsTotal(facts))} |`);
    }
    lines.push(`| **all** | **${sum.native}** | **${sum.prose}** | **${sum.gap}** | **${factsTotal(sum)}** | **${percent(sum.native, factsTotal(sum))}** |`);
    lines.push(END);
    return lines.join('\n');
}

export const REPORTED = (file: string): string => `reported:${file}`;

/** The generated line under an agreement's defects table: how many are reported, and which not. */
export function reportedSection(file: string, r: Recall): string {
    const parts = [`Reported: **${r.reported.length} of ${r.defects.length}** fully`];
    if (r.partly.length > 0) parts.push(`${r.partly.length} partly (${r.partly.join(', ')})`);
    parts.push(r.missed.length > 0 ? `${r.missed.length} not (${r.missed.join(', ')})` : 'none not at all');
    return [BEGIN(REPORTED(file)), `${parts.join(', ')}. Generated from the judged table; the "missed" entries of the table say why.`, END].join('\n');
}

/** The oracle's runs: text into docx runs, one per line, a line break before every line but the first. */
import { TextRun } from 'docx';
import { clean } from '../../../packages/generator/src/render/docx/text.js';

export function runs(text: string, format: { bold?: boolean; color?: string } = {}): TextRun[] {
    return clean(text).split(/\r?\n/).map((line, i) => new TextRun({ ...format, text: line, ...(i > 0 ? { break: 1 } : {}) }));
}

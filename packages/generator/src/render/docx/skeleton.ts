/**
 * Every part of a Word document but word/document.xml, made by the `docx` library (library.ts)
 * for a stand-in of the document: the same title, language, draft mark, sections (orientation,
 * header, footer) and numbering, with one paragraph per list in the order the real document first
 * uses them (docx numbers its list instances so), and no other content. What renderDocx needs of
 * docx's word/document.xml comes from it too: the root element with its namespaces, each
 * section's properties (with the relationship ids of its header and footer) and the numId of
 * each list. Kept per such shape (a batch's rows share a few), bounded.
 */
import { Paragraph } from 'docx';
import { deflateSync, strFromU8, strToU8, unzipSync } from 'fflate';
import { generatorText } from '../../i18n/index.js';
import type { AgreementDocument } from '../../ir.js';
import { crc32, type ZipEntry } from '../zip.js';
import { packWithLibrary, sectionParts, versionLine, type SectionPart } from './library.js';
import type { NumberingPlan } from './numbering.js';
import { referencesInOrder, type NumIds } from './xml.js';

export interface Skeleton {
    /** The package's parts in docx's order, deflated once; word/document.xml's place is undefined. */
    readonly parts: readonly (ZipEntry | undefined)[];
    /** word/document.xml up to and with `<w:body>`. */
    readonly start: string;
    /** After the body's content: `</w:body></w:document>`. */
    readonly end: string;
    /** Each section's `<w:sectPr>…</w:sectPr>`, in order. */
    readonly sectionProperties: readonly string[];
    readonly numIds: NumIds;
}

/** Distinct shapes kept: a batch's rows differ in their choices only. */
const LIMIT = 32;
const skeletons = new Map<string, Promise<Skeleton>>();

export const DOCUMENT_PART = 'word/document.xml';

/** The skeleton of `doc` (see above), made once per shape. */
export function skeletonOf(doc: AgreementDocument, plan: NumberingPlan, sections: readonly SectionPart[] = sectionParts(doc)): Promise<Skeleton> {
    const references = referencesInOrder(sections.map(section => section.blocks), plan);
    const key = JSON.stringify([doc.lang, generatorText(doc.lang, 'docx.locale'), doc.title, versionLine(doc) ?? null, doc.draft, plan.configs, references, sections.map(s => s.landscape)]);
    let skeleton = skeletons.get(key);
    if (skeleton) {
        skeletons.delete(key);
        skeletons.set(key, skeleton);
        return skeleton;
    }
    skeleton = makeSkeleton(doc, plan, references);
    skeleton.catch(() => skeletons.delete(key));
    if (skeletons.size >= LIMIT) skeletons.delete(skeletons.keys().next().value!);
    skeletons.set(key, skeleton);
    return skeleton;
}

async function makeSkeleton(doc: AgreementDocument, plan: NumberingPlan, references: readonly string[]): Promise<Skeleton> {
    const zip = await packWithLibrary(doc, plan, (_section, _width, index) => (index === 0 ? references.map(reference => new Paragraph({ numbering: { reference, level: 0 } })) : []));
    const parts = Object.entries(unzipSync(zip));
    const xml = strFromU8(parts.find(([path]) => path === DOCUMENT_PART)![1]);
    const bodyStart = xml.indexOf('<w:body>') + '<w:body>'.length;
    const bodyEnd = xml.lastIndexOf('</w:body>');
    const body = xml.slice(bodyStart, bodyEnd);
    const numbers = [...body.matchAll(/<w:numId w:val="(\d+)"\/>/g)].map(m => Number(m[1]));
    if (bodyStart < '<w:body>'.length || bodyEnd < 0 || numbers.length !== references.length) throw new Error('Unexpected word/document.xml from docx');
    return {
        parts: parts.map(([path, data]) => (path === DOCUMENT_PART ? undefined : zipEntry(path, data))),
        start: xml.slice(0, bodyStart),
        end: xml.slice(bodyEnd),
        sectionProperties: [...body.matchAll(/<w:sectPr>.*?<\/w:sectPr>/g)].map(m => m[0]),
        numIds: new Map(references.map((reference, i) => [reference, numbers[i]!]))
    };
}

/** A part as a zip entry, deflated as fflate's zipSync deflates it (docx's zip). */
export function zipEntry(path: string, data: Uint8Array): ZipEntry {
    return { name: strToU8(path), size: data.length, crc: crc32(data), deflated: deflateSync(data) };
}

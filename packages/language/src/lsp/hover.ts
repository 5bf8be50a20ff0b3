import { CstUtils, GrammarAST, GrammarUtils, isLeafCstNode, type AstNode, type LangiumDocument, type LeafCstNode } from 'langium';
import type { HoverProvider, LangiumServices } from 'langium/lsp';
import type { Hover, HoverParams } from 'vscode-languageserver';
import { lookupCountry, type CountryInfo } from '../countries.js';
import * as ast from '../generated/ast.js';
import { glossaryEntry, type GlossaryEntry } from '../glossary.js';
import { lookupTransferMechanism, processingPlaces, seatOf } from '../transfers.js';
import type { CatalogueArgs } from '../i18n/index.js';
import type { DpaExtensions } from './extensions.js';
import { LANGUAGE_MESSAGES } from '../i18n/texts.js';
import { HOVER_LANG } from './messages.js';

/**
 * A hover text from the catalogue, in the hovers' language. Every value is written with String(),
 * as the template literals before did: a property a half-typed document lacks shows as
 * "undefined" instead of failing the hover.
 */
function say(key: Parameters<typeof LANGUAGE_MESSAGES.text>[1], args: CatalogueArgs = {}): string {
    return LANGUAGE_MESSAGES.text(HOVER_LANG, key, Object.fromEntries(Object.entries(args).map(([name, value]) => [name, String(value)])));
}

const status = (country: CountryInfo) => say(`hover.status.${country.status}`);

/** Markdown for a keyword: "**bewaartermijn** — *retention period* · Art. 5(1)(e) AVG". */
export function keywordHover(keyword: string, entry: GlossaryEntry): string {
    const head = `**${entry.nl}** — *${entry.en}*${entry.article ? ` · ${entry.article}` : ''}`;
    return [`\`${keyword}\`: ${head}`, entry.note].filter(Boolean).join('\n\n');
}

export function countryHover(country: CountryInfo): string {
    return [
        `**${country.code}** — ${country.nl} / ${country.en}`,
        validUntil(`${status(country)}${country.decision ? ` — ${country.decision}` : ''}`, country.validUntil),
        country.note
    ].filter(Boolean).join('\n\n');
}

/** A place of processing in a hover: a country with its status, or a region's Dutch and English term. */
function placeText(place: string): string | undefined {
    const country = lookupCountry(place);
    if (country) return `${country.code} ${country[HOVER_LANG]}: ${status(country)}`;
    const region = glossaryEntry(place);
    return region ? `${place} ${region[HOVER_LANG]}` : undefined;
}

function validUntil(text: string, date: string | undefined): string {
    return date ? say('hover.validUntil', { text, date }) : text;
}

function flags(data: ast.DataCategory): string[] {
    return [
        ...data.special.map(kind => say('hover.special', { kind: glossaryEntry(kind)?.[HOVER_LANG] ?? kind })),
        ...(data.criminal ? [say('hover.criminal')] : []),
        ...(data.bsn ? [say('hover.bsn')] : []),
        ...(data.credentials ? [say('hover.credentials')] : []),
        ...(data.basis !== undefined ? [say('hover.basis', { basis: data.basis })] : [])
    ];
}

/** A declaration summarised, for hovers on its name and on references to it. */
export function declarationHover(node: AstNode, extensions: DpaExtensions): string | undefined {
    if (ast.isDataCategory(node)) {
        const f = flags(node);
        return `${say('hover.dataCategory', { name: node.name, label: node.label })}${f.length ? `\n\n${f.map(x => `- ${x}`).join('\n')}` : ''}`;
    }
    if (ast.isSubjectCategory(node)) return say('hover.subjects', { name: node.name, label: node.label });
    if (ast.isStaffRole(node)) return say('hover.staff', { name: node.name, label: node.label });
    if (ast.isMeasure(node)) {
        const kind = glossaryEntry(node.kind);
        return [
            say('hover.measure', { name: node.name, type: node.type, term: glossaryEntry(node.type)?.nl ?? node.type, description: node.description }),
            kind ? say('hover.measureKindTerm', { kind: node.kind, term: kind.nl, article: kind.article ?? '' }) : say('hover.measureKind', { kind: node.kind }),
            node.standards.length ? say('hover.standards', { standards: node.standards.join(', ') }) : undefined
        ].filter(Boolean).join('\n\n');
    }
    if (ast.isSubProcessor(node)) {
        const seat = seatOf(node);
        const seatCountry = seat !== undefined ? lookupCountry(seat) : undefined;
        const places = processingPlaces(node).map(place => placeText(place)).filter(Boolean);
        const mechanisms = node.transfers.map(t => lookupTransferMechanism(t.mechanism)?.label[HOVER_LANG]).filter((m): m is string => m !== undefined);
        return [
            node.service ? say('hover.subProcessorService', { name: node.legalName ?? node.name, service: node.service }) : say('hover.subProcessor', { name: node.legalName ?? node.name }),
            node.locations.length === 0 && seatCountry ? `${seatCountry.code} ${seatCountry[HOVER_LANG]}: ${status(seatCountry)}` : undefined,
            node.locations.length > 0 && seatCountry ? say('hover.seat', { country: `${seatCountry.code} ${seatCountry[HOVER_LANG]}` }) : undefined,
            node.locations.length > 0 ? say('hover.locations', { places: places.join('; ') }) : undefined,
            mechanisms.length === 1 ? say('hover.transfer', { mechanism: mechanisms[0] }) : undefined,
            mechanisms.length > 1 ? say('hover.transferFallback', { mechanism: mechanisms[0], fallback: mechanisms.slice(1).join('; ') }) : undefined,
            node.contract ? say(node.contract === 'signed' ? 'hover.contractSigned' : 'hover.contractPending') : undefined
        ].filter(Boolean).join('\n\n');
    }
    if (ast.isParty(node)) {
        const party = { name: node.legalName ?? node.name, role: node.role, term: glossaryEntry(node.role)?.nl ?? node.role };
        const line = node.kvk ? say('hover.partyKvk', { ...party, kvk: node.kvk }) : say('hover.party', party);
        return node.alias ? `${line}\n\n${say('hover.partyAlias', { alias: node.alias })}` : line;
    }
    if (ast.isProcessing(node)) {
        const row = extensions.processingPreview?.(node);
        return `${say('hover.processing', { title: node.title })}${row ? `\n\n${row}` : ''}`;
    }
    if (ast.isTemplateParameter(node)) {
        const field = { field: `{{${node.name}}}`, label: node.label };
        return node.default !== undefined ? say('hover.templateFieldDefault', { ...field, value: node.default }) : say('hover.templateField', field);
    }
    if (ast.isCustomClause(node)) {
        return node.covers.length ? say('hover.customClauseCovers', { title: node.title, covers: node.covers.join(', ') }) : say('hover.customClause', { title: node.title });
    }
    return undefined;
}

/**
 * Hover: keywords explained (Dutch and English term, GDPR article), country codes with their
 * transfer status, declarations and references to them summarised, a processing activity with
 * the row it produces in Bijlage 1.
 */
export class DpaHoverProvider implements HoverProvider {
    private readonly services: LangiumServices;
    private readonly extensions: DpaExtensions;

    constructor(services: LangiumServices & { dpa: { Extensions: DpaExtensions } }) {
        this.services = services;
        this.extensions = services.dpa.Extensions;
    }

    getHoverContent(document: LangiumDocument, params: HoverParams): Hover | undefined {
        const root = document.parseResult.value.$cstNode;
        if (!root) return undefined;
        const offset = document.textDocument.offsetAt(params.position);
        const leaf = CstUtils.findLeafNodeAtOffset(root, offset);
        if (!leaf || !isLeafCstNode(leaf)) return undefined;
        const markdown = this.contentFor(leaf);
        return markdown ? { contents: { kind: 'markdown', value: markdown }, range: leaf.range } : undefined;
    }

    private contentFor(leaf: LeafCstNode): string | undefined {
        if (GrammarAST.isKeyword(leaf.grammarSource)) {
            const entry = glossaryEntry(leaf.text);
            return entry ? keywordHover(leaf.text, entry) : undefined;
        }
        const feature = GrammarUtils.findAssignment(leaf)?.feature;
        if ((feature === 'country' || feature === 'law' || feature === 'seat' || feature === 'locations') && leaf.tokenType.name === 'ID') {
            const country = lookupCountry(leaf.text);
            return country ? countryHover(country) : undefined;
        }
        const declaration = this.services.references.References.findDeclarations(leaf)[0];
        return declaration ? declarationHover(declaration, this.extensions) : undefined;
    }
}

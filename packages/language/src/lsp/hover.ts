import { CstUtils, GrammarAST, GrammarUtils, isLeafCstNode, type AstNode, type LangiumDocument, type LeafCstNode } from 'langium';
import type { HoverProvider, LangiumServices } from 'langium/lsp';
import type { Hover, HoverParams } from 'vscode-languageserver';
import { lookupCountry, type CountryInfo } from '../countries.js';
import * as ast from '../generated/ast.js';
import { glossaryEntry, type GlossaryEntry } from '../glossary.js';
import { lookupTransferMechanism } from '../transfers.js';
import type { DpaExtensions } from './extensions.js';

const STATUS: Record<CountryInfo['status'], string> = {
    eea: 'EEA (EER): no transfer, the AVG applies',
    adequate: 'outside the EEA, with an adequacy decision (Art. 45): no further mechanism needed',
    partial: 'outside the EEA, adequacy with a limited scope (Art. 45): record the mechanism',
    third: 'third country: a transfer needs a Chapter V mechanism (Art. 46, 47 or 49)'
};

/** Markdown for a keyword: "**bewaartermijn** — *retention period* · Art. 5(1)(e) AVG". */
export function keywordHover(keyword: string, entry: GlossaryEntry): string {
    const head = `**${entry.nl}** — *${entry.en}*${entry.article ? ` · ${entry.article}` : ''}`;
    return [`\`${keyword}\`: ${head}`, entry.note].filter(Boolean).join('\n\n');
}

export function countryHover(country: CountryInfo): string {
    return [
        `**${country.code}** — ${country.nl} / ${country.en}`,
        `${STATUS[country.status]}${country.decision ? ` — ${country.decision}` : ''}${country.validUntil ? `, valid until ${country.validUntil}` : ''}`,
        country.note
    ].filter(Boolean).join('\n\n');
}

function flags(data: ast.DataCategory): string[] {
    return [
        ...data.special.map(kind => `special category: ${glossaryEntry(kind)?.en ?? kind} (Art. 9)`),
        ...(data.criminal ? ['criminal data (Art. 10)'] : []),
        ...(data.bsn ? ['BSN (Art. 87, UAVG art. 46)'] : []),
        ...(data.credentials ? ['login credentials'] : []),
        ...(data.basis !== undefined ? [`basis: ${data.basis}`] : [])
    ];
}

/** A declaration summarised, for hovers on its name and on references to it. */
export function declarationHover(node: AstNode, extensions: DpaExtensions): string | undefined {
    if (ast.isDataCategory(node)) {
        const f = flags(node);
        return `**${node.name}** — data category (*soort persoonsgegevens*): ${node.label}${f.length ? `\n\n${f.map(x => `- ${x}`).join('\n')}` : ''}`;
    }
    if (ast.isSubjectCategory(node)) return `**${node.name}** — data subjects (*categorie betrokkenen*): ${node.label}`;
    if (ast.isStaffRole(node)) return `**${node.name}** — staff role (*type medewerker*): ${node.label}`;
    if (ast.isMeasure(node)) {
        const kind = glossaryEntry(node.kind);
        return [
            `**${node.name}** — ${node.type} measure (*${glossaryEntry(node.type)?.nl ?? node.type}*): ${node.description}`,
            `kind: ${node.kind}${kind ? ` — ${kind.nl} · ${kind.article ?? ''}` : ''}`,
            node.standards.length ? `standard: ${node.standards.join(', ')}` : undefined
        ].filter(Boolean).join('\n\n');
    }
    if (ast.isSubProcessor(node)) {
        const country = node.country ? lookupCountry(node.country) : undefined;
        const mechanism = node.transfer ? lookupTransferMechanism(node.transfer.mechanism) : undefined;
        return [
            `**${node.legalName ?? node.name}** — sub-processor (*subverwerker*)${node.service ? `: ${node.service}` : ''}`,
            country ? `${country.code} ${country.en}: ${STATUS[country.status]}` : undefined,
            mechanism ? `transfer: ${mechanism.label.en}` : undefined
        ].filter(Boolean).join('\n\n');
    }
    if (ast.isParty(node)) {
        return `**${node.legalName ?? node.name}** — ${node.role} (*${glossaryEntry(node.role)?.nl ?? node.role}*)${node.kvk ? `, KvK ${node.kvk}` : ''}`;
    }
    if (ast.isProcessing(node)) {
        const row = extensions.processingPreview?.(node);
        return `**${node.title}** — processing activity (*gegevensverwerking*), in Bijlage 1 as:${row ? `\n\n${row}` : ''}`;
    }
    if (ast.isTemplateParameter(node)) return `**{{${node.name}}}** — template field (*invulveld*): ${node.label}${node.default !== undefined ? ` (default: ${node.default})` : ''}`;
    if (ast.isCustomClause(node)) return `**${node.title}** — clause in own words${node.covers.length ? `, covers: ${node.covers.join(', ')}` : ''}`;
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
        if ((feature === 'country' || feature === 'law') && leaf.tokenType.name === 'ID') {
            const country = lookupCountry(leaf.text);
            return country ? countryHover(country) : undefined;
        }
        const declaration = this.services.references.References.findDeclarations(leaf)[0];
        return declaration ? declarationHover(declaration, this.extensions) : undefined;
    }
}

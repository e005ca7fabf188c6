import Decimal from 'decimal.js';
import type { Locale } from '../locale';
import { formatPercentBp, formatYuan } from '../money';
import { rich, type RichDoc } from '../rich-text';
import type { DocumentBlock, DocumentChapter, LongDocument } from './document';
import { fill, proposalLabels } from './labels';
import { mergeRichDoc, mergeText, type MergeValues } from './merge-fields';
import type { ProposalContent, ProposalSection } from './proposal';
import { computeValue } from './value';

/**
 * Assembles a proposal (方案书) from its stored content and its sources — customer, company,
 * solution modules, linked quote, library sections — into the LongDocument every renderer reads.
 * Pure. Merge fields are filled everywhere; an unknown or empty field throws MergeFieldError
 * naming the field and the chapter. Figures come from the linked quote, so the budget cannot
 * disagree with it.
 */

export interface ProposalSources {
  locale: Locale;
  content: ProposalContent;
  today: string;
  company: {
    name: string;
    shortName: string;
    address: string;
    phone: string;
    website: string;
    logo: { mime: 'image/png' | 'image/jpeg'; bytes: Uint8Array } | null;
  };
  customer: { name: string; shortName: string; contact: string; industry: string; address: string } | null;
  solution: {
    name: string;
    summary: string;
    modules: {
      id: number;
      name: string;
      itemCode: string;
      description: string;
      features: { name: string; description: string }[];
    }[];
  } | null;
  quote: {
    number: string;
    revision: string;
    validUntil: string;
    sections: { title: string; subtotalFen: number }[];
    vatSummary: { vatRateBp: number; netFen: number; taxFen: number; grossFen: number }[];
    totalNetFen: number;
    totalTaxFen: number;
    totalFen: number;
    totalCapital: string;
    /** Sum of the quantities of the quote's 人天 lines (implementation person-days). */
    personDays: string;
  } | null;
  library: Map<number, { title: string; body: RichDoc }>;
}

export interface AssembledProposal {
  document: LongDocument;
  /** Things the engineer should know before sending (e.g. person-days that differ from the quote). */
  warnings: string[];
}

export function mergeValues(sources: ProposalSources): MergeValues {
  const { customer, company, quote, solution, content } = sources;
  return {
    'customer.name': customer?.name ?? '',
    'customer.shortName': customer?.shortName || customer?.name || '',
    'customer.contact': customer?.contact ?? '',
    'customer.industry': customer?.industry ?? '',
    'customer.address': customer?.address ?? '',
    'company.name': company.name,
    'company.shortName': company.shortName || company.name,
    'company.phone': company.phone,
    'company.website': company.website,
    'company.address': company.address,
    'quote.number': quote ? `${quote.number}-${quote.revision}` : '',
    'quote.total': quote ? formatYuan(quote.totalFen) : '',
    'quote.totalCapital': quote?.totalCapital ?? '',
    'quote.validUntil': quote?.validUntil ?? '',
    'proposal.title': content.title,
    'solution.name': solution?.name ?? '',
    today: sources.today,
  };
}

function sumDecimal(values: string[]): Decimal {
  return values.reduce((sum, v) => sum.plus(new Decimal(v || '0')), new Decimal(0));
}

function chapter(
  section: ProposalSection,
  sources: ProposalSources,
  values: MergeValues,
  warnings: string[],
): DocumentChapter | null {
  const L = proposalLabels(sources.locale);
  const text = (s: string) => mergeText(s, values, section.title);
  const title = text(section.title);
  const blocks: DocumentBlock[] = [];
  switch (section.kind) {
    case 'cover':
    case 'toc':
      return null;
    case 'situation': {
      blocks.push(...mergeRichDoc(section.body, values, section.title).content);
      if (section.needs.length > 0) blocks.push(rich.h(2, L.situation.needs), rich.ol(...section.needs.map(text)));
      if (section.painPoints.length > 0)
        blocks.push(rich.h(2, L.situation.painPoints), rich.ul(...section.painPoints.map(text)));
      break;
    }
    case 'requirements': {
      const features = new Map(
        (sources.solution?.modules ?? []).flatMap((m) =>
          m.features.map((f) => [`${m.id}:${f.name}`, `${m.name} › ${f.name}`]),
        ),
      );
      const count = (c: string) => section.rows.filter((r) => r.coverage === c).length;
      blocks.push(
        rich.p(
          fill(L.requirements.summary, {
            total: section.rows.length,
            full: count('full'),
            partial: count('partial'),
            none: count('none'),
          }),
        ),
        {
          type: 'dataTable',
          columns: [
            { title: L.requirements.columns[0], align: 'center', width: 0.5 },
            { title: L.requirements.columns[1], width: 3 },
            { title: L.requirements.columns[2], width: 2 },
            { title: L.requirements.columns[3], align: 'center', width: 1 },
            { title: L.requirements.columns[4], width: 2 },
          ],
          rows: section.rows.map((row, i) => [
            String(i + 1),
            text(row.requirement),
            features.get(row.feature) ?? row.feature,
            L.requirements.coverage[row.coverage],
            text(row.note),
          ]),
        },
      );
      break;
    }
    case 'solution': {
      const solution = sources.solution;
      if (!solution) return null;
      if (solution.summary) blocks.push(rich.p(text(solution.summary)));
      const chosen = solution.modules.filter((m) => sources.content.moduleIds.includes(m.id));
      for (const module of chosen) {
        blocks.push(rich.h(2, module.name));
        if (module.description) blocks.push(rich.p(text(module.description)));
        if (module.features.length > 0) {
          blocks.push({
            type: 'dataTable',
            columns: [
              { title: L.solution.features, width: 1 },
              { title: '', width: 3 },
            ],
            rows: module.features.map((f) => [f.name, text(f.description)]),
          });
        }
      }
      break;
    }
    case 'plan': {
      if (section.lead) blocks.push({ type: 'keyValues', items: [{ label: L.plan.lead, value: text(section.lead) }] });
      const planDays = sumDecimal(section.phases.map((p) => p.personDays));
      blocks.push({
        type: 'dataTable',
        columns: L.plan.phases.map((title, i) => ({
          title,
          align: i === 4 ? ('right' as const) : i === 1 || i === 2 ? ('center' as const) : ('left' as const),
          width: [2.4, 1.1, 1.1, 2, 0.8][i] ?? 1,
        })),
        rows: section.phases.map((p) => [text(p.name), p.start, p.end, text(p.milestone), p.personDays]),
        footer: [[L.plan.total, '', '', '', planDays.toString()]],
      });
      if (section.team.length > 0) {
        blocks.push({
          type: 'dataTable',
          columns: L.plan.team.map((title, i) => ({
            title,
            align: i === 2 ? ('right' as const) : ('left' as const),
            width: [2.4, 1.6, 0.8][i] ?? 1,
          })),
          rows: section.team.map((m) => [text(m.role), text(m.name), m.personDays]),
          footer: [[L.plan.total, '', sumDecimal(section.team.map((m) => m.personDays)).toString()]],
        });
      }
      const quoteDays = sources.quote ? new Decimal(sources.quote.personDays || '0') : null;
      if (quoteDays && section.phases.length > 0 && !quoteDays.equals(planDays)) {
        warnings.push(fill(L.personDaysMismatch, { plan: planDays.toString(), quote: quoteDays.toString() }));
      }
      break;
    }
    case 'budget': {
      const quote = sources.quote;
      if (!quote) return null;
      blocks.push(
        {
          type: 'dataTable',
          columns: [
            { title: L.budget.columns[0], width: 3 },
            { title: L.budget.columns[1], align: 'right', width: 1.5 },
          ],
          rows: quote.sections.map((s) => [s.title, formatYuan(s.subtotalFen)]),
          footer: [
            [L.budget.net, formatYuan(quote.totalNetFen)],
            [L.budget.tax, formatYuan(quote.totalTaxFen)],
            [L.budget.total, formatYuan(quote.totalFen)],
          ],
        },
        {
          type: 'dataTable',
          columns: L.budget.byRate.map((title, i) => ({
            title,
            align: i === 0 ? ('center' as const) : ('right' as const),
          })),
          rows: quote.vatSummary.map((r) => [
            formatPercentBp(r.vatRateBp),
            formatYuan(r.netFen),
            formatYuan(r.taxFen),
            formatYuan(r.grossFen),
          ]),
        },
        { type: 'callout', tone: 'info', text: `${L.budget.capital}：${quote.totalCapital}` },
        rich.p(fill(L.budget.quote, { number: `${quote.number}-${quote.revision}`, validUntil: quote.validUntil })),
      );
      break;
    }
    case 'value': {
      const result = computeValue(section.inputs, sources.quote?.totalFen ?? 0);
      const money = (yuanText: string) => formatYuan(new Decimal(yuanText).times(100).toNumber());
      blocks.push(rich.p(L.value.intro), {
        type: 'dataTable',
        columns: [
          { title: L.value.columns[0], width: 1.2 },
          { title: L.value.columns[1], width: 3 },
          { title: L.value.columns[2], align: 'right', width: 1.2 },
        ],
        rows: result.lines.map((line) => [
          L.value.lines[line.key].label,
          fill(L.value.lines[line.key].formula, Object.fromEntries(line.inputs.map((v, i) => [String(i), v]))),
          money(line.annualYuan),
        ]),
        footer: [[L.value.annual, '', money(result.annualBenefitYuan)]],
      });
      blocks.push({
        type: 'keyValues',
        items: [
          { label: L.value.investment, value: money(result.investmentYuan) },
          {
            label: L.value.payback,
            value: result.paybackMonths === null ? L.value.paybackNone : `${result.paybackMonths} ${L.value.months}`,
          },
          {
            label: L.value.threeYear,
            value: result.threeYearReturnPercent === null ? L.value.paybackNone : `${result.threeYearReturnPercent}%`,
          },
        ],
      });
      break;
    }
    case 'risks':
      blocks.push({
        type: 'dataTable',
        columns: [
          { title: L.risks.columns[0], width: 1 },
          { title: L.risks.columns[1], width: 2 },
        ],
        rows: section.rows.map((r) => [text(r.risk), text(r.mitigation)]),
      });
      break;
    case 'library': {
      const source = sources.library.get(section.librarySectionId);
      if (!source) return null;
      blocks.push(...mergeRichDoc(source.body, values, section.title).content);
      break;
    }
    case 'custom':
      blocks.push(...mergeRichDoc(section.body, values, section.title).content);
      break;
  }
  return { id: section.id, title, blocks };
}

export function assembleProposal(sources: ProposalSources): AssembledProposal {
  const L = proposalLabels(sources.locale);
  const values = mergeValues(sources);
  const warnings: string[] = [];
  const { content } = sources;
  const chapters = content.sections
    .map((section) => chapter(section, sources, values, warnings))
    .filter((c): c is DocumentChapter => c !== null);
  const title = mergeText(content.title, values, 'title');
  const cover = [
    { label: L.cover.customer, value: sources.customer?.name ?? '' },
    { label: L.cover.supplier, value: sources.company.name },
    { label: L.cover.date, value: sources.today },
    ...(sources.quote ? [{ label: L.cover.quote, value: `${sources.quote.number}-${sources.quote.revision}` }] : []),
  ].filter((line) => line.value !== '');
  return {
    document: {
      kind: 'proposal',
      locale: sources.locale,
      title,
      subtitle: sources.solution?.name ?? '',
      cover,
      company: {
        name: sources.company.name,
        address: sources.company.address,
        phone: sources.company.phone,
        website: sources.company.website,
        logo: sources.company.logo,
      },
      headerText: `${sources.company.shortName || sources.company.name} · ${title}`,
      tableOfContents: content.sections.some((s) => s.kind === 'toc'),
      chapters,
      labels: { contents: L.contents, pageOf: L.pageOf },
    },
    warnings,
  };
}

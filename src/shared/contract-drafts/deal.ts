import type { QuoteDocument } from '../quotes/document';
import { rmbCapital } from '../rmb-capital';
import type { ContractDeal, ContractParty, DealLine, MilestoneTrigger } from './types';

/**
 * The quote's figures as a contract states them. Taken from the same QuoteDocument the quote's own
 * files are rendered from, so the contract equals the quote to the fen: the schedule lists the
 * counted (non-optional) lines at their tax-inclusive amounts, the total and the milestones are the
 * quote's.
 */

/** What the milestone's label says triggers it: 签约 / 上线 / 验收 / 尾款. */
export function milestoneTrigger(label: string): MilestoneTrigger {
  const text = label.toLowerCase();
  if (/尾款|质保|final|retention|balance/.test(text)) return 'final';
  if (/验收|accept/.test(text)) return 'acceptance';
  if (/上线|go-?live|launch|试运行/.test(text)) return 'goLive';
  if (/签约|签订|合同|预付|首付|sign|advance|deposit/.test(text)) return 'signing';
  return 'other';
}

/** Software licences: 13% lines whose unit or name says so (套/用户/licence/许可/模块). */
export function isLicenceLine(line: { name: string; unit: string; vatRateBp: number }): boolean {
  if (line.vatRateBp !== 1300) return false;
  return /套|用户|站点|许可|模块|licen[cs]e|module|user|seat/i.test(`${line.unit} ${line.name}`);
}

export function dealFromQuote(
  quote: QuoteDocument,
  ids: { quoteId: number; quoteRevisionId: number },
  parties: { customer: ContractParty; company: ContractParty },
): ContractDeal {
  let running = 0;
  const lines: DealLine[] = quote.sections.flatMap((section) =>
    section.lines
      .filter((line) => !line.optional)
      .map((line) => {
        running += 1;
        return {
          no: String(running),
          code: line.code,
          name: line.name,
          spec: line.spec,
          unit: line.unit,
          quantity: line.quantity,
          vatRateBp: line.vatRateBp,
          grossFen: line.grossFen,
          netFen: line.netFen,
          taxFen: line.taxFen,
          licence: isLicenceLine(line),
        };
      }),
  );
  return {
    quoteId: ids.quoteId,
    quoteRevisionId: ids.quoteRevisionId,
    quoteNumber: `${quote.quote.number}-${quote.quote.revision}`,
    customer: parties.customer,
    company: parties.company,
    lines,
    vatSummary: quote.vatSummary.map((row) => ({
      vatRateBp: row.vatRateBp,
      netFen: row.netFen,
      taxFen: row.taxFen,
      grossFen: row.grossFen,
    })),
    netFen: quote.totals.netFen,
    taxFen: quote.totals.taxFen,
    totalFen: quote.totals.totalFen,
    totalCapital: quote.totals.totalCapital,
    licenceFen: lines.filter((l) => l.licence).reduce((sum, l) => sum + l.grossFen, 0),
    milestones: quote.milestones.map((m) => ({
      label: m.label,
      trigger: milestoneTrigger(m.label),
      percentBp: m.percentBp,
      amountFen: m.amountFen,
      capital: rmbCapital(m.amountFen),
    })),
  };
}

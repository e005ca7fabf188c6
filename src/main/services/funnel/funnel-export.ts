import type { z } from 'zod';
import type { FunnelExportInput } from '../../../shared/api/funnel';
import { funnelFileName } from '../../documents/funnel/funnel-labels';
import { getCompany } from '../company/company-repository';
import type { Caller } from '../opportunities/opportunity-repository';
import { funnelReport } from './funnel-report';

/** The funnel of funnel.get as a file: the dashboard's tables as .xlsx, or the one-page .pdf report. */
export async function exportFunnel(
  caller: Caller,
  input: z.output<typeof FunnelExportInput>,
  now = new Date(),
): Promise<{ fileName: string; bytes: Buffer }> {
  const report = funnelReport(caller, { from: input.from, to: input.to }, now);
  const document = { report, locale: caller.locale, t: caller.t, company: getCompany(caller.db)?.name ?? '' };
  // The renderer and its library (exceljs or pdfkit) are loaded on the first export, not at start.
  const bytes =
    input.format === 'xlsx'
      ? await (await import('../../documents/funnel/funnel-xlsx')).renderFunnelXlsx(document)
      : await (await import('../../documents/funnel/funnel-pdf')).renderFunnelPdf(document);
  return { fileName: funnelFileName(report, caller.t, input.format), bytes };
}

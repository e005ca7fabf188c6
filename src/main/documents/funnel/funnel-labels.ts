import type { TFunction } from 'i18next';
import type { FunnelReport } from '../../../shared/api/funnel';
import type { Locale } from '../../../shared/locale';

/**
 * What both funnel exports (.xlsx and .pdf) read: the report of funnel.get, the language, and
 * the words and dates they share (title, won/lost period, when the report was made, file name).
 */

export interface FunnelExportInput {
  report: FunnelReport;
  locale: Locale;
  t: TFunction;
  /** The company the report is about (the PDF's author); '' when no profile is set. */
  company: string;
}

export type FunnelExportFormat = 'xlsx' | 'pdf';

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

/** The report's local date, 'YYYY-MM-DD' (the file name and the "generated" line). */
export function generatedDate(report: FunnelReport): string {
  const at = new Date(report.generatedAt);
  return `${at.getFullYear()}-${pad(at.getMonth() + 1)}-${pad(at.getDate())}`;
}

/** 'YYYY-MM-DD HH:mm', local time. */
export function generatedDateTime(report: FunnelReport): string {
  const at = new Date(report.generatedAt);
  return `${generatedDate(report)} ${pad(at.getHours())}:${pad(at.getMinutes())}`;
}

/** "赢单/丢单期间：2026-12-01 至 2026-12-07" (either end may be open). */
export function periodText(report: FunnelReport, t: TFunction): string {
  const { from, to } = report.winLoss;
  const period =
    from === '' && to === ''
      ? t('funnel.export.periodAll')
      : from === ''
        ? t('funnel.export.periodTo', { to })
        : to === ''
          ? t('funnel.export.periodFrom', { from })
          : t('funnel.export.periodRange', { from, to });
  return t('funnel.export.period', { period });
}

export function generatedText(report: FunnelReport, t: TFunction): string {
  return t('funnel.export.generated', { at: generatedDateTime(report) });
}

/** "销售漏斗-2026-12-07.xlsx" / "Funnel-2026-12-07.pdf". */
export function funnelFileName(report: FunnelReport, t: TFunction, format: FunnelExportFormat): string {
  return `${t('funnel.export.fileName')}-${generatedDate(report)}.${format}`;
}

/** "：" in Chinese, ": " in English; "；" / "; " between reasons. */
export function punctuation(locale: Locale): { colon: string; separator: string } {
  return locale === 'en' ? { colon: ': ', separator: '; ' } : { colon: '：', separator: '；' };
}

export function monthLabel(month: string, t: TFunction): string {
  return month === '' ? t('funnel.noMonth') : month;
}

export function ownerLabel(owner: string, t: TFunction): string {
  return owner === '' ? t('funnel.noOwner') : owner;
}

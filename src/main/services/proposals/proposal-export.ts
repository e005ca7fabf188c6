import type { Database } from 'better-sqlite3';
import type { TFunction } from 'i18next';
import type { Locale } from '../../../shared/locale';
import type { DataTable } from '../../../shared/proposals/document';
import { proposalLabels } from '../../../shared/proposals/labels';
import { documentFileName } from '../../../shared/proposals/title';
import { AppError } from '../../../shared/result';
import { assembleOrExplain, proposalContent, proposalSources } from './proposal-repository';

/** "华东贸易 ERP 项目解决方案建议书.pdf": the title with its merge fields filled in, safe for any file system. */
function fileName(title: string, extension: string, locale: Locale): string {
  return documentFileName(title, extension, proposalLabels(locale).documentSuffix);
}

export async function exportProposal(
  db: Database,
  input: { id: number; format: 'docx' | 'pdf' | 'xlsx'; locale: Locale },
  t: TFunction,
): Promise<{ fileName: string; dataBase64: string }> {
  const content = proposalContent(db, input.id, t);
  const sources = proposalSources(db, content, input.locale, t);
  if (sources.company.name === '') throw new AppError('REFUSED', t('err.quotes.noCompany'));
  const { document } = assembleOrExplain(sources, t);
  // Each renderer (and its library: exceljs, docx, pdfkit) is loaded on its first use, not at start.
  let data: Buffer;
  if (input.format === 'xlsx') {
    const { renderDeviationXlsx } = await import('../../documents/proposal/deviation-xlsx');
    const chapter = document.chapters.find((c) => c.id === 'requirements');
    const table = chapter?.blocks.find((b): b is DataTable => b.type === 'dataTable');
    if (!chapter || !table) throw new AppError('REFUSED', t('err.proposals.noRequirements'));
    const words = proposalLabels(input.locale).requirements.coverage;
    data = await renderDeviationXlsx(document, { ...table, caption: chapter.title }, [
      words.full,
      words.partial,
      words.none,
    ]);
    return {
      fileName: fileName(`${chapter.title} ${document.title}`, 'xlsx', input.locale),
      dataBase64: data.toString('base64'),
    };
  }
  data =
    input.format === 'docx'
      ? await (await import('../../documents/long/long-docx')).renderLongDocx(document)
      : await (await import('../../documents/long/long-pdf')).renderLongPdf(document);
  return { fileName: fileName(document.title, input.format, input.locale), dataBase64: data.toString('base64') };
}

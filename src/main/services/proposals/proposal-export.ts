import type { Database } from 'better-sqlite3';
import type { TFunction } from 'i18next';
import type { Locale } from '../../../shared/locale';
import type { DataTable } from '../../../shared/proposals/document';
import { proposalLabels } from '../../../shared/proposals/labels';
import { AppError } from '../../../shared/result';
import { renderLongDocx } from '../../documents/long/long-docx';
import { renderLongPdf } from '../../documents/long/long-pdf';
import { renderDeviationXlsx } from '../../documents/proposal/deviation-xlsx';
import { assembleOrExplain, proposalContent, proposalSources } from './proposal-repository';

/** "方案书 华东贸易 ERP 项目解决方案建议书.pdf" with characters Windows forbids replaced. */
function fileName(title: string, extension: string): string {
  const safe = [...title].map((ch) => (/[\\/:*?"<>|]/.test(ch) || ch.charCodeAt(0) < 32 ? '_' : ch)).join('');
  return `${safe.slice(0, 80)}.${extension}`;
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
  let data: Buffer;
  if (input.format === 'xlsx') {
    const chapter = document.chapters.find((c) => c.id === 'requirements');
    const table = chapter?.blocks.find((b): b is DataTable => b.type === 'dataTable');
    if (!chapter || !table) throw new AppError('REFUSED', t('err.proposals.noRequirements'));
    const words = proposalLabels(input.locale).requirements.coverage;
    data = await renderDeviationXlsx(document, { ...table, caption: chapter.title }, [
      words.full,
      words.partial,
      words.none,
    ]);
    return { fileName: fileName(`${chapter.title} ${document.title}`, 'xlsx'), dataBase64: data.toString('base64') };
  }
  data = input.format === 'docx' ? await renderLongDocx(document) : await renderLongPdf(document);
  return { fileName: fileName(document.title, input.format), dataBase64: data.toString('base64') };
}

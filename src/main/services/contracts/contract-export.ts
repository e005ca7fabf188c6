import type { Database } from 'better-sqlite3';
import type { TFunction } from 'i18next';
import { buildContractDocument, UnresolvedFieldsError } from '../../../shared/contract-drafts/build-document';
import type { ContractDocument } from '../../../shared/contract-drafts/document';
import type { Locale } from '../../../shared/locale';
import { AppError } from '../../../shared/result';
import { contractSource, describeProblems } from './contract-store';

/**
 * Contract documents: one ContractDocument built from a revision, rendered as .docx for legal or
 * .pdf for signing. A draft (草稿, 法务审核中) exports with each missing value as a marked blank
 * (【待补充：甲方开户银行】) and the list of them on page 1; the version for signing (已审核 and
 * later) is refused, naming each field, while any merge field is unresolved.
 */

export type ContractFormat = 'docx' | 'pdf';

export function contractDocumentFor(
  db: Database,
  input: { id: number; revision?: number; locale: Locale },
  t: TFunction,
): ContractDocument {
  const source = contractSource(db, input.id, input.revision, t);
  try {
    return buildContractDocument({ ...source, locale: input.locale });
  } catch (error) {
    if (error instanceof UnresolvedFieldsError) throw new AppError('REFUSED', describeProblems(error.problems, t));
    throw error;
  }
}

/** "合同 HT-2026-0001 宁波四海商贸有限公司.docx"; characters Windows forbids are replaced. */
export function contractFileName(doc: ContractDocument, format: ContractFormat): string {
  const customer = [...doc.partyA.name]
    .map((ch) => (/[\\/:*?"<>|]/.test(ch) || ch.charCodeAt(0) < 32 ? '_' : ch))
    .join('')
    .slice(0, 60);
  const revision = doc.revision > 1 ? `-${doc.revision}` : '';
  return `${[doc.labels.fileTitle, `${doc.number}${revision}`, customer].filter((p) => p !== '').join(' ')}.${format}`;
}

export async function exportContract(
  db: Database,
  input: { id: number; revision?: number; format: ContractFormat; locale: Locale },
  t: TFunction,
): Promise<{ fileName: string; dataBase64: string }> {
  const doc = contractDocumentFor(db, input, t);
  const data = await renderContract(doc, input.format);
  return { fileName: contractFileName(doc, input.format), dataBase64: data.toString('base64') };
}

/** The renderer and its library (docx or pdfkit) are loaded on the first export, not at start. */
async function renderContract(doc: ContractDocument, format: ContractFormat): Promise<Buffer> {
  if (format === 'docx') return (await import('../../documents/contract/contract-docx')).renderContractDocx(doc);
  return (await import('../../documents/contract/contract-pdf')).renderContractPdf(doc);
}

import fs from 'node:fs';
import path from 'node:path';
import type { Database } from 'better-sqlite3';
import type { TFunction } from 'i18next';
import type { ExportFormat } from '../../../shared/api/quotes';
import type { Locale } from '../../../shared/locale';
import { buildQuoteDocument, type QuoteDocument, type QuoteDocumentCompany } from '../../../shared/quotes/document';
import { quoteDocumentLabels } from '../../../shared/quotes/document-labels';
import { isApproved } from '../../../shared/quotes/lifecycle';
import { AppError } from '../../../shared/result';
import { getCompany } from '../company/company-repository';
import { findCustomer } from '../customers/customer-repository';
import { revisionSource } from './quote-store';
import { rememberExportFolder } from './quote-settings';

/**
 * Quote documents: one QuoteDocument built from a revision, rendered by the .xlsx, .docx or .pdf
 * renderer. A sent revision uses the company and customer as they were when it was sent.
 */

interface Parties {
  company: QuoteDocument['company'];
  customer: QuoteDocument['customer'];
}

interface StoredParties {
  company: Omit<QuoteDocumentCompany, 'logo'> & {
    logo: { mime: 'image/png' | 'image/jpeg'; dataBase64: string } | null;
  };
  customer: QuoteDocument['customer'];
}

/** The company and customer as they are now, in the stored (JSON-friendly) form. */
export function currentParties(db: Database, customerId: number | null): StoredParties {
  const company = getCompany(db);
  const customer = customerId === null ? null : findCustomer(db, customerId);
  return {
    company: {
      name: company?.name ?? '',
      contact: '',
      phone: company?.phone ?? '',
      email: company?.email ?? '',
      address: company?.address ?? '',
      taxId: company?.taxId ?? '',
      website: company?.website ?? '',
      bankName: company?.bankName ?? '',
      bankAccount: company?.bankAccount ?? '',
      logo: company?.logo ?? null,
    },
    customer: {
      name: customer?.name ?? '',
      contact: customer?.contact ?? '',
      phone: customer?.phone ?? '',
      email: customer?.email ?? '',
      address: customer?.address ?? '',
      taxId: customer?.taxId ?? '',
    },
  };
}

function toParties(stored: StoredParties): Parties {
  const { logo, ...company } = stored.company;
  return {
    company: {
      ...company,
      logo: logo ? { mime: logo.mime, bytes: new Uint8Array(Buffer.from(logo.dataBase64, 'base64')) } : null,
    },
    customer: stored.customer,
  };
}

export function quoteDocumentFor(db: Database, revisionId: number, locale: Locale, t: TFunction): QuoteDocument {
  const { row, content } = revisionSource(db, revisionId, t);
  const stored = row.parties_json
    ? (JSON.parse(row.parties_json) as StoredParties)
    : currentParties(db, content.customerId);
  const parties = toParties(stored);
  if (parties.company.name === '') throw new AppError('REFUSED', t('err.quotes.noCompany'));
  return buildQuoteDocument({
    locale,
    approved: isApproved(row.state),
    ...parties,
    number: row.number,
    revision: row.revision,
    issueDate: row.issue_date,
    preparedBy: row.prepared_by,
    approval: row.approved_by && row.approved_at ? { by: row.approved_by, at: row.approved_at } : null,
    content,
  });
}

/** Each renderer (and its library: exceljs, docx, pdfkit) is loaded on its first use, not at start. */
export async function renderQuote(doc: QuoteDocument, format: ExportFormat): Promise<Buffer> {
  switch (format) {
    case 'xlsx':
      return (await import('../../documents/quote/quote-xlsx')).renderQuoteXlsx(doc);
    case 'docx':
      return (await import('../../documents/quote/quote-docx')).renderQuoteDocx(doc);
    case 'pdf':
      return (await import('../../documents/quote/quote-pdf')).renderQuotePdf(doc);
  }
}

/** "报价单 BJ-2026-0001-A 华东贸易集团有限公司.pdf"; characters Windows forbids are replaced. */
export function quoteFileName(doc: QuoteDocument, format: ExportFormat): string {
  const labels = quoteDocumentLabels(doc.locale);
  const customer = [...doc.customer.name]
    .map((ch) => (/[\\/:*?"<>|]/.test(ch) || ch.charCodeAt(0) < 32 ? '_' : ch))
    .join('')
    .slice(0, 60);
  const name = [labels.title, `${doc.quote.number}-${doc.quote.revision}`, customer].filter((p) => p !== '').join(' ');
  return `${name}.${format}`;
}

export async function exportQuoteFile(
  db: Database,
  input: { revisionId: number; format: ExportFormat; locale: Locale },
  t: TFunction,
): Promise<{ fileName: string; dataBase64: string }> {
  const doc = quoteDocumentFor(db, input.revisionId, input.locale, t);
  const data = await renderQuote(doc, input.format);
  return { fileName: quoteFileName(doc, input.format), dataBase64: data.toString('base64') };
}

/** Writes the document into `folder` (created if missing) and remembers the folder for next time. */
export async function exportQuoteToFolder(
  db: Database,
  input: { revisionId: number; format: ExportFormat; locale: Locale; folder: string },
  t: TFunction,
): Promise<{ path: string; bytes: number }> {
  const doc = quoteDocumentFor(db, input.revisionId, input.locale, t);
  const data = await renderQuote(doc, input.format);
  const folder = path.resolve(input.folder);
  try {
    fs.mkdirSync(folder, { recursive: true });
    const target = path.join(folder, quoteFileName(doc, input.format));
    // Write then rename: a reader never sees half a file, and a failure leaves no stub behind.
    const temporary = `${target}.part`;
    fs.writeFileSync(temporary, data);
    fs.renameSync(temporary, target);
    rememberExportFolder(db, folder);
    return { path: target, bytes: data.length };
  } catch (error) {
    throw new AppError('REFUSED', t('err.quotes.writeFailed', { folder, detail: (error as Error).message }));
  }
}

import PDFDocument from 'pdfkit';
import { registerPdfFonts } from './fonts';

/**
 * A new A4 PDF with what every business document needs: the CJK fonts registered, document
 * metadata (shown by readers, indexed by search), the document language, and pages kept in memory
 * (`bufferPages`) so a final pass can write "page X of Y" once the page count is known.
 *
 * Page margins are zero: the layout code positions everything itself (see layout.ts), and
 * pdfkit never adds a page on its own.
 */

export const A4 = { width: 595.28, height: 841.89 } as const;

export interface PdfMetadata {
  title: string;
  author: string;
  subject: string;
  keywords: string[];
  /** BCP 47 language of the text: 'zh-CN', 'en'. */
  lang: string;
}

export interface PdfOptions {
  /** Landscape pages (a one-page report with charts); portrait by default. */
  landscape?: boolean;
  /** Called whenever a page is added, before anything is drawn on it (watermarks go behind). */
  onPageAdded?: (doc: PDFKit.PDFDocument) => void;
}

export interface PdfBuild {
  doc: PDFKit.PDFDocument;
  /** Ends the document and returns its bytes. */
  finish(): Promise<Buffer>;
}

/** Creates the document and its first page. */
export function createPdf(metadata: PdfMetadata, options: PdfOptions = {}): PdfBuild {
  const now = new Date();
  const doc = new PDFDocument({
    size: 'A4',
    layout: options.landscape ? 'landscape' : 'portrait',
    margin: 0,
    autoFirstPage: false,
    bufferPages: true,
    compress: true,
    lang: metadata.lang,
    displayTitle: true,
    info: {
      Title: metadata.title,
      Author: metadata.author,
      Subject: metadata.subject,
      Keywords: metadata.keywords.filter((k) => k !== '').join(', '),
      Creator: 'Presales Workbench',
      CreationDate: now,
      ModDate: now,
    },
  });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const ended = new Promise<void>((resolve, reject) => {
    doc.on('end', resolve);
    doc.on('error', reject);
  });
  registerPdfFonts(doc);
  const onPageAdded = options.onPageAdded;
  if (onPageAdded) doc.on('pageAdded', () => onPageAdded(doc));
  doc.addPage();
  return {
    doc,
    async finish() {
      doc.end();
      await ended;
      return Buffer.concat(chunks);
    },
  };
}

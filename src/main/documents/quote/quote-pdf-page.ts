import type { QuoteDocument } from '../../../shared/quotes/document';
import { A4 } from '../pdf/document';
import type { PageBox } from '../pdf/layout';

/** The quote PDF's page box and the small things every part of it shares. */

export const BOX: PageBox = { left: 40, right: A4.width - 40, top: 36, continuationTop: 72, bottom: A4.height - 48 };

/** "：" in Chinese, ": " in English. */
export function colon(doc: QuoteDocument): string {
  return doc.locale === 'en' ? ': ' : '：';
}

/**
 * One measured run in its own process: the generated ~100-page proposal (text, 30 tables, 10
 * images) rendered to .docx and to .pdf, first render of each in a fresh process (fonts and
 * modules loading included) and a second one. Prints one JSON line.
 */
import { performance } from 'node:perf_hooks';
import { renderLongDocx } from '../src/main/documents/long/long-docx';
import { renderLongPdf } from '../src/main/documents/long/long-pdf';
import { largeLongDocument } from '../test/fixtures/long-document';

const doc = largeLongDocument();
const time = async (render: () => Promise<Buffer>) => {
  const started = performance.now();
  const bytes = await render();
  return { ms: performance.now() - started, bytes: bytes.length };
};
const docxFirst = await time(() => renderLongDocx(doc));
const pdfFirst = await time(() => renderLongPdf(doc));
const docxAgain = await time(() => renderLongDocx(doc));
const pdfAgain = await time(() => renderLongPdf(doc));
console.log(
  JSON.stringify({
    docxFirstMs: docxFirst.ms,
    docxAgainMs: docxAgain.ms,
    docxBytes: docxFirst.bytes,
    pdfFirstMs: pdfFirst.ms,
    pdfAgainMs: pdfAgain.ms,
    pdfBytes: pdfFirst.bytes,
    maxRssMb: process.resourceUsage().maxRSS / 1024,
  }),
);

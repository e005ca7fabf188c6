/**
 * One measured run in its own process (so peak memory is this run's alone):
 *   tsx bench/contract-export-bench.ts LINES → a contract drafted from a LINES-line quote, laid out
 *   (buildContractDocument) and rendered to .docx and .pdf, each renderer warmed up on the sample first.
 * Prints one JSON line: { buildMs, docxMs, pdfMs, docxBytes, pdfBytes, pages, maxRssMb }.
 */
import { performance } from 'node:perf_hooks';
import { renderContractDocx } from '../src/main/documents/contract/contract-docx';
import { renderContractPdf } from '../src/main/documents/contract/contract-pdf';
import { buildContractDocument } from '../src/shared/contract-drafts/build-document';
import { dealFromQuote } from '../src/shared/contract-drafts/deal';
import {
  libraryVersions,
  sampleContractContent,
  sampleContractDocument,
  sampleDeal,
} from '../test/fixtures/contract-document';
import { largeQuoteContent, sampleQuoteDocument } from '../test/fixtures/quote-document';

const lines = Number(process.argv[2] ?? 1000);
const sample = sampleContractDocument();
await renderContractDocx(sample);
await renderContractPdf(sample);

const small = sampleDeal();
const start = performance.now();
const deal = dealFromQuote(
  sampleQuoteDocument({ approved: true, content: largeQuoteContent(lines) }),
  { quoteId: 1, quoteRevisionId: 1 },
  { customer: small.customer, company: small.company },
);
const doc = buildContractDocument({
  locale: 'zh-CN',
  number: 'HT-2026-0001',
  revision: 1,
  state: 'approved',
  content: sampleContractContent(),
  deal,
  versions: libraryVersions(),
});
const buildMs = performance.now() - start;
const docxStart = performance.now();
const docx = await renderContractDocx(doc);
const docxMs = performance.now() - docxStart;
const pdfStart = performance.now();
const pdf = await renderContractPdf(doc);
const pdfMs = performance.now() - pdfStart;
const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
console.log(
  JSON.stringify({
    buildMs,
    docxMs,
    pdfMs,
    docxBytes: docx.length,
    pdfBytes: pdf.length,
    pages,
    maxRssMb: process.resourceUsage().maxRSS / 1024,
  }),
);

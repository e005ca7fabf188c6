import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderContractPdf } from '../../../src/main/documents/contract/contract-pdf';
import type { ContractDocument } from '../../../src/shared/contract-drafts/document';
import { contractLabels } from '../../../src/shared/contract-drafts/labels';
import { sampleContractContent, sampleContractDocument } from '../../fixtures/contract-document';
import { haveTools, pdfFonts, pdfPageCount, pdfText, qpdfCheck } from '../../helpers/document-tools';

/**
 * The contract as the PDF the customer signs, checked the way readers' software reads it (poppler,
 * qpdf): the articles with their typed numbers, the figures and 大写 of the schedule and the
 * milestones, both parties' particulars, the seal and signature blocks kept together on one page,
 * "第 X 页 共 Y 页" and the contract number on every page, the 草稿 watermark on every page of a
 * draft only, no appendix of non-standard clauses (that is for legal's .docx), embedded fonts,
 * metadata, English words in an English contract, and a long schedule continuing with its header.
 */

const tools = haveTools('pdftotext', 'pdffonts', 'pdfinfo', 'qpdf');

interface Rendered {
  doc: ContractDocument;
  file: string;
}

type Name = 'draft' | 'approved' | 'en' | 'long' | 'dated';

let dir = '';
const out: Record<Name, Rendered> = {} as never;

/** The sample contract with a schedule of `count` lines, so the table runs over several pages. */
function longContract(count: number): ContractDocument {
  const doc = sampleContractDocument({ state: 'approved' });
  const rows = Array.from({ length: count }, (_, i) => {
    const row = [...(doc.schedule.rows[i % doc.schedule.rows.length] ?? [])];
    row[0] = String(i + 1);
    return row;
  });
  return { ...doc, schedule: { ...doc.schedule, rows } };
}

/** The sample contract with its signing date known. */
function dated() {
  const content = sampleContractContent();
  content.terms.signingDate = '2026-03-16';
  return content;
}

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'presales-contract-pdf-'));
  const docs: Record<Name, ContractDocument> = {
    draft: sampleContractDocument({ state: 'review' }),
    approved: sampleContractDocument({ state: 'approved' }),
    en: sampleContractDocument({ locale: 'en', state: 'review' }),
    long: longContract(90),
    dated: sampleContractDocument({ state: 'approved', content: dated() }),
  };
  for (const [name, doc] of Object.entries(docs) as [Name, ContractDocument][]) {
    const file = path.join(dir, `${name}.pdf`);
    fs.writeFileSync(file, await renderContractPdf(doc));
    out[name] = { doc, file };
  }
}, 60_000);

afterAll(() => {
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
});

/** The text of each page (pdftotext -layout separates pages with form feeds). */
function pages(file: string): string[] {
  return pdfText(file).split('\f').slice(0, -1);
}

/** pdftotext -layout spaces words out; compare with runs of whitespace collapsed. */
function squeeze(text: string): string {
  return text.replace(/\s+/g, ' ');
}

/** Text with all whitespace removed (pdftotext drops the narrow spaces around digits in Chinese). */
function bare(text: string): string {
  return text.replace(/\s+/g, '');
}

function nonEmptyLines(text: string): string[] {
  return text.split('\n').filter((l) => l.trim() !== '');
}

/** Per page, the words set taller than 50 pt (the diagonal watermark), left to right. */
function largeWordsByPage(file: string): string[] {
  const html = execFileSync('pdftotext', ['-bbox', file, '-'], { encoding: 'utf8' });
  return html
    .split('<page ')
    .slice(1)
    .map((page) =>
      [...page.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">([^<]*)<\/word>/g)]
        .filter((m) => Number(m[3]) - Number(m[2]) > 50)
        .sort((a, b) => Number(a[1]) - Number(b[1]))
        .map((m) => m[4])
        .join(''),
    );
}

function pdfInfo(file: string): Record<string, string> {
  const info: Record<string, string> = {};
  for (const line of execFileSync('pdfinfo', [file], { encoding: 'utf8' }).split('\n')) {
    const match = /^([^:]+):\s*(.*)$/.exec(line);
    if (match?.[1]) info[match[1]] = match[2] ?? '';
  }
  return info;
}

describe('renderContractPdf', () => {
  it.runIf(tools)('is a well-formed PDF whose fonts are all embedded, a CJK font among them', () => {
    for (const { file } of Object.values(out)) {
      const check = qpdfCheck(file);
      expect(check.ok, check.output).toBe(true);
      const fonts = pdfFonts(file);
      expect(fonts.length).toBeGreaterThan(0);
      for (const font of fonts) expect(font, font.name).toMatchObject({ embedded: true, subset: true });
      expect(fonts.some((font) => /NotoSans(Hans|SC|CJK)/.test(font.name))).toBe(true);
    }
  });

  it.runIf(tools)('prints the articles with their typed numbers, in order', () => {
    const { doc, file } = out.draft;
    const text = squeeze(pdfText(file));
    expect(text).toContain('第一条 合同标的');
    expect(text).toContain('1.1 乙方向甲方提供');
    expect(text).toContain('（1） 开户银行');
    const flat = bare(text);
    let at = 0;
    for (const article of doc.articles) {
      const heading = bare(`${article.number}${article.heading}`);
      const found = flat.indexOf(heading, at);
      expect(found, heading).toBeGreaterThan(at);
      at = found;
      for (const block of article.blocks) {
        if (block.kind === 'paragraph') expect(flat).toContain(bare(`${block.number}${block.text}`));
      }
    }
    for (const line of [...doc.preamble, ...doc.closing]) expect(flat).toContain(bare(line));
  });

  it.runIf(tools)('prints the key terms, the schedule and the milestones with their amounts and 大写', () => {
    const { doc, file } = out.draft;
    const text = squeeze(pdfText(file));
    const flat = bare(text);
    expect(text).toContain('¥380,000.00');
    expect(text).toContain(doc.deal.totalCapital);
    expect(text).toContain(`${doc.schedule.total.label} ${doc.schedule.total.amount}`);
    expect(text).toContain(`${doc.milestones.total.label} ${doc.milestones.total.amount}`);
    for (const term of doc.keyTerms) expect(flat).toContain(bare(term.value));
    for (const row of doc.schedule.rows) expect(text).toContain(row[6]);
    expect(doc.milestones.rows).toHaveLength(3);
    for (const row of doc.milestones.rows) {
      const [, label, , percent, amount, capital] = row;
      expect(text).toContain(`${label}`);
      expect(text).toContain(`${percent} ${amount} ${capital}`);
    }
  });

  it.runIf(tools)('prints both parties and their seal and signature blocks together on the last page', () => {
    const { doc, file } = out.draft;
    const flat = bare(pdfText(file));
    for (const party of [doc.partyA, doc.partyB]) {
      for (const value of [party.name, party.taxId, party.representative, party.bankName, party.bankAccount]) {
        expect(flat).toContain(bare(value));
      }
    }
    const all = pages(file);
    const last = bare(all.at(-1) ?? '');
    const { labels } = doc;
    for (const word of ['甲方（盖章）', '乙方（盖章）', doc.partyA.name, doc.partyB.name, labels.blankDate]) {
      expect(last).toContain(bare(word));
    }
    expect(last.split(bare(labels.signatureRepresentative))).toHaveLength(3);
    expect(last.split(bare(labels.signatureDate))).toHaveLength(3);
    // The seal labels are printed nowhere else.
    for (const text of all.slice(0, -1)) expect(text).not.toMatch(/[甲乙]方（盖章）/);
  });

  it.runIf(tools)('prints the signing date in the signature blocks once it is known', () => {
    const { doc, file } = out.dated;
    const date = doc.signatures[0].date;
    expect(date).not.toBe('');
    const last = bare(pages(file).at(-1) ?? '');
    expect(last.split(bare(`${doc.labels.signatureDate}${date}`))).toHaveLength(3);
    expect(last).not.toContain(bare(doc.labels.blankDate));
  });

  it.runIf(tools)('says "第 X 页 共 Y 页" and the contract number on every page', () => {
    for (const name of ['draft', 'approved', 'long'] as const) {
      const { doc, file } = out[name];
      const count = pdfPageCount(file);
      expect(count).toBeGreaterThan(1);
      const all = pages(file);
      expect(all).toHaveLength(count);
      all.forEach((text, i) => {
        expect(bare(text), `${name} page ${i + 1}`).toContain(bare(`第 ${i + 1} 页 共 ${count} 页`));
        expect(nonEmptyLines(text)[0], `${name} page ${i + 1}`).toContain(doc.number);
      });
    }
  });

  it.runIf(tools)('carries the 草稿 watermark on every page of a draft, and none on an approved contract', () => {
    const draft = largeWordsByPage(out.draft.file);
    expect(draft).toHaveLength(pdfPageCount(out.draft.file));
    for (const words of draft) expect(words).toBe('草稿');
    for (const words of largeWordsByPage(out.en.file)) expect(words).toBe('DRAFT');
    expect(largeWordsByPage(out.approved.file).join('')).toBe('');
    expect(pdfText(out.approved.file)).not.toMatch(/草稿/);
  });

  it.runIf(tools)('leaves out the appendix of non-standard clauses', () => {
    const { doc, file } = out.draft;
    expect(doc.deviations.length).toBeGreaterThan(0);
    const text = squeeze(pdfText(file));
    const labels = contractLabels('zh-CN');
    for (const word of [labels.deviationsTitle, labels.deviationsIntro, labels.statusText.added, 'warranty v1']) {
      expect(text).not.toContain(word);
    }
  });

  it.runIf(tools)('sets title and language in the metadata', () => {
    const { doc, file } = out.approved;
    const info = pdfInfo(file);
    expect(info.Title).toBe(`${doc.title} ${doc.number}`);
    expect(info['Page size']).toContain('595.28 x 841.89 pts (A4)');
    const catalogOf = (f: string) => {
      const trailer = execFileSync('qpdf', ['--show-object=trailer', f], { encoding: 'utf8' });
      const id = /\/Root (\d+) 0 R/.exec(trailer)?.[1] ?? 'missing';
      return execFileSync('qpdf', [`--show-object=${id}`, f], { encoding: 'utf8' });
    };
    expect(catalogOf(file)).toContain('/Lang (zh-CN)');
    expect(catalogOf(out.en.file)).toContain('/Lang (en)');
  });

  it.runIf(tools)('uses English words in an English contract', () => {
    const { file } = out.en;
    const labels = contractLabels('en');
    const count = pdfPageCount(file);
    const text = squeeze(pdfText(file));
    for (const word of [
      `Page 1 of ${count}`,
      `Page ${count} of ${count}`,
      'Party A (seal)',
      'Party B (seal)',
      'Article 1',
      labels.keyTermsTitle,
      labels.signatureRepresentative,
    ]) {
      expect(text).toContain(word);
    }
    for (const zh of ['第 1 页', '甲方（盖章）', '主要条款', '草稿']) expect(text).not.toContain(zh);
  });

  it.runIf(tools)('continues a long schedule over pages with its header, the total never alone on a page', () => {
    const { doc, file } = out.long;
    const header = new RegExp(doc.schedule.columns.slice(0, 3).join('\\s+'));
    const all = pages(file);
    const rowPages = all
      .map((text, i) => ({ text, page: i + 1 }))
      .filter((p) => /^\s*\d+\s+\S+.*\s\d{1,3}(,\d{3})*\.\d{2}\s*$/m.test(p.text) && header.test(p.text));
    expect(rowPages.length).toBeGreaterThan(2);
    for (const { text, page } of rowPages) {
      const lines = nonEmptyLines(text);
      const headerAt = lines.findIndex((l) => header.test(l));
      expect(headerAt, `page ${page}`).toBeGreaterThanOrEqual(0);
      expect(lines[headerAt + 1], `page ${page}`).not.toContain(doc.schedule.total.label);
    }
    // Every line printed once, in order.
    const numbers = all
      .flatMap(nonEmptyLines)
      .map((l) => /^\s*(\d+)\s+\S+.*\s(\d{1,3}(?:,\d{3})*\.\d{2})\s*$/.exec(l))
      .filter((m): m is RegExpExecArray => m !== null && doc.schedule.rows.some((r) => r[6] === m[2]))
      .map((m) => Number(m[1]));
    expect(numbers).toEqual(doc.schedule.rows.map((_, i) => i + 1));
  });
});

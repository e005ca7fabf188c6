import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import JSZip from 'jszip';
import { beforeAll, describe, expect, it } from 'vitest';
import { renderLongDocx } from '../../../src/main/documents/long/long-docx';
import { renderLongPdf } from '../../../src/main/documents/long/long-pdf';
import { documentOutline } from '../../../src/main/documents/long/outline';
import type { DataTable } from '../../../src/shared/proposals/document';
import { largeLongDocument, sampleLongDocument, SAMPLE_FIGURES } from '../../fixtures/long-document';
import { haveTools, libreOfficeConvert, pdfText } from '../../helpers/document-tools';
import { must } from '../../helpers/must';
import { tempDir } from '../../helpers/temp-dir';

/**
 * The long document (方案书) as .docx, checked the way Word and LibreOffice read it: the package
 * unzipped — a real TOC field over the heading styles, already filled in (numbers, titles, page
 * numbers) and refreshed by Word on opening; headings in Heading 1–3 whose numbers (1 / 1.1 /
 * 1.1.1) come from a numbering definition attached to the styles, not typed; every chapter and
 * figure; tables with a shaded header row repeated on each page, rows that never split, column
 * alignment, bold totals; images embedded and scaled into the text width; a cover without header
 * or footer, PAGE / NUMPAGES in the footer; fonts and language — and LibreOffice laying it out.
 */

interface Package {
  document: string;
  styles: string;
  numbering: string;
  settings: string;
  headers: string[];
  footers: string[];
  media: string[];
}

async function unpack(bytes: Buffer): Promise<Package> {
  const zip = await JSZip.loadAsync(bytes, { checkCRC32: true });
  const read = async (name: string): Promise<string> => must(zip.file(name), name).async('string');
  const named = (pattern: RegExp) => Object.keys(zip.files).filter((name) => pattern.test(name));
  return {
    document: await read('word/document.xml'),
    styles: await read('word/styles.xml'),
    numbering: await read('word/numbering.xml'),
    settings: await read('word/settings.xml'),
    headers: await Promise.all(named(/^word\/header\d+\.xml$/).map(read)),
    footers: await Promise.all(named(/^word\/footer\d+\.xml$/).map(read)),
    media: named(/^word\/media\/.+/),
  };
}

function decode(xml: string): string {
  return xml
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');
}

/** The text of an XML fragment: its w:t contents, joined. */
function textOf(xml: string): string {
  return [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => decode(m[1] ?? '')).join('');
}

/** The body's paragraphs (outside tables too), each as its XML. */
function paragraphs(xml: string): string[] {
  return [...xml.matchAll(/<w:p>[\s\S]*?<\/w:p>|<w:p [^>]*>[\s\S]*?<\/w:p>/g)].map((m) => m[0]);
}

/** A style's definition in styles.xml. */
function style(styles: string, id: string): string {
  return must(new RegExp(`<w:style [^>]*w:styleId="${id}"[^>]*>[\\s\\S]*?</w:style>`).exec(styles), id)[0];
}

function bare(text: string): string {
  return text.replace(/\s+/g, '');
}

/** The page number a contents entry shows: the result of its PAGEREF field. */
function entryPage(entry: string): number {
  return Number(must(/PAGEREF [^<]*<\/w:instrText>[\s\S]*?<w:t[^>]*>(\d+)<\/w:t>/.exec(entry), 'page')[1]);
}

/** Tables of the document, each as its XML (no nested tables here). */
function tables(xml: string): string[] {
  return [...xml.matchAll(/<w:tbl>[\s\S]*?<\/w:tbl>/g)].map((m) => m[0]);
}

describe('renderLongDocx', () => {
  const zh = sampleLongDocument('zh-CN');
  const outline = documentOutline(zh);
  let bytes: Buffer;
  let pkg: Package;

  beforeAll(async () => {
    bytes = await renderLongDocx(zh);
    pkg = await unpack(bytes);
  });

  it('has a real TOC field over heading levels 1–3, filled in, that Word refreshes on opening', () => {
    const sdt = must(/<w:sdt>[\s\S]*?<\/w:sdt>/.exec(pkg.document), 'contents')[0];
    expect(decode(sdt)).toMatch(/<w:instrText[^>]*>TOC [^<]*\\o "1-3"[^<]*<\/w:instrText>/);
    expect(sdt).toContain('Table of Contents');
    expect(pkg.settings).toMatch(/<w:updateFields(?: w:val="(?:true|1|on)")?\/>/);
    // Pre-filled: every entry's number, title and page, linked to the heading's bookmark.
    const entries = paragraphs(sdt).filter((p) => /<w:pStyle w:val="TOC\d"\/>/.test(p));
    expect(entries).toHaveLength(outline.entries.length);
    entries.forEach((entry, i) => {
      const expected = must(outline.entries[i]);
      expect(entry).toContain(`<w:pStyle w:val="TOC${expected.level}"/>`);
      const text = textOf(entry);
      expect(text.startsWith(`${expected.number} ${expected.title}`), text).toBe(true);
      expect(text).toMatch(/\d+$/);
      expect(entry).toMatch(/<w:hyperlink [^>]*w:anchor="_Toc\d+"/);
      expect(decode(entry)).toMatch(/PAGEREF _Toc\d+ \\h/);
    });
    // Chapter 1 after the cover and the one-page contents, each chapter on a later page.
    const chapterPages = entries.filter((p) => p.includes('w:val="TOC1"')).map(entryPage);
    expect(chapterPages).toHaveLength(zh.chapters.length);
    expect(chapterPages[0]).toBe(3);
    chapterPages.slice(1).forEach((page, i) => expect(page).toBeGreaterThan(must(chapterPages[i])));
  });

  it('puts headings in Heading 1–3, numbered 1 / 1.1 / 1.1.1 by a numbering definition on the styles', () => {
    const headings = paragraphs(pkg.document)
      .map((p) => ({ p, level: /<w:pStyle w:val="Heading(\d)"\/>/.exec(p)?.[1] }))
      .filter((h) => h.level !== undefined);
    expect(headings.map((h) => Number(h.level))).toEqual(outline.entries.map((e) => e.level));
    // The titles without typed numbers: the numbers are Word's.
    expect(headings.map((h) => textOf(h.p))).toEqual(outline.entries.map((e) => e.title));
    const levelTexts = ['%1', '%1.%2', '%1.%2.%3'];
    for (const level of [1, 2, 3]) {
      const definition = style(pkg.styles, `Heading${level}`);
      expect(definition).toContain(`<w:name w:val="heading ${level}"/>`);
      const numPr = must(/<w:numPr><w:ilvl w:val="(\d)"\/><w:numId w:val="(\d+)"\/><\/w:numPr>/.exec(definition));
      expect(Number(numPr[1])).toBe(level - 1);
      const num = must(new RegExp(`<w:num w:numId="${numPr[2]}">[\\s\\S]*?</w:num>`).exec(pkg.numbering))[0];
      const abstractId = must(/<w:abstractNumId w:val="(\d+)"\/>/.exec(num))[1];
      const abstract = must(
        new RegExp(`<w:abstractNum [^>]*w:abstractNumId="${abstractId}"[^>]*>[\\s\\S]*?</w:abstractNum>`).exec(
          pkg.numbering,
        ),
      )[0];
      const lvl = must(new RegExp(`<w:lvl w:ilvl="${level - 1}"[^>]*>[\\s\\S]*?</w:lvl>`).exec(abstract))[0];
      expect(lvl).toContain(`<w:lvlText w:val="${levelTexts[level - 1]}"/>`);
      expect(lvl).toContain('<w:numFmt w:val="decimal"/>');
    }
    // Chapters of a proposal each start a page.
    for (const h of headings.filter((x) => x.level === '1')) expect(h.p).toContain('<w:pageBreakBefore/>');
  });

  it('has every chapter title and figure, and the lists as Word lists', () => {
    const text = textOf(pkg.document);
    for (const chapter of zh.chapters) expect(text).toContain(chapter.title);
    for (const figure of [
      SAMPLE_FIGURES.total,
      SAMPLE_FIGURES.net,
      SAMPLE_FIGURES.tax,
      SAMPLE_FIGURES.capital,
      SAMPLE_FIGURES.annualBenefit,
      '表 2-1 需求响应偏离表',
      '部分满足',
      '不满足',
      '图 3-1 云帆 ERP 总体架构',
    ]) {
      expect(text).toContain(figure);
    }
    for (const line of zh.cover) expect(text).toContain(line.value);
    // Bold and italic runs.
    expect(pkg.document).toMatch(/<w:b\/>(?:<w:bCs\/>)?[\s\S]{0,80}<\/w:rPr><w:t[^>]*>48 亿元<\/w:t>/);
    expect(pkg.document).toMatch(/<w:i\/>(?:<w:iCs\/>)?[\s\S]{0,80}<\/w:rPr><w:t[^>]*>（架构示意如下图）<\/w:t>/);
    // List items carry Word numbering, nested ones a deeper level.
    const items = paragraphs(pkg.document).filter((p) => p.includes('<w:numPr>') && !/Heading\d/.test(p));
    expect(items.length).toBeGreaterThanOrEqual(15);
    expect(items.some((p) => p.includes('<w:ilvl w:val="1"/>'))).toBe(true);
  });

  it('draws tables with a shaded header row repeated on every page, rows kept whole, aligned columns, bold totals', () => {
    const all = tables(pkg.document);
    const gridded = all.filter((t) => t.includes('<w:tblHeader/>'));
    const dataTables = zh.chapters.flatMap((c) => c.blocks).filter((b): b is DataTable => b.type === 'dataTable');
    // The data tables and the rich-text table.
    expect(gridded).toHaveLength(dataTables.length + 1);
    for (const table of gridded) {
      const rows = [...table.matchAll(/<w:tr>[\s\S]*?<\/w:tr>/g)].map((m) => m[0]);
      expect(must(rows[0])).toContain('<w:tblHeader/>');
      expect(must(rows[0])).toMatch(/<w:shd [^>]*w:fill="E7ECF7"/);
      for (const row of rows) expect(row).toContain('<w:cantSplit/>');
      expect(table).toMatch(/<w:tblBorders>[\s\S]*<w:insideH [^>]*w:val="single"/);
    }
    const budget = must(gridded.find((t) => textOf(t).includes('合计（含税）')));
    const totalRow = must([...budget.matchAll(/<w:tr>[\s\S]*?<\/w:tr>/g)].map((m) => m[0]).at(-1));
    expect(textOf(totalRow)).toBe(`合计（含税）${SAMPLE_FIGURES.total}`);
    expect(totalRow).toContain('<w:b/>');
    // Amounts right-aligned as the column says.
    const amountCell = must(/<w:tc>(?:(?!<\/w:tc>)[\s\S])*?¥213,600\.00[\s\S]*?<\/w:tc>/.exec(budget))[0];
    expect(amountCell).toContain('<w:jc w:val="right"/>');
  });

  it('shows callouts as a shaded box and key figures as a borderless two-column table', () => {
    const all = tables(pkg.document);
    const callout = must(all.find((t) => textOf(t).includes(`大写：${SAMPLE_FIGURES.capital}`)));
    expect(callout).toMatch(/<w:shd [^>]*w:fill="EEF3FA"/);
    expect(callout).toMatch(/<w:left [^>]*w:val="single"[^>]*w:sz="24"/);
    const figures = must(all.find((t) => textOf(t).includes('项目负责人')));
    expect(figures).toContain('<w:gridCol');
    expect([...figures.matchAll(/<w:gridCol /g)]).toHaveLength(2);
    expect(figures).not.toMatch(/w:val="single"/);
  });

  it('embeds the images, scaled into the text width', () => {
    expect(pkg.media.length).toBeGreaterThanOrEqual(1);
    const textWidthEmu = (595.28 - 2 * 90) * 12700;
    const extents = [...pkg.document.matchAll(/<wp:extent cx="(\d+)" cy="(\d+)"\/>/g)];
    expect(extents.length).toBe(2);
    for (const extent of extents) expect(Number(extent[1])).toBeLessThanOrEqual(textWidthEmu);
  });

  it('has no header or footer on the cover, then the header text and PAGE / NUMPAGES on every page', () => {
    const sectPr = must(/<w:sectPr>[\s\S]*?<\/w:sectPr>/.exec(pkg.document))[0];
    expect(sectPr).toContain('<w:titlePg/>');
    expect(sectPr).toContain('w:type="first"');
    expect(sectPr).toMatch(/<w:pgSz w:w="11906" w:h="16838"/);
    const footer = must(pkg.footers.find((f) => f.includes('NUMPAGES')));
    expect(footer).toMatch(/<w:instrText[^>]*>PAGE<\/w:instrText>/);
    expect(textOf(footer)).toMatch(/^第 \d* ?页 共 \d* ?页$/);
    expect(pkg.headers.map(textOf)).toContain(zh.headerText);
    // The cover's (first page's) header and footer are empty.
    expect(pkg.headers.map(textOf)).toContain('');
    expect(pkg.footers.map(textOf)).toContain('');
  });

  it('sets the East Asian font on every run of the body and the language zh-CN', () => {
    const body = pkg.document.replace(/<w:sdt>[\s\S]*?<\/w:sdt>/, '');
    const runs = [...body.matchAll(/<w:r>[\s\S]*?<\/w:r>/g)].map((m) => m[0]).filter((r) => r.includes('<w:t'));
    expect(runs.length).toBeGreaterThan(100);
    for (const run of runs) expect(run).toContain('w:eastAsia="Microsoft YaHei"');
    // The contents' runs take the font from the TOC styles.
    for (const id of ['TOC1', 'TOC2', 'TOC3', 'Heading1']) {
      expect(style(pkg.styles, id)).toContain('w:eastAsia="Microsoft YaHei"');
    }
    expect(pkg.styles).toMatch(/<w:docDefaults>[\s\S]*<w:lang [^>]*w:eastAsia="zh-CN"/);
  });

  it('writes English documents with English words and English as the Latin language', async () => {
    const en = sampleLongDocument('en');
    const english = await unpack(await renderLongDocx(en));
    const text = textOf(english.document);
    for (const chapter of en.chapters) expect(text).toContain(chapter.title);
    expect(text).toContain('Contents');
    expect(english.footers.map(textOf).some((f) => /^Page \d* ?of \d*$/.test(f))).toBe(true);
    expect(english.styles).toMatch(/<w:lang w:val="en-US" w:eastAsia="zh-CN"\/>/);
    expect(text).not.toContain('目录');
  });

  it('renders the ~100-page document with all its tables and images', async () => {
    const large = largeLongDocument();
    const rendered = await unpack(await renderLongDocx(large));
    const text = textOf(rendered.document);
    const captions = large.chapters
      .flatMap((c) => c.blocks)
      .filter((b): b is DataTable => b.type === 'dataTable')
      .map((t) => must(t.caption));
    expect(captions).toHaveLength(30);
    for (const caption of captions) expect(text).toContain(caption);
    expect(tables(rendered.document).filter((t) => t.includes('<w:tblHeader/>'))).toHaveLength(30);
    // Ten figures and the cover logo.
    expect(rendered.media).toHaveLength(11);
    expect([...rendered.document.matchAll(/<wp:extent /g)]).toHaveLength(11);
  });

  it.runIf(haveTools('qpdf'))(
    'writes into the contents the pages the PDF puts the headings on (same page, same type)',
    async () => {
      const large = largeLongDocument();
      const entries = documentOutline(large).entries;
      const docx = await unpack(await renderLongDocx(large));
      const sdt = must(/<w:sdt>[\s\S]*?<\/w:sdt>/.exec(docx.document))[0];
      const written = paragraphs(sdt)
        .filter((p) => /<w:pStyle w:val="TOC\d"\/>/.test(p))
        .map(entryPage);
      // The PDF's bookmarks, in document order, with the pages they go to.
      const file = path.join(tempDir('presales-long-docx-'), 'large.pdf');
      fs.writeFileSync(file, await renderLongPdf(large));
      type Mark = { title: string; destpageposfrom1: number; kids: Mark[] };
      const json = JSON.parse(execFileSync('qpdf', ['--json', '--json-key=outlines', file], { encoding: 'utf8' })) as {
        outlines: Mark[];
      };
      const flat = (marks: Mark[]): Mark[] => marks.flatMap((m) => [m, ...flat(m.kids)]);
      const bookmarks = flat(json.outlines);
      expect(bookmarks.map((m) => m.title)).toEqual(entries.map((e) => `${e.number} ${e.title}`));
      expect(written).toEqual(bookmarks.map((m) => m.destpageposfrom1));
    },
    60_000,
  );

  it.runIf(haveTools('soffice', 'pdftotext'))(
    'opens in LibreOffice: numbered headings, the contents filled in, page X of Y',
    () => {
      const dir = tempDir('presales-long-docx-');
      const file = path.join(dir, 'proposal.docx');
      fs.writeFileSync(file, bytes);
      const pdf = libreOfficeConvert(file, 'pdf');
      const pages = pdfText(pdf).split('\f').slice(0, -1);
      const count = pages.length;
      expect(count).toBeGreaterThanOrEqual(zh.chapters.length + 2);
      const all = bare(pages.join('\n'));
      for (const entry of outline.entries) expect(all).toContain(bare(`${entry.number} ${entry.title}`));
      // The contents page as LibreOffice shows it (it does not update the field): every entry
      // written in, with the page the heading is on in LibreOffice's own layout.
      const contents = must(pages[1]).split('\n');
      for (const entry of outline.entries) {
        const label = bare(`${entry.number} ${entry.title}`);
        const line = must(
          contents.find((l) =>
            bare(l)
              .replace(/\.{2,}/g, '')
              .startsWith(label),
          ),
          label,
        );
        const page = Number(/(\d+)\s*$/.exec(line)?.[1]);
        expect(bare(must(pages[page - 1])), label).toContain(label);
        // (The page before chapter 1 is the contents page, which lists it.)
        if (entry.level === 1 && page > 3) expect(bare(must(pages[page - 2])), label).not.toContain(label);
      }
      // No page number on the cover; "第 X 页 共 Y 页" on all the others.
      expect(must(pages[0])).not.toMatch(/第 \d+ 页/);
      pages.slice(1).forEach((page, i) => expect(page).toContain(`第 ${i + 2} 页 共 ${count} 页`));
      const info = execFileSync('pdfinfo', [pdf], { encoding: 'utf8' });
      expect(info).toContain(`Title:           ${zh.title}`);
    },
    120_000,
  );
});

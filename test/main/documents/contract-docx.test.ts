import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import JSZip from 'jszip';
import { beforeAll, describe, expect, it } from 'vitest';
import { renderContractDocx } from '../../../src/main/documents/contract/contract-docx';
import { chineseCount } from '../../../src/shared/contract-drafts/clause-text';
import type { ContractDocument } from '../../../src/shared/contract-drafts/document';
import { formatYuan } from '../../../src/shared/money';
import { sampleContractDocument } from '../../fixtures/contract-document';
import { haveTools, libreOfficeConvert, pdfText } from '../../helpers/document-tools';
import { tempDir } from '../../helpers/temp-dir';

/**
 * The contract draft as .docx for legal review, read the way Word reads it: the package unzipped,
 * the articles numbered by a real Word multilevel list (第一条 / 1.1 / （1）, not typed numbers),
 * every figure and party detail present, track changes on, the appendix marking each change
 * against the standard wording; and LibreOffice laying it out to PDF with the list's numbers.
 */

interface Package {
  document: string;
  numbering: string;
  settings: string;
  styles: string;
  header: string;
  footer: string;
}

async function unpack(bytes: Buffer): Promise<Package> {
  const zip = await JSZip.loadAsync(bytes, { checkCRC32: true });
  const read = async (name: string): Promise<string> => {
    const file = zip.file(name);
    if (!file) throw new Error(`${name} missing`);
    return file.async('string');
  };
  return {
    document: await read('word/document.xml'),
    numbering: await read('word/numbering.xml'),
    settings: await read('word/settings.xml'),
    styles: await read('word/styles.xml'),
    header: await read('word/header1.xml'),
    footer: await read('word/footer1.xml'),
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

/** The body's paragraphs outside tables, with their text. */
function bodyParagraphs(document: string): { xml: string; text: string }[] {
  const withoutTables = document.replace(/<w:tbl>[\s\S]*?<\/w:tbl>/g, '');
  return [...withoutTables.matchAll(/<w:p>[\s\S]*?<\/w:p>|<w:p [^>]*>[\s\S]*?<\/w:p>/g)].map((m) => ({
    xml: m[0],
    text: textOf(m[0]),
  }));
}

/** The tables of the body, each as rows of cells (XML). */
function tables(document: string): string[][][] {
  return [...document.matchAll(/<w:tbl>([\s\S]*?)<\/w:tbl>/g)].map((table) =>
    [...(table[1] ?? '').matchAll(/<w:tr>([\s\S]*?)<\/w:tr>/g)].map((row) =>
      [...(row[1] ?? '').matchAll(/<w:tc>([\s\S]*?)<\/w:tc>/g)].map((c) => c[1] ?? ''),
    ),
  );
}

function tableWithHeader(document: string, firstHeader: string, secondHeader: string): string[][] {
  const found = tables(document).find(
    (rows) => textOf(rows[0]?.[0] ?? '') === firstHeader && textOf(rows[0]?.[1] ?? '') === secondHeader,
  );
  if (!found) throw new Error(`no table headed ${firstHeader} | ${secondHeader}`);
  return found;
}

/** The w:lvl elements of the abstract numbering whose level 0 text is `levelZeroText`, by ilvl. */
function abstractLevels(numbering: string, levelZeroText: string): { id: string; levels: Map<number, string> } {
  for (const match of numbering.matchAll(/<w:abstractNum w:abstractNumId="(\d+)"[^>]*>([\s\S]*?)<\/w:abstractNum>/g)) {
    const levels = new Map(
      [...(match[2] ?? '').matchAll(/<w:lvl w:ilvl="(\d)"[^>]*>([\s\S]*?)<\/w:lvl>/g)].map(
        (lvl) => [Number(lvl[1]), lvl[2] ?? ''] as const,
      ),
    );
    if (levels.get(0)?.includes(`<w:lvlText w:val="${levelZeroText}"/>`)) return { id: match[1] ?? '', levels };
  }
  throw new Error(`no abstract numbering with level 0 "${levelZeroText}"`);
}

/** The w:num ids that point at an abstract numbering. */
function numIds(numbering: string, abstractId: string): string[] {
  return [...numbering.matchAll(/<w:num w:numId="(\d+)"[^>]*>\s*<w:abstractNumId w:val="(\d+)"\/>/g)].flatMap((m) =>
    m[2] === abstractId ? [m[1] ?? ''] : [],
  );
}

/** The ilvl and numId of a paragraph's numbering, or null. */
function numberingOf(paragraph: string): { ilvl: number; numId: string } | null {
  const match = /<w:numPr><w:ilvl w:val="(\d)"\/><w:numId w:val="(\d+)"\/><\/w:numPr>/.exec(paragraph);
  return match ? { ilvl: Number(match[1]), numId: match[2] ?? '' } : null;
}

function must<T>(value: T | undefined): T {
  if (value === undefined) throw new Error('missing');
  return value;
}

describe('renderContractDocx', () => {
  const zh = sampleContractDocument();
  const en = sampleContractDocument({ locale: 'en' });
  let zhBytes: Buffer;
  let zhPackage: Package;
  let enPackage: Package;

  beforeAll(async () => {
    zhBytes = await renderContractDocx(zh);
    zhPackage = await unpack(zhBytes);
    enPackage = await unpack(await renderContractDocx(en));
  });

  it('numbers the articles by one Word list: 第%1条 (Chinese counting), legal-style %1.%2, （%3）', () => {
    const { levels } = abstractLevels(zhPackage.numbering, '第%1条');
    expect(must(levels.get(0))).toContain('<w:numFmt w:val="chineseCounting"/>');
    expect(must(levels.get(1))).toContain('<w:lvlText w:val="%1.%2"/>');
    expect(must(levels.get(1))).toContain('<w:isLgl/>');
    expect(must(levels.get(1))).toContain('<w:numFmt w:val="decimal"/>');
    expect(must(levels.get(2))).toContain('<w:lvlText w:val="（%3）"/>');
    expect(must(levels.get(2))).toContain('<w:numFmt w:val="decimal"/>');
    // The number of each level is in the document font too.
    for (const level of levels.values()) expect(level).toMatch(/<w:rFonts [^>]*w:eastAsia="Microsoft YaHei"/);
  });

  it('puts article headings on level 0, sub-clauses on 1, items on 2, and types no numbers', () => {
    const { id } = abstractLevels(zhPackage.numbering, '第%1条');
    const lists = numIds(zhPackage.numbering, id);
    const paragraphs = bodyParagraphs(zhPackage.document);
    // In document order: the parties block has a line like item (1) of 第二条 ("开户银行：…").
    let cursor = 0;
    const find = (text: string) => {
      const at = paragraphs.findIndex((p, i) => i >= cursor && p.text === text);
      expect(at, text).toBeGreaterThanOrEqual(0);
      cursor = at + 1;
      return must(paragraphs[at]);
    };
    const numbered = new Set<string>();
    for (const article of zh.articles) {
      const heading = find(article.heading);
      const number = must(numberingOf(heading.xml) ?? undefined);
      expect(number.ilvl).toBe(0);
      numbered.add(number.numId);
      expect(heading.xml).toContain('<w:keepNext/>');
      expect(heading.xml).toMatch(/<w:b\/>/);
      for (const block of article.blocks) {
        if (block.kind !== 'paragraph') continue;
        const paragraph = find(block.text);
        if (block.level === 0) expect(numberingOf(paragraph.xml)).toBeNull();
        else expect(numberingOf(paragraph.xml)).toEqual({ ilvl: block.level, numId: number.numId });
      }
    }
    // One list for the whole contract, so the articles count on 第一条, 第二条 … and sub-clauses restart.
    expect([...numbered]).toHaveLength(1);
    expect(lists).toContain([...numbered][0]);
    expect(zh.articles[4]?.blocks[0]).toMatchObject({ level: 0 });
    // The typed numbers of the model (for the PDF) are nowhere in the body.
    const text = textOf(zhPackage.document);
    for (const typed of ['第一条', '第二条', '第五条']) expect(text).not.toContain(typed);
    for (const p of paragraphs) expect(p.text).not.toMatch(/^(第[一二三四五六七八九十]+条|\d+\.\d+|（\d+）)/);
  });

  it('numbers an English contract "Article %1", 1.1 and (a)', () => {
    const { levels } = abstractLevels(enPackage.numbering, 'Article %1');
    expect(must(levels.get(0))).toContain('<w:numFmt w:val="decimal"/>');
    expect(must(levels.get(1))).toContain('<w:lvlText w:val="%1.%2"/>');
    expect(must(levels.get(2))).toContain('<w:numFmt w:val="lowerLetter"/>');
    expect(must(levels.get(2))).toContain('<w:lvlText w:val="(%3)"/>');
    expect(textOf(enPackage.document)).not.toContain('Article 1');
    expect(enPackage.styles).toMatch(/<w:lang w:val="en-US" w:eastAsia="zh-CN"\/>/);
    expect(textOf(enPackage.document)).toContain('Key terms');
    expect(textOf(enPackage.footer)).toBe('Page  of ');
  });

  it('shows the total and its 大写, every milestone, every schedule line and both parties', () => {
    const text = textOf(zhPackage.document);
    expect(text).toContain('¥380,000.00');
    expect(text).toContain('人民币叁拾捌万元整');
    expect(zh.milestoneList).toHaveLength(3);
    for (const milestone of zh.milestoneList) {
      expect(text).toContain(formatYuan(milestone.amountFen, { symbol: false }));
      expect(text).toContain(milestone.capital);
    }
    for (const amount of ['114,000.00', '228,000.00', '38,000.00']) expect(text).toContain(amount);
    expect(zh.schedule.rows).toHaveLength(10);
    for (const row of zh.schedule.rows) expect(text).toContain(must(row[1]));
    for (const party of [zh.partyA, zh.partyB]) {
      for (const value of [party.name, party.taxId, party.bankAccount, party.representative]) {
        expect(text).toContain(value);
      }
    }
    expect(text).toContain('华东贸易集团有限公司');
    expect(text).toContain('91310115MA1H7GXK13');
  });

  it('sets the schedule and milestones as tables: header row repeated, amounts right-aligned, total bold', () => {
    const schedule = tableWithHeader(zhPackage.document, '序号', '产品/服务名称');
    const milestones = tableWithHeader(zhPackage.document, '期次', '付款节点');
    for (const [rows, amountColumn, model] of [
      [schedule, 6, zh.schedule],
      [milestones, 4, zh.milestones],
    ] as const) {
      expect(rows).toHaveLength(model.rows.length + 2);
      const table = rows.map((cells) => cells.map(textOf));
      expect(table.slice(1, -1)).toEqual(model.rows.map((row) => [...row]));
      for (const cells of rows.slice(1, -1)) expect(cells[amountColumn]).toContain('<w:jc w:val="right"/>');
      const total = must(rows[rows.length - 1]);
      expect(textOf(must(total[0]))).toBe(model.total.label);
      expect(textOf(must(total[1]))).toBe(model.total.amount);
      expect(total[1]).toContain('<w:jc w:val="right"/>');
      expect(total[1]).toContain('<w:b/>');
    }
    const rowXml = (label: string) => {
      const at = zhPackage.document.indexOf(label);
      return zhPackage.document.slice(zhPackage.document.lastIndexOf('<w:tr>', at), at);
    };
    expect(rowXml('序号')).toContain('<w:tblHeader/>');
    expect(rowXml('期次')).toContain('<w:tblHeader/>');
  });

  it('puts the title, number, key terms, parties and preamble before the articles, then closing and seals', () => {
    const text = textOf(zhPackage.document);
    const order = [
      zh.title,
      '合同编号：HT-2026-0001',
      zh.labels.keyTermsTitle,
      ...zh.keyTerms.slice(0, 3).map((term) => `${term.label}${term.value}`),
      '甲方（需方）名称：华东贸易集团有限公司',
      '乙方（供方）名称：上海云帆软件有限公司',
      must(zh.preamble[0]),
      must(zh.articles[0]).heading,
      must(zh.articles[4]?.blocks[0]?.kind === 'paragraph' ? zh.articles[4].blocks[0].text : undefined),
      must(zh.closing[0]),
      '甲方（盖章）',
      zh.labels.deviationsTitle,
    ];
    const positions = order.map((value) => text.indexOf(value));
    for (const [i, at] of positions.entries()) expect(at, order[i]).toBeGreaterThanOrEqual(0);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    const keyTerms = tableWithHeader(zhPackage.document, '合同编号', 'HT-2026-0001');
    expect(keyTerms.map((cells) => textOf(must(cells[0])))).toEqual(zh.keyTerms.map((t) => t.label));
  });

  it('ends with the two seal blocks side by side, without borders, and a blank date to fill in', async () => {
    const seals = must(
      tables(zhPackage.document).find((rows) => textOf(rows[0]?.[0] ?? '').startsWith('甲方（盖章）')),
    );
    expect(seals).toHaveLength(1);
    const [left, right] = must(seals[0]).map(textOf);
    expect(left).toBe(
      `甲方（盖章）${zh.partyA.name}${zh.labels.signatureRepresentative}${zh.labels.signatureDate}${zh.labels.blankDate}`,
    );
    expect(right).toBe(
      `乙方（盖章）${zh.partyB.name}${zh.labels.signatureRepresentative}${zh.labels.signatureDate}${zh.labels.blankDate}`,
    );
    const document = zhPackage.document;
    const table = document.slice(document.lastIndexOf('<w:tbl>', document.indexOf('甲方（盖章）')));
    expect(table.slice(0, table.indexOf('</w:tblPr>'))).toMatch(/<w:insideV w:val="none"/);
    const signed: ContractDocument = {
      ...zh,
      signatures: [
        { ...zh.signatures[0], date: '2026年3月18日' },
        { ...zh.signatures[1], date: '2026年3月18日' },
      ],
    };
    const signedText = textOf((await unpack(await renderContractDocx(signed))).document);
    expect(signedText).toContain('日期：2026年3月18日');
    expect(signedText).not.toContain(zh.labels.blankDate);
  });

  it('lists the non-standard clauses on a new page, the changes struck through and underlined', async () => {
    const document = zhPackage.document;
    const title = bodyParagraphs(document).find((p) => p.text === zh.labels.deviationsTitle);
    expect(must(title).xml).toContain('<w:pageBreakBefore/>');
    expect(textOf(document)).toContain(zh.labels.deviationsIntro);
    const c = zh.labels.deviationColumns;
    const rows = tableWithHeader(document, c.number, c.heading);
    expect(rows[0]?.map(textOf)).toEqual([c.number, c.heading, c.status, c.change]);
    const row = (heading: string) => must(rows.find((cells) => textOf(cells[1] ?? '') === heading));
    const runs = (cellXml: string) =>
      [...cellXml.matchAll(/<w:r>([\s\S]*?)<\/w:r>/g)].map((m) => ({ xml: m[1] ?? '', text: textOf(m[1] ?? '') }));

    const edited = row('质保与维护');
    expect(textOf(must(edited[0]))).toBe('第三条');
    expect(textOf(must(edited[2]))).toContain('已修改');
    const struck = runs(must(edited[3])).filter((r) => r.xml.includes('<w:strike/>'));
    const underlined = runs(must(edited[3])).filter((r) => /<w:u w:val="single"/.test(r.xml));
    expect(struck.map((r) => r.text).join('')).toBe('12 ');
    expect(underlined.map((r) => r.text).join('')).toBe('二十四');
    for (const r of struck) expect(r.xml).toMatch(/<w:color w:val="C00000"\/>/);
    // The diff's newlines are line breaks inside the cell.
    expect(must(edited[3])).toContain('<w:br/>');

    const added = row('源代码托管');
    expect(textOf(must(added[2]))).toBe('新增');
    const addedRuns = runs(must(added[3])).filter((r) => r.text !== '');
    expect(addedRuns.map((r) => r.text).join('')).toContain('托管费用由甲方承担。');
    for (const r of addedRuns) expect(r.xml).toMatch(/<w:u w:val="single"/);

    const removed = row('培训');
    expect(textOf(must(removed[2]))).toContain('已删除');
    expect(runs(must(removed[3])).find((r) => r.text === '培训')?.xml).toContain('<w:strike/>');

    const standard = await unpack(await renderContractDocx({ ...zh, deviations: [] }));
    expect(textOf(standard.document)).toContain(zh.labels.noDeviations);
  });

  it('turns on track changes, leaves the document unprotected, and sets the East Asian font and language', () => {
    const { settings, styles, document, header, footer } = zhPackage;
    expect(settings).toContain('<w:trackRevisions/>');
    expect(settings).not.toContain('documentProtection');
    const defaults = styles.slice(styles.indexOf('<w:docDefaults>'), styles.indexOf('</w:docDefaults>'));
    expect(defaults).toMatch(/<w:rFonts [^>]*w:eastAsia="Microsoft YaHei"/);
    expect(defaults).toMatch(/<w:lang w:val="zh-CN" w:eastAsia="zh-CN"\/>/);
    for (const part of [document, header, footer]) {
      const textRuns = [...part.matchAll(/<w:r>([\s\S]*?)<\/w:r>/g)]
        .map((m) => m[1] ?? '')
        .filter((run) => run.includes('<w:t'));
      expect(textRuns.length).toBeGreaterThan(0);
      for (const run of textRuns) expect(run).toMatch(/<w:rFonts [^>]*w:eastAsia="Microsoft YaHei"/);
    }
    expect(document).toMatch(/<w:pgSz w:w="11906" w:h="16838"/);
  });

  it('has the review note and number in the header and "第 X 页 共 Y 页" as PAGE / NUMPAGES fields', () => {
    const { header, footer } = zhPackage;
    expect(textOf(header)).toContain(zh.labels.headerNote);
    expect(textOf(header)).toContain(zh.number);
    expect(header).toContain('<w:jc w:val="right"/>');
    expect(footer).toMatch(/<w:instrText[^>]*>PAGE<\/w:instrText>/);
    expect(footer).toMatch(/<w:instrText[^>]*>NUMPAGES<\/w:instrText>/);
    expect(footer).toContain('<w:jc w:val="center"/>');
    expect(textOf(footer)).toBe('第  页 共  页');
  });

  describe.runIf(haveTools('soffice', 'pdftotext'))('opened by LibreOffice', () => {
    /** LibreOffice's major.minor version, e.g. 7.4 or 24.8. */
    function libreOfficeVersion(): number {
      const output = execFileSync('soffice', ['--version'], { encoding: 'utf8' });
      const match = /(\d+)\.(\d+)/.exec(output);
      return match ? Number(match[1]) + Number(match[2]) / 100 : 0;
    }

    it('lays the Chinese contract out with the list numbers 第一条, 1.1, （1） and the 大写 total', async () => {
      const file = path.join(tempDir('presales-contract-docx-'), 'contract-zh.docx');
      fs.writeFileSync(file, zhBytes);
      const pages = pdfText(libreOfficeConvert(file, 'pdf')).split('\f');
      const compact = pages.join('\n').replace(/\s+/g, '');
      for (const article of zh.articles)
        expect(compact).toContain(`第${chineseCount(article.index)}条${article.heading}`);
      expect(compact).toContain('（1）开户银行');
      expect(compact).toContain('（2）银行账号');
      expect(compact).toContain('人民币叁拾捌万元整');
      expect(compact).toContain('¥380,000.00');
      const count = pages.filter((page) => page.trim() !== '').length;
      expect(compact).toContain(`第1页共${count}页`);
      // Word honours w:isLgl: 1.1 under 第一条. LibreOffice reads it only in recent versions (24.x);
      // 7.4 (Debian 12) writes the article's part in its own format, 一.1. Either way the number is
      // the list's, not typed; from LibreOffice 25 on it must be 1.1.
      const legal = libreOfficeVersion() >= 25;
      const sub = (article: number, n: number): string =>
        legal ? `${article}\\.${n}` : `(?:${article}|${chineseCount(article)})\\.${n}`;
      expect(compact).toMatch(new RegExp(`${sub(1, 1)}乙方向甲方提供`));
      expect(compact).toMatch(new RegExp(`${sub(1, 2)}上表所列软件许可`));
      expect(compact).toMatch(new RegExp(`${sub(2, 3)}乙方在每期款项`));
    });

    it('lays the English contract out with Article 1, 1.1, 2.3 and (a)', async () => {
      const file = path.join(tempDir('presales-contract-docx-'), 'contract-en.docx');
      fs.writeFileSync(file, await renderContractDocx(en));
      const text = pdfText(libreOfficeConvert(file, 'pdf'));
      const compact = text.replace(/\s+/g, '');
      expect(text).toMatch(/Article 1\s+合同标的/);
      expect(text).toMatch(/Article 5\s+争议解决/);
      expect(compact).toContain('1.1乙方向甲方提供');
      expect(compact).toContain('2.3乙方在每期款项');
      expect(compact).toContain('(a)开户银行');
      expect(compact).toContain('人民币叁拾捌万元整');
      expect(text).toMatch(/Page 1 of \d/);
    });
  });
});

/**
 * The .xlsx reader on what other programs write: Excel's shared strings with rich runs and
 * phonetic guides, escapes, namespace prefixes, rows and cells without references, the 1904 date
 * system, formulas' cached results — and a workbook LibreOffice Calc has saved.
 */
import fs from 'node:fs';
import path from 'node:path';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import {
  ImportFileError,
  readPriceFile,
  type ImportFileErrorReason,
} from '../../../src/main/services/prices/import/read-price-file';
import { XmlScanner, type XmlTag } from '../../../src/main/services/prices/import/xml-scanner';
import { haveTools, libreOfficeConvert } from '../../helpers/document-tools';
import { tempDir } from '../../helpers/temp-dir';
import { messyFile, TITLE } from '../../fixtures/price-files';

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const RELS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

/** A minimal .xlsx from raw parts: one sheet named 价格表, plus whatever `parts` add or replace. */
async function workbook(parts: Record<string, string>): Promise<Buffer> {
  const zip = new JSZip();
  zip.file(
    'xl/workbook.xml',
    `<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="${MAIN}" xmlns:r="${RELS}"><sheets><sheet name="价格表" sheetId="1" r:id="rId1"/></sheets></workbook>`,
  );
  zip.file(
    'xl/_rels/workbook.xml.rels',
    '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="worksheet" Target="worksheets/sheet1.xml"/></Relationships>',
  );
  for (const [name, text] of Object.entries(parts)) zip.file(name, text);
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}

function sheet(rows: string): string {
  return `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="${MAIN}"><sheetData>${rows}</sheetData></worksheet>`;
}

async function rowsOf(bytes: Buffer): Promise<(string | null)[][]> {
  const { sheets } = await readPriceFile(bytes, '价格表.xlsx');
  return sheets[0]?.rows ?? [];
}

async function refusalOf(bytes: Buffer): Promise<ImportFileErrorReason> {
  const error = await readPriceFile(bytes, '价格表.xlsx').then(
    () => null,
    (caught: unknown) => caught,
  );
  if (!(error instanceof ImportFileError)) throw new Error(`expected an ImportFileError, got ${String(error)}`);
  return error.reason;
}

describe('the XML scanner', () => {
  const XML =
    '<?xml version="1.0"?><!-- a comment with <tags> --><x:root a="1 > 0" b=\'&amp;&#x4EF7;\'>' +
    '<x:item n="一"/>价&lt;格&#26684;<![CDATA[<raw> & ]]><item>末尾</item></x:root>';

  function events(chunks: string[]): string[] {
    const seen: string[] = [];
    const scanner = new XmlScanner({
      open: (tag: XmlTag) => seen.push(`<${tag.name} a=${tag.attribute('a')} b=${tag.attribute('b')}>`),
      close: (name) => seen.push(`</${name}>`),
      text: (text) => seen.push(`text:${text}`),
    });
    for (const chunk of chunks) scanner.push(chunk);
    expect(scanner.end()).toBe(true);
    // Text may arrive in pieces; join neighbouring pieces so chunkings compare.
    return seen.reduce<string[]>((joined, event) => {
      const last = joined.length - 1;
      if (event.startsWith('text:') && (joined[last] ?? '').startsWith('text:')) joined[last] += event.slice(5);
      else joined.push(event);
      return joined;
    }, []);
  }

  it('reports tags, attributes and decoded text, however the text is cut into chunks', () => {
    const whole = events([XML]);
    expect(whole).toEqual([
      '<root a=1 > 0 b=&价>',
      '<item a=undefined b=undefined>',
      '</item>',
      'text:价<格格<raw> & ',
      '<item a=undefined b=undefined>',
      'text:末尾',
      '</item>',
      '</root>',
    ]);
    for (let cut = 1; cut < XML.length; cut++) {
      expect(events([XML.slice(0, cut), XML.slice(cut)])).toEqual(whole);
    }
    expect(events([...XML])).toEqual(whole);
  });

  it('says so when the text ends inside a tag', () => {
    const scanner = new XmlScanner({ open: () => {}, close: () => {}, text: () => {} });
    scanner.push('<worksheet><row r="1"><c r="A');
    expect(scanner.end()).toBe(false);
  });
});

describe('reading what other programs write', () => {
  it('shared strings: rich text runs joined, phonetic guides left out, escapes undone', async () => {
    const bytes = await workbook({
      'xl/sharedStrings.xml':
        `<sst xmlns="${MAIN}" count="4" uniqueCount="4">` +
        '<si><r><rPr><b/></rPr><t>财务</t></r><r><t xml:space="preserve">总账 </t></r></si>' +
        '<si><t>東京</t><rPh sb="0" eb="2"><t>トウキョウ</t></rPh><phoneticPr fontId="1"/></si>' +
        '<si><t>第一行_x000D_\n第二行 &amp; R&amp;D</t></si>' +
        '<si><t></t></si></sst>',
      'xl/worksheets/sheet1.xml': sheet(
        '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>2</v></c><c r="D1" t="s"><v>3</v></c><c r="E1" t="s"><v>9</v></c></row>',
      ),
    });
    expect(await rowsOf(bytes)).toEqual([['财务总账 ', '東京', '第一行\r\n第二行 & R&D']]);
  });

  it('inline strings, prefixed elements, rows and cells without references', async () => {
    const bytes = await workbook({
      'xl/worksheets/sheet1.xml':
        `<x:worksheet xmlns:x="${MAIN}"><x:sheetData>` +
        '<x:row><x:c t="inlineStr"><x:is><x:r><x:t>销售</x:t></x:r><x:r><x:t>管理</x:t></x:r></x:is></x:c><x:c><x:v>36000</x:v></x:c></x:row>' +
        '<x:row r="3"><x:c r="C3" t="inlineStr"><x:is><x:t>只在 C 列</x:t></x:is></x:c><x:c t="inlineStr"><x:is><x:t>D 列</x:t></x:is></x:c></x:row>' +
        '<x:row><x:c r="B4" s="0"/></x:row>' +
        '<x:row><x:c r="A5"><x:v>1</x:v></x:c></x:row>' +
        '</x:sheetData></x:worksheet>',
    });
    expect(await rowsOf(bytes)).toEqual([['销售管理', '36000'], [], [null, null, '只在 C 列', 'D 列'], [], ['1']]);
  });

  it('formulas by their cached result: numbers, text, booleans, errors; booleans and errors typed in too', async () => {
    const bytes = await workbook({
      'xl/worksheets/sheet1.xml': sheet(
        '<row r="1">' +
          '<c r="A1"><f>0.1+0.2</f><v>0.30000000000000004</v></c>' +
          '<c r="B1" t="str"><f>"财务"&amp;"版"</f><v>财务版</v></c>' +
          '<c r="C1" t="b"><f>1&gt;0</f><v>1</v></c>' +
          '<c r="D1" t="e"><f>1/0</f><v>#DIV/0!</v></c>' +
          '<c r="E1" t="b"><v>0</v></c>' +
          '<c r="F1" t="e"><v>#N/A</v></c>' +
          '<c r="G1"><f>NOW()</f></c>' +
          '<c r="H1" t="d"><v>2026-01-15T00:00:00</v></c>' +
          '</row>',
      ),
    });
    expect(await rowsOf(bytes)).toEqual([['0.3', '财务版', 'TRUE', '#DIV/0!', 'FALSE', '#N/A', null, '2026-01-15']]);
  });

  it('dates by their cell format, in the 1900 and the 1904 date system', async () => {
    const styles =
      `<styleSheet xmlns="${MAIN}"><numFmts count="1"><numFmt numFmtId="164" formatCode="yyyy&quot;年&quot;m&quot;月&quot;d&quot;日&quot;"/></numFmts>` +
      '<cellXfs count="3"><xf numFmtId="0"/><xf numFmtId="14"/><xf numFmtId="164"/></cellXfs></styleSheet>';
    const cells =
      '<row r="1"><c r="A1" s="1"><v>46037</v></c><c r="B1" s="2"><v>46037.75</v></c><c r="C1"><v>46037</v></c></row>';
    const in1900 = await workbook({ 'xl/styles.xml': styles, 'xl/worksheets/sheet1.xml': sheet(cells) });
    expect(await rowsOf(in1900)).toEqual([['2026-01-15', '2026-01-15', '46037']]);
    const in1904 = await workbook({
      'xl/workbook.xml': `<workbook xmlns="${MAIN}" xmlns:r="${RELS}"><workbookPr date1904="1"/><sheets><sheet name="价格表" sheetId="1" r:id="rId1"/></sheets></workbook>`,
      'xl/styles.xml': styles,
      'xl/worksheets/sheet1.xml': sheet(cells),
    });
    expect((await rowsOf(in1904))[0]?.[0]).toBe('2030-01-16');
  });

  it('a merge of one cell or a range, written after the rows', async () => {
    const bytes = await workbook({
      'xl/worksheets/sheet1.xml':
        `<worksheet xmlns="${MAIN}"><sheetData>` +
        '<row r="1"><c r="A1" t="inlineStr"><is><t>标题</t></is></c></row>' +
        '<row r="2"><c r="A2" t="inlineStr"><is><t>编码</t></is></c><c r="B2" t="inlineStr"><is><t>名称</t></is></c><c r="C2" t="inlineStr"><is><t>单价</t></is></c></row>' +
        '</sheetData><mergeCells count="2"><mergeCell ref="A1:C1"/><mergeCell ref="B2"/></mergeCells></worksheet>',
    });
    expect(await rowsOf(bytes)).toEqual([
      ['标题', '标题', '标题'],
      ['编码', '名称', '单价'],
    ]);
  });

  it('refuses a worksheet that is not XML, or ends before its rows do, as damaged', async () => {
    expect(await refusalOf(await workbook({ 'xl/worksheets/sheet1.xml': 'PK\u0003\u0004 not xml at all' }))).toBe(
      'damaged',
    );
    const cut = sheet('<row r="1"><c r="A1"><v>1</v></c></row>').replace('</sheetData></worksheet>', '');
    expect(await refusalOf(await workbook({ 'xl/worksheets/sheet1.xml': cut }))).toBe('damaged');
    expect(await refusalOf(await workbook({ 'xl/worksheets/sheet1.xml': `${cut}<row r="2"><c r="A2` }))).toBe(
      'damaged',
    );
  });
});

describe('a workbook saved by LibreOffice Calc', () => {
  it.runIf(haveTools('soffice'))(
    'reads the same cells as the original: title merged across, category merged down, formula result',
    { timeout: 120_000 },
    async () => {
      const dir = tempDir('presales-calc-');
      const original = path.join(dir, 'messy.xlsx');
      fs.writeFileSync(original, await messyFile());
      const resaved = libreOfficeConvert(original, 'xlsx:Calc MS Excel 2007 XML');
      const before = await rowsOf(fs.readFileSync(original));
      const after = await rowsOf(fs.readFileSync(resaved));
      expect(after[0]).toEqual(Array(8).fill(TITLE));
      expect(after.slice(3, 6).map((row) => row[6])).toEqual(['财务管理', '财务管理', '财务管理']);
      expect(after[6]?.[4]).toBe('2500');
      expect(after).toEqual(before);
    },
  );
});

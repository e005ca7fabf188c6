import { beforeAll, describe, expect, it } from 'vitest';
import { translator } from '../../../src/shared/i18n';
import { dateCellFormats } from '../../../src/main/services/prices/import/date-styles';
import { fillMergedCells } from '../../../src/main/services/prices/import/merged-cells';
import {
  describeImportFileError,
  ImportFileError,
  readPriceFile,
  type ImportFileErrorReason,
} from '../../../src/main/services/prices/import/read-price-file';
import {
  cellKindsFile,
  cleanChineseFile,
  coverPageFile,
  CSV_TEXT,
  csvUtf8WithBom,
  emptyWorkbook,
  encodeGb18030,
  encryptedWorkbook,
  largeFile,
  messyFile,
  oldXlsWorkbook,
  TITLE,
  truncatedWorkbook,
} from '../../fixtures/price-files';

async function refusal(promise: Promise<unknown>): Promise<ImportFileError> {
  const error = await promise.then(
    () => null,
    (caught: unknown) => caught,
  );
  if (!(error instanceof ImportFileError)) throw new Error(`expected an ImportFileError, got ${String(error)}`);
  return error;
}

let large: Buffer;
beforeAll(async () => {
  large = await largeFile(10_000);
});

describe('reading an .xlsx price list', () => {
  it('gives every cell as the text Excel shows', async () => {
    const { sheets } = await readPriceFile(await cleanChineseFile(), '价格表.xlsx');
    expect(sheets.map((sheet) => sheet.name)).toEqual(['价格表']);
    const rows = sheets[0]?.rows ?? [];
    expect(rows[0]?.[4]).toBe('标准单价（元）');
    expect(rows[1]).toEqual([
      'ERP-FIN-001',
      '财务总账',
      '标准版，含凭证与报表',
      '套',
      '68000',
      '21000',
      '0.13',
      '财务管理',
      '8折',
    ]);
    expect(rows[2]?.slice(4, 9)).toEqual(['45000.5', null, '0.13', '供应链', '0.85']);
  });

  it('reads rich text, links, dates, booleans, errors and formulas by what they show', async () => {
    const { sheets } = await readPriceFile(await cellKindsFile(), 'kinds.xlsx');
    expect(sheets[0]?.rows[0]).toEqual([
      '财务总账',
      '官网',
      '2026-01-15',
      'TRUE',
      '#N/A',
      '0.3',
      '财务总账版',
      '1288.5',
    ]);
  });

  it('gives merged cells the value of their top-left cell: the title across, the category down', async () => {
    const { sheets } = await readPriceFile(await messyFile(), 'messy.xlsx');
    const rows = sheets[0]?.rows ?? [];
    expect(rows[0]).toEqual(Array(8).fill(TITLE));
    expect(rows[1]).toEqual([]);
    expect(rows.slice(3, 6).map((row) => row[6])).toEqual(['财务管理', '财务管理', '财务管理']);
    expect(rows[7]).toEqual([]); // the blank row between the blocks stays blank
    expect(rows.slice(8, 13).map((row) => row[6])).toEqual(['其他', '其他', '其他', '其他', '其他']);
  });

  it('keeps cached formula results and numbers typed as text as they are', async () => {
    const { sheets } = await readPriceFile(await messyFile(), 'messy.xlsx');
    const rows = sheets[0]?.rows ?? [];
    expect(rows[3]?.slice(0, 6)).toEqual(['YF-001 ', '财务总账 ', '标准版', '套', '1,200.00', '13%']);
    expect(rows[5]?.[4]).toBe('１２８８．５０');
    expect(rows[6]?.[4]).toBe('2500');
  });

  it('lists the sheets in tab order, a cover page first', async () => {
    const { sheets } = await readPriceFile(await coverPageFile(), 'cover.xlsx');
    expect(sheets.map((sheet) => sheet.name)).toEqual(['封面', '价格清单']);
    expect(sheets[1]?.rows[1]).toEqual(['A-1', '销售管理', '套', '36000']);
  });

  it('reads 10,000 rows with every Chinese character intact, reporting progress up to 1', async () => {
    const progress: number[] = [];
    const { sheets } = await readPriceFile(large, 'large.xlsx', {
      onProgress: ({ fraction }) => progress.push(fraction),
    });
    const rows = sheets[0]?.rows ?? [];
    expect(rows).toHaveLength(10_001);
    expect(rows[1]).toEqual([
      'P-00001',
      '销售管理模块第1号',
      '标准版，含报表与接口',
      '套',
      '1000.01',
      '0.13',
      '供应链管理',
    ]);
    expect(rows[10_000]).toEqual([
      'P-10000',
      '销售管理模块第10000号',
      '标准版，含报表与接口',
      '套',
      '1100',
      '0.13',
      '供应链管理',
    ]);
    expect(rows.filter((row) => row.some((cell) => cell?.includes('\uFFFD')))).toEqual([]);
    expect(progress.length).toBeGreaterThanOrEqual(10);
    expect(progress.at(-1)).toBe(1);
    expect(progress).toEqual([...progress].sort((a, b) => a - b));
  });

  it('stops when cancelled and says so', async () => {
    const controller = new AbortController();
    const error = await refusal(
      readPriceFile(large, 'large.xlsx', {
        signal: controller.signal,
        onProgress: ({ rowsRead }) => {
          if (rowsRead >= 2000) controller.abort();
        },
      }),
    );
    expect(error.reason).toBe('cancelled');
  });

  it('stops as soon as the row limit is passed', async () => {
    const error = await refusal(readPriceFile(large, 'large.xlsx', { maxRows: 5000 }));
    expect(error.reason).toBe('tooManyRows');
    expect(error.limit).toBe(5000);
  });

  it('tells date formats from money and percent formats, Chinese ones included', () => {
    const styles = `<styleSheet><numFmts count="3">
      <numFmt numFmtId="164" formatCode="&quot;¥&quot;#,##0.00"/>
      <numFmt numFmtId="165" formatCode="[$-804]yyyy&quot;年&quot;m&quot;月&quot;d&quot;日&quot;"/>
      <numFmt numFmtId="166" formatCode="[Red]0.00;&quot;day&quot;"/></numFmts>
      <cellStyleXfs count="1"><xf numFmtId="14"/></cellStyleXfs>
      <cellXfs count="7"><xf numFmtId="0"/><xf numFmtId="14" applyNumberFormat="1"/><xf numFmtId="164"/>
      <xf numFmtId="165"><alignment/></xf><xf numFmtId="9"/><xf numFmtId="166"/><xf numFmtId="31"/></cellXfs></styleSheet>`;
    expect(dateCellFormats(styles)).toEqual([false, true, false, true, false, false, true]);
  });

  it('does not spread a merge into a spacer row that has no data of its own', () => {
    const rows = [['类别', '名称'], ['财务', '总账'], [], [null, '报表']];
    fillMergedCells(rows, [{ top: 1, left: 0, bottom: 3, right: 0 }]);
    expect(rows).toEqual([['类别', '名称'], ['财务', '总账'], [], ['财务', '报表']]);
  });
});

describe('reading a .csv price list', () => {
  it('reads UTF-8 with a BOM, quoted separators included', async () => {
    const { sheets } = await readPriceFile(csvUtf8WithBom(), '价格表.csv');
    expect(sheets[0]?.name).toBe('价格表');
    expect(sheets[0]?.rows).toEqual([
      ['编码', '名称', '单位', '单价', '税率'],
      ['C-001', '销售管理,标准版', '套', '1,200.00', '13%'],
      ['C-002', '库存管理', '套', '800', '13%'],
    ]);
  });

  it('reads GB18030, as Chinese Excel saves "CSV (逗号分隔)"', async () => {
    const { sheets } = await readPriceFile(encodeGb18030(CSV_TEXT), 'export.csv');
    expect(sheets[0]?.rows[1]).toEqual(['C-001', '销售管理,标准版', '套', '1,200.00', '13%']);
  });

  it('finds the separator: semicolons and tabs too', async () => {
    const semicolons = Buffer.from('编码;名称;单价\nA;销售;1,5\nB;库存;2\n');
    expect((await readPriceFile(semicolons, 'a.csv')).sheets[0]?.rows[1]).toEqual(['A', '销售', '1,5']);
    const tabs = Buffer.from('编码\t名称\t单价\r\nA\t销售, 标准版\t100\r\n');
    expect((await readPriceFile(tabs, 'a.txt')).sheets[0]?.rows[1]).toEqual(['A', '销售, 标准版', '100']);
  });

  it('keeps blank lines as blank rows, so row numbers match the file', async () => {
    const { sheets } = await readPriceFile(Buffer.from('编码,名称\n\nA,销售\n'), 'a.csv');
    expect(sheets[0]?.rows).toEqual([['编码', '名称'], [], ['A', '销售']]);
  });
});

describe('files that cannot be imported', () => {
  const cases: [string, () => Buffer | Promise<Buffer>, string, ImportFileErrorReason][] = [
    ['a CSV renamed to .xlsx', () => csvUtf8WithBom(), '价格表.xlsx', 'renamedText'],
    [
      'a web page saved as .xls',
      () => Buffer.from('<html><table><tr><td>编码</td></tr></table></html>'),
      '导出.xls',
      'renamedText',
    ],
    ['a truncated download', truncatedWorkbook, '价格表.xlsx', 'damaged'],
    ['a password-protected workbook', encryptedWorkbook, '价格表.xlsx', 'encrypted'],
    ['an Excel 97–2003 workbook', oldXlsWorkbook, '价格表.xls', 'oldXls'],
    ['a workbook without data', emptyWorkbook, '空.xlsx', 'empty'],
    ['an empty file', () => Buffer.alloc(0), '空.csv', 'empty'],
    [
      'a picture',
      () => Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0]),
      'logo.xlsx',
      'notExcel',
    ],
  ];
  it.each(cases)('refuses %s', async (_label, build, fileName, reason) => {
    const error = await refusal(readPriceFile(await build(), fileName));
    expect(error.reason).toBe(reason);
  });

  it('refuses a file over the size limit before reading it', async () => {
    const error = await refusal(readPriceFile(await cleanChineseFile(), 'big.xlsx', { maxBytes: 1000 }));
    expect(error.reason).toBe('tooLarge');
  });

  it('refuses a workbook whose sheet is damaged inside', async () => {
    const bytes = Buffer.from(large);
    bytes.fill(0x55, 4000, 9000); // deflate garbage in the middle of the sheet part
    const error = await refusal(readPriceFile(bytes, 'broken.xlsx'));
    expect(error.reason).toBe('damaged');
  });

  it('tells the user, in Chinese, which file and what to do', () => {
    const t = translator('zh-CN');
    const say = (error: ImportFileError) => describeImportFileError(error, '价格表.xlsx', t);
    expect(say(new ImportFileError('oldXls', ''))).toBe(
      '“价格表.xlsx”是旧版 Excel 97–2003 格式（.xls），不能直接导入。请在 Excel 中打开它，另存为 .xlsx 后再导入。',
    );
    expect(say(new ImportFileError('tooLarge', '', { limit: 50 * 1024 * 1024, actual: 73 * 1024 * 1024 }))).toBe(
      '“价格表.xlsx”有 73 MB，超过了 50 MB 的上限。请删掉无关的工作表和图片，或把价格表拆成几个文件分别导入。',
    );
    expect(say(new ImportFileError('tooManyRows', '', { limit: 200_000 }))).toContain('200,000 行');
    for (const reason of ['notExcel', 'renamedText', 'encrypted', 'damaged', 'empty', 'cancelled'] as const) {
      expect(say(new ImportFileError(reason, ''))).toMatch(/^“价格表\.xlsx”|“价格表\.xlsx”/);
    }
  });

  it('tells it in English too', () => {
    const message = describeImportFileError(new ImportFileError('encrypted', ''), 'prices.xlsx', translator('en'));
    expect(message).toContain('“prices.xlsx” is protected by a password');
  });
});

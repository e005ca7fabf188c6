import ExcelJS from 'exceljs';
import type { ImportResult } from '../../src/shared/api/prices';
import type { ErrorData } from '../../src/shared/result';
import type { TestApp } from './test-app';

/** An .xlsx made from rows of cells (first row = header), as a price list someone sent. */
export async function xlsxFile(rows: (string | number | null)[][], sheetName = '价格表'): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(sheetName);
  for (const row of rows) sheet.addRow(row);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** Starts an import through the contract and waits until the file has been read. */
export async function readIntoJob(app: TestApp, fileName: string, bytes: Buffer) {
  const started = await app.call('imports.start', { fileName, dataBase64: bytes.toString('base64') });
  for (;;) {
    const status = await app.call('imports.status', { jobId: started.jobId });
    if (status.state !== 'reading') return status;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

/** Reads, analyses (automatic mapping) and commits a file; returns the result or the refusal. */
export async function importFile(
  app: TestApp,
  fileName: string,
  bytes: Buffer,
  options: { mode?: 'all' | 'valid-only'; onDuplicate?: 'update' | 'skip' | 'error' } = {},
): Promise<{ ok: true; result: ImportResult } | { ok: false; error: ErrorData }> {
  const status = await readIntoJob(app, fileName, bytes);
  if (status.state !== 'ready') throw new Error(`file not read: ${status.error}`);
  await app.call('imports.analyze', { jobId: status.jobId });
  try {
    return { ok: true, result: await app.call('imports.commit', { jobId: status.jobId, ...options }) };
  } catch {
    return { ok: false, error: await app.fail('imports.commit', { jobId: status.jobId, ...options }) };
  }
}

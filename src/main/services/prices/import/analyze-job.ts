import type { Database } from 'better-sqlite3';
import type { TFunction } from 'i18next';
import type { ColumnMapping, ImportAnalysis, ImportField, ImportPreviewRow } from '../../../../shared/api/prices';
import { IMPORT_FIELDS } from '../../../../shared/api/prices';
import { autoMapping, headerSignature } from '../../../../shared/prices/header-synonyms';
import { AppError } from '../../../../shared/result';
import { currentVersionId } from '../price-list-repository';
import { codeKey } from '../search/search-index';
import { detectHeaderRow, missingFields, validateRows } from './analyze-rows';
import { readyJob, type ImportJob } from './import-jobs';

export interface AnalyzeChoices {
  sheet?: string;
  /** 1-based, as Excel shows it. */
  headerRow?: number;
  mapping?: ColumnMapping;
  baseVersionId?: number | null;
}

function rememberedMapping(db: Database, signature: string): ColumnMapping | null {
  const json = db.prepare('SELECT mapping FROM import_mappings WHERE signature = ?').pluck().get(signature);
  if (typeof json !== 'string') return null;
  try {
    return JSON.parse(json) as ColumnMapping;
  } catch {
    return null;
  }
}

/** Remembers the mapping the user confirmed, for the next file with the same header row. */
export function rememberMapping(db: Database, headerCells: (string | null)[], mapping: ColumnMapping): void {
  db.prepare(
    `INSERT INTO import_mappings (signature, mapping, updated_at) VALUES (?, ?, ?)
     ON CONFLICT (signature) DO UPDATE SET mapping = excluded.mapping, updated_at = excluded.updated_at`,
  ).run(headerSignature(headerCells), JSON.stringify(mapping), new Date().toISOString());
}

/** The sheet to start with: the first one whose header row can be recognised, else the first with data. */
function defaultSheet(job: ImportJob): string {
  const recognised = job.sheets.find((sheet) => {
    const index = detectHeaderRow(sheet.rows);
    return index >= 0;
  });
  return (recognised ?? job.sheets.find((sheet) => sheet.rows.length > 0) ?? job.sheets[0])?.name ?? '';
}

export function headerCellsOf(job: ImportJob): (string | null)[] {
  const analysis = job.analysis;
  if (!analysis) return [];
  return job.sheets.find((s) => s.name === analysis.sheet)?.rows[analysis.headerRowIndex] ?? [];
}

/**
 * Picks the sheet and header row (detected unless chosen), maps columns (the caller's mapping,
 * else one remembered for this header shape, else automatic) and validates every row.
 */
export function analyzeJob(db: Database, jobId: string, choices: AnalyzeChoices, t: TFunction): ImportAnalysis {
  const job = readyJob(jobId, t);
  const sheetName = choices.sheet ?? job.analysis?.sheet ?? defaultSheet(job);
  const sheet = job.sheets.find((s) => s.name === sheetName);
  if (!sheet)
    throw new AppError('INVALID_INPUT', t('err.invalidInput'), {
      sheet: t('err.prices.noSuchSheet', { sheet: sheetName }),
    });
  const detected = detectHeaderRow(sheet.rows);
  const headerRowIndex = choices.headerRow !== undefined ? choices.headerRow - 1 : Math.max(detected, 0);
  if (headerRowIndex >= sheet.rows.length) {
    throw new AppError('INVALID_INPUT', t('err.invalidInput'), {
      headerRow: t('err.prices.headerRowOutside', { rows: sheet.rows.length }),
    });
  }
  const headerCells = sheet.rows[headerRowIndex] ?? [];
  const remembered = choices.mapping ? null : rememberedMapping(db, headerSignature(headerCells));
  const mapping = choices.mapping ?? remembered ?? autoMapping(headerCells);
  const validated = validateRows({ rows: sheet.rows, headerRowIndex, mapping, t });
  const baseVersionId = choices.baseVersionId !== undefined ? choices.baseVersionId : currentVersionId(db);
  const baseCodes = new Set<string>(
    baseVersionId === null
      ? []
      : (db.prepare('SELECT code_key FROM price_items WHERE version_id = ?').pluck().all(baseVersionId) as string[]),
  );
  job.analysis = {
    sheet: sheetName,
    headerRowIndex,
    mapping,
    mappingRemembered: remembered !== null,
    validated,
    baseVersionId,
    baseCodes,
  };

  const valid = validated.filter((row) => row.errors.length === 0);
  const width = Math.max(
    headerCells.length,
    ...sheet.rows.slice(headerRowIndex, headerRowIndex + 50).map((r) => r.length),
  );
  const fieldOfColumn = new Map<number, ImportField>();
  for (const field of IMPORT_FIELDS) {
    const column = mapping[field];
    if (column !== undefined) fieldOfColumn.set(column, field);
  }
  return {
    jobId,
    sheet: sheetName,
    sheets: job.sheets.map((s) => s.name),
    headerRow: headerRowIndex + 1,
    columns: Array.from({ length: width }, (_, index) => ({
      index,
      header: headerCells[index] ?? '',
      field: fieldOfColumn.get(index) ?? null,
      samples: samplesOf(sheet.rows, headerRowIndex, index),
    })),
    mapping,
    mappingRemembered: remembered !== null,
    missingFields: missingFields(mapping),
    rows: validated.length,
    validRows: valid.length,
    invalidRows: validated.length - valid.length,
    existingCodes: valid.filter((row) => row.item && baseCodes.has(codeKey(row.item.code))).length,
    baseVersionId,
  };
}

function samplesOf(rows: (string | null)[][], headerRowIndex: number, column: number): string[] {
  const samples: string[] = [];
  for (let r = headerRowIndex + 1; r < rows.length && samples.length < 3; r++) {
    const value = rows[r]?.[column];
    if (value !== null && value !== undefined && value.trim() !== '') samples.push(value);
  }
  return samples;
}

/** A page of the preview: each row's values as read, its errors, and what commit would do. */
export function previewRows(
  jobId: string,
  page: { offset: number; limit: number; onlyErrors: boolean },
  t: TFunction,
): { total: number; rows: ImportPreviewRow[] } {
  const job = readyJob(jobId, t);
  const analysis = job.analysis;
  if (!analysis) throw new AppError('REFUSED', t('err.prices.analyzeFirst'));
  const source = page.onlyErrors ? analysis.validated.filter((row) => row.errors.length > 0) : analysis.validated;
  return {
    total: source.length,
    rows: source.slice(page.offset, page.offset + page.limit).map((row) => ({
      row: row.row,
      values: row.values,
      errors: row.errors,
      action:
        row.errors.length > 0 || !row.item
          ? 'error'
          : analysis.baseCodes.has(codeKey(row.item.code))
            ? 'update'
            : 'add',
    })),
  };
}

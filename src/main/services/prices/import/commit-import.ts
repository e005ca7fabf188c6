import type { Database } from 'better-sqlite3';
import type { TFunction } from 'i18next';
import type { z } from 'zod';
import type { ImportCommitInput, ImportResult } from '../../../../shared/api/prices';
import { AppError } from '../../../../shared/result';
import { categoryIdFor } from '../item-repository';
import { getVersion, insertDraft, today } from '../price-list-repository';
import { codeKey, indexVersion, searchKeys } from '../search/search-index';
import { rememberMapping, headerCellsOf } from './analyze-job';
import { readyJob } from './import-jobs';

type CommitInput = z.output<typeof ImportCommitInput>;
type RowError = ImportResult['errors'][number];

/**
 * Writes an analysed file into a NEW draft version — a copy of the base version with the file's
 * rows added or updated — in one transaction. "all" (the default) writes nothing if any row has
 * an error; "valid-only" skips those rows and reports them. A code that exists in the base is
 * updated, skipped, or counted as an error, as the caller chose.
 */
export function commitImport(db: Database, input: CommitInput, t: TFunction, now = new Date()): ImportResult {
  const job = readyJob(input.jobId, t);
  const analysis = job.analysis;
  if (!analysis) throw new AppError('REFUSED', t('err.prices.analyzeFirst'));
  const baseVersionId = input.baseVersionId !== undefined ? input.baseVersionId : analysis.baseVersionId;
  // A base chosen by id must exist: a clear refusal, not a failed foreign key half-way.
  if (baseVersionId !== null) getVersion(db, baseVersionId, t);

  const errors: RowError[] = [];
  for (const row of analysis.validated) {
    for (const error of row.errors) errors.push({ row: row.row, column: error.column, message: error.message });
  }
  const writable = analysis.validated.filter((row) => row.errors.length === 0 && row.item);
  const existing = new Set<string>(
    baseVersionId === null
      ? []
      : (db.prepare('SELECT code_key FROM price_items WHERE version_id = ?').pluck().all(baseVersionId) as string[]),
  );
  if (input.onDuplicate === 'error') {
    for (const row of writable) {
      if (row.item && existing.has(codeKey(row.item.code))) {
        errors.push({
          row: row.row,
          column: t('prices.columns.code'),
          message: t('err.prices.codeExists', { code: row.item.code }),
        });
      }
    }
  }
  errors.sort((a, b) => a.row - b.row);
  if (input.mode === 'all' && errors.length > 0) {
    throw new AppError('REFUSED', t('err.prices.importHasErrors', { count: errors.length }), {
      _: t('err.prices.importHasErrorsHint'),
    });
  }

  return db.transaction((): ImportResult => {
    const label = input.label || t('prices.import.versionLabel', { date: today(now), file: job.fileName });
    const versionId = insertDraft(db, baseVersionId, label, now);
    const findExisting = db.prepare('SELECT id FROM price_items WHERE version_id = ? AND code_key = ?').pluck();
    // An update changes what the file gives: a column that is not mapped, or a blank cell in an
    // optional column, keeps the value the item had (a file without costs does not erase them).
    const keep = (column: string, param: string) =>
      `${column} = CASE WHEN @set_${param} = 1 THEN @${param} ELSE ${column} END`;
    const update = db.prepare(
      `UPDATE price_items SET code = @code, name = @name, unit = @unit, price_fen = @priceFen,
         pinyin_initials = @pinyin, ${keep('spec', 'spec')}, ${keep('type', 'type')}, ${keep('category_id', 'categoryId')},
         ${keep('cost_fen', 'costFen')}, ${keep('vat_rate_bp', 'vatRateBp')}, ${keep('floor_discount_bp', 'floorDiscountBp')},
         ${keep('active', 'active')}, ${keep('notes', 'notes')}
       WHERE id = @id`,
    );
    const mapping = analysis.mapping;
    const given = (row: (typeof writable)[number], field: keyof typeof mapping): number =>
      mapping[field] !== undefined && (row.values[field] ?? '') !== '' ? 1 : 0;
    // Positional parameters: binding an object per row is measurably slower over 100,000 rows.
    const insert = db.prepare(
      `INSERT INTO price_items (version_id, code, name, spec, type, unit, category_id, price_fen, cost_fen,
         vat_rate_bp, floor_discount_bp, active, notes, sort_order, code_key, pinyin_initials)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    let sortOrder = Number(
      db.prepare('SELECT coalesce(max(sort_order), 0) FROM price_items WHERE version_id = ?').pluck().get(versionId),
    );
    const categories = new Map<string, number | null>();
    let imported = 0;
    let updated = 0;
    let skipped = 0;
    for (const row of writable) {
      const item = row.item;
      if (!item) continue;
      const keys = searchKeys(item.code, item.name);
      const key = keys.codeKey;
      const existingId = existing.has(key) ? findExisting.get(versionId, key) : undefined;
      if (existingId !== undefined && input.onDuplicate !== 'update') {
        skipped++;
        continue;
      }
      let categoryId = categories.get(item.category);
      if (categoryId === undefined) {
        categoryId = categoryIdFor(db, item.category);
        categories.set(item.category, categoryId);
      }
      if (existingId === undefined) {
        insert.run(
          versionId,
          item.code,
          item.name,
          item.spec,
          item.type,
          item.unit,
          categoryId,
          item.priceFen,
          item.costFen,
          item.vatRateBp,
          item.floorDiscountBp,
          item.active ? 1 : 0,
          item.notes,
          ++sortOrder,
          key,
          keys.pinyinInitials,
        );
        existing.add(key);
        imported++;
        continue;
      }
      const values = {
        code: item.code,
        name: item.name,
        spec: item.spec,
        type: item.type,
        unit: item.unit,
        categoryId,
        priceFen: item.priceFen,
        costFen: item.costFen,
        vatRateBp: item.vatRateBp,
        floorDiscountBp: item.floorDiscountBp,
        active: item.active ? 1 : 0,
        notes: item.notes,
        pinyin: keys.pinyinInitials,
      };
      update.run({
        ...values,
        id: existingId,
        set_spec: given(row, 'spec'),
        set_type: given(row, 'type'),
        set_categoryId: given(row, 'category'),
        set_costFen: given(row, 'cost'),
        set_vatRateBp: given(row, 'vatRate'),
        set_floorDiscountBp: given(row, 'floorDiscount'),
        set_active: given(row, 'active'),
        set_notes: given(row, 'notes'),
      });
      updated++;
    }
    if (imported + updated === 0) throw new AppError('REFUSED', t('err.prices.nothingToImport'));
    // The new version's items are not in the search index yet: index them in one pass.
    indexVersion(db, versionId);
    rememberMapping(db, headerCellsOf(job), analysis.mapping);
    const importId = Number(
      db
        .prepare(
          `INSERT INTO price_imports (version_id, file_name, file_size, sheet, mode, on_duplicate, rows_read, imported,
             updated, skipped, errors, started_at, finished_at)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
        )
        .run(
          versionId,
          job.fileName,
          job.fileSize,
          analysis.sheet,
          input.mode,
          input.onDuplicate,
          analysis.validated.length,
          imported,
          updated,
          skipped,
          errors.length,
          job.startedAt.toISOString(),
          now.toISOString(),
        ).lastInsertRowid,
    );
    return { importId, versionId, imported, updated, skipped, errors };
  })();
}

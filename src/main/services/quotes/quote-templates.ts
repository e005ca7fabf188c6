import type { Database } from 'better-sqlite3';
import type { TFunction } from 'i18next';
import type { QuoteTemplate } from '../../../shared/api/quotes';
import { AppError } from '../../../shared/result';

interface TemplateRow {
  id: number;
  kind: 'terms' | 'notes';
  name: string;
  body: string;
}

export function listTemplates(db: Database): QuoteTemplate[] {
  return db
    .prepare('SELECT id, kind, name, body FROM quote_templates ORDER BY kind DESC, sort_order, id')
    .all() as TemplateRow[];
}

export function saveTemplate(
  db: Database,
  input: { id?: number | undefined; kind: 'terms' | 'notes'; name: string; body: string },
  t: TFunction,
): QuoteTemplate {
  const clash = db
    .prepare('SELECT id FROM quote_templates WHERE kind = ? AND name = ? AND id IS NOT ?')
    .pluck()
    .get(input.kind, input.name, input.id ?? null);
  if (clash !== undefined) {
    throw new AppError('CONFLICT', t('err.invalidInput'), { name: t('err.quotes.templateNameTaken') });
  }
  let id = input.id;
  if (id === undefined) {
    id = Number(
      db
        .prepare(
          `INSERT INTO quote_templates (kind, name, body, sort_order)
           VALUES (?, ?, ?, (SELECT coalesce(max(sort_order), 0) + 1 FROM quote_templates))`,
        )
        .run(input.kind, input.name, input.body).lastInsertRowid,
    );
  } else {
    const changed = db
      .prepare('UPDATE quote_templates SET kind = ?, name = ?, body = ?, is_demo = 0 WHERE id = ?')
      .run(input.kind, input.name, input.body, id).changes;
    if (changed === 0) throw new AppError('NOT_FOUND', t('err.notFound', { what: `#${id}` }));
  }
  return db.prepare('SELECT id, kind, name, body FROM quote_templates WHERE id = ?').get(id) as TemplateRow;
}

export function deleteTemplate(db: Database, id: number, t: TFunction): void {
  const changed = db.prepare('DELETE FROM quote_templates WHERE id = ?').run(id).changes;
  if (changed === 0) throw new AppError('NOT_FOUND', t('err.notFound', { what: `#${id}` }));
}

import type { Database } from 'better-sqlite3';
import type { TFunction } from 'i18next';
import type { z } from 'zod';
import type { PackageImportResult } from '../../../shared/api/packages';
import type { CustomerRowSchema } from '../packages/package-format';

/**
 * A customer arriving from elsewhere (an opportunity package, the team server) joins the
 * customer this database already has — matched by 统一社会信用代码, else by exact name when the
 * codes do not contradict — or comes in as a new one. Conflicts are said, in the user's language.
 */

export type CustomerFields = Omit<z.infer<typeof CustomerRowSchema>, 'id'>;
export type CustomerPlan = PackageImportResult['customer'];

export function matchCustomer(
  db: Database,
  c: CustomerFields,
  t: TFunction,
): { plan: CustomerPlan; conflicts: string[] } {
  const taxId = c.tax_id.trim();
  const conflicts: string[] = [];
  const byTax =
    taxId === ''
      ? undefined
      : (db.prepare('SELECT id, name FROM customers WHERE tax_id = ? ORDER BY id LIMIT 1').get(taxId) as
          { id: number; name: string } | undefined);
  if (byTax) {
    if (byTax.name !== c.name)
      conflicts.push(t('packages.conflicts.nameDiffers', { name: c.name, existing: byTax.name }));
    return { plan: { action: 'match', matchedBy: 'taxId', id: byTax.id, name: byTax.name, taxId }, conflicts };
  }
  const byName = db.prepare('SELECT id, name, tax_id FROM customers WHERE name = ? ORDER BY id').all(c.name) as {
    id: number;
    name: string;
    tax_id: string;
  }[];
  const compatible = byName.find((r) => r.tax_id.trim() === '' || taxId === '');
  if (compatible)
    return { plan: { action: 'match', matchedBy: 'name', id: compatible.id, name: c.name, taxId }, conflicts };
  if (byName.length > 0) conflicts.push(t('packages.conflicts.taxIdDiffers', { name: c.name }));
  return { plan: { action: 'new', matchedBy: null, id: null, name: c.name, taxId }, conflicts };
}

export function insertCustomer(db: Database, c: CustomerFields): number {
  return Number(
    db
      .prepare(
        `INSERT INTO customers (name, short_name, industry, contact, phone, email, address, tax_id, notes, bank_name,
           bank_account, representative, is_demo, created_at, updated_at)
         VALUES (@name, @short_name, @industry, @contact, @phone, @email, @address, @tax_id, @notes, @bank_name,
           @bank_account, @representative, 0, @created_at, @updated_at)`,
      )
      .run(c).lastInsertRowid,
  );
}

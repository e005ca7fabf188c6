import type { Database } from 'better-sqlite3';
import type { TFunction } from 'i18next';
import type { z } from 'zod';
import type { Customer, CustomerInput } from '../../../shared/api/customers';
import { AppError } from '../../../shared/result';

interface CustomerRow {
  id: number;
  name: string;
  short_name: string;
  industry: string;
  contact: string;
  phone: string;
  email: string;
  address: string;
  tax_id: string;
  bank_name: string;
  bank_account: string;
  representative: string;
  notes: string;
  is_demo: number;
  quote_count: number;
  updated_at: string;
}

const SELECT = `SELECT c.*, (SELECT count(*) FROM quotes q WHERE q.customer_id = c.id) AS quote_count FROM customers c`;

function toCustomer(row: CustomerRow): Customer {
  return {
    id: row.id,
    name: row.name,
    shortName: row.short_name,
    industry: row.industry,
    contact: row.contact,
    phone: row.phone,
    email: row.email,
    address: row.address,
    taxId: row.tax_id,
    bankName: row.bank_name,
    bankAccount: row.bank_account,
    representative: row.representative,
    notes: row.notes,
    isDemo: row.is_demo === 1,
    quoteCount: row.quote_count,
    updatedAt: row.updated_at,
  };
}

export function listCustomers(db: Database, query = ''): Customer[] {
  const like = `%${query.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
  const rows = db
    .prepare(
      `${SELECT} WHERE ? = '' OR c.name LIKE ? ESCAPE '\\' OR c.short_name LIKE ? ESCAPE '\\' OR c.contact LIKE ? ESCAPE '\\'
       ORDER BY c.updated_at DESC, c.id DESC`,
    )
    .all(query, like, like, like) as CustomerRow[];
  return rows.map(toCustomer);
}

export function findCustomer(db: Database, id: number): Customer | null {
  const row = db.prepare(`${SELECT} WHERE c.id = ?`).get(id) as CustomerRow | undefined;
  return row ? toCustomer(row) : null;
}

export function getCustomer(db: Database, id: number, t: TFunction): Customer {
  const customer = findCustomer(db, id);
  if (!customer) throw new AppError('NOT_FOUND', t('err.customers.notFound', { id }));
  return customer;
}

export function findCustomerByName(db: Database, name: string): Customer | null {
  const id = db.prepare('SELECT id FROM customers WHERE name = ? ORDER BY id LIMIT 1').pluck().get(name.trim());
  return typeof id === 'number' ? findCustomer(db, id) : null;
}

/** Creates or updates; a name already used by another customer is refused on the name field. */
export function saveCustomer(
  db: Database,
  input: z.output<typeof CustomerInput>,
  t: TFunction,
  now = new Date(),
): Customer {
  return db.transaction(() => {
    const clash = db
      .prepare('SELECT id FROM customers WHERE name = ? AND id IS NOT ?')
      .pluck()
      .get(input.name, input.id ?? null);
    if (clash !== undefined) {
      throw new AppError('CONFLICT', t('err.invalidInput'), {
        name: t('err.customers.nameTaken', { name: input.name }),
      });
    }
    const iso = now.toISOString();
    const values = [
      input.name,
      input.shortName,
      input.industry,
      input.contact,
      input.phone,
      input.email,
      input.address,
      input.taxId,
      input.bankName,
      input.bankAccount,
      input.representative,
      input.notes,
    ];
    let id = input.id;
    if (id === undefined) {
      id = Number(
        db
          .prepare(
            `INSERT INTO customers (name, short_name, industry, contact, phone, email, address, tax_id, bank_name,
               bank_account, representative, notes, is_demo, created_at, updated_at)
             VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?)`,
          )
          .run(...values, iso, iso).lastInsertRowid,
      );
    } else {
      getCustomer(db, id, t);
      // Editing a demo customer makes it the user's own: "clear demo data" keeps it.
      db.prepare(
        `UPDATE customers SET name = ?, short_name = ?, industry = ?, contact = ?, phone = ?, email = ?, address = ?,
           tax_id = ?, bank_name = ?, bank_account = ?, representative = ?, notes = ?, is_demo = 0, updated_at = ?
         WHERE id = ?`,
      ).run(...values, iso, id);
    }
    return getCustomer(db, id, t);
  })();
}

export function deleteCustomer(db: Database, id: number, t: TFunction): void {
  const customer = getCustomer(db, id, t);
  if (customer.quoteCount > 0) {
    throw new AppError('REFUSED', t('err.customers.hasQuotes', { name: customer.name, count: customer.quoteCount }));
  }
  const opportunities = Number(db.prepare('SELECT count(*) FROM opportunities WHERE customer_id = ?').pluck().get(id));
  if (opportunities > 0) {
    throw new AppError('REFUSED', t('err.customers.hasOpportunities', { name: customer.name, count: opportunities }));
  }
  db.prepare('DELETE FROM customers WHERE id = ?').run(id);
}

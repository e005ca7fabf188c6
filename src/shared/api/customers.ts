import { z } from 'zod';
import { method, text } from './common';
import { BANK_ACCOUNT, EMAIL, PHONE, TaxId } from './company';

const Id = z.number().int().positive();

/**
 * A customer, minimal for quotes and contracts. Kept as its own domain (customers.*) so a later
 * opportunity/customer module adds to it (industry, contacts, opportunities) without touching
 * quotes.
 */
export const CustomerInput = z.object({
  id: Id.optional(),
  name: z.string().trim().min(1, 'err.required').max(100, 'err.tooLong'),
  shortName: text(30),
  industry: text(40),
  contact: text(40),
  phone: text(40).regex(PHONE, 'err.phone'),
  email: text(100).regex(EMAIL, 'err.email'),
  address: text(200),
  taxId: TaxId,
  bankName: text(100),
  bankAccount: text(40).regex(BANK_ACCOUNT, 'err.bankAccount'),
  representative: text(40),
  notes: text(1000),
});
export type CustomerInput = z.input<typeof CustomerInput>;

export const Customer = z.object({
  id: Id,
  name: z.string(),
  shortName: z.string(),
  industry: z.string(),
  contact: z.string(),
  phone: z.string(),
  email: z.string(),
  address: z.string(),
  taxId: z.string(),
  bankName: z.string(),
  bankAccount: z.string(),
  representative: z.string(),
  notes: z.string(),
  isDemo: z.boolean(),
  quoteCount: z.number().int(),
  updatedAt: z.string(),
});
export type Customer = z.infer<typeof Customer>;

export const EMPTY_CUSTOMER: CustomerInput = {
  name: '',
  shortName: '',
  industry: '',
  contact: '',
  phone: '',
  email: '',
  address: '',
  taxId: '',
  bankName: '',
  bankAccount: '',
  representative: '',
  notes: '',
};

export const customerMethods = {
  'customers.list': method({
    input: z.object({ query: z.string().trim().max(100).default('') }).default({ query: '' }),
    output: z.array(Customer),
    doc: 'Customers by name (a query matches name, short name or contact), with how many quotes each has.',
  }),
  'customers.get': method({
    input: z.object({ id: Id }),
    output: Customer,
    doc: 'One customer.',
  }),
  'customers.save': method({
    input: CustomerInput,
    output: Customer,
    doc: 'Creates a customer (no id) or changes one; the name must be unique.',
  }),
  'customers.delete': method({
    input: z.object({ id: Id }),
    output: z.object({ deleted: Id }),
    doc: 'Deletes a customer that has no quotes.',
  }),
};

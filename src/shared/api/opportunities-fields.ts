import { z } from 'zod';
import { MAX_FEN } from '../money';

/** The opportunity contract's building blocks: ids, dates, amounts, stages and the fixed choice lists. */

export const Id = z.number().int().positive();
/** A short id inside an opportunity's lists (people, events, competitors). */
export const ItemId = z.string().trim().min(1).max(40);
/** "2026-12-31" or '' (not set). */
export const DateText = z.union([z.literal(''), z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'err.opportunities.date')]);
export const Fen = z
  .number()
  .int('err.opportunities.amount')
  .min(0, 'err.opportunities.amount')
  .max(MAX_FEN - 1, 'err.opportunities.amount');
export const Count = (max: number) =>
  z
    .number()
    .int('err.opportunities.wholeNumber')
    .min(0, 'err.opportunities.notNegative')
    .max(max, 'err.opportunities.tooLarge');

/** A stage number, 1 (客户规划与邀约) … 8 (签约成交). */
export const Stage = z
  .number('err.opportunities.stage')
  .int('err.opportunities.stage')
  .min(1, 'err.opportunities.stage')
  .max(8, 'err.opportunities.stage');

export const OPPORTUNITY_STATUSES = ['open', 'won', 'lost', 'abandoned'] as const;
export type OpportunityStatus = (typeof OPPORTUNITY_STATUSES)[number];
export const CLOSE_OUTCOMES = ['won', 'lost', 'abandoned'] as const;
export const LOSS_CATEGORIES = [
  'price',
  'product',
  'competitor',
  'relationship',
  'budget',
  'timing',
  'noDecision',
  'other',
] as const;
export const WIN_CATEGORIES = ['solution', 'price', 'relationship', 'service', 'other'] as const;
export const SOURCES = ['referral', 'inbound', 'event', 'coldCall', 'partner', 'existingCustomer', 'other'] as const;
export const BUDGET_FLEXIBILITIES = ['fixed', 'some', 'flexible'] as const;
export const TIMELINE_KINDS = [
  'created',
  'migrated',
  'stage',
  'override',
  'closed',
  'reopened',
  'archived',
  'restored',
  'note',
  'contact',
  'document',
  'imported',
] as const;

import { migration001 } from './001-foundation';
import { migration002 } from './002-price-list';
import { migration003 } from './003-quotes';
import { migration004 } from './004-library-proposals';
import { migration005 } from './005-contracts';
import { migration006 } from './006-opportunities';
import { migration007 } from './007-funnel-packages';
import { migration008 } from './008-team';

export interface Migration {
  readonly version: number;
  readonly name: string;
  readonly sql: string;
}

/** Every schema change, in order. Add a new numbered file; never edit one that has shipped. */
export const MIGRATIONS: readonly Migration[] = [
  migration001,
  migration002,
  migration003,
  migration004,
  migration005,
  migration006,
  migration007,
  migration008,
];
export const LATEST_SCHEMA_VERSION = MIGRATIONS[MIGRATIONS.length - 1]?.version ?? 0;

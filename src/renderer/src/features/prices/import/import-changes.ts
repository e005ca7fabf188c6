import type { Method } from '../../../../../shared/api';

/** The reads an import or an undo changes. */
export const IMPORT_CHANGES: Method[] = [
  'prices.versions',
  'prices.items',
  'prices.search',
  'imports.log',
  'db.info',
  'demo.status',
];

import type { priceServiceErrorsZhCN } from './price-service-errors.zh-CN';

type Strings<T> = { readonly [K in keyof T]: T[K] extends string ? string : Strings<T[K]> };

export const priceServiceErrorsEn: Strings<typeof priceServiceErrorsZhCN> = {
  versionNotFound: 'Price list version #{{id}} not found',
  versionPublished: 'Version “{{label}}” is published and can no longer change. Start a new draft from it.',
  publishEmpty: 'Version “{{label}}” has no items and cannot be published.',
  money: {
    notNumber: 'Not a number',
    negative: 'Cannot be negative',
    tooManyDecimals: 'At most two decimals (to the fen)',
    tooLarge: 'Amount too large',
  },
  floorDiscount: 'The floor discount is a percentage from 0 to 100 with at most two decimals',
  codeTaken: 'Code {{code}} already exists in this version',
  itemNotFound: 'Item #{{id}} not found',
  importJobGone: 'This import has ended or expired; choose the file again.',
  importStillReading: 'The file is still being read; please wait.',
  noSuchSheet: 'The file has no sheet named “{{sheet}}”',
  headerRowOutside: 'The header row is outside the sheet (it has {{rows}} rows)',
  analyzeFirst: 'Choose the sheet and confirm the column mapping first.',
  codeExists: 'Code {{code}} already exists in the base version',
  importHasErrors: '{{count}} errors found; nothing was imported.',
  importHasErrorsHint: 'Fix the file and import again, or choose “import valid rows only”.',
  nothingToImport: 'No row can be imported; nothing was changed.',
  nothingToUndo: 'There is no import to undo.',
  undoPublished: 'The version “{{label}}” created by this import is published and cannot be undone.',
  fileTooLargeUpload: 'The file {{file}} is larger than {{mb}} MB and cannot be imported.',
};

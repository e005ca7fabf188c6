import type { libraryErrorsZhCN, libraryZhCN } from './library.zh-CN';

type Strings<T> = { readonly [K in keyof T]: T[K] extends string ? string : Strings<T[K]> };

export const libraryEn: Strings<typeof libraryZhCN> = {
  copyOf: '{{title}} (copy)',
  fileName: 'solution-library',
  kinds: {
    company: 'Company profile',
    architecture: 'Architecture',
    method: 'Implementation method',
    service: 'Service commitments',
    case: 'Case studies',
    other: 'Other',
  },
};

export const libraryErrorsEn: Strings<typeof libraryErrorsZhCN> = {
  library: {
    corrupt: 'Section “{{title}}” is damaged and cannot be opened. Restore a backup.',
    sectionNotFound: 'Section #{{id}} not found',
    solutionNotFound: 'Solution #{{id}} not found',
    code: 'Solution codes are capital letters, digits and dashes, up to 30 (e.g. SOL-DIST)',
    codeTaken: 'Solution code {{code}} exists',
    fileNotJson: 'The library file is not valid JSON: {{detail}}',
    fileInvalid: 'The library file has {{count}} problem(s); nothing was imported.',
  },
  demoScripts: {
    notFound: 'Demo script #{{id}} not found',
    corrupt: 'Demo script “{{title}}” is damaged and cannot be opened. Restore a backup.',
    minutes: 'Minutes are a whole number from 0 to 600',
    noModules: 'Choose at least one module to demonstrate',
    noRoles: 'Choose at least one kind of attendee',
    total: 'The total length is 10–600 minutes',
  },
  proposals: {
    notFound: 'Proposal #{{id}} not found',
    corrupt: 'Proposal “{{title}}” is damaged (field {{field}}) and cannot be opened. Restore a backup.',
    number: 'Enter a number (0 or more)',
    date: 'Dates are YYYY-MM-DD',
    noSections: 'A proposal needs at least one section',
    noRequirements: 'This proposal has no requirements section, so there is no deviation table to export.',
    mergeField: {
      unknown: 'Merge field {{field}} in “{{where}}” does not exist; correct it before exporting.',
      empty:
        'Merge field {{field}} in “{{where}}” has no value (customer or quote missing?); fill it in before exporting.',
    },
  },
};

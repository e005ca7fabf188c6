import type { PricesMessages } from './prices-messages';

export const pricesEn: PricesMessages = {
  err: {
    vatRate: 'VAT must be 13%, 9%, 6%, 3% or 0%',
    date: 'Not a valid date (YYYY-MM-DD)',
    importFile: {
      notExcel:
        '“{{file}}” is neither an Excel nor a CSV file and cannot be imported. Open it in Excel, save it as .xlsx (Excel Workbook) and import that.',
      renamedText:
        '“{{file}}” is a text file (CSV or a table exported as a web page) with an Excel file name. Open it in Excel and save it as .xlsx, or rename it to .csv, then import it again.',
      encrypted:
        '“{{file}}” is protected by a password and cannot be read. Open it in Excel, remove the password (File › Info › Protect Workbook), save, and import it again.',
      oldXls:
        '“{{file}}” is in the old Excel 97–2003 format (.xls), which cannot be imported directly. Open it in Excel, save it as .xlsx and import that.',
      damaged:
        '“{{file}}” is damaged or incomplete (perhaps the download or copy was interrupted). Get the file again, or open it in Excel and save it as .xlsx.',
      empty: '“{{file}}” contains no data. Check that you chose the right file.',
      tooLarge:
        '“{{file}}” is {{size}}, more than the {{limit}} limit. Remove unrelated sheets and pictures, or split the price list into several files.',
      tooManyRows: '“{{file}}” has more than {{limit}} rows, the limit. Split the price list into several files.',
      cancelled: 'Reading “{{file}}” was cancelled; nothing was imported.',
    },
    importCell: {
      column: '{{letter}} ({{header}})',
      missing: 'Missing {{field}}',
      tooLong: 'Too long for {{field}}: {{length}} characters, at most {{max}}',
      notNumber: 'Not a number in {{field}}: “{{value}}”',
      negative: 'Negative {{field}}: {{value}}',
      tooManyDecimals: 'More than 2 decimals in {{field}}: {{value}}',
      tooLarge: 'Too large for {{field}}: {{value}}',
      vatNotPercent: 'VAT rate “{{value}}” is not a percentage such as 13% or 0.13',
      vatUnknown: 'Unknown VAT rate {{rate}}: use 13%, 9%, 6%, 3% or 0%',
      floorDiscount:
        'Floor discount “{{value}}” not understood: write the share of the list price the rep may go down to, e.g. 0.8, 80% or 8折',
      floorDiscountRange: 'Floor discount “{{value}}” is outside 0–100%',
      typeUnknown:
        'Type “{{value}}” not understood: use module, user licence, implementation, training, maintenance, hardware or third-party',
      activeUnknown: 'Status “{{value}}” not understood: write yes or no',
      duplicate: 'Code {{code}} repeats row {{row}}',
    },
    importField: {
      code: 'code',
      name: 'name',
      spec: 'specification',
      type: 'type',
      unit: 'unit',
      category: 'category',
      price: 'price',
      cost: 'cost',
      vatRate: 'VAT rate',
      floorDiscount: 'floor discount',
      active: 'status',
      notes: 'notes',
    },
    importReport: {
      errors: 'Errors',
      sheet: 'Errors',
      row: 'Row {{row}}: ',
      separator: '; ',
    },
  },
};

import { z } from 'zod';
import { ITEM_TYPES, VAT_RATES_BP } from '../prices/catalogue';
import { method, NoInput, text } from './common';

export const ItemType = z.enum(ITEM_TYPES, 'err.invalidChoice');
export const VatRateBp = z.union(
  VAT_RATES_BP.map((rate) => z.literal(rate)),
  'err.prices.vatRate',
);
const Id = z.number().int().positive();
const Fen = z.number().int().nonnegative();
/** A calendar date as YYYY-MM-DD that exists (no 2026-02-30). */
const IsoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'err.prices.date')
  .refine((text) => {
    const [y = 0, m = 0, d = 0] = text.split('-').map(Number);
    const date = new Date(Date.UTC(y, m - 1, d));
    return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
  }, 'err.prices.date');
/** A generated file handed back to the caller, who decides where to save it. */
export const FileOutput = z.object({ fileName: z.string(), dataBase64: z.string() });

export const PriceItem = z.object({
  id: Id,
  versionId: Id,
  code: z.string(),
  name: z.string(),
  spec: z.string(),
  type: ItemType,
  unit: z.string(),
  categoryId: Id.nullable(),
  category: z.string(),
  priceFen: Fen,
  /** Internal cost; null when unknown. Never printed on customer documents. */
  costFen: Fen.nullable(),
  vatRateBp: VatRateBp,
  /** The largest discount a rep may give without approval, in basis points (2000 = 20 % off = 8折). */
  floorDiscountBp: z.number().int().min(0).max(10000),
  active: z.boolean(),
  notes: z.string(),
});
export type PriceItem = z.infer<typeof PriceItem>;

/** What the item editor sends: money and percentages as typed text, parsed exactly in main. */
export const PriceItemInput = z.object({
  id: Id.optional(),
  code: z.string().trim().min(1, 'err.required').max(60, 'err.tooLong'),
  name: z.string().trim().min(1, 'err.required').max(200, 'err.tooLong'),
  spec: text(500),
  type: ItemType,
  unit: z.string().trim().min(1, 'err.required').max(20, 'err.tooLong'),
  category: text(60),
  /** Yuan, e.g. "68000" or "1288.50". */
  price: z.string().trim().min(1, 'err.required'),
  /** Yuan, or '' when unknown. */
  cost: z.string().trim(),
  vatRateBp: VatRateBp,
  /** Percent off, e.g. "20" or "12.5"; '' = none allowed. */
  floorDiscount: z.string().trim(),
  active: z.boolean(),
  notes: text(1000),
});
export type PriceItemInput = z.input<typeof PriceItemInput>;

export const VersionStatus = z.enum(['draft', 'published']);
export const PriceListVersion = z.object({
  id: Id,
  label: z.string(),
  status: VersionStatus,
  effectiveDate: z.string().nullable(),
  publishedAt: z.string().nullable(),
  basedOnVersionId: Id.nullable(),
  createdAt: z.string(),
  itemCount: z.number().int(),
  /** The latest published version whose effective date has come: what quotes use today. */
  isCurrent: z.boolean(),
});
export type PriceListVersion = z.infer<typeof PriceListVersion>;

/** 'relevance' ranks search hits like the item picker: exact code, code prefix, name, pinyin, spec. */
export const SORT_FIELDS = ['relevance', 'code', 'name', 'category', 'type', 'price', 'margin'] as const;
export const ListItemsInput = z.object({
  versionId: Id,
  query: z.string().max(100).default(''),
  categoryId: Id.nullable().default(null),
  type: ItemType.nullable().default(null),
  sort: z.enum(SORT_FIELDS).default('code'),
  descending: z.boolean().default(false),
  offset: z.number().int().min(0).default(0),
  limit: z.number().int().min(1).max(500).default(100),
});

export const ItemChange = z.object({
  code: z.string(),
  name: z.string(),
  before: PriceItem,
  after: PriceItem,
  priceDeltaFen: z.number().int(),
  /** Change of the list price in percent with two decimals, e.g. "5.00" or "-12.50"; null if the old price was 0. */
  priceDeltaPercent: z.string().nullable(),
  /** Which fields differ (price, name, spec, unit, type, category, cost, vatRate, floorDiscount, active, notes). */
  fields: z.array(z.string()),
});
export const VersionComparison = z.object({
  from: PriceListVersion,
  to: PriceListVersion,
  added: z.array(PriceItem),
  removed: z.array(PriceItem),
  changed: z.array(ItemChange),
});
export type VersionComparison = z.infer<typeof VersionComparison>;

// ——— Import ———

export const IMPORT_FIELDS = [
  'code',
  'name',
  'spec',
  'type',
  'unit',
  'category',
  'price',
  'cost',
  'vatRate',
  'floorDiscount',
  'active',
  'notes',
] as const;
export type ImportField = (typeof IMPORT_FIELDS)[number];
/** Column index (0-based) in the sheet for each field; a field may be left unmapped. */
export const ColumnMapping = z.partialRecord(z.enum(IMPORT_FIELDS), z.number().int().min(0));
export type ColumnMapping = z.infer<typeof ColumnMapping>;

export const ImportJobState = z.enum(['reading', 'ready', 'failed', 'cancelled']);
export const ImportStatus = z.object({
  jobId: z.string(),
  state: ImportJobState,
  fileName: z.string(),
  /** Rows read so far and, when known, the total — for the progress bar. */
  rowsRead: z.number().int(),
  fraction: z.number().min(0).max(1),
  /** Why the file was refused (not Excel, encrypted, too large…), in the user's language. */
  error: z.string().nullable(),
  sheets: z.array(z.string()),
});
export type ImportStatus = z.infer<typeof ImportStatus>;

export const ImportColumn = z.object({
  index: z.number().int(),
  header: z.string(),
  field: z.enum(IMPORT_FIELDS).nullable(),
  /** The first few non-blank values below the header, so the user can see what a column holds. */
  samples: z.array(z.string()),
});
export const ImportAnalysis = z.object({
  jobId: z.string(),
  sheet: z.string(),
  sheets: z.array(z.string()),
  /** 1-based row number of the header row, as Excel shows it. */
  headerRow: z.number().int(),
  columns: z.array(ImportColumn),
  mapping: ColumnMapping,
  /** True when the mapping came from an earlier file of the same shape. */
  mappingRemembered: z.boolean(),
  /** Fields every row needs that no column is mapped to. */
  missingFields: z.array(z.enum(IMPORT_FIELDS)),
  rows: z.number().int(),
  validRows: z.number().int(),
  invalidRows: z.number().int(),
  /** Valid rows whose code already exists in the base version. */
  existingCodes: z.number().int(),
  baseVersionId: Id.nullable(),
});
export type ImportAnalysis = z.infer<typeof ImportAnalysis>;

export const CellError = z.object({ column: z.string(), field: z.enum(IMPORT_FIELDS).nullable(), message: z.string() });
export const ImportPreviewRow = z.object({
  /** Row number in the sheet, as Excel shows it. */
  row: z.number().int(),
  values: z.partialRecord(z.enum(IMPORT_FIELDS), z.string()),
  errors: z.array(CellError),
  /** What the commit would do with it. */
  action: z.enum(['add', 'update', 'error']),
});
export type ImportPreviewRow = z.infer<typeof ImportPreviewRow>;

export const ImportCommitInput = z.object({
  jobId: z.string(),
  mode: z.enum(['all', 'valid-only']).default('all'),
  onDuplicate: z.enum(['update', 'skip', 'error']).default('update'),
  /** The version the new draft starts from; default: the current version (or none). */
  baseVersionId: Id.nullable().optional(),
  label: z.string().trim().max(60).optional(),
});
export const ImportResult = z.object({
  importId: Id,
  versionId: Id,
  imported: z.number().int(),
  updated: z.number().int(),
  skipped: z.number().int(),
  errors: z.array(z.object({ row: z.number().int(), column: z.string(), message: z.string() })),
});
export type ImportResult = z.infer<typeof ImportResult>;

export const ImportLogEntry = z.object({
  id: Id,
  versionId: Id.nullable(),
  versionLabel: z.string().nullable(),
  fileName: z.string(),
  sheet: z.string(),
  at: z.string(),
  rowsRead: z.number().int(),
  imported: z.number().int(),
  updated: z.number().int(),
  skipped: z.number().int(),
  errors: z.number().int(),
  undone: z.boolean(),
  canUndo: z.boolean(),
});

const VersionRef = z.object({ versionId: Id });

export const priceMethods = {
  'prices.versions': method({
    input: NoInput,
    output: z.array(PriceListVersion),
    doc: 'Versions of the standard price list, newest first, with the current one marked.',
  }),
  'prices.createDraft': method({
    input: z.object({ fromVersionId: Id.nullable(), label: z.string().trim().max(60).optional() }),
    output: PriceListVersion,
    doc: 'Starts a new editable draft as a copy of any version (or empty).',
  }),
  'prices.publish': method({
    input: z.object({ versionId: Id, effectiveDate: IsoDate, label: z.string().trim().min(1).max(60).optional() }),
    output: PriceListVersion,
    doc: 'Makes a draft read-only with an effective date; published versions never change again.',
  }),
  'prices.deleteDraft': method({
    input: VersionRef,
    output: z.object({ deleted: Id }),
    doc: 'Deletes a draft; published versions cannot be deleted.',
  }),
  'prices.items': method({
    input: ListItemsInput,
    output: z.object({ total: z.number().int(), rows: z.array(PriceItem) }),
    doc: 'One page of a version’s items, filtered, searched and sorted in SQLite (100,000 items stay fast).',
  }),
  'prices.search': method({
    input: z.object({
      versionId: Id.optional(),
      text: z.string().trim().min(1).max(100),
      limit: z.number().int().min(1).max(200).default(20),
    }),
    output: z.array(PriceItem),
    doc: 'Items matching a code prefix, any part of name or specification, or pinyin initials; exact code first.',
  }),
  'prices.saveItem': method({
    input: z.object({ versionId: Id, item: PriceItemInput }),
    output: PriceItem,
    doc: 'Adds or changes one item of a draft; the code must be unique in the version.',
  }),
  'prices.deleteItem': method({
    input: z.object({ versionId: Id, id: Id }),
    output: z.object({ deleted: Id }),
    doc: 'Removes one item from a draft.',
  }),
  'prices.categories': method({
    input: NoInput,
    output: z.array(z.object({ id: Id, name: z.string() })),
    doc: 'Item categories in display order.',
  }),
  'prices.compare': method({
    input: z.object({ fromVersionId: Id, toVersionId: Id }),
    output: VersionComparison,
    doc: 'Items added, removed and changed between two versions (by code), with price changes in ¥ and %.',
  }),
  'prices.exportComparison': method({
    input: z.object({ fromVersionId: Id, toVersionId: Id }),
    output: FileOutput,
    doc: 'The comparison as an .xlsx file.',
  }),
  'prices.export': method({
    input: VersionRef,
    output: FileOutput,
    doc: 'A version as a formatted .xlsx that imports back unchanged.',
  }),
  'imports.start': method({
    input: z.object({ fileName: z.string().min(1).max(255), dataBase64: z.string() }),
    output: ImportStatus,
    doc: 'Starts reading an .xlsx or .csv file in the background; poll imports.status. Nothing is written yet.',
  }),
  'imports.status': method({
    input: z.object({ jobId: z.string() }),
    output: ImportStatus,
    doc: 'Progress of reading a file.',
  }),
  'imports.cancel': method({
    input: z.object({ jobId: z.string() }),
    output: ImportStatus,
    doc: 'Stops reading; nothing is written.',
  }),
  'imports.analyze': method({
    input: z.object({
      jobId: z.string(),
      sheet: z.string().optional(),
      headerRow: z.number().int().min(1).optional(),
      mapping: ColumnMapping.optional(),
      /** The version the new draft will start from (add vs update); default: the current version. */
      baseVersionId: Id.nullable().optional(),
    }),
    output: ImportAnalysis,
    doc: 'Detects the header row and maps columns (or applies the caller’s choice), then validates every row.',
  }),
  'imports.rows': method({
    input: z.object({
      jobId: z.string(),
      offset: z.number().int().min(0).default(0),
      limit: z.number().int().min(1).max(1000).default(200),
      onlyErrors: z.boolean().default(false),
    }),
    output: z.object({ total: z.number().int(), rows: z.array(ImportPreviewRow) }),
    doc: 'A page of the preview: every row with its per-cell errors.',
  }),
  'imports.commit': method({
    input: ImportCommitInput,
    output: ImportResult,
    doc: 'Writes the rows into a new draft version in one transaction: all or nothing, unless valid-only is chosen.',
  }),
  'imports.errorReport': method({
    input: z.object({ jobId: z.string() }),
    output: FileOutput,
    doc: 'The rows with errors as an .xlsx with an error column.',
  }),
  'imports.log': method({
    input: NoInput,
    output: z.array(ImportLogEntry),
    doc: 'Every import: file, time, counts; newest first.',
  }),
  'imports.undoLast': method({
    input: NoInput,
    output: ImportLogEntry,
    doc: 'Undoes the last import by deleting the draft it created (only while that draft is unpublished).',
  }),
};

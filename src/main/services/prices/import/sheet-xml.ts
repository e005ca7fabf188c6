/**
 * What the importer takes from SpreadsheetML, fed by the XmlScanner: the shared-string table,
 * and a worksheet's rows as display text plus its merged ranges.
 *
 * A worksheet stores <row r="5"><c r="B5" t="s" s="3"><v>12</v></c>…</row>; a cell's type
 * says how to read its <v>: s = index into the shared strings, inlineStr = the text in <is>,
 * str = a formula's text result, b = boolean, e = error (#N/A), d = ISO date, none or n = a
 * number — shown as a date when its style (s) has a date format. A formula's cached result is in
 * <v> like any value; the formula itself is not needed. Phonetic guides (<rPh>, the furigana
 * Excel keeps for Japanese input) are not part of the text.
 */
import { isoDateText, numberText, serialDateText, textOrNull } from './cell-text';
import { parseCellRange, type CellRange } from './merged-cells';
import type { XmlHandler, XmlTag } from './xml-scanner';

/** Excel's last column is XFD: a reference past it is not a cell the user can see. */
const MAX_COLUMNS = 16384;

export class SharedStringsHandler implements XmlHandler {
  readonly strings: (string | null)[] = [];
  /** The first element's name: "sst" in a real shared-strings part. */
  root: string | null = null;
  private current: string | null = null;
  private collecting = false;
  private phonetic = 0;

  open(tag: XmlTag): void {
    this.root ??= tag.name;
    if (tag.name === 'si') this.current = '';
    else if (tag.name === 'rPh') this.phonetic++;
    else if (tag.name === 't') this.collecting = this.current !== null && this.phonetic === 0;
  }

  close(name: string): void {
    if (name === 't') this.collecting = false;
    else if (name === 'rPh') this.phonetic--;
    else if (name === 'si') {
      this.strings.push(textOrNull(this.current ?? ''));
      this.current = null;
    }
  }

  text(text: string): void {
    if (this.collecting) this.current += text;
  }
}

export interface WorksheetContext {
  /** The workbook's shared strings (null for an empty one). */
  sharedStrings: readonly (string | null)[];
  /** By style index: whether that cell format shows a date (see date-styles). */
  dateStyles: readonly boolean[];
  /** The workbook counts days from 1904 (old Mac Excel) instead of 1900. */
  date1904: boolean;
  /** A row holding at least one value: its 1-based number and its cells (null where empty). */
  onRow: (rowNumber: number, cells: (string | null)[]) => void;
}

export class WorksheetHandler implements XmlHandler {
  /** The first element's name: "worksheet" in a real worksheet part. */
  root: string | null = null;
  /** Set once <sheetData> has opened; complete only if it has closed too. */
  sheetData: 'none' | 'open' | 'closed' = 'none';
  readonly merges: CellRange[] = [];
  private rowNumber = 0;
  private cells: (string | null)[] | null = null;
  // The cell being read.
  private inCell = false;
  private column = -1;
  private type = 'n';
  private style = 0;
  private value: string | null = null;
  private inline: string | null = null;
  private collecting: 'value' | 'inline' | null = null;
  private phonetic = 0;

  constructor(private readonly context: WorksheetContext) {}

  open(tag: XmlTag): void {
    this.root ??= tag.name;
    switch (tag.name) {
      case 'sheetData':
        this.sheetData = 'open';
        break;
      case 'row':
        if (this.sheetData === 'open') this.startRow(tag);
        break;
      case 'c':
        if (this.cells) this.startCell(tag);
        break;
      case 'v':
        if (this.inCell) {
          this.value = '';
          this.collecting = 'value';
        }
        break;
      case 'is':
        if (this.inCell) this.inline = '';
        break;
      case 'rPh':
        this.phonetic++;
        break;
      case 't':
        if (this.inCell && this.inline !== null && this.phonetic === 0) this.collecting = 'inline';
        break;
      case 'mergeCell': {
        const range = parseCellRange(tag.attribute('ref') ?? '');
        if (range) this.merges.push(range);
        break;
      }
    }
  }

  close(name: string): void {
    switch (name) {
      case 'v':
      case 't':
        this.collecting = null;
        break;
      case 'rPh':
        this.phonetic--;
        break;
      case 'c':
        if (this.inCell) this.endCell();
        break;
      case 'row':
        if (this.cells) this.endRow();
        break;
      case 'sheetData':
        if (this.sheetData === 'open') this.sheetData = 'closed';
        break;
    }
  }

  text(text: string): void {
    if (this.collecting === 'value') this.value += text;
    else if (this.collecting === 'inline') this.inline += text;
  }

  /** Rows without a number (allowed, rarely written) follow the previous one. */
  private startRow(tag: XmlTag): void {
    const number = Number(tag.attribute('r'));
    this.rowNumber = Number.isInteger(number) && number >= 1 ? number : this.rowNumber + 1;
    this.cells = [];
    this.column = -1;
  }

  /** Cells without a reference follow the previous one. */
  private startCell(tag: XmlTag): void {
    const column = referenceColumn(tag.attribute('r'));
    this.column = column >= 0 ? column : this.column + 1;
    this.type = tag.attribute('t') ?? 'n';
    this.style = Number(tag.attribute('s') ?? 0) || 0;
    this.value = null;
    this.inline = null;
    this.inCell = true;
  }

  private endCell(): void {
    this.inCell = false;
    this.collecting = null;
    const cells = this.cells;
    if (!cells || this.column >= MAX_COLUMNS) return;
    const text = this.cellText();
    if (text === null) return;
    while (cells.length < this.column) cells.push(null);
    cells[this.column] = text;
  }

  private endRow(): void {
    const cells = this.cells;
    this.cells = null;
    if (cells && cells.length > 0) this.context.onRow(this.rowNumber, cells);
  }

  private cellText(): string | null {
    const value = this.value;
    switch (this.type) {
      case 's':
        return value === null ? null : (this.context.sharedStrings[parseInt(value, 10)] ?? null);
      case 'inlineStr':
        return textOrNull(this.inline ?? value ?? '');
      case 'str':
      case 'e':
        return value === null ? null : textOrNull(value);
      case 'b':
        return value === null || value.trim() === '' ? null : booleanText(value);
      case 'd':
        return value === null ? null : isoDateText(value);
      default:
        return value === null ? null : this.numberCellText(value.trim());
    }
  }

  private numberCellText(value: string): string | null {
    if (value === '') return null;
    const number = Number(value);
    if (Number.isNaN(number)) return textOrNull(value); // not a number after all: show what is there
    return this.context.dateStyles[this.style] ? serialDateText(number, this.context.date1904) : numberText(number);
  }
}

function booleanText(value: string): string {
  const text = value.trim().toLowerCase();
  return text === '0' || text === 'false' ? 'FALSE' : 'TRUE';
}

/** "B12" → 1; -1 when there is no reference. */
function referenceColumn(reference: string | undefined): number {
  if (!reference) return -1;
  let column = 0;
  let at = 0;
  for (; at < reference.length; at++) {
    const letter = reference.charCodeAt(at) | 0x20; // lower case
    if (letter < 0x61 || letter > 0x7a) break;
    column = column * 26 + (letter - 0x60);
  }
  return at === 0 ? -1 : column - 1;
}

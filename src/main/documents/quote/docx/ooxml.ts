import { FONT, type Align } from './text';

/**
 * WordprocessingML written as strings, for the one part of the quote that can be large: the line
 * table's rows. docx's object model costs about a millisecond per table row (a 1,000-line quote
 * took 2.5 s), while these writers take microseconds. They write the same elements docx writes
 * for the same formatting, in schema order, and escape every text.
 */

/** Escapes text and attribute values, and drops the control characters XML 1.0 forbids. */
export function escapeXml(value: string): string {
  // Outside \t \n \r and U+0020–U+FFFD: control characters (and U+FFFE/F), which XML 1.0 forbids.
  return value.replace(/[&<>"']|[^\t\n\r\u0020-\uFFFD]/g, (char) => {
    switch (char) {
      case '&':
        return '&amp;';
      case '<':
        return '&lt;';
      case '>':
        return '&gt;';
      case '"':
        return '&quot;';
      case "'":
        return '&apos;';
      default:
        return '';
    }
  });
}

export interface RunFormat {
  /** Half-points. */
  size: number;
  bold?: boolean;
  italics?: boolean;
  color?: string;
}

/** A run formatting, its `<w:r><w:rPr>…</w:rPr>` written once: make these once, use them often. */
export interface RunStyle {
  readonly open: string;
}

const FONTS_XML = `<w:rFonts w:ascii="${FONT.ascii}" w:hAnsi="${FONT.hAnsi}" w:cs="${FONT.cs}" w:eastAsia="${FONT.eastAsia}"/>`;

/** rPr children in schema order; the document font on every run. */
export function runStyle(format: RunFormat): RunStyle {
  return {
    open:
      '<w:r><w:rPr>' +
      FONTS_XML +
      (format.bold ? '<w:b/><w:bCs/>' : '') +
      (format.italics ? '<w:i/><w:iCs/>' : '') +
      (format.color ? `<w:color w:val="${format.color}"/>` : '') +
      `<w:sz w:val="${format.size}"/><w:szCs w:val="${format.size}"/></w:rPr>`,
  };
}

/** A run of `text` (nothing for empty text); spaces at either end are kept. */
export function runXml(style: RunStyle, text: string): string {
  if (text === '') return '';
  const open = /^\s|\s$/.test(text) ? '<w:t xml:space="preserve">' : '<w:t>';
  return `${style.open}${open}${escapeXml(text)}</w:t></w:r>`;
}

export interface ParagraphSpec {
  align?: Align;
  keepNext?: boolean;
}

const JC = { left: '', center: '<w:jc w:val="center"/>', right: '<w:jc w:val="right"/>' } as const;

/** A paragraph of runs already written with runXml. */
export function paragraphXml(runs: string, spec: ParagraphSpec = {}): string {
  const properties = (spec.keepNext ? '<w:keepNext/>' : '') + JC[spec.align ?? 'left'];
  return properties === '' ? `<w:p>${runs}</w:p>` : `<w:p><w:pPr>${properties}</w:pPr>${runs}</w:p>`;
}

export interface CellSpec {
  /** Twips. */
  width: number;
  span?: number;
  fill?: string;
}

/** A cell (tcPr children in schema order: tcW, gridSpan, shd, vAlign) of paragraphs (at least one). */
export function cellXml(paragraphs: string, spec: CellSpec): string {
  const properties =
    `<w:tcW w:type="dxa" w:w="${spec.width}"/>` +
    (spec.span && spec.span > 1 ? `<w:gridSpan w:val="${spec.span}"/>` : '') +
    (spec.fill ? `<w:shd w:fill="${spec.fill}" w:color="auto" w:val="clear"/>` : '') +
    '<w:vAlign w:val="center"/>';
  return `<w:tc><w:tcPr>${properties}</w:tcPr>${paragraphs === '' ? '<w:p/>' : paragraphs}</w:tc>`;
}

export interface RowSpec {
  /** Repeat this row at the top of every page the table runs onto. */
  header?: boolean;
}

/** A row of cells that never splits across pages. */
export function rowXml(cells: string, spec: RowSpec = {}): string {
  return `<w:tr><w:trPr><w:cantSplit/>${spec.header ? '<w:tblHeader/>' : ''}</w:trPr>${cells}</w:tr>`;
}

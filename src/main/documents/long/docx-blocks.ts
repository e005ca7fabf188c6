import { Paragraph, type FileChild } from 'docx';
import type { LongDocument } from '../../../shared/proposals/document';
import { calloutBlock } from './docx-callout';
import type { SplicedRows } from './docx-grid-table';
import { imageBlock } from './docx-image';
import { keyValuesBlock } from './docx-key-values';
import { listBlock, type ListNumbering } from './docx-lists';
import { gap, inlineRuns, textRun } from './docx-runs';
import { spacing, STYLE } from './docx-styles';
import { dataTableBlock, richTableBlock, type Measure } from './docx-tables';
import { GAPS, TYPE, twips } from './geometry';
import type { OutlineBlock, OutlineChapter } from './outline';

export { spliceTableRows, type SplicedRows } from './docx-grid-table';
export { inlineRuns, textRun } from './docx-runs';

/**
 * The chapters of a long document as Word paragraphs and tables, formatted as the PDF sets them
 * (geometry.ts): numbered headings in Heading 1–3 (the numbers come from the styles), justified
 * Chinese body text with a two-character first-line indent, bullet and numbered lists (nested)
 * on Word numbering (docx-lists.ts), tables with a shaded header row repeated on every page and
 * rows that never split, column alignment and bold summary rows (docx-tables.ts,
 * docx-grid-table.ts), images scaled to the text width with their caption (docx-image.ts),
 * callouts as a shaded box with a coloured bar (docx-callout.ts), key figures as a borderless
 * two-column table (docx-key-values.ts). The East Asian font is set on every run (docx-runs.ts).
 */
export class DocxChapters {
  private readonly numbering: ListNumbering = { orderedLists: 0, starts: new Set<number>() };
  /** First numbers of ordered lists that do not start at 1 (each needs a numbering definition). */
  readonly starts = this.numbering.starts;
  /** The gridded tables' rows, spliced in after packing (spliceTableRows). */
  readonly spliced: SplicedRows[] = [];
  private readonly zh: boolean;

  constructor(
    private readonly source: LongDocument,
    /** Width of text in points (the PDF's measure), for the key/value label column. */
    private readonly measure: Measure,
  ) {
    this.zh = source.locale !== 'en';
  }

  chapter(chapter: OutlineChapter, first: boolean): FileChild[] {
    const out: FileChild[] = [
      new Paragraph({
        style: 'Heading1',
        children: [textRun(chapter.entry.title)],
        // A proposal's chapters each start a page; a demo script's run on (but the first).
        ...(this.source.kind === 'proposal' || first
          ? { pageBreakBefore: true }
          : { spacing: { ...spacing(TYPE.chapter), before: twips(24), after: twips(TYPE.chapter.after - 4) } }),
      }),
    ];
    for (const block of chapter.blocks) this.block(block, out);
    return out;
  }

  private block(item: OutlineBlock, out: FileChild[]): void {
    const { block } = item;
    if (item.heading) {
      const style = item.heading.level === 2 ? 'Heading2' : 'Heading3';
      out.push(new Paragraph({ style, children: [textRun(item.heading.title)] }));
      return;
    }
    switch (block.type) {
      case 'paragraph':
        out.push(new Paragraph({ style: STYLE.body, children: inlineRuns(block.content) }));
        return;
      case 'heading':
        return;
      case 'bulletList':
      case 'orderedList':
        listBlock(block, 0, this.numbering, out);
        out.push(gap(GAPS.afterList));
        return;
      case 'table':
        out.push(...richTableBlock(block, this.spliced));
        return;
      case 'image':
        out.push(...imageBlock(block));
        return;
      case 'dataTable':
        out.push(...dataTableBlock(block, this.measure, this.spliced));
        return;
      case 'keyValues':
        out.push(...keyValuesBlock(block, this.measure));
        return;
      case 'callout':
        out.push(...calloutBlock(block, this.zh));
        return;
    }
  }
}

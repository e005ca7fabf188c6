import type { DocumentOutline, OutlineBlock } from './outline';
import { prepareCallout } from './pdf-callout';
import { prepareChapterHeading, prepareHeading } from './pdf-headings';
import { prepareImage } from './pdf-image';
import { prepareKeyValues } from './pdf-key-values';
import type { LongLayout } from './pdf-layout';
import { prepareList } from './pdf-lists';
import { NOTHING, type Prepared } from './pdf-page-breaks';
import { prepareParagraph } from './pdf-paragraphs';
import { prepareDataTable, prepareRichTable } from './pdf-tables';

/**
 * The chapters of a long document as the PDF sets them: blocks measured, then placed down the
 * pages with the rules of a printed proposal — a chapter starts on a new page (proposals), a
 * heading is never the last thing on a page (it keeps with the start of what follows), a paragraph
 * leaves no single line alone at the bottom or the top of a page, tables repeat their header row
 * and never split a row, an image stays with its caption, a callout stays whole.
 */

function prepareBlock(layout: LongLayout, item: OutlineBlock, next: Prepared): Prepared {
  const { block } = item;
  if (item.heading) return prepareHeading(layout, item.heading, next);
  switch (block.type) {
    case 'paragraph':
      return prepareParagraph(layout, block);
    case 'heading':
      return NOTHING;
    case 'bulletList':
    case 'orderedList':
      return prepareList(layout, block, 0);
    case 'table':
      return prepareRichTable(layout, block);
    case 'image':
      return prepareImage(layout, block);
    case 'dataTable':
      return prepareDataTable(layout, block);
    case 'keyValues':
      return prepareKeyValues(layout, block);
    case 'callout':
      return prepareCallout(layout, block);
  }
}

/** Places every chapter, each from a new page (proposals) or after the one before. */
export function placeChapters(layout: LongLayout, outline: DocumentOutline): void {
  outline.chapters.forEach((chapter, index) => {
    // Prepared from the last block up, so each heading knows what it must keep with.
    const prepared: Prepared[] = [];
    let next: Prepared = NOTHING;
    for (let i = chapter.blocks.length - 1; i >= 0; i--) {
      const block = chapter.blocks[i];
      if (!block) continue;
      next = prepareBlock(layout, block, next);
      prepared.unshift(next);
    }
    prepareChapterHeading(layout, chapter.entry, prepared[0] ?? NOTHING, index === 0).place();
    for (const block of prepared) {
      block.place();
      layout.flush();
    }
  });
  layout.flush();
}

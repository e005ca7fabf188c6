import type { DocumentBlock, LongDocument } from '../../../shared/proposals/document';
import type { Heading, Inline } from '../../../shared/rich-text';

/**
 * The numbered outline of a long document, worked out once for both renderers so the .docx and
 * the .pdf number the same headings the same way: chapter n is "n"; a heading of level 1 or 2 in
 * its rich text is "n.k"; a level-3 heading is "n.k.m". A level-3 heading before any level 1–2
 * heading of its chapter is taken as level 2 (Word would number it "n.0.1").
 */

export type OutlineLevel = 1 | 2 | 3;

export interface OutlineEntry {
  level: OutlineLevel;
  /** "1", "1.2", "1.2.3" */
  number: string;
  title: string;
  /** A name unique in the document, for PDF destinations: "sec-1.2". */
  anchor: string;
}

/** A block of a chapter; headings carry their outline entry. */
export interface OutlineBlock {
  block: DocumentBlock;
  heading?: OutlineEntry;
}

export interface OutlineChapter {
  entry: OutlineEntry;
  id: string;
  blocks: OutlineBlock[];
}

export interface DocumentOutline {
  chapters: OutlineChapter[];
  /** Every entry in document order: chapters and their headings. */
  entries: OutlineEntry[];
}

/** The text of a heading's inline content (breaks become spaces). */
export function inlineText(content: readonly Inline[] | undefined): string {
  return (content ?? []).map((node) => (node.type === 'text' ? node.text : ' ')).join('');
}

function entry(level: OutlineLevel, number: string, title: string): OutlineEntry {
  return { level, number, title, anchor: `sec-${number}` };
}

export function documentOutline(doc: LongDocument): DocumentOutline {
  const entries: OutlineEntry[] = [];
  const chapters = doc.chapters.map((chapter, index): OutlineChapter => {
    const chapterNumber = String(index + 1);
    const head = entry(1, chapterNumber, chapter.title);
    entries.push(head);
    let section = 0;
    let subsection = 0;
    const blocks = chapter.blocks.map((block): OutlineBlock => {
      if (block.type !== 'heading') return { block };
      const heading = block as Heading;
      const title = inlineText(heading.content);
      let numbered: OutlineEntry;
      if (heading.attrs.level === 3 && section > 0) {
        subsection += 1;
        numbered = entry(3, `${chapterNumber}.${section}.${subsection}`, title);
      } else {
        section += 1;
        subsection = 0;
        numbered = entry(2, `${chapterNumber}.${section}`, title);
      }
      entries.push(numbered);
      return { block, heading: numbered };
    });
    return { entry: head, id: chapter.id, blocks };
  });
  return { chapters, entries };
}

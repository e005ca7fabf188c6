import type { SetLine } from '../pdf/inline-text';
import { CONTENT, GAPS, TYPE, type TextSpec } from './geometry';
import { INK } from './pdf-ink';
import type { LongLayout } from './pdf-layout';
import type { OutlineEntry } from './outline';

/**
 * The table of contents: "目录" and one entry per chapter and heading (numbered, indented by
 * level, dotted leaders, the page number on the right, the whole entry a link to the heading).
 * Its pages are reserved before the chapters are laid out (their number only depends on the
 * entries) and filled in once the chapters' pages are known.
 */

const NUMBER_COLUMN = 34;

interface ContentsEntry {
  entry: OutlineEntry;
  spec: TextSpec;
  indent: number;
  lines: SetLine[];
  height: number;
}

export interface ContentsLayout {
  title: SetLine[];
  /** Entries per page. */
  pages: ContentsEntry[][];
}

function entrySpec(level: number): TextSpec {
  return level === 1 ? TYPE.toc1 : level === 2 ? TYPE.toc2 : TYPE.toc3;
}

export function layoutContents(layout: LongLayout, title: string, entries: readonly OutlineEntry[]): ContentsLayout {
  const titleLines = layout.set([{ text: title }], CONTENT.width, TYPE.tocTitle);
  const pages: ContentsEntry[][] = [[]];
  let room = CONTENT.bottom - CONTENT.top - titleLines.length * TYPE.tocTitle.line - TYPE.tocTitle.after;
  for (const entry of entries) {
    const spec = entrySpec(entry.level);
    const indent = GAPS.listIndent * (entry.level - 1);
    const lines = layout.set(
      [{ text: `${entry.number}  ` }, { text: entry.title }],
      CONTENT.width - indent - NUMBER_COLUMN,
      spec,
    );
    const height = spec.before + lines.length * spec.line;
    if (height > room && (pages.at(-1)?.length ?? 0) > 0) {
      pages.push([]);
      room = CONTENT.bottom - CONTENT.top;
    }
    pages.at(-1)?.push({ entry, spec, indent, lines, height });
    room -= height;
  }
  return { title: titleLines, pages };
}

/**
 * Draws the contents on its reserved pages (`firstPage`, physical, from 1), with the page each
 * heading was placed on.
 */
export function drawContents(layout: LongLayout, contents: ContentsLayout, firstPage: number): void {
  const { doc } = layout;
  contents.pages.forEach((entries, p) => {
    layout.flush();
    doc.switchToPage(firstPage - 1 + p);
    let y = CONTENT.top;
    if (p === 0) {
      contents.title.forEach((line) => {
        const x = CONTENT.left + (CONTENT.width - line.width) / 2;
        layout.drawLines([line], x, y, TYPE.tocTitle, INK.accent);
        y += TYPE.tocTitle.line;
      });
      y += TYPE.tocTitle.after;
    }
    const dots: { from: number; to: number; y: number }[] = [];
    for (const item of entries) {
      y += item.spec.before;
      const x = CONTENT.left + item.indent;
      const color = INK.text;
      layout.drawLines(item.lines, x, y, item.spec, color);
      const placed = layout.anchors.get(item.entry.anchor);
      const lastTop = y + (item.lines.length - 1) * item.spec.line;
      if (placed) {
        const page = String(placed.page);
        const width = layout.measure(page, item.spec.bold ?? false, item.spec.size);
        const pageLine: SetLine = { pieces: [{ text: page, bold: false, italic: false, x: 0, width }], width };
        layout.drawLines([pageLine], CONTENT.right - width, lastTop, item.spec, color);
        const textEnd = x + (item.lines.at(-1)?.width ?? 0);
        const baseline = lastTop + (item.spec.line + item.spec.size) / 2 - 1.5;
        if (CONTENT.right - width - 6 > textEnd + 6)
          dots.push({ from: textEnd + 6, to: CONTENT.right - width - 6, y: baseline });
        doc.goTo(x, y, CONTENT.right - x, item.lines.length * item.spec.line, item.entry.anchor);
      }
      y += item.lines.length * item.spec.line;
    }
    layout.flush();
    for (const dot of dots) doc.moveTo(dot.from, dot.y).lineTo(dot.to, dot.y);
    if (dots.length > 0) {
      doc.lineWidth(0.9).lineCap('round').dash(0.01, { space: 3 }).strokeColor(INK.muted).stroke();
      doc.undash().lineCap('butt');
    }
  });
}

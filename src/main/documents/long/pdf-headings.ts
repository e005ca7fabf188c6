import { CONTENT, TYPE } from './geometry';
import { INK } from './pdf-ink';
import type { LongLayout } from './pdf-layout';
import type { OutlineEntry } from './outline';
import type { Prepared } from './pdf-page-breaks';

/**
 * Chapter titles and the numbered headings inside chapters. A heading is never the last thing on
 * a page: it moves on with `next.keep`, the start of what follows it.
 */

/** A level-2 (1.1) or level-3 (1.1.1) heading, kept with the start of the block after it. */
export function prepareHeading(layout: LongLayout, entry: OutlineEntry, next: Prepared): Prepared {
  const spec = entry.level === 2 ? TYPE.section : TYPE.subsection;
  const lines = layout.set([{ text: `${entry.number} ` }, { text: entry.title }], CONTENT.width, spec);
  const height = lines.length * spec.line;
  return {
    keep: spec.before + height + spec.after + next.keep,
    place: () => {
      layout.flow.ensure(spec.before + height + spec.after + next.keep);
      layout.flow.spaceBefore(spec.before);
      layout.placeHeading(entry);
      layout.drawLines(lines, CONTENT.left, layout.flow.y, spec, INK.accent);
      layout.flow.advance(height);
      layout.flow.spaceAfter(spec.after);
    },
  };
}

/**
 * A chapter's numbered title over a rule: on a new page in a proposal (and for the first chapter),
 * else after the chapter before.
 */
export function prepareChapterHeading(
  layout: LongLayout,
  entry: OutlineEntry,
  next: Prepared,
  first: boolean,
): Prepared {
  const spec = TYPE.chapter;
  const lines = layout.set([{ text: `${entry.number}  ` }, { text: entry.title }], CONTENT.width, spec);
  const height = lines.length * spec.line;
  const ruleGap = 6;
  return {
    keep: height + spec.after + next.keep,
    place: () => {
      if (layout.source.kind === 'proposal' || first) layout.flow.newPage();
      else {
        layout.flow.ensure(24 + height + spec.after + next.keep);
        layout.flow.spaceBefore(24);
      }
      layout.placeHeading(entry);
      const y = layout.flow.y;
      layout.drawLines(lines, CONTENT.left, y, spec, INK.accent);
      if (!layout.virtual) {
        const ruleY = y + height + ruleGap / 2;
        layout.doc
          .moveTo(CONTENT.left, ruleY)
          .lineTo(CONTENT.right, ruleY)
          .lineWidth(1)
          .strokeColor(INK.accent)
          .stroke();
      }
      layout.flow.advance(height);
      layout.flow.spaceAfter(spec.after);
    },
  };
}

import { Paragraph, type FileChild } from 'docx';
import type { BulletList, OrderedList } from '../../../shared/rich-text';
import { inlineRuns } from './docx-runs';
import { BULLETS, NUMBERS, STYLE } from './docx-styles';
import { listTextIndent, twips } from './geometry';

/** What the lists of one document share: how many ordered lists so far, and their first numbers. */
export interface ListNumbering {
  orderedLists: number;
  /** First numbers of ordered lists that do not start at 1 (each needs a numbering definition). */
  starts: Set<number>;
}

/**
 * A bullet or numbered list (nested) on Word numbering: the first paragraph of an item carries
 * the marker, the following ones are indented to its text.
 */
export function listBlock(
  list: BulletList | OrderedList,
  depth: number,
  numbering: ListNumbering,
  out: FileChild[],
): void {
  const ordered = list.type === 'orderedList';
  const start = list.type === 'orderedList' ? (list.attrs?.start ?? 1) : 1;
  if (start !== 1) numbering.starts.add(start);
  const reference = !ordered ? BULLETS : start === 1 ? NUMBERS : `${NUMBERS}-${start}`;
  // Each ordered list is an instance of its own, so it counts from its start.
  const instance = ordered ? ++numbering.orderedLists : undefined;
  for (const item of list.content) {
    let marked = false;
    for (const child of item.content) {
      if (child.type !== 'paragraph') {
        listBlock(child, depth + 1, numbering, out);
        continue;
      }
      out.push(
        new Paragraph({
          style: STYLE.list,
          children: inlineRuns(child.content),
          ...(marked
            ? { indent: { left: twips(listTextIndent(depth)) } }
            : { numbering: { reference, level: depth, instance, custom: true } }),
        }),
      );
      marked = true;
    }
  }
}

import type { Inline, Paragraph } from '../../../shared/rich-text';
import type { InlineSpan } from '../pdf/inline-text';
import { CONTENT, GAPS, TYPE } from './geometry';
import { INK } from './pdf-ink';
import type { LongLayout } from './pdf-layout';
import { flowLines, keepLines, type Prepared } from './pdf-page-breaks';

/** Inline rich text as spans; a hard break is "\n". */
export function spansOf(content: readonly Inline[] | undefined): InlineSpan[] {
  return (content ?? []).map((node) =>
    node.type === 'hardBreak'
      ? { text: '\n' }
      : {
          text: node.text,
          bold: node.marks?.some((m) => m.type === 'bold') ?? false,
          italic: node.marks?.some((m) => m.type === 'italic') ?? false,
        },
  );
}

/** A body paragraph: Chinese text justified with its first line indented two characters. */
export function prepareParagraph(layout: LongLayout, block: Paragraph): Prepared {
  const spec = TYPE.body;
  const lines = layout.set(spansOf(block.content), CONTENT.width, spec, {
    firstIndent: layout.zh ? GAPS.firstLineIndent : 0,
    justify: layout.zh,
  });
  return {
    keep: keepLines(lines.length, spec),
    place: () => {
      flowLines(layout, lines, CONTENT.left, spec, INK.text);
      layout.flow.spaceAfter(spec.after);
    },
  };
}

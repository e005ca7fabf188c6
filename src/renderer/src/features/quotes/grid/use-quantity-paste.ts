import { useCallback, type ClipboardEvent, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import type { QuoteContent } from '../../../../../shared/quotes/quote';
import type { EditFix } from '../editor/use-quote-draft';
import { clipboardColumn, parseQuantity } from '../model/cell-parse';
import { pasteQuantities } from '../model/content-ops';
import type { ActiveCell, EditedCell, GridNote, GridState } from './grid-state';
import type { GridCursor } from './use-grid-cursor';

interface QuantityPasteOptions {
  state: RefObject<GridState>;
  active: ActiveCell | null;
  editing: EditedCell | null;
  editable: boolean;
  goTo: GridCursor['goTo'];
  setEditing: GridCursor['setEditing'];
  setNote(note: GridNote): void;
  edit(change: (content: QuoteContent) => QuoteContent, fix?: EditFix): void;
}

export interface QuantityPaste {
  /** Fills the quantities from `lineId` down with a pasted column; false when there was nothing to paste. */
  pasteColumn(lineId: string, text: string): boolean;
  /** The grid's paste handler: a column pasted on an active 数量 cell. */
  onPaste(event: ClipboardEvent<HTMLDivElement>): void;
}

/**
 * A column of quantities copied from Excel and pasted on a 数量 cell fills down from that line;
 * the note says how many were taken, how many were not numbers and how many fell past the last line.
 */
export function useQuantityPaste({
  state,
  active,
  editing,
  editable,
  goTo,
  setEditing,
  setNote,
  edit,
}: QuantityPasteOptions): QuantityPaste {
  const { t } = useTranslation();

  const pasteColumn = useCallback(
    (lineId: string, text: string): boolean => {
      const cells = clipboardColumn(text);
      if (cells.length === 0) return false;
      const parsed = cells.map((cell) => parseQuantity(cell));
      const values = parsed.map((p) => (p.ok ? p.value : null));
      let filled: string[] = [];
      edit(
        (c) => {
          const result = pasteQuantities(c, lineId, values);
          filled = result.filled;
          return result.content;
        },
        {
          lines: state.current.layout.lineIds
            .slice(state.current.layout.lineIds.indexOf(lineId))
            .slice(0, values.length)
            .map((id) => ({ id, field: 'quantity' })),
        },
      );
      const invalid = parsed.filter((p) => !p.ok).length;
      const start = state.current.layout.lineIds.indexOf(lineId);
      const beyond = Math.max(0, start + cells.length - state.current.layout.lineIds.length);
      const parts = [t('quoteUi.grid.pasted', { n: filled.length })];
      if (invalid > 0) parts.push(t('quoteUi.grid.pasteInvalid', { n: invalid }));
      if (beyond > 0) parts.push(t('quoteUi.grid.pasteBeyond', { n: beyond }));
      setNote({ kind: invalid > 0 || beyond > 0 ? 'error' : 'info', text: parts.join(t('quoteUi.common.separator')) });
      setEditing(null);
      goTo({ lineId, col: 'quantity' });
      return true;
    },
    [edit, goTo, setEditing, setNote, state, t],
  );

  const onPaste = (event: ClipboardEvent<HTMLDivElement>) => {
    if (editing || !active || !editable || active.col !== 'quantity') return;
    if ((event.target as HTMLElement).closest('input, textarea')) return;
    const text = event.clipboardData.getData('text/plain');
    if (text.trim() === '') return;
    event.preventDefault();
    pasteColumn(active.lineId, text);
  };

  return { pasteColumn, onPaste };
}

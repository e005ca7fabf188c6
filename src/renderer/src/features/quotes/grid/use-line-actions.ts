import { useCallback, useState, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import type { QuoteContent, QuoteLine } from '../../../../../shared/quotes/quote';
import type { EditFix } from '../editor/use-quote-draft';
import { moveLineBy, removeLine, restoreLine, type RemovedLine } from '../model/content-ops';
import type { GridNote, GridState } from './grid-state';
import type { GridCursor } from './use-grid-cursor';

interface LineActionsOptions {
  state: RefObject<GridState>;
  goTo: GridCursor['goTo'];
  setEditing: GridCursor['setEditing'];
  setNote(note: GridNote): void;
  lineLabel(line: QuoteLine): string;
  edit(change: (content: QuoteContent) => QuoteContent, fix?: EditFix): void;
}

export interface LineActions {
  /** The last removed line, until it is restored or another is removed. */
  undo: RemovedLine | null;
  /** Removes a line (it can be restored) and moves the keyboard to its neighbour. */
  removeById(lineId: string): void;
  undoRemove(): void;
  /** Moves a line one place up or down, across sections. */
  moveBy(lineId: string, delta: -1 | 1): void;
}

/** Removing a line with one step of undo, and moving a line up or down a place. */
export function useLineActions({ state, goTo, setEditing, setNote, lineLabel, edit }: LineActionsOptions): LineActions {
  const { t } = useTranslation();
  const [undo, setUndo] = useState<RemovedLine | null>(null);

  const removeById = useCallback(
    (lineId: string) => {
      const { layout: l, lineById: byId } = state.current;
      const line = byId.get(lineId);
      if (!line) return;
      const index = l.lineIds.indexOf(lineId);
      const neighbour = l.lineIds[index + 1] ?? l.lineIds[index - 1] ?? null;
      let removed: RemovedLine | null = null;
      edit((c) => {
        const result = removeLine(c, lineId);
        removed = result.removed;
        return result.content;
      });
      setUndo(removed);
      setEditing(null);
      setNote({ kind: 'info', text: t('quoteUi.grid.removed', { what: lineLabel(line) }) });
      const col = state.current.active?.col ?? 'quantity';
      goTo(neighbour ? { lineId: neighbour, col } : null);
    },
    [edit, goTo, lineLabel, setEditing, setNote, state, t],
  );

  const undoRemove = useCallback(() => {
    if (!undo) return;
    const restored = undo;
    edit((c) => restoreLine(c, restored));
    setUndo(null);
    setNote(null);
    goTo({ lineId: restored.line.id, col: state.current.active?.col ?? 'quantity' });
  }, [edit, goTo, setNote, state, undo]);

  const moveBy = useCallback(
    (lineId: string, delta: -1 | 1) => {
      edit((c) => moveLineBy(c, lineId, delta));
      goTo({ lineId, col: state.current.active?.col ?? 'quantity' });
    },
    [edit, goTo, state],
  );

  return { undo, removeById, undoRemove, moveBy };
}

import { useMemo, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import type { QuoteContent, QuoteLine } from '../../../../../shared/quotes/quote';
import type { EditFix } from '../editor/use-quote-draft';
import { isMultiCell } from '../model/cell-parse';
import { updateLine } from '../model/content-ops';
import { commitText, editText } from './grid-model';
import type { GridNote, GridState } from './grid-state';
import type { RowAction, RowHandlers } from './row-types';
import type { GridCursor } from './use-grid-cursor';
import type { LineActions } from './use-line-actions';
import type { DragHandlers } from './use-line-drag';

interface RowHandlersOptions {
  state: RefObject<GridState>;
  cursor: GridCursor;
  lineActions: Pick<LineActions, 'removeById' | 'moveBy'>;
  pasteColumn(lineId: string, text: string): boolean;
  drag: DragHandlers;
  setNote(note: GridNote): void;
  lineLabel(line: QuoteLine): string;
  edit(change: (content: QuoteContent) => QuoteContent, fix?: EditFix): void;
  onCurrentSection(sectionId: string): void;
  onEditCustom(line: QuoteLine): void;
}

/**
 * What a line row does: activate a cell, open, commit or cancel its editor (a value that does not
 * parse keeps the editor open with the reason), tick 可选, paste, the row menu, and dragging.
 * One stable object for every row, so rows re-render only when their data changes.
 */
export function useRowHandlers(options: RowHandlersOptions): RowHandlers {
  const { t } = useTranslation();
  const { state, pasteColumn, drag, setNote, lineLabel, edit, onCurrentSection, onEditCustom } = options;
  const { setActive, setEditing, goTo, startEdit, stepFrom } = options.cursor;
  const { removeById, moveBy } = options.lineActions;

  return useMemo<RowHandlers>(
    () => ({
      activate(lineId, col) {
        const line = state.current.lineById.get(lineId);
        if (line) onCurrentSection(line.sectionId);
        goTo({ lineId, col });
      },
      startEdit(lineId, col) {
        startEdit(lineId, col);
      },
      toggleOptional(lineId) {
        const line = state.current.lineById.get(lineId);
        if (!line || !state.current.editable) return;
        edit((c) => updateLine(c, lineId, { optional: !line.optional }));
        goTo({ lineId, col: 'optional' });
      },
      commit(text, move) {
        const current = state.current.editing;
        if (!current) return true;
        const line = state.current.lineById.get(current.lineId);
        if (!line) {
          setEditing(null);
          return true;
        }
        const result = commitText(current.col, text);
        if (!result.ok) {
          const message = t(`quoteUi.grid.errors.${result.problem}`);
          if (move === 'blur') {
            setEditing(null);
            setNote({ kind: 'error', text: t('quoteUi.grid.discarded', { message }) });
            return true;
          }
          setNote({ kind: 'error', text: `${lineLabel(line)} · ${message}` });
          setEditing({ ...current, error: message });
          return false;
        }
        const unchanged = text === editText(line, current.col);
        if (!unchanged) {
          edit((c) => updateLine(c, line.id, result.value), { lines: [{ id: line.id, field: current.col }] });
        }
        setEditing(null);
        setNote(null);
        if (move === 'blur') return true;
        if (current.returnFocus && (move === 'down' || move === 'up')) {
          setActive({ lineId: line.id, col: current.col });
          current.returnFocus();
          return true;
        }
        goTo(stepFrom({ lineId: line.id, col: current.col }, move));
        return true;
      },
      cancel() {
        const current = state.current.editing;
        setEditing(null);
        setNote(null);
        if (current?.returnFocus) {
          setActive({ lineId: current.lineId, col: current.col });
          current.returnFocus();
        } else if (current) {
          goTo({ lineId: current.lineId, col: current.col });
        }
      },
      paste(lineId, text) {
        if (!isMultiCell(text)) return false;
        return pasteColumn(lineId, text);
      },
      action(action: RowAction, lineId) {
        if (action === 'remove') removeById(lineId);
        if (action === 'up') moveBy(lineId, -1);
        if (action === 'down') moveBy(lineId, 1);
        if (action === 'editCustom') {
          const line = state.current.lineById.get(lineId);
          if (line) onEditCustom(line);
        }
      },
      dragStart: drag.dragStart,
      dragOverLine: drag.dragOverLine,
      drop: drag.drop,
      dragEnd: drag.dragEnd,
    }),
    [
      drag,
      edit,
      goTo,
      lineLabel,
      moveBy,
      onCurrentSection,
      onEditCustom,
      pasteColumn,
      removeById,
      setActive,
      setEditing,
      setNote,
      startEdit,
      state,
      stepFrom,
      t,
    ],
  );
}

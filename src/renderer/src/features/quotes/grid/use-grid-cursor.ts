import type { Virtualizer } from '@tanstack/react-virtual';
import { useCallback, useLayoutEffect, useRef, useState, type RefObject } from 'react';
import { editText, FIRST_COL, isTextEditable, LAST_COL, stepCol, type ColKey, type GridLayout } from './grid-model';
import type { ActiveCell, EditedCell, GridNote, GridState } from './grid-state';
import type { Move } from './row-types';

/** The app shell's fixed header: a cell scrolled under it is out of sight. */
const APP_HEADER = 64;

/** Scrolls the window (not the grid) just enough that `element` is in view. */
function revealInWindow(element: HTMLElement): void {
  const rect = element.getBoundingClientRect();
  const bottomGap = 44; // the grid's status line below
  if (rect.bottom + bottomGap > window.innerHeight) {
    window.scrollBy({ top: rect.bottom + bottomGap - window.innerHeight });
  } else if (rect.top < APP_HEADER + 8) {
    window.scrollBy({ top: rect.top - APP_HEADER - 8 });
  }
}

export interface GridCursor {
  active: ActiveCell | null;
  editing: EditedCell | null;
  setActive(next: ActiveCell | null): void;
  setEditing(next: EditedCell | null): void;
  /** Makes a cell active and (unless focus is false) puts the keyboard on it after the next render. */
  goTo(next: ActiveCell | null, focus?: boolean): void;
  /** Opens a cell's editor, with `seed` typed into it (null = the cell's current value). */
  startEdit(lineId: string, col: ColKey, seed?: string | null, returnFocus?: () => void): void;
  /** The cell one step away (stays put at the edges). */
  stepFrom(from: ActiveCell, move: Move): ActiveCell | null;
}

interface GridCursorOptions {
  state: RefObject<GridState>;
  layout: GridLayout;
  virtualizer: Pick<Virtualizer<HTMLDivElement, Element>, 'scrollToIndex'>;
  scrollRef: RefObject<HTMLDivElement | null>;
  setNote(note: GridNote): void;
}

/**
 * Which cell is active and which is being edited; moving between cells, and bringing the active
 * (or edited) cell into view with the keyboard on it.
 */
export function useGridCursor({ state, layout, virtualizer, scrollRef, setNote }: GridCursorOptions): GridCursor {
  const [active, setActive] = useState<ActiveCell | null>(null);
  const [editing, setEditing] = useState<EditedCell | null>(null);
  /** Set when the keyboard should land on the active cell after the next render. */
  const focusWanted = useRef(false);

  /** Bumped to run the focus effect even when the active cell stays the same. */
  const [focusTick, setFocusTick] = useState(0);
  const goTo = useCallback((next: ActiveCell | null, focus = true) => {
    setActive(next);
    focusWanted.current = focus && next !== null;
    if (focusWanted.current) setFocusTick((n) => n + 1);
  }, []);

  const startEdit = useCallback(
    (lineId: string, col: ColKey, seed: string | null = null, returnFocus?: () => void) => {
      const { lineById: byId, editable: canEdit } = state.current;
      const line = byId.get(lineId);
      if (!canEdit || !line || !isTextEditable(line, col)) return;
      setActive({ lineId, col });
      setNote(null);
      setEditing({ lineId, col, text: seed ?? editText(line, col), selectAll: seed === null, returnFocus });
    },
    [state, setNote],
  );

  const stepFrom = useCallback(
    (from: ActiveCell, move: Move): ActiveCell | null => {
      const ids = state.current.layout.lineIds;
      const index = ids.indexOf(from.lineId);
      switch (move) {
        case 'down':
        case 'up': {
          const next = ids[index + (move === 'down' ? 1 : -1)];
          return next ? { lineId: next, col: from.col } : from;
        }
        case 'right':
        case 'left': {
          const col = stepCol(from.col, move === 'right' ? 1 : -1);
          if (col) return { lineId: from.lineId, col };
          const next = ids[index + (move === 'right' ? 1 : -1)];
          if (!next) return from;
          return { lineId: next, col: move === 'right' ? FIRST_COL : LAST_COL };
        }
        default:
          return from;
      }
    },
    [state],
  );

  // Bring the active (or edited) row into view and put the keyboard on it.
  const activeKey = active ? `${active.lineId}:${active.col}` : '';
  const editingKey = editing ? `${editing.lineId}:${editing.col}` : '';
  useLayoutEffect(() => {
    const target = editing ?? (focusWanted.current ? active : null);
    if (!target) return;
    const row = layout.rowOf.get(target.lineId);
    if (row === undefined) return;
    virtualizer.scrollToIndex(row, { align: 'auto' });
    const key = editing ? editingKey : activeKey;
    let attempts = 0;
    const focus = () => {
      const element = scrollRef.current?.querySelector<HTMLElement>(`[data-cell="${CSS.escape(key)}"]`);
      if (element) {
        revealInWindow(element);
        if (!editing) element.focus({ preventScroll: true });
        focusWanted.current = false;
      } else if (attempts < 5) {
        attempts += 1;
        requestAnimationFrame(focus);
      }
    };
    focus();
    // eslint-disable-next-line react-hooks/exhaustive-deps -- runs when the target cell changes
  }, [activeKey, editingKey, layout, focusTick]);

  return { active, editing, setActive, setEditing, goTo, startEdit, stepFrom };
}

import type { KeyboardEvent } from 'react';
import type { QuoteLine } from '../../../../../shared/quotes/quote';
import { FIRST_COL, isTextEditable, LAST_COL, type GridLayout } from './grid-model';
import type { Move } from './row-types';
import type { GridCursor } from './use-grid-cursor';
import type { LineActions } from './use-line-actions';

export interface GridKeyContext {
  cursor: Pick<GridCursor, 'active' | 'editing' | 'goTo' | 'startEdit' | 'stepFrom'>;
  lineActions: LineActions;
  layout: GridLayout;
  lineById: Map<string, QuoteLine>;
  editable: boolean;
  toggleOptional(lineId: string): void;
}

/**
 * The grid's keys while no cell is being edited: arrows, Tab, Home/End move; Enter/F2 or typing
 * edits; Space ticks 可选; Delete removes the line and Ctrl+Z brings it back; Alt+↑/↓ moves it.
 */
export function handleGridKey(event: KeyboardEvent<HTMLDivElement>, context: GridKeyContext): void {
  const { layout, lineById, editable, toggleOptional } = context;
  const { active, editing, goTo, startEdit, stepFrom } = context.cursor;
  const { undo, undoRemove, moveBy, removeById } = context.lineActions;
  if (editing || !active) {
    if (!active && !editing && layout.lineIds.length > 0 && (event.key.startsWith('Arrow') || event.key === 'Enter')) {
      event.preventDefault();
      const first = layout.lineIds[0];
      if (first) goTo({ lineId: first, col: 'quantity' });
    }
    return;
  }
  const target = event.target as HTMLElement;
  if (target instanceof HTMLInputElement && target.type !== 'checkbox') return;
  if (target.closest('textarea, button, [role="menu"]')) return;
  const line = lineById.get(active.lineId);
  if (!line) return;
  const { key } = event;
  if (event.altKey && (key === 'ArrowUp' || key === 'ArrowDown')) {
    event.preventDefault();
    if (editable) moveBy(line.id, key === 'ArrowUp' ? -1 : 1);
    return;
  }
  if ((event.ctrlKey || event.metaKey) && key.toLowerCase() === 'z') {
    if (undo) {
      event.preventDefault();
      undoRemove();
    }
    return;
  }
  if (event.ctrlKey || event.metaKey || event.altKey) return;
  const canType = editable && isTextEditable(line, active.col);
  switch (key) {
    case 'ArrowUp':
    case 'ArrowDown':
    case 'ArrowLeft':
    case 'ArrowRight': {
      event.preventDefault();
      const move = key.slice(5).toLowerCase() as Move;
      goTo(stepFrom(active, move));
      break;
    }
    case 'Tab': {
      const next = stepFrom(active, event.shiftKey ? 'left' : 'right');
      if (next && (next.lineId !== active.lineId || next.col !== active.col)) {
        event.preventDefault();
        goTo(next);
      }
      break;
    }
    case 'Home':
    case 'End':
      event.preventDefault();
      goTo({ lineId: active.lineId, col: key === 'Home' ? FIRST_COL : LAST_COL });
      break;
    case 'Enter':
    case 'F2':
      event.preventDefault();
      if (canType) startEdit(line.id, active.col);
      else if (active.col === 'optional' && editable) toggleOptional(line.id);
      else if (key === 'Enter') goTo(stepFrom(active, event.shiftKey ? 'up' : 'down'));
      break;
    case ' ':
      if (active.col === 'optional' && editable) {
        event.preventDefault();
        toggleOptional(line.id);
      }
      break;
    case 'Delete':
      if (editable) {
        event.preventDefault();
        removeById(line.id);
      }
      break;
    case 'Backspace':
      if (canType) {
        event.preventDefault();
        startEdit(line.id, active.col, '');
      }
      break;
    default:
      if (canType && key.length === 1) {
        event.preventDefault();
        startEdit(line.id, active.col, key);
      }
  }
}

import type { DragEvent } from 'react';
import type { ColKey } from './grid-model';

/** Where the keyboard goes after a cell edit is committed. */
export type Move = 'down' | 'up' | 'left' | 'right' | 'blur';

export type RowAction = 'up' | 'down' | 'remove' | 'editCustom';

/** Stable callbacks from the grid (one object for every row, so rows re-render only when their data changes). */
export interface RowHandlers {
  activate(lineId: string, col: ColKey): void;
  startEdit(lineId: string, col: ColKey): void;
  toggleOptional(lineId: string): void;
  commit(text: string, move: Move): boolean;
  cancel(): void;
  paste(lineId: string, text: string): boolean;
  action(action: RowAction, lineId: string): void;
  dragStart(lineId: string, event: DragEvent<HTMLElement>): void;
  dragOverLine(lineId: string, event: DragEvent<HTMLElement>): void;
  drop(event: DragEvent<HTMLElement>): void;
  dragEnd(): void;
}

export interface EditingCell {
  col: ColKey;
  /** What the editor starts with; null = the cell's current value. */
  text: string | null;
  selectAll: boolean;
  /** Why the typed value was not taken (the editor stays open). */
  error?: string;
}

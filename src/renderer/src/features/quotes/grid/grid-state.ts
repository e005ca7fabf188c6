import type { QuoteContent, QuoteLine } from '../../../../../shared/quotes/quote';
import type { DropTarget } from '../model/content-ops';
import type { ColKey, GridLayout } from './grid-model';
import type { EditingCell } from './row-types';

/** The cell the keyboard is on. */
export interface ActiveCell {
  lineId: string;
  col: ColKey;
}

/** The cell being typed into. */
export interface EditedCell extends EditingCell {
  lineId: string;
  returnFocus?: () => void;
}

/** A message under the grid: what just happened, or why a typed value was not taken. */
export type GridNote = { kind: 'info' | 'error'; text: string } | null;

/** The grid's latest values, which its stable handlers read when an event comes. */
export interface GridState {
  content: QuoteContent;
  layout: GridLayout;
  lineById: Map<string, QuoteLine>;
  editable: boolean;
  active: ActiveCell | null;
  editing: EditedCell | null;
  /** The line being dragged, and where it would drop. */
  dragId: string | null;
  drop: DropTarget | null;
}

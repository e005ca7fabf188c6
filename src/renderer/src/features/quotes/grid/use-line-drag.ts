import { useMemo, useState, type RefObject } from 'react';
import type { QuoteContent } from '../../../../../shared/quotes/quote';
import type { EditFix } from '../editor/use-quote-draft';
import { moveLine, type DropTarget } from '../model/content-ops';
import type { GridState } from './grid-state';
import type { RowHandlers } from './row-types';
import type { SectionHandlers } from './SectionRows';
import type { GridCursor } from './use-grid-cursor';

export type DragHandlers = Pick<RowHandlers, 'dragStart' | 'dragOverLine' | 'drop' | 'dragEnd'> &
  Pick<SectionHandlers, 'dragOverSection'>;

interface LineDragOptions {
  state: RefObject<GridState>;
  goTo: GridCursor['goTo'];
  edit(change: (content: QuoteContent) => QuoteContent, fix?: EditFix): void;
}

export interface LineDrag {
  /** The line being dragged. */
  dragId: string | null;
  /** Where the dragged line would drop. */
  drop: DropTarget | null;
  handlers: DragHandlers;
  /** Where a line row shows the drop marker. */
  dropOf(lineId: string): 'before' | 'after' | null;
  /** Whether a section's start (its title bar) or end (empty note, subtotal) shows the drop marker. */
  sectionDrop(sectionId: string, where: 'sectionStart' | 'sectionEnd'): boolean;
}

/** Reordering by drag: a line dragged by its handle drops before or after a line, or at a section's start or end. */
export function useLineDrag({ state, goTo, edit }: LineDragOptions): LineDrag {
  const [dragId, setDragId] = useState<string | null>(null);
  const [drop, setDrop] = useState<DropTarget | null>(null);

  const handlers = useMemo<DragHandlers>(
    () => ({
      dragStart(lineId, event) {
        event.dataTransfer.effectAllowed = 'move';
        event.dataTransfer.setData('text/plain', lineId);
        const row = (event.currentTarget as HTMLElement).closest('[role="row"]');
        if (row) event.dataTransfer.setDragImage(row, 16, 20);
        setDragId(lineId);
      },
      dragOverLine(lineId, event) {
        if (!state.current.dragId) return;
        event.preventDefault();
        event.dataTransfer.dropEffect = 'move';
        const rect = event.currentTarget.getBoundingClientRect();
        const kind = event.clientY < rect.top + rect.height / 2 ? 'before' : 'after';
        const previous = state.current.drop;
        if (previous?.kind === kind && 'lineId' in previous && previous.lineId === lineId) return;
        setDrop({ kind, lineId });
      },
      dragOverSection(sectionId, where, event) {
        if (!state.current.dragId) return;
        event.preventDefault();
        event.dataTransfer.dropEffect = 'move';
        const previous = state.current.drop;
        if (previous?.kind === where && 'sectionId' in previous && previous.sectionId === sectionId) return;
        setDrop({ kind: where, sectionId });
      },
      drop(event) {
        event.preventDefault();
        const { dragId: moving, drop: target } = state.current;
        if (moving && target) {
          edit((c) => moveLine(c, moving, target));
          goTo({ lineId: moving, col: state.current.active?.col ?? 'quantity' });
        }
        setDragId(null);
        setDrop(null);
      },
      dragEnd() {
        setDragId(null);
        setDrop(null);
      },
    }),
    [edit, goTo, state],
  );

  const dropOf = (lineId: string): 'before' | 'after' | null =>
    drop && (drop.kind === 'before' || drop.kind === 'after') && drop.lineId === lineId ? drop.kind : null;
  const sectionDrop = (sectionId: string, where: 'sectionStart' | 'sectionEnd') =>
    !!drop && drop.kind === where && drop.sectionId === sectionId;

  return { dragId, drop, handlers, dropOf, sectionDrop };
}

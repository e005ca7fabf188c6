import { useVirtualizer } from '@tanstack/react-virtual';
import { forwardRef, useCallback, useImperativeHandle, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PricedQuote } from '../../../../../shared/quotes/pricing';
import type { QuoteContent, QuoteLine } from '../../../../../shared/quotes/quote';
import type { EditFix } from '../editor/use-quote-draft';
import type { FieldErrors } from '../model/field-errors';
import { handleGridKey } from './grid-keyboard';
import { buildRows, GRID_MIN_WIDTH, ROW_HEIGHT, type ColKey } from './grid-model';
import type { GridNote, GridState } from './grid-state';
import { GridHeader } from './GridHeader';
import { GridStatus } from './GridStatus';
import classes from './LineGrid.module.css';
import { LineRow } from './LineRow';
import { SectionDeleteModal } from './SectionDeleteModal';
import { EmptySectionRow, SectionRow, SubtotalRow } from './SectionRows';
import { useGridCursor } from './use-grid-cursor';
import { useLineActions } from './use-line-actions';
import { useLineDrag } from './use-line-drag';
import { useQuantityPaste } from './use-quantity-paste';
import { useRowHandlers } from './use-row-handlers';
import { useSectionHandlers } from './use-section-handlers';

const HEADER_HEIGHT = 36;
/** Tall enough to work in, short enough that the grid fits the window with the toolbar above it. */
const MAX_HEIGHT = 'max(300px, calc(100vh - 250px))';

export interface LineGridHandle {
  /** Puts the 数量 cell of a (just added) line into editing; Enter there calls `returnFocus`. */
  editQuantity(lineId: string, returnFocus?: () => void): void;
  /** Moves the keyboard to a line (for error and approval links). */
  focusLine(lineId: string, col?: ColKey): void;
}

interface LineGridProps {
  content: QuoteContent;
  priced: PricedQuote | null;
  editable: boolean;
  errors: FieldErrors;
  /** Line id → why it needs approval. */
  flags: Map<string, string>;
  currentSectionId: string;
  onCurrentSection(sectionId: string): void;
  edit(change: (content: QuoteContent) => QuoteContent, fix?: EditFix): void;
  onEditCustom(line: QuoteLine): void;
  language: string;
}

/**
 * The quote lines as a spreadsheet: sections with subtotals, every cell reachable by keyboard
 * (arrows, Tab, Enter, typing edits, Escape cancels, Delete removes a line with undo, Alt+↑/↓
 * moves it), a column of quantities pasted from Excel fills down, lines dragged by their handle.
 * Rows are virtualised and memoised, so a 1,000-line quote stays quick.
 */
export const LineGrid = forwardRef<LineGridHandle, LineGridProps>(function LineGrid(props, ref) {
  const { t } = useTranslation();
  const { content, priced, editable, errors, flags, currentSectionId, onCurrentSection, edit, onEditCustom } = props;
  const scrollRef = useRef<HTMLDivElement>(null);
  const layout = useMemo(() => buildRows(content), [content]);
  const lineById = useMemo(() => new Map(content.lines.map((l) => [l.id, l])), [content.lines]);
  const pricedById = useMemo(() => new Map((priced?.lines ?? []).map((l) => [l.id, l])), [priced]);
  const subtotalOf = useMemo(() => new Map((priced?.sections ?? []).map((s) => [s.id, s.subtotalFen])), [priced]);
  const [note, setNote] = useState<GridNote>(null);
  // The latest values for the stable handlers below; set once the hooks that hold them have run.
  const state = useRef<GridState>({
    content,
    layout,
    lineById,
    editable,
    active: null,
    editing: null,
    dragId: null,
    drop: null,
  });
  const lineLabel = useCallback(
    (line: QuoteLine) => {
      const number = state.current.layout.lineIds.indexOf(line.id) + 1;
      return t('quoteUi.grid.lineRef', { n: number, code: line.code || line.name });
    },
    [t],
  );

  const virtualizer = useVirtualizer({
    count: layout.rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: (index) => ROW_HEIGHT[layout.rows[index]?.kind ?? 'line'],
    getItemKey: (index) => layout.rows[index]?.key ?? index,
    overscan: 10,
    scrollMargin: HEADER_HEIGHT,
    scrollPaddingStart: HEADER_HEIGHT,
  });

  const cursor = useGridCursor({ state, layout, virtualizer, scrollRef, setNote });
  const { active, editing, setActive, setEditing, goTo } = cursor;
  const lineActions = useLineActions({ state, goTo, setEditing, setNote, lineLabel, edit });
  const { pasteColumn, onPaste } = useQuantityPaste({
    state,
    active,
    editing,
    editable,
    goTo,
    setEditing,
    setNote,
    edit,
  });
  const drag = useLineDrag({ state, goTo, edit });
  const handlers = useRowHandlers({
    state,
    cursor,
    lineActions,
    pasteColumn,
    drag: drag.handlers,
    setNote,
    lineLabel,
    edit,
    onCurrentSection,
    onEditCustom,
  });
  const sectionActions = useSectionHandlers({ state, drag: drag.handlers, edit, onCurrentSection });
  const sectionHandlers = sectionActions.handlers;
  state.current = { content, layout, lineById, editable, active, editing, dragId: drag.dragId, drop: drag.drop };

  useImperativeHandle(
    ref,
    () => ({
      editQuantity(lineId, returnFocus) {
        setActive({ lineId, col: 'quantity' });
        setNote(null);
        // The line was just added: its text is read once it is in the content (text: null).
        setEditing({ lineId, col: 'quantity', text: null, selectAll: true, returnFocus });
      },
      focusLine(lineId, col = 'quantity') {
        const line = state.current.lineById.get(lineId);
        if (line) onCurrentSection(line.sectionId);
        goTo({ lineId, col });
      },
    }),
    [goTo, onCurrentSection, setActive, setEditing],
  );

  const sections = content.sections;
  const virtualItems = virtualizer.getVirtualItems();
  const activeRow = active ? layout.rowOf.get(active.lineId) : undefined;
  const activeRendered = activeRow !== undefined && virtualItems.some((item) => item.index === activeRow);
  const { dropOf, sectionDrop } = drag;
  const activeLineError = active ? errors.lines[active.lineId]?.[active.col] : undefined;
  const sectionOf = useMemo(() => new Map(sections.map((s) => [s.id, s.title])), [sections]);

  return (
    <div data-testid="line-grid">
      <div
        ref={scrollRef}
        className={classes.scroller}
        style={{ maxHeight: MAX_HEIGHT, height: virtualizer.getTotalSize() + HEADER_HEIGHT + 2 }}
        role="grid"
        aria-label={t('quoteUi.grid.label')}
        aria-rowcount={layout.lineIds.length}
        tabIndex={activeRendered ? -1 : 0}
        onFocus={(event) => {
          // Tabbing into the grid lands on the active cell (or the first line's quantity).
          if (event.target !== event.currentTarget) return;
          const first = layout.lineIds[0];
          if (active) goTo(active);
          else if (first) goTo({ lineId: first, col: 'quantity' });
        }}
        onKeyDown={(event) =>
          handleGridKey(event, {
            cursor,
            lineActions,
            layout,
            lineById,
            editable,
            toggleOptional: handlers.toggleOptional,
          })
        }
        onPaste={onPaste}
        data-testid="line-grid-scroller"
      >
        <GridHeader />
        <div className={classes.body} style={{ height: virtualizer.getTotalSize(), minWidth: GRID_MIN_WIDTH }}>
          {virtualItems.map((item) => {
            const row = layout.rows[item.index];
            if (!row) return null;
            const top = item.start - HEADER_HEIGHT;
            const height = ROW_HEIGHT[row.kind];
            switch (row.kind) {
              case 'section':
                return (
                  <SectionRow
                    key={row.key}
                    sectionId={row.sectionId}
                    title={row.title}
                    lineCount={row.lineCount}
                    sectionIndex={row.sectionIndex}
                    sectionTotal={sections.length}
                    top={top}
                    height={height}
                    current={row.sectionId === currentSectionId && sections.length > 1}
                    editable={editable}
                    error={errors.other[`sections.${row.sectionId}`]}
                    drop={sectionDrop(row.sectionId, 'sectionStart')}
                    handlers={sectionHandlers}
                  />
                );
              case 'empty':
                return (
                  <EmptySectionRow
                    key={row.key}
                    sectionId={row.sectionId}
                    top={top}
                    height={height}
                    editable={editable}
                    drop={sectionDrop(row.sectionId, 'sectionEnd')}
                    handlers={sectionHandlers}
                  />
                );
              case 'subtotal':
                return (
                  <SubtotalRow
                    key={row.key}
                    sectionId={row.sectionId}
                    title={sectionOf.get(row.sectionId) ?? ''}
                    subtotalFen={subtotalOf.get(row.sectionId) ?? null}
                    top={top}
                    height={height}
                    drop={sectionDrop(row.sectionId, 'sectionEnd')}
                    handlers={sectionHandlers}
                  />
                );
              case 'line': {
                const p = pricedById.get(row.line.id);
                const isActive = active?.lineId === row.line.id;
                const isEditing = editing?.lineId === row.line.id;
                return (
                  <LineRow
                    key={row.key}
                    line={row.line}
                    number={row.number}
                    top={top}
                    height={height}
                    amountFen={p?.finalAmountFen ?? null}
                    impliedBp={p?.impliedDiscountBp ?? null}
                    allocatedFen={p?.allocatedDiscountFen ?? 0}
                    active={isActive}
                    activeCol={isActive ? active.col : null}
                    editing={isEditing ? editing : null}
                    errors={errors.lines[row.line.id]}
                    flag={flags.get(row.line.id)}
                    editable={editable}
                    language={props.language}
                    drop={dropOf(row.line.id)}
                    dragging={drag.dragId === row.line.id}
                    first={row.number === 1}
                    last={row.number === layout.lineIds.length}
                    handlers={handlers}
                  />
                );
              }
            }
          })}
        </div>
      </div>
      <GridStatus
        note={note}
        activeLineError={activeLineError}
        editable={editable}
        canUndo={lineActions.undo !== null}
        onUndo={lineActions.undoRemove}
      />
      <SectionDeleteModal
        content={content}
        sectionId={sectionActions.deleteSectionId}
        onCancel={sectionActions.cancelDelete}
        onConfirm={sectionActions.confirmDelete}
      />
    </div>
  );
});

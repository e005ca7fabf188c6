import { Button, Group, Modal, Text } from '@mantine/core';
import { IconArrowBackUp } from '@tabler/icons-react';
import { useVirtualizer } from '@tanstack/react-virtual';
import {
  forwardRef,
  useCallback,
  useImperativeHandle,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  type ClipboardEvent,
  type KeyboardEvent,
} from 'react';
import { useTranslation } from 'react-i18next';
import type { PricedQuote } from '../../../../../shared/quotes/pricing';
import type { QuoteContent, QuoteLine } from '../../../../../shared/quotes/quote';
import type { EditFix } from '../editor/use-quote-draft';
import {
  moveLine,
  moveLineBy,
  moveSection,
  pasteQuantities,
  removeLine,
  removeSection,
  renameSection,
  restoreLine,
  updateLine,
  type DropTarget,
  type RemovedLine,
} from '../model/content-ops';
import { clipboardColumn, isMultiCell, parseQuantity } from '../model/cell-parse';
import type { FieldErrors } from '../model/field-errors';
import {
  buildRows,
  COLUMNS,
  commitText,
  editText,
  GRID_MIN_WIDTH,
  GRID_TEMPLATE,
  isTextEditable,
  FIRST_COL,
  LAST_COL,
  ROW_HEIGHT,
  stepCol,
  type ColKey,
} from './grid-model';
import classes from './LineGrid.module.css';
import { LineRow, type EditingCell, type Move, type RowAction, type RowHandlers } from './LineRow';
import { EmptySectionRow, SectionRow, SubtotalRow, type SectionHandlers } from './SectionRows';

const HEADER_HEIGHT = 36;
/** Tall enough to work in, short enough that the grid fits the window with the toolbar above it. */
const MAX_HEIGHT = 'max(300px, calc(100vh - 250px))';
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

interface Active {
  lineId: string;
  col: ColKey;
}

interface Editing extends EditingCell {
  lineId: string;
  returnFocus?: () => void;
}

type Note = { kind: 'info' | 'error'; text: string } | null;

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

  const [active, setActive] = useState<Active | null>(null);
  const [editing, setEditing] = useState<Editing | null>(null);
  const [note, setNote] = useState<Note>(null);
  const [undo, setUndo] = useState<RemovedLine | null>(null);
  const [dragId, setDragId] = useState<string | null>(null);
  const [drop, setDrop] = useState<DropTarget | null>(null);
  const [deleteSectionId, setDeleteSectionId] = useState<string | null>(null);
  /** Set when the keyboard should land on the active cell after the next render. */
  const focusWanted = useRef(false);

  // The latest values for the stable handlers below.
  const state = useRef({ content, layout, lineById, active, editing, dragId, drop, editable });
  state.current = { content, layout, lineById, active, editing, dragId, drop, editable };

  const virtualizer = useVirtualizer({
    count: layout.rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: (index) => ROW_HEIGHT[layout.rows[index]?.kind ?? 'line'],
    getItemKey: (index) => layout.rows[index]?.key ?? index,
    overscan: 10,
    scrollMargin: HEADER_HEIGHT,
    scrollPaddingStart: HEADER_HEIGHT,
  });

  /** Bumped to run the focus effect even when the active cell stays the same. */
  const [focusTick, setFocusTick] = useState(0);
  const goTo = useCallback((next: Active | null, focus = true) => {
    setActive(next);
    focusWanted.current = focus && next !== null;
    if (focusWanted.current) setFocusTick((n) => n + 1);
  }, []);

  const lineLabel = useCallback(
    (line: QuoteLine) => {
      const number = state.current.layout.lineIds.indexOf(line.id) + 1;
      return t('quoteUi.grid.lineRef', { n: number, code: line.code || line.name });
    },
    [t],
  );

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
    [edit, goTo, lineLabel, t],
  );

  const undoRemove = useCallback(() => {
    if (!undo) return;
    const restored = undo;
    edit((c) => restoreLine(c, restored));
    setUndo(null);
    setNote(null);
    goTo({ lineId: restored.line.id, col: state.current.active?.col ?? 'quantity' });
  }, [edit, goTo, undo]);

  const moveBy = useCallback(
    (lineId: string, delta: -1 | 1) => {
      edit((c) => moveLineBy(c, lineId, delta));
      goTo({ lineId, col: state.current.active?.col ?? 'quantity' });
    },
    [edit, goTo],
  );

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
    [edit, goTo, t],
  );

  const startEdit = useCallback((lineId: string, col: ColKey, seed: string | null = null, returnFocus?: () => void) => {
    const { lineById: byId, editable: canEdit } = state.current;
    const line = byId.get(lineId);
    if (!canEdit || !line || !isTextEditable(line, col)) return;
    setActive({ lineId, col });
    setNote(null);
    setEditing({ lineId, col, text: seed ?? editText(line, col), selectAll: seed === null, returnFocus });
  }, []);

  const stepFrom = useCallback((from: Active, move: Move): Active | null => {
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
  }, []);

  const handlers = useMemo<RowHandlers>(
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
    [edit, goTo, lineLabel, moveBy, onCurrentSection, onEditCustom, pasteColumn, removeById, startEdit, stepFrom, t],
  );

  const sectionHandlers = useMemo<SectionHandlers>(
    () => ({
      select: onCurrentSection,
      rename(sectionId, title) {
        edit((c) => renameSection(c, sectionId, title), { other: `sections.${sectionId}` });
      },
      move(sectionId, delta) {
        edit((c) => moveSection(c, sectionId, delta));
      },
      remove(sectionId) {
        const count = state.current.content.lines.filter((l) => l.sectionId === sectionId).length;
        if (count === 0) edit((c) => removeSection(c, sectionId));
        else setDeleteSectionId(sectionId);
      },
      dragOverSection(sectionId, where, event) {
        if (!state.current.dragId) return;
        event.preventDefault();
        event.dataTransfer.dropEffect = 'move';
        const previous = state.current.drop;
        if (previous?.kind === where && 'sectionId' in previous && previous.sectionId === sectionId) return;
        setDrop({ kind: where, sectionId });
      },
      drop: handlers.drop,
    }),
    [edit, handlers.drop, onCurrentSection],
  );

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
    [goTo, onCurrentSection],
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

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (editing || !active) {
      if (
        !active &&
        !editing &&
        layout.lineIds.length > 0 &&
        (event.key.startsWith('Arrow') || event.key === 'Enter')
      ) {
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
        else if (active.col === 'optional' && editable) handlers.toggleOptional(line.id);
        else if (key === 'Enter') goTo(stepFrom(active, event.shiftKey ? 'up' : 'down'));
        break;
      case ' ':
        if (active.col === 'optional' && editable) {
          event.preventDefault();
          handlers.toggleOptional(line.id);
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
  };

  const onPaste = (event: ClipboardEvent<HTMLDivElement>) => {
    if (editing || !active || !editable || active.col !== 'quantity') return;
    if ((event.target as HTMLElement).closest('input, textarea')) return;
    const text = event.clipboardData.getData('text/plain');
    if (text.trim() === '') return;
    event.preventDefault();
    pasteColumn(active.lineId, text);
  };

  const sections = content.sections;
  const virtualItems = virtualizer.getVirtualItems();
  const activeRow = active ? layout.rowOf.get(active.lineId) : undefined;
  const activeRendered = activeRow !== undefined && virtualItems.some((item) => item.index === activeRow);
  const dropOf = (lineId: string): 'before' | 'after' | null =>
    drop && (drop.kind === 'before' || drop.kind === 'after') && drop.lineId === lineId ? drop.kind : null;
  const sectionDrop = (sectionId: string, where: 'sectionStart' | 'sectionEnd') =>
    !!drop && drop.kind === where && drop.sectionId === sectionId;
  const activeLineError = active ? errors.lines[active.lineId]?.[active.col] : undefined;
  const sectionToDelete = sections.find((s) => s.id === deleteSectionId);
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
        onKeyDown={onKeyDown}
        onPaste={onPaste}
        data-testid="line-grid-scroller"
      >
        <div
          className={classes.header}
          role="row"
          style={{ gridTemplateColumns: GRID_TEMPLATE, minWidth: GRID_MIN_WIDTH }}
        >
          {COLUMNS.map((column) => (
            <div
              key={column.key}
              role="columnheader"
              className={classes.headerCell}
              style={{
                justifyContent:
                  column.align === 'right' ? 'flex-end' : column.align === 'center' ? 'center' : undefined,
              }}
              data-testid={`grid-col-${column.key}`}
            >
              {column.key === 'handle' || column.key === 'menu' ? '' : t(`quoteUi.grid.columns.${column.key}`)}
            </div>
          ))}
        </div>
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
                    dragging={dragId === row.line.id}
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
      <Group justify="space-between" gap="xs" px="sm" py={6} wrap="nowrap" mih={36} data-testid="grid-status">
        <Text
          size="xs"
          c={note?.kind === 'error' || activeLineError ? 'red.7' : 'dimmed'}
          truncate
          data-testid="grid-note"
        >
          {note?.text ?? activeLineError ?? (editable ? t('quoteUi.grid.keyboardHelp') : '')}
        </Text>
        {undo && editable && (
          <Button
            size="compact-xs"
            variant="light"
            leftSection={<IconArrowBackUp size={14} />}
            onClick={undoRemove}
            data-testid="grid-undo"
          >
            {t('quoteUi.grid.undo')}
          </Button>
        )}
      </Group>
      <Modal
        opened={sectionToDelete !== undefined}
        onClose={() => setDeleteSectionId(null)}
        title={t('quoteUi.grid.sectionDeleteTitle', { title: sectionToDelete?.title ?? '' })}
        centered
      >
        <Text size="sm">
          {t('quoteUi.grid.sectionDeleteConfirm', {
            n: content.lines.filter((l) => l.sectionId === deleteSectionId).length,
          })}
        </Text>
        <Group justify="flex-end" mt="lg">
          <Button variant="default" onClick={() => setDeleteSectionId(null)}>
            {t('common.cancel')}
          </Button>
          <Button
            color="red"
            data-testid="section-delete-confirm"
            onClick={() => {
              const id = deleteSectionId;
              setDeleteSectionId(null);
              if (id) edit((c) => removeSection(c, id));
            }}
          >
            {t('quoteUi.grid.sectionDelete')}
          </Button>
        </Group>
      </Modal>
    </div>
  );
});

import { Badge, Checkbox } from '@mantine/core';
import { IconAlertTriangle, IconGripVertical } from '@tabler/icons-react';
import { memo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { formatPercentBp, formatYuan } from '../../../../../shared/money';
import { discountBpToZhe } from '../../../../../shared/prices/catalogue';
import type { QuoteLine } from '../../../../../shared/quotes/quote';
import { CellEditor } from './CellEditor';
import { COLUMNS, editText, GRID_TEMPLATE, isTextEditable, type ColKey } from './grid-model';
import classes from './LineGrid.module.css';
import { LineRowMenu } from './LineRowMenu';
import type { EditingCell, RowHandlers } from './row-types';

export interface LineRowProps {
  line: QuoteLine;
  number: number;
  top: number;
  height: number;
  amountFen: number | null;
  impliedBp: number | null;
  allocatedFen: number;
  active: boolean;
  activeCol: ColKey | null;
  editing: EditingCell | null;
  errors: Record<string, string> | undefined;
  flag: string | undefined;
  editable: boolean;
  language: string;
  drop: 'before' | 'after' | null;
  dragging: boolean;
  first: boolean;
  last: boolean;
  handlers: RowHandlers;
}

function cx(...names: (string | false | null | undefined)[]): string {
  return names.filter(Boolean).join(' ');
}

const ALIGN = new Map(COLUMNS.map((c) => [c.key, c.align]));

/** One quote line in the grid: every cell is keyboard-reachable; editable cells take typing. */
export const LineRow = memo(function LineRow(props: LineRowProps) {
  const { t } = useTranslation();
  const {
    line,
    number,
    top,
    height,
    amountFen,
    impliedBp,
    allocatedFen,
    activeCol,
    editing,
    errors,
    flag,
    editable,
    language,
    drop,
    dragging,
    first,
    last,
    handlers,
  } = props;
  const zh = language.startsWith('zh');

  const cell = (col: ColKey, content: ReactNode, options: { title?: string; className?: string } = {}) => {
    const isActive = activeCol === col;
    const canType = editable && isTextEditable(line, col);
    const error = editing?.col === col && editing.error ? editing.error : errors?.[col];
    const align = ALIGN.get(col);
    return (
      <div
        key={col}
        role="gridcell"
        data-cell={`${line.id}:${col}`}
        data-col={col}
        aria-invalid={error ? true : undefined}
        aria-readonly={canType ? undefined : true}
        tabIndex={isActive ? 0 : -1}
        title={error ?? options.title}
        className={cx(
          classes.cell,
          align === 'right' && classes.right,
          align === 'center' && classes.center,
          canType ? classes.editableCell : classes.readOnlyCell,
          isActive && classes.activeCell,
          error && classes.errorCell,
          options.className,
        )}
        onMouseDown={() => handlers.activate(line.id, col)}
        onDoubleClick={() => canType && handlers.startEdit(line.id, col)}
      >
        {editing?.col === col ? (
          <CellEditor
            initial={editing.text ?? editText(line, col)}
            selectAll={editing.selectAll}
            error={editing.error}
            testId={`cell-editor-${col}`}
            onCommit={handlers.commit}
            onCancel={handlers.cancel}
            onPaste={col === 'quantity' ? (text) => handlers.paste(line.id, text) : undefined}
          />
        ) : (
          content
        )}
      </div>
    );
  };

  const overridden = line.unitPriceOverrideFen !== null;
  const shownDiscount = overridden ? impliedBp : line.discountBp;
  const discountCell = (
    <>
      <span className={cx(classes.main, overridden && classes.implied, flag && classes.warn)}>
        {flag && <IconAlertTriangle size={12} style={{ marginRight: 2, verticalAlign: -1 }} />}
        {shownDiscount ? formatPercentBp(shownDiscount) : ''}
      </span>
      {zh && shownDiscount !== null && shownDiscount > 0 && shownDiscount <= 10_000 && (
        <span className={classes.sub}>{discountBpToZhe(shownDiscount)}</span>
      )}
    </>
  );

  return (
    <div
      role="row"
      aria-rowindex={number}
      className={cx(
        classes.row,
        classes.lineRow,
        activeCol !== null && classes.activeRow,
        flag && classes.flagged,
        line.optional && classes.optionalRow,
        dragging && classes.dragging,
        drop === 'before' && classes.dropBefore,
        drop === 'after' && classes.dropAfter,
      )}
      style={{ gridTemplateColumns: GRID_TEMPLATE, height, transform: `translateY(${top}px)` }}
      data-testid="quote-line"
      data-line-id={line.id}
      data-code={line.code}
      data-flagged={flag ? 'true' : undefined}
      onDragOver={(event) => handlers.dragOverLine(line.id, event)}
      onDrop={handlers.drop}
    >
      <div
        className={cx(classes.cell, classes.handle)}
        draggable={editable}
        onDragStart={(event) => handlers.dragStart(line.id, event)}
        onDragEnd={handlers.dragEnd}
        title={editable ? t('quoteUi.grid.dragHandle') : undefined}
        aria-hidden
        data-testid="line-drag"
      >
        {editable && <IconGripVertical size={14} />}
      </div>
      <div className={cx(classes.cell, classes.center, classes.readOnlyCell)} data-col="index">
        {number}
      </div>
      {cell(
        'code',
        <>
          <span className={cx(classes.main, classes.code)}>{line.code}</span>
          {line.kind === 'custom' && (
            <Badge size="xs" variant="light" color="grape" radius="sm" data-testid="line-custom">
              {t('quoteUi.grid.custom')}
            </Badge>
          )}
        </>,
        {
          title:
            line.kind === 'custom'
              ? t('quoteUi.grid.customReason', { reason: line.customReason })
              : line.priceVersionLabel
                ? t('quoteUi.grid.fromVersion', { label: line.priceVersionLabel })
                : undefined,
        },
      )}
      {cell(
        'name',
        <>
          <span className={classes.main}>{line.name}</span>
          {(line.spec || line.kind === 'custom') && (
            <span className={classes.sub}>
              {line.spec || t('quoteUi.grid.customReason', { reason: line.customReason })}
            </span>
          )}
        </>,
        { title: [line.name, line.spec].filter(Boolean).join('\n') },
      )}
      {cell('unit', line.unit)}
      {cell('quantity', <span className={classes.main}>{line.quantity}</span>)}
      {cell('unitPrice', <span className={classes.main}>{formatYuan(line.unitPriceFen)}</span>, {
        title: line.kind === 'catalogue' ? t('quoteUi.grid.listPriceHint') : undefined,
      })}
      {cell('discount', discountCell, {
        title: flag ?? (overridden ? t('quoteUi.grid.impliedHint') : undefined),
      })}
      {cell(
        'override',
        overridden ? (
          <>
            <span className={classes.main}>{formatYuan(line.unitPriceOverrideFen ?? 0)}</span>
            {impliedBp !== null && impliedBp !== 0 && (
              <span className={classes.sub} data-testid="line-implied">
                {impliedBp > 0
                  ? t('quoteUi.grid.impliedDiscount', {
                      discount: zh ? discountBpToZhe(Math.min(impliedBp, 10_000)) : formatPercentBp(impliedBp),
                    })
                  : t('quoteUi.grid.markup', { percent: formatPercentBp(-impliedBp) })}
              </span>
            )}
          </>
        ) : null,
      )}
      {cell(
        'amount',
        <>
          <span className={cx(classes.main, line.optional && classes.implied)} data-testid="line-amount">
            {amountFen === null ? '—' : formatYuan(amountFen)}
          </span>
          {line.optional && <span className={classes.sub}>{t('quoteUi.grid.notCounted')}</span>}
        </>,
        {
          title:
            allocatedFen > 0
              ? t('quoteUi.grid.allocatedHint', { amount: formatYuan(allocatedFen) })
              : line.optional
                ? t('quoteUi.grid.optionalHint')
                : undefined,
        },
      )}
      {cell('vat', formatPercentBp(line.vatRateBp))}
      {cell(
        'optional',
        <Checkbox
          size="xs"
          checked={line.optional}
          disabled={!editable}
          tabIndex={-1}
          // The keyboard stays on the cell (Space toggles there), not on the box itself.
          onMouseDown={(event) => event.preventDefault()}
          aria-label={t('quoteUi.grid.optional')}
          onChange={() => handlers.toggleOptional(line.id)}
          data-testid="line-optional"
        />,
        { title: t('quoteUi.grid.optionalHint') },
      )}
      <div className={cx(classes.cell, classes.center)}>
        {editable && <LineRowMenu line={line} first={first} last={last} handlers={handlers} />}
      </div>
    </div>
  );
});

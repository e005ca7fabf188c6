import { Badge, Center, Loader, Text, UnstyledButton } from '@mantine/core';
import { IconArrowDown, IconArrowUp, IconArrowsSort, IconCheck } from '@tabler/icons-react';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useRef, type KeyboardEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { PriceItem } from '../../../../shared/api/prices';
import { formatPercentBp, formatYuan } from '../../../../shared/money';
import { costText, floorDiscountText, itemMarginBp, marginColor, marginText } from './price-format';
import classes from './PriceTable.module.css';
import { usePagedItems, type ItemFilter, type SortField } from './use-paged-items';

export const ROW_HEIGHT = 38;
const HEADER_HEIGHT = 40;

interface Column {
  key: string;
  /** i18n key under prices.columns */
  label: string;
  width: string;
  minWidth: number;
  align?: 'right' | 'center';
  sort?: SortField;
  internal?: boolean;
  render(item: PriceItem): ReactNode;
}

function useColumns(showInternal: boolean): Column[] {
  const { t } = useTranslation();
  const columns: Column[] = [
    {
      key: 'code',
      label: 'code',
      width: '112px',
      minWidth: 112,
      sort: 'code',
      render: (item) => <span className={classes.code}>{item.code}</span>,
    },
    {
      key: 'name',
      label: 'name',
      width: 'minmax(130px, 1.2fr)',
      minWidth: 130,
      sort: 'name',
      render: (item) => item.name,
    },
    {
      key: 'spec',
      label: 'spec',
      width: 'minmax(100px, 1.8fr)',
      minWidth: 100,
      render: (item) => <span className={classes.spec}>{item.spec}</span>,
    },
    {
      key: 'type',
      label: 'type',
      width: '84px',
      minWidth: 84,
      sort: 'type',
      render: (item) => t(`prices.types.${item.type}`),
    },
    { key: 'unit', label: 'unit', width: '44px', minWidth: 44, align: 'center', render: (item) => item.unit },
    {
      key: 'category',
      label: 'category',
      width: '84px',
      minWidth: 84,
      sort: 'category',
      render: (item) => item.category || t('prices.table.none'),
    },
    {
      key: 'price',
      label: 'price',
      width: '108px',
      minWidth: 108,
      align: 'right',
      sort: 'price',
      render: (item) => formatYuan(item.priceFen),
    },
    {
      key: 'cost',
      label: 'cost',
      width: '100px',
      minWidth: 100,
      align: 'right',
      internal: true,
      render: (item) => costText(item.costFen),
    },
    {
      key: 'margin',
      label: 'margin',
      width: '72px',
      minWidth: 72,
      align: 'right',
      sort: 'margin',
      internal: true,
      render: (item) => {
        const margin = itemMarginBp(item);
        return (
          <Text span inherit c={marginColor(margin)}>
            {marginText(margin)}
          </Text>
        );
      },
    },
    {
      key: 'vatRate',
      label: 'vatRate',
      width: '48px',
      minWidth: 48,
      align: 'right',
      render: (item) => formatPercentBp(item.vatRateBp),
    },
    {
      key: 'floorDiscount',
      label: 'floorDiscount',
      width: '72px',
      minWidth: 72,
      align: 'right',
      render: (item) => floorDiscountText(item.floorDiscountBp, t),
    },
    {
      key: 'active',
      label: 'active',
      width: '48px',
      minWidth: 48,
      align: 'center',
      render: (item) =>
        item.active ? (
          <IconCheck size={16} color="var(--mantine-color-teal-6)" aria-label={t('prices.table.active')} />
        ) : (
          <Badge size="xs" variant="light" color="gray">
            {t('prices.table.inactive')}
          </Badge>
        ),
    },
  ];
  return showInternal ? columns : columns.filter((column) => !column.internal);
}

/** Class names joined, skipping the ones that do not apply. */
function cx(...names: (string | false | undefined)[]): string {
  return names.filter(Boolean).join(' ');
}

function cellClass(column: Column, base: string | undefined): string {
  return cx(
    base,
    column.align === 'right' && classes.right,
    column.align === 'center' && classes.center,
    column.internal && classes.internal,
  );
}

interface PriceTableProps {
  filter: ItemFilter;
  showInternal: boolean;
  /** Whether search or filters narrow the list (for the empty message). */
  filtered: boolean;
  selectedId: number | null;
  onOpen(item: PriceItem): void;
  onSort(field: SortField): void;
}

/**
 * The items of a version as one virtualised list: only the rows in view (plus a few) are in the
 * DOM, and only their pages are fetched, so 100,000 items scroll as smoothly as 50.
 */
export function PriceTable({ filter, showInternal, filtered, selectedId, onOpen, onSort }: PriceTableProps) {
  const { t } = useTranslation();
  const columns = useColumns(showInternal);
  const template = columns.map((column) => column.width).join(' ');
  const minWidth = columns.reduce((sum, column) => sum + column.minWidth, 0);
  const scrollRef = useRef<HTMLDivElement>(null);

  // The count comes from the first page; the virtualiser needs it before it can say what is in view.
  const probe = usePagedItems(filter, 0, 0);
  const count = probe.total ?? 0;
  // eslint-disable-next-line react-hooks/incompatible-library -- the virtualiser's API is read during render by design
  const virtualizer = useVirtualizer({
    count,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 12,
    scrollMargin: HEADER_HEIGHT,
  });
  const virtualRows = virtualizer.getVirtualItems();
  const items = usePagedItems(filter, virtualRows[0]?.index ?? 0, virtualRows[virtualRows.length - 1]?.index ?? 0);

  // A new search, filter, sort or version starts at the top.
  const filterKey = JSON.stringify(filter);
  useEffect(() => {
    virtualizer.scrollToOffset(0);
  }, [filterKey, virtualizer]);

  const sortIcon = (field: SortField) => {
    if (filter.sort !== field) return <IconArrowsSort size={14} className={classes.sortIdle} />;
    return filter.descending ? <IconArrowDown size={14} /> : <IconArrowUp size={14} />;
  };

  const onKey = (event: KeyboardEvent<HTMLDivElement>, item: PriceItem) => {
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      onOpen(item);
    }
  };

  return (
    <div
      ref={scrollRef}
      className={classes.scroller}
      role="table"
      aria-label={t('prices.table.label')}
      aria-rowcount={count}
      data-testid="price-table"
    >
      <div
        className={classes.header}
        role="row"
        style={{ gridTemplateColumns: template, minWidth, height: HEADER_HEIGHT }}
      >
        {columns.map((column) => (
          <div
            key={column.key}
            role="columnheader"
            className={cellClass(column, classes.headerCell)}
            aria-sort={
              column.sort && filter.sort === column.sort ? (filter.descending ? 'descending' : 'ascending') : undefined
            }
            title={t(`prices.columns.${column.label}`)}
            data-testid={`price-col-${column.key}`}
          >
            {column.sort ? (
              <UnstyledButton
                className={classes.sortButton}
                onClick={() => column.sort && onSort(column.sort)}
                data-testid={`price-sort-${column.key}`}
              >
                {t(`prices.columns.${column.label}`)}
                {sortIcon(column.sort)}
              </UnstyledButton>
            ) : (
              t(`prices.columns.${column.label}`)
            )}
          </div>
        ))}
      </div>
      <div className={classes.body} role="rowgroup" style={{ height: virtualizer.getTotalSize(), minWidth }}>
        {virtualRows.map((virtualRow) => {
          const item = items.rowAt(virtualRow.index);
          const style = {
            gridTemplateColumns: template,
            height: ROW_HEIGHT,
            transform: `translateY(${virtualRow.start - HEADER_HEIGHT}px)`,
          };
          if (!item) {
            return (
              <div key={`loading-${virtualRow.index}`} className={classes.row} role="row" style={style}>
                {columns.map((column) => (
                  <div key={column.key} className={classes.cell} role="cell">
                    <div className={classes.placeholder} />
                  </div>
                ))}
              </div>
            );
          }
          return (
            <div
              key={item.id}
              className={cx(classes.row, item.id === selectedId && classes.selected, !item.active && classes.inactive)}
              role="row"
              aria-rowindex={virtualRow.index + 1}
              tabIndex={0}
              style={style}
              onClick={() => onOpen(item)}
              onKeyDown={(event) => onKey(event, item)}
              data-testid="price-row"
              data-code={item.code}
            >
              {columns.map((column) => (
                <div
                  key={column.key}
                  className={cellClass(column, classes.cell)}
                  role="cell"
                  data-col={column.key}
                  title={column.key === 'name' || column.key === 'spec' ? String(item[column.key]) : undefined}
                >
                  {column.render(item)}
                </div>
              ))}
            </div>
          );
        })}
      </div>
      {probe.total === null && !probe.error && (
        <Center className={classes.empty}>
          <Loader size="sm" />
        </Center>
      )}
      {probe.total === 0 && (
        <div className={classes.empty} data-testid="price-table-empty">
          {filtered ? t('prices.table.noMatch') : t('prices.table.noItems')}
        </div>
      )}
      {probe.error && (
        <Text className={classes.empty} c="red.7">
          {probe.error.message}
        </Text>
      )}
    </div>
  );
}

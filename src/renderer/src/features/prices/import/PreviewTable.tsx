import { Badge, Text } from '@mantine/core';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import {
  IMPORT_FIELDS,
  type ImportAnalysis,
  type ImportField,
  type ImportPreviewRow,
} from '../../../../../shared/api/prices';
import { columnLetter } from './file-data';
import classes from './PreviewTable.module.css';
import { usePreviewRows } from './use-preview-rows';

const ROW_HEIGHT = 37;
const ERRORS_WIDTH = 280;

/** Column widths in px; the errors column takes the rest. */
const FIELD_WIDTH: Record<ImportField, number> = {
  code: 130,
  name: 190,
  spec: 150,
  type: 100,
  unit: 70,
  category: 110,
  price: 120,
  cost: 110,
  vatRate: 72,
  floorDiscount: 90,
  active: 64,
  notes: 150,
};
const RIGHT_ALIGNED = new Set<ImportField>(['price', 'cost', 'vatRate', 'floorDiscount']);
const ACTION_COLOR = { add: 'teal', update: 'blue', error: 'red' } as const;

interface PreviewTableProps {
  analysis: ImportAnalysis;
  revision: number;
  onlyErrors: boolean;
}

/** Every row of the file as it will be imported, virtualised: rows are fetched as they come into view. */
export function PreviewTable({ analysis, revision, onlyErrors }: PreviewTableProps) {
  const { t } = useTranslation();
  const scroller = useRef<HTMLDivElement>(null);
  const total = onlyErrors ? analysis.invalidRows : analysis.rows;
  const fields = IMPORT_FIELDS.filter((field) => analysis.mapping[field] !== undefined);
  // The errors come right after the action, so they are in view however many columns the file has.
  const template = [
    '64px',
    '72px',
    `${ERRORS_WIDTH}px`,
    ...fields.map((f) => (f === 'name' ? `minmax(${FIELD_WIDTH[f]}px, 1fr)` : `${FIELD_WIDTH[f]}px`)),
  ].join(' ');
  const minWidth = 64 + 72 + ERRORS_WIDTH + fields.reduce((sum, f) => sum + FIELD_WIDTH[f], 0);

  // eslint-disable-next-line react-hooks/incompatible-library -- the virtualiser's API is read during render by design
  const virtualizer = useVirtualizer({
    count: total,
    getScrollElement: () => scroller.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 12,
    getItemKey: (index) => `${revision}-${onlyErrors}-${index}`,
  });
  const items = virtualizer.getVirtualItems();
  const pages = usePreviewRows(
    analysis.jobId,
    revision,
    onlyErrors,
    total,
    items[0]?.index ?? 0,
    items[items.length - 1]?.index ?? 0,
  );

  const cells = (row: ImportPreviewRow) => {
    const errorOf = new Map<ImportField, string>();
    for (const error of row.errors)
      if (error.field && !errorOf.has(error.field)) errorOf.set(error.field, error.message);
    return fields.map((field) => {
      const error = errorOf.get(field);
      const value = row.values[field] ?? '';
      return (
        <div
          key={field}
          className={`${classes.cell} ${error ? classes.errorCell : ''}`}
          style={RIGHT_ALIGNED.has(field) ? { textAlign: 'right' } : undefined}
          title={error ? `${value} — ${error}` : value}
          data-field={field}
          data-error={error ? 'true' : undefined}
        >
          {value}
        </div>
      );
    });
  };

  return (
    <div ref={scroller} className={classes.scroller} data-testid="import-preview">
      <div className={classes.header} style={{ gridTemplateColumns: template, minWidth }}>
        <div className={classes.headerCell} style={{ alignItems: 'flex-end' }}>
          {t('prices.importer.preview.row')}
        </div>
        <div className={classes.headerCell}>{t('prices.importer.preview.action')}</div>
        <div className={classes.headerCell}>{t('prices.importer.preview.errors')}</div>
        {fields.map((field) => (
          <div
            key={field}
            className={classes.headerCell}
            style={RIGHT_ALIGNED.has(field) ? { alignItems: 'flex-end' } : undefined}
          >
            <span>{t(`prices.columns.${field}`)}</span>
            <span className={classes.letter}>{columnLetter(analysis.mapping[field] ?? 0)}</span>
          </div>
        ))}
      </div>
      {total === 0 ? (
        <div className={classes.empty} data-testid="import-preview-empty">
          {onlyErrors ? t('prices.importer.preview.noErrors') : t('prices.importer.preview.empty')}
        </div>
      ) : (
        <div className={classes.body} style={{ height: virtualizer.getTotalSize(), minWidth }}>
          {items.map((item) => {
            const row = pages.rowAt(item.index);
            return (
              <div
                key={item.key}
                ref={virtualizer.measureElement}
                data-index={item.index}
                className={`${classes.row} ${row?.action === 'error' ? classes.errorRow : ''}`}
                style={{ gridTemplateColumns: template, transform: `translateY(${item.start}px)` }}
                data-testid={row ? `import-row-${row.row}` : undefined}
                data-action={row?.action}
              >
                {row ? (
                  <>
                    <div className={`${classes.cell} ${classes.rowNumber}`}>{row.row}</div>
                    <div className={classes.cell}>
                      <Badge size="sm" variant="light" color={ACTION_COLOR[row.action]} data-testid="import-row-action">
                        {t(`prices.importer.preview.actions.${row.action}`)}
                      </Badge>
                    </div>
                    <div className={`${classes.cell} ${classes.errors}`} data-testid="import-row-errors">
                      {row.errors.map((error, i) => (
                        <div key={i}>
                          {t('prices.importer.preview.errorItem', { column: error.column, message: error.message })}
                        </div>
                      ))}
                    </div>
                    {cells(row)}
                  </>
                ) : (
                  <>
                    <div className={classes.cell} />
                    {['action', 'errors', ...fields].map((key) => (
                      <div key={key} className={classes.cell}>
                        <div className={classes.placeholder} />
                      </div>
                    ))}
                  </>
                )}
              </div>
            );
          })}
        </div>
      )}
      {pages.error && (
        <Text c="red" size="sm" p="sm">
          {pages.error.message}
        </Text>
      )}
    </div>
  );
}

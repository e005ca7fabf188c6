import { useTranslation } from 'react-i18next';
import { COLUMNS, GRID_MIN_WIDTH, GRID_TEMPLATE } from './grid-model';
import classes from './LineGrid.module.css';

/** The grid's column titles (the drag handle and menu columns have none). */
export function GridHeader() {
  const { t } = useTranslation();
  return (
    <div className={classes.header} role="row" style={{ gridTemplateColumns: GRID_TEMPLATE, minWidth: GRID_MIN_WIDTH }}>
      {COLUMNS.map((column) => (
        <div
          key={column.key}
          role="columnheader"
          className={classes.headerCell}
          style={{
            justifyContent: column.align === 'right' ? 'flex-end' : column.align === 'center' ? 'center' : undefined,
          }}
          data-testid={`grid-col-${column.key}`}
        >
          {column.key === 'handle' || column.key === 'menu' ? '' : t(`quoteUi.grid.columns.${column.key}`)}
        </div>
      ))}
    </div>
  );
}

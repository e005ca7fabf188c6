import { ActionIcon, Badge, Group, Text, TextInput, Tooltip } from '@mantine/core';
import { IconArrowDown, IconArrowUp, IconCheck, IconPencil, IconTrash } from '@tabler/icons-react';
import { memo, useState, type DragEvent, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { formatYuan } from '../../../../../shared/money';
import { GRID_TEMPLATE } from './grid-model';
import classes from './LineGrid.module.css';

export interface SectionHandlers {
  select(sectionId: string): void;
  rename(sectionId: string, title: string): void;
  move(sectionId: string, delta: -1 | 1): void;
  remove(sectionId: string): void;
  dragOverSection(sectionId: string, where: 'sectionStart' | 'sectionEnd', event: DragEvent<HTMLElement>): void;
  drop(event: DragEvent<HTMLElement>): void;
}

function cx(...names: (string | false | null | undefined)[]): string {
  return names.filter(Boolean).join(' ');
}

interface SectionRowProps {
  sectionId: string;
  title: string;
  lineCount: number;
  sectionIndex: number;
  sectionTotal: number;
  top: number;
  height: number;
  current: boolean;
  editable: boolean;
  error: string | undefined;
  drop: boolean;
  handlers: SectionHandlers;
}

/** A section's title bar: rename in place, move, delete; the section new items are added to is marked. */
export const SectionRow = memo(function SectionRow(props: SectionRowProps) {
  const { t } = useTranslation();
  const { sectionId, title, lineCount, sectionIndex, sectionTotal, top, height, current, editable, error, drop } =
    props;
  const { handlers } = props;
  const [renaming, setRenaming] = useState<string | null>(null);

  const finish = () => {
    if (renaming !== null && renaming.trim() !== '' && renaming.trim() !== title) {
      handlers.rename(sectionId, renaming.trim());
    }
    setRenaming(null);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    event.stopPropagation();
    if (event.key === 'Enter') finish();
    if (event.key === 'Escape') setRenaming(null);
  };

  return (
    <div
      className={cx(classes.row, classes.sectionRow, current && classes.currentSection, drop && classes.dropAfter)}
      style={{ height, transform: `translateY(${top}px)` }}
      role="row"
      data-testid="quote-section"
      data-section-id={sectionId}
      onMouseDown={() => handlers.select(sectionId)}
      onDragOver={(event) => handlers.dragOverSection(sectionId, 'sectionStart', event)}
      onDrop={handlers.drop}
    >
      {renaming !== null ? (
        <TextInput
          size="xs"
          value={renaming}
          autoFocus
          maxLength={100}
          onChange={(event) => setRenaming(event.currentTarget.value)}
          onKeyDown={onKeyDown}
          onBlur={finish}
          aria-label={t('quoteUi.grid.sectionRename')}
          data-testid="section-title-input"
          w={280}
        />
      ) : (
        <Text
          fw={600}
          size="sm"
          truncate
          c={error ? 'red.7' : undefined}
          title={error}
          onDoubleClick={() => editable && setRenaming(title)}
          data-testid="section-title"
        >
          {title}
        </Text>
      )}
      <Badge size="xs" variant="light" color="gray">
        {t('quoteUi.grid.lineCount', { n: lineCount })}
      </Badge>
      {current && editable && (
        <Badge size="xs" variant="dot" color="indigo" data-testid="section-current">
          {t('quoteUi.grid.addingHere')}
        </Badge>
      )}
      {error && (
        <Text size="xs" c="red.7">
          {error}
        </Text>
      )}
      {editable && (
        <Group gap={2} ml="auto" wrap="nowrap">
          {renaming !== null ? (
            <ActionIcon size="sm" variant="subtle" onClick={finish} aria-label={t('quoteUi.common.save')}>
              <IconCheck size={14} />
            </ActionIcon>
          ) : (
            <Tooltip label={t('quoteUi.grid.sectionRename')}>
              <ActionIcon
                size="sm"
                variant="subtle"
                color="gray"
                onClick={() => setRenaming(title)}
                aria-label={t('quoteUi.grid.sectionRename')}
                data-testid="section-rename"
              >
                <IconPencil size={14} />
              </ActionIcon>
            </Tooltip>
          )}
          <Tooltip label={t('quoteUi.grid.sectionUp')}>
            <ActionIcon
              size="sm"
              variant="subtle"
              color="gray"
              disabled={sectionIndex === 0}
              onClick={() => handlers.move(sectionId, -1)}
              aria-label={t('quoteUi.grid.sectionUp')}
            >
              <IconArrowUp size={14} />
            </ActionIcon>
          </Tooltip>
          <Tooltip label={t('quoteUi.grid.sectionDown')}>
            <ActionIcon
              size="sm"
              variant="subtle"
              color="gray"
              disabled={sectionIndex === sectionTotal - 1}
              onClick={() => handlers.move(sectionId, 1)}
              aria-label={t('quoteUi.grid.sectionDown')}
            >
              <IconArrowDown size={14} />
            </ActionIcon>
          </Tooltip>
          <Tooltip label={sectionTotal <= 1 ? t('quoteUi.grid.lastSection') : t('quoteUi.grid.sectionDelete')}>
            <ActionIcon
              size="sm"
              variant="subtle"
              color="red"
              disabled={sectionTotal <= 1}
              onClick={() => handlers.remove(sectionId)}
              aria-label={t('quoteUi.grid.sectionDelete')}
              data-testid="section-delete"
            >
              <IconTrash size={14} />
            </ActionIcon>
          </Tooltip>
        </Group>
      )}
    </div>
  );
});

interface SubtotalRowProps {
  sectionId: string;
  title: string;
  subtotalFen: number | null;
  top: number;
  height: number;
  drop: boolean;
  handlers: SectionHandlers;
}

/** 小计 under a section, in the 金额 column. */
export const SubtotalRow = memo(function SubtotalRow(props: SubtotalRowProps) {
  const { t } = useTranslation();
  const { sectionId, title, subtotalFen, top, height, drop, handlers } = props;
  return (
    <div
      className={cx(classes.row, classes.subtotalRow, drop && classes.dropBefore)}
      style={{ gridTemplateColumns: GRID_TEMPLATE, height, transform: `translateY(${top}px)` }}
      role="row"
      data-testid="section-subtotal"
      data-section-id={sectionId}
      onDragOver={(event) => handlers.dragOverSection(sectionId, 'sectionEnd', event)}
      onDrop={handlers.drop}
    >
      <div className={cx(classes.cell, classes.right)} style={{ gridColumn: '1 / 10' }}>
        <span className={classes.main}>{t('quoteUi.grid.subtotal', { title })}</span>
      </div>
      <div className={cx(classes.cell, classes.right)} style={{ gridColumn: '10 / 11' }}>
        <span className={classes.main} data-testid="section-subtotal-amount">
          {subtotalFen === null ? '—' : formatYuan(subtotalFen)}
        </span>
      </div>
    </div>
  );
});

/** The note in a section without lines (also a drop target). */
export const EmptySectionRow = memo(function EmptySectionRow(props: {
  sectionId: string;
  top: number;
  height: number;
  editable: boolean;
  drop: boolean;
  handlers: SectionHandlers;
}) {
  const { t } = useTranslation();
  const { sectionId, top, height, editable, drop, handlers } = props;
  return (
    <div
      className={cx(classes.row, classes.emptyRow, drop && classes.dropBefore)}
      style={{ height, transform: `translateY(${top}px)` }}
      role="row"
      onDragOver={(event) => handlers.dragOverSection(sectionId, 'sectionEnd', event)}
      onDrop={handlers.drop}
      onMouseDown={() => handlers.select(sectionId)}
    >
      {editable ? t('quoteUi.grid.emptySection') : t('quoteUi.grid.emptySectionReadOnly')}
    </div>
  );
});

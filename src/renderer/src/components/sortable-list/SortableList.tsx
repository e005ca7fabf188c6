import { ActionIcon, Button, Group, Popover, Text } from '@mantine/core';
import { IconArrowDown, IconArrowUp, IconGripVertical, IconTrash } from '@tabler/icons-react';
import { useState, type DragEvent, type KeyboardEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import classes from './sortable-list.module.css';

interface DragState {
  from: number;
  over: number | null;
  /** Drop below the row hovered (else above it). */
  below: boolean;
}

/** Where the dragged row ends up: its index in the list after the move. */
export function dropIndex(from: number, over: number, below: boolean): number {
  const slot = below ? over + 1 : over;
  return from < slot ? slot - 1 : slot;
}

/** The words of one list; `title` is the row's title as the list shows it. */
export interface SortableListText {
  list: string;
  moveUp(title: string): string;
  moveDown(title: string): string;
  remove(title: string): string;
  removeConfirm(title: string): string;
  /** The confirm button of the remove popover. */
  removeAction: string;
}

/** Extra `data-*` attributes of a row, for tests and styling. */
export type RowData = Record<`data-${string}`, string | number | undefined>;

interface RemoveButtonProps {
  title: string;
  disabled: boolean;
  text: SortableListText;
  confirmWidth: number;
  testId: string;
  onRemove(): void;
}

function RemoveButton({ title, disabled, text, confirmWidth, testId, onRemove }: RemoveButtonProps) {
  const { t } = useTranslation();
  const [opened, setOpened] = useState(false);
  return (
    <Popover opened={opened} onChange={setOpened} position="right" withArrow withinPortal shadow="md">
      <Popover.Target>
        <ActionIcon
          className={classes.iconButton}
          variant="subtle"
          color="red"
          size="sm"
          disabled={disabled}
          aria-label={text.remove(title)}
          onClick={(event) => {
            event.stopPropagation();
            setOpened((o) => !o);
          }}
          data-testid={testId}
        >
          <IconTrash size={14} />
        </ActionIcon>
      </Popover.Target>
      <Popover.Dropdown onClick={(event) => event.stopPropagation()}>
        <Text size="sm" mb="xs" maw={confirmWidth}>
          {text.removeConfirm(title)}
        </Text>
        <Group gap="xs" justify="flex-end">
          <Button size="compact-xs" variant="default" onClick={() => setOpened(false)}>
            {t('common.cancel')}
          </Button>
          <Button
            size="compact-xs"
            color="red"
            onClick={() => {
              setOpened(false);
              onRemove();
            }}
            data-testid={`${testId}-confirm`}
          >
            {text.removeAction}
          </Button>
        </Group>
      </Popover.Dropdown>
    </Popover>
  );
}

interface SortableListProps<T extends { id: string }> {
  items: readonly T[];
  selectedId: string | null;
  onSelect(id: string): void;
  onMove(from: number, to: number): void;
  onRemove(id: string): void;
  text: SortableListText;
  /** Test ids read `${testIdPrefix}-order`, `-row`, `-up`, `-down`, `-remove`, `-remove-confirm`. */
  testIdPrefix: string;
  /** The title the buttons' labels and the remove prompt name. */
  titleOf(item: T): string;
  /** Gap and padding of a row. */
  rowClassName?: string;
  /** Width of the remove prompt's text. */
  confirmWidth: number;
  /** Whether a row may be removed at all (the remove button is disabled otherwise). */
  canRemove: boolean;
  rowData(item: T, index: number): RowData;
  /** What the row shows between its grip and its buttons. */
  renderRow(item: T, index: number): ReactNode;
}

/**
 * A list the user reorders: drag a row (native HTML5 drag and drop) or use ↑ ↓ (also Alt+↑ / Alt+↓
 * on a focused row); Enter or Space selects the focused row.
 */
export function SortableList<T extends { id: string }>(props: SortableListProps<T>) {
  const { items, selectedId, onSelect, onMove, onRemove, text, testIdPrefix: prefix } = props;
  const [drag, setDrag] = useState<DragState | null>(null);

  const onDragOver = (event: DragEvent<HTMLDivElement>, index: number) => {
    if (!drag) return;
    event.preventDefault();
    event.dataTransfer.dropEffect = 'move';
    const rect = event.currentTarget.getBoundingClientRect();
    const below = event.clientY > rect.top + rect.height / 2;
    if (drag.over !== index || drag.below !== below) setDrag({ ...drag, over: index, below });
  };
  const onDrop = (event: DragEvent<HTMLDivElement>, index: number) => {
    event.preventDefault();
    if (!drag) return;
    const rect = event.currentTarget.getBoundingClientRect();
    const below = event.clientY > rect.top + rect.height / 2;
    const to = dropIndex(drag.from, index, below);
    setDrag(null);
    if (to !== drag.from) onMove(drag.from, to);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>, index: number, id: string) => {
    if (event.altKey && event.key === 'ArrowUp' && index > 0) {
      event.preventDefault();
      onMove(index, index - 1);
    } else if (event.altKey && event.key === 'ArrowDown' && index < items.length - 1) {
      event.preventDefault();
      onMove(index, index + 1);
    } else if ((event.key === 'Enter' || event.key === ' ') && event.target === event.currentTarget) {
      event.preventDefault();
      onSelect(id);
    }
  };

  return (
    <div role="list" aria-label={text.list} data-testid={`${prefix}-order`}>
      {items.map((item, index) => {
        const over = drag !== null && drag.over === index && drag.from !== index;
        const title = props.titleOf(item);
        return (
          <div
            key={item.id}
            role="listitem"
            tabIndex={0}
            className={[classes.row, props.rowClassName].filter(Boolean).join(' ')}
            data-active={item.id === selectedId || undefined}
            data-dragging={drag?.from === index || undefined}
            data-drop={over ? (drag.below ? 'below' : 'above') : undefined}
            draggable
            onDragStart={(event) => {
              event.dataTransfer.effectAllowed = 'move';
              event.dataTransfer.setData('text/plain', item.id);
              setDrag({ from: index, over: null, below: false });
            }}
            onDragOver={(event) => onDragOver(event, index)}
            onDrop={(event) => onDrop(event, index)}
            onDragEnd={() => setDrag(null)}
            onClick={() => onSelect(item.id)}
            onKeyDown={(event) => onKeyDown(event, index, item.id)}
            aria-current={item.id === selectedId || undefined}
            data-testid={`${prefix}-row`}
            {...props.rowData(item, index)}
          >
            <IconGripVertical size={14} className={classes.grip} aria-hidden />
            {props.renderRow(item, index)}
            <Group gap={0} wrap="nowrap" className={classes.rowActions}>
              <ActionIcon
                className={classes.iconButton}
                variant="subtle"
                color="gray"
                size="sm"
                disabled={index === 0}
                aria-label={text.moveUp(title)}
                onClick={(event) => {
                  event.stopPropagation();
                  onMove(index, index - 1);
                }}
                data-testid={`${prefix}-up`}
              >
                <IconArrowUp size={14} />
              </ActionIcon>
              <ActionIcon
                className={classes.iconButton}
                variant="subtle"
                color="gray"
                size="sm"
                disabled={index === items.length - 1}
                aria-label={text.moveDown(title)}
                onClick={(event) => {
                  event.stopPropagation();
                  onMove(index, index + 1);
                }}
                data-testid={`${prefix}-down`}
              >
                <IconArrowDown size={14} />
              </ActionIcon>
              <RemoveButton
                title={title}
                disabled={!props.canRemove}
                text={text}
                confirmWidth={props.confirmWidth}
                testId={`${prefix}-remove`}
                onRemove={() => onRemove(item.id)}
              />
            </Group>
          </div>
        );
      })}
    </div>
  );
}

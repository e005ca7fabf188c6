import { ActionIcon, Badge, Button, Group, Popover, Text, Tooltip } from '@mantine/core';
import { IconArrowDown, IconArrowUp, IconGripVertical, IconTrash } from '@tabler/icons-react';
import { useState, type DragEvent, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProposalSection } from '../../../../../shared/proposals/proposal';
import { MergeText } from '../../../components/rich-text/RichDocView';
import type { NotPrinted } from '../model/proposal-model';
import classes from './builder.module.css';

interface DragState {
  from: number;
  over: number | null;
  /** Drop below the row hovered (else above it). */
  below: boolean;
}

/** Where the dragged section ends up: its index in the list after the move. */
export function dropIndex(from: number, over: number, below: boolean): number {
  const slot = below ? over + 1 : over;
  return from < slot ? slot - 1 : slot;
}

function RemoveButton({ title, onRemove }: { title: string; onRemove(): void }) {
  const { t } = useTranslation();
  const [opened, setOpened] = useState(false);
  return (
    <Popover opened={opened} onChange={setOpened} position="right" withArrow withinPortal shadow="md">
      <Popover.Target>
        <ActionIcon
          variant="subtle"
          color="red"
          size="sm"
          aria-label={t('libraryUi.sectionList.remove', { title })}
          onClick={(event) => {
            event.stopPropagation();
            setOpened((o) => !o);
          }}
          data-testid="section-remove"
        >
          <IconTrash size={14} />
        </ActionIcon>
      </Popover.Target>
      <Popover.Dropdown onClick={(event) => event.stopPropagation()}>
        <Text size="sm" mb="xs" maw={220}>
          {t('libraryUi.sectionList.removeConfirm', { title })}
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
            data-testid="section-remove-confirm"
          >
            {t('libraryUi.common.remove')}
          </Button>
        </Group>
      </Popover.Dropdown>
    </Popover>
  );
}

interface SectionListProps {
  sections: ProposalSection[];
  selectedId: string | null;
  onSelect(id: string): void;
  onMove(from: number, to: number): void;
  onRemove(id: string): void;
  /** The title as it will print (merge fields filled where known). */
  titleOf(section: ProposalSection): string;
  notPrinted(section: ProposalSection): NotPrinted | null;
  errorCount(section: ProposalSection): number;
  problemCount(section: ProposalSection): number;
}

/**
 * The chapters in print order. Drag a row by its handle (native HTML5 drag and drop) or use ↑ ↓
 * (also Alt+↑ / Alt+↓ on a focused row) to reorder; the order is saved like any other edit.
 */
export function SectionList(props: SectionListProps) {
  const { t } = useTranslation();
  const { sections, selectedId, onSelect, onMove, onRemove } = props;
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
    } else if (event.altKey && event.key === 'ArrowDown' && index < sections.length - 1) {
      event.preventDefault();
      onMove(index, index + 1);
    } else if (event.key === 'Enter' || event.key === ' ') {
      if (event.target === event.currentTarget) {
        event.preventDefault();
        onSelect(id);
      }
    }
  };

  return (
    <div role="list" aria-label={t('libraryUi.sectionList.title')} data-testid="section-order">
      {sections.map((section, index) => {
        const title = props.titleOf(section);
        const reason = props.notPrinted(section);
        const errors = props.errorCount(section);
        const problems = props.problemCount(section);
        const over = drag !== null && drag.over === index && drag.from !== index;
        return (
          <div
            key={section.id}
            role="listitem"
            tabIndex={0}
            className={classes.sectionRow}
            data-active={section.id === selectedId || undefined}
            data-dragging={drag?.from === index || undefined}
            data-drop={over ? (drag.below ? 'below' : 'above') : undefined}
            draggable
            onDragStart={(event) => {
              event.dataTransfer.effectAllowed = 'move';
              event.dataTransfer.setData('text/plain', section.id);
              setDrag({ from: index, over: null, below: false });
            }}
            onDragOver={(event) => onDragOver(event, index)}
            onDrop={(event) => onDrop(event, index)}
            onDragEnd={() => setDrag(null)}
            onClick={() => onSelect(section.id)}
            onKeyDown={(event) => onKeyDown(event, index, section.id)}
            aria-current={section.id === selectedId || undefined}
            data-testid="section-row"
            data-kind={section.kind}
            data-section-id={section.id}
            data-title={section.title}
          >
            <IconGripVertical size={14} className={classes.grip} aria-hidden />
            <Text size="xs" c="dimmed" w={18} ta="right" style={{ flexShrink: 0 }}>
              {index + 1}
            </Text>
            <div className={classes.sectionTitle}>
              <Text size="sm" lineClamp={1} c={reason && reason !== 'cover' && reason !== 'toc' ? 'dimmed' : undefined}>
                <MergeText text={title} />
              </Text>
              <Group gap={4} wrap="nowrap">
                {(section.kind === 'library' || section.kind === 'custom') && (
                  <Text size="xs" c="dimmed">
                    {t(`libraryUi.kinds.${section.kind}`)}
                  </Text>
                )}
                {reason && reason !== 'cover' && reason !== 'toc' && (
                  <Tooltip label={t(`libraryUi.notPrinted.${reason}`)} withinPortal>
                    <Badge tt="none" size="xs" color="gray" variant="light">
                      {t('libraryUi.sectionList.notPrinted')}
                    </Badge>
                  </Tooltip>
                )}
                {errors > 0 && (
                  <Badge tt="none" size="xs" color="red" variant="filled" data-testid="section-row-errors">
                    {errors}
                  </Badge>
                )}
                {problems > 0 && (
                  <Tooltip label={t('libraryUi.sectionList.mergeProblems', { n: problems })} withinPortal>
                    <Badge tt="none" size="xs" color="red" variant="light">
                      {'{{…}}'}
                    </Badge>
                  </Tooltip>
                )}
              </Group>
            </div>
            <Group gap={0} wrap="nowrap" className={classes.rowActions}>
              <ActionIcon
                className={classes.iconButton}
                variant="subtle"
                color="gray"
                size="sm"
                disabled={index === 0}
                aria-label={t('libraryUi.sectionList.moveUp', { title })}
                onClick={(event) => {
                  event.stopPropagation();
                  onMove(index, index - 1);
                }}
                data-testid="section-up"
              >
                <IconArrowUp size={14} />
              </ActionIcon>
              <ActionIcon
                className={classes.iconButton}
                variant="subtle"
                color="gray"
                size="sm"
                disabled={index === sections.length - 1}
                aria-label={t('libraryUi.sectionList.moveDown', { title })}
                onClick={(event) => {
                  event.stopPropagation();
                  onMove(index, index + 1);
                }}
                data-testid="section-down"
              >
                <IconArrowDown size={14} />
              </ActionIcon>
              <RemoveButton title={title} onRemove={() => onRemove(section.id)} />
            </Group>
          </div>
        );
      })}
    </div>
  );
}

import { ActionIcon, Badge, Button, Group, Menu, Popover, Text, Tooltip } from '@mantine/core';
import {
  IconArrowDown,
  IconArrowUp,
  IconChevronDown,
  IconGripVertical,
  IconPlus,
  IconPointFilled,
  IconTrash,
} from '@tabler/icons-react';
import { useState, type DragEvent, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { DemoStepKind } from '../../../../../shared/demo-script/types';
import { ADDABLE_KINDS, dropIndex, formatClock, startTimes, type Step } from '../model/script-model';
import classes from './editor.module.css';

interface DragState {
  from: number;
  over: number | null;
  /** Drop below the row hovered (else above it). */
  below: boolean;
}

function RemoveButton({ title, disabled, onRemove }: { title: string; disabled: boolean; onRemove(): void }) {
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
          aria-label={t('demoScriptUi.order.remove', { title })}
          onClick={(event) => {
            event.stopPropagation();
            setOpened((o) => !o);
          }}
          data-testid="step-remove"
        >
          <IconTrash size={14} />
        </ActionIcon>
      </Popover.Target>
      <Popover.Dropdown onClick={(event) => event.stopPropagation()}>
        <Text size="sm" mb="xs" maw={240}>
          {t('demoScriptUi.order.removeConfirm', { title })}
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
            data-testid="step-remove-confirm"
          >
            {t('demoScriptUi.common.remove')}
          </Button>
        </Group>
      </Popover.Dropdown>
    </Popover>
  );
}

/** 添加步骤: a step written by hand, placed after the step selected; regeneration keeps it. */
export function AddStepMenu({ onAdd }: { onAdd(kind: DemoStepKind): void }) {
  const { t } = useTranslation();
  return (
    <Menu position="bottom-start" withinPortal shadow="md" width={240}>
      <Menu.Target>
        <Button
          variant="light"
          size="xs"
          leftSection={<IconPlus size={14} />}
          rightSection={<IconChevronDown size={14} />}
          data-testid="step-add"
        >
          {t('demoScriptUi.order.add')}
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Label>{t('demoScriptUi.order.addHint')}</Menu.Label>
        {ADDABLE_KINDS.map((kind) => (
          <Menu.Item key={kind} onClick={() => onAdd(kind)} data-testid={`step-add-${kind}`}>
            {t(`demoScriptUi.kinds.${kind}`)}
          </Menu.Item>
        ))}
      </Menu.Dropdown>
    </Menu>
  );
}

/** Changed here and not saved yet; changed by hand since generation; added by hand. */
export type EditMark = 'unsaved' | 'edited' | 'added' | null;

interface RunningOrderProps {
  steps: Step[];
  selectedId: string | null;
  onSelect(id: string): void;
  onMove(from: number, to: number): void;
  onRemove(id: string): void;
  mark(step: Step): EditMark;
  problems(step: Step): number;
  /** Steps named in the last regeneration report. */
  reported: ReadonlySet<string>;
}

/**
 * 演示流程: the steps in running order with the clock time each starts at and its minutes. Drag a
 * row (native HTML5 drag and drop) or use ↑ ↓ (also Alt+↑ / Alt+↓ on a focused row) to reorder.
 */
export function RunningOrder(props: RunningOrderProps) {
  const { t } = useTranslation();
  const { steps, selectedId, onSelect, onMove, onRemove } = props;
  const [drag, setDrag] = useState<DragState | null>(null);
  const starts = startTimes(steps);

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
    } else if (event.altKey && event.key === 'ArrowDown' && index < steps.length - 1) {
      event.preventDefault();
      onMove(index, index + 1);
    } else if ((event.key === 'Enter' || event.key === ' ') && event.target === event.currentTarget) {
      event.preventDefault();
      onSelect(id);
    }
  };

  return (
    <div role="list" aria-label={t('demoScriptUi.order.title')} data-testid="step-order">
      {steps.map((step, index) => {
        const over = drag !== null && drag.over === index && drag.from !== index;
        const mark = props.mark(step);
        const problems = props.problems(step);
        const start = formatClock(starts[index] ?? 0);
        return (
          <div
            key={step.id}
            role="listitem"
            tabIndex={0}
            className={classes.stepRow}
            data-active={step.id === selectedId || undefined}
            data-dragging={drag?.from === index || undefined}
            data-drop={over ? (drag.below ? 'below' : 'above') : undefined}
            draggable
            onDragStart={(event) => {
              event.dataTransfer.effectAllowed = 'move';
              event.dataTransfer.setData('text/plain', step.id);
              setDrag({ from: index, over: null, below: false });
            }}
            onDragOver={(event) => onDragOver(event, index)}
            onDrop={(event) => onDrop(event, index)}
            onDragEnd={() => setDrag(null)}
            onClick={() => onSelect(step.id)}
            onKeyDown={(event) => onKeyDown(event, index, step.id)}
            aria-current={step.id === selectedId || undefined}
            data-testid="step-row"
            data-step-id={step.id}
            data-kind={step.kind}
            data-title={step.title}
            data-start={start}
            data-minutes={step.minutes}
            data-edited={mark ?? undefined}
          >
            <IconGripVertical size={14} className={classes.grip} aria-hidden />
            <Text size="sm" fw={600} className={classes.clock} data-testid="step-start">
              {start}
            </Text>
            <div className={classes.stepMain}>
              <Text size="sm" lineClamp={2} fw={step.id === selectedId ? 600 : undefined}>
                {step.title || t('demoScriptUi.order.untitled')}
              </Text>
              <Group gap={6} wrap="nowrap">
                <Text size="xs" c="dimmed" className={classes.minutes} data-testid="step-minutes">
                  {t('demoScriptUi.minutes', { n: step.minutes })}
                </Text>
                {mark === 'edited' && (
                  <Tooltip label={t('demoScriptUi.order.editedHint')} withinPortal multiline maw={260}>
                    <Badge tt="none" size="xs" variant="light" color="grape" data-testid="step-edited">
                      {t('demoScriptUi.order.edited')}
                    </Badge>
                  </Tooltip>
                )}
                {mark === 'added' && (
                  <Tooltip label={t('demoScriptUi.order.addedHint')} withinPortal multiline maw={260}>
                    <Badge tt="none" size="xs" variant="light" color="teal" data-testid="step-added">
                      {t('demoScriptUi.order.added')}
                    </Badge>
                  </Tooltip>
                )}
                {mark === 'unsaved' && (
                  <Tooltip label={t('demoScriptUi.order.unsavedHint')} withinPortal>
                    <Text span c="orange.6" style={{ display: 'inline-flex' }} data-testid="step-unsaved">
                      <IconPointFilled size={12} />
                    </Text>
                  </Tooltip>
                )}
                {props.reported.has(step.id) && (
                  <Tooltip label={t('demoScriptUi.order.reportedHint')} withinPortal multiline maw={260}>
                    <Badge tt="none" size="xs" variant="light" color="orange" data-testid="step-reported">
                      {t('demoScriptUi.order.reported')}
                    </Badge>
                  </Tooltip>
                )}
                {problems > 0 && (
                  <Tooltip label={t('demoScriptUi.order.problems', { n: problems })} withinPortal>
                    <Badge tt="none" size="xs" color="red" variant="filled" data-testid="step-problems">
                      {problems}
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
                aria-label={t('demoScriptUi.order.moveUp', { title: step.title })}
                onClick={(event) => {
                  event.stopPropagation();
                  onMove(index, index - 1);
                }}
                data-testid="step-up"
              >
                <IconArrowUp size={14} />
              </ActionIcon>
              <ActionIcon
                className={classes.iconButton}
                variant="subtle"
                color="gray"
                size="sm"
                disabled={index === steps.length - 1}
                aria-label={t('demoScriptUi.order.moveDown', { title: step.title })}
                onClick={(event) => {
                  event.stopPropagation();
                  onMove(index, index + 1);
                }}
                data-testid="step-down"
              >
                <IconArrowDown size={14} />
              </ActionIcon>
              <RemoveButton title={step.title} disabled={steps.length <= 1} onRemove={() => onRemove(step.id)} />
            </Group>
          </div>
        );
      })}
    </div>
  );
}

import { Badge, Button, Group, Menu, Text, Tooltip } from '@mantine/core';
import { IconChevronDown, IconPlus, IconPointFilled } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { DemoStepKind } from '../../../../../shared/demo-script/types';
import { SortableList } from '../../../components/sortable-list/SortableList';
import { ADDABLE_KINDS, formatClock, startTimes, type Step } from '../model/script-model';
import classes from './editor.module.css';

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
 * 演示流程: the steps in running order with the clock time each starts at and its minutes; drag or
 * ↑ ↓ to reorder (see SortableList).
 */
export function RunningOrder(props: RunningOrderProps) {
  const { t } = useTranslation();
  const { steps, selectedId } = props;
  const starts = startTimes(steps);

  return (
    <SortableList
      items={steps}
      selectedId={selectedId}
      onSelect={props.onSelect}
      onMove={props.onMove}
      onRemove={props.onRemove}
      text={{
        list: t('demoScriptUi.order.title'),
        moveUp: (title) => t('demoScriptUi.order.moveUp', { title }),
        moveDown: (title) => t('demoScriptUi.order.moveDown', { title }),
        remove: (title) => t('demoScriptUi.order.remove', { title }),
        removeConfirm: (title) => t('demoScriptUi.order.removeConfirm', { title }),
        removeAction: t('demoScriptUi.common.remove'),
      }}
      testIdPrefix="step"
      titleOf={(step) => step.title}
      rowClassName={classes.stepRow}
      confirmWidth={240}
      canRemove={steps.length > 1}
      rowData={(step, index) => ({
        'data-step-id': step.id,
        'data-kind': step.kind,
        'data-title': step.title,
        'data-start': formatClock(starts[index] ?? 0),
        'data-minutes': step.minutes,
        'data-edited': props.mark(step) ?? undefined,
      })}
      renderRow={(step, index) => {
        const mark = props.mark(step);
        const problems = props.problems(step);
        return (
          <>
            <Text size="sm" fw={600} className={classes.clock} data-testid="step-start">
              {formatClock(starts[index] ?? 0)}
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
          </>
        );
      }}
    />
  );
}

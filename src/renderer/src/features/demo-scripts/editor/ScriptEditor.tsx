import { Alert, Anchor, Badge, Button, Group, Paper, Stack, Text, TextInput, Tooltip } from '@mantine/core';
import { IconAlertCircle, IconClockHour4, IconFileExport, IconRefresh } from '@tabler/icons-react';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { DemoScriptDetail } from '../../../../../shared/api/demo-scripts';
import { audienceRoleLabel } from '../../../../../shared/demo-script/texts';
import type { DemoStepKind } from '../../../../../shared/demo-script/types';
import { localeFromTag } from '../../../../../shared/locale';
import { useAction, useMethod } from '../../../api/queries';
import { EditorTopBar } from '../../../components/EditorTopBar';
import { notifyError, notifySuccess } from '../../../components/notify';
import { SaveIndicator } from '../../../components/SaveIndicator';
import { ExportModal } from '../export/ExportModal';
import {
  formatClock,
  handStepId,
  isHandStep,
  LIMITS,
  moveStep,
  problemCount,
  startTimes,
  sumMinutes,
  type Step,
} from '../model/script-model';
import { RegenerateModal, type RegenerateOutcome } from '../regenerate/RegenerateModal';
import { RegenerateReport, type RegenerateReportData } from '../regenerate/RegenerateReport';
import classes from './editor.module.css';
import { AddStepMenu, RunningOrder, type EditMark } from './RunningOrder';
import { StepEditor } from './StepEditor';
import { useScriptDraft } from './use-script-draft';

function Fact({ label, children }: { label: string; children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <Group gap={4} wrap="nowrap" style={{ minWidth: 0 }}>
      <Text size="sm" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
        {label}
        {t('common.colon')}
      </Text>
      {children}
    </Group>
  );
}

export interface ScriptEditorProps {
  detail: DemoScriptDetail;
  /** The step to show first (after a regeneration, the one that was open). */
  initialStepId: string | null;
  report: RegenerateReportData | null;
  onDismissReport(): void;
  onRegenerated(outcome: RegenerateOutcome, openStepId: string | null): void;
  onBack(): void;
}

/**
 * 演示脚本 editor: the running order with the clock time of each step on the left (drag and drop,
 * or ↑ ↓), the step chosen on the right (title, minutes, purpose, checklist, talking points by
 * role). Everything saves by itself; 重新生成 keeps the hand edits and says which ones the
 * generator would now write differently.
 */
export function ScriptEditor({
  detail,
  initialStepId,
  report,
  onDismissReport,
  onRegenerated,
  onBack,
}: ScriptEditorProps) {
  const { t, i18n } = useTranslation();
  const locale = localeFromTag(i18n.language);
  const draft = useScriptDraft(detail);
  const { content, edit } = draft;
  const [selectedId, setSelectedId] = useState<string | null>(() => initialStepId ?? content.steps[0]?.id ?? null);
  const [exporting, setExporting] = useState(false);
  const [regenerating, setRegenerating] = useState(false);
  const remove = useAction('demoScripts.delete', ['demoScripts.list']);
  const customers = useMethod('customers.list', { query: '' });
  const solutions = useMethod('library.solutions', { query: '', includeArchived: true });

  const settings = detail.settings;
  const customer = customers.data?.find((c) => c.id === settings.customerId) ?? null;
  const solution = solutions.data?.find((s) => s.id === settings.solutionId) ?? null;
  const modules = (solution?.modules ?? []).filter((m) => settings.moduleIds.includes(m.id));
  const steps = content.steps;
  const selectedIndex = steps.findIndex((s) => s.id === selectedId);
  const selected = steps[selectedIndex] ?? steps[0] ?? null;
  const starts = startTimes(steps);
  const total = sumMinutes(steps);
  const held = Object.keys(draft.problems).length;
  const edited = new Set(detail.editedSteps);
  const reported = new Set(report ? [...report.conflicts.map((c) => c.stepId), ...report.removedEditedSteps] : []);
  const mark = (step: Step): EditMark =>
    draft.unsaved.has(step.id) ? 'unsaved' : isHandStep(step) ? 'added' : edited.has(step.id) ? 'edited' : null;

  const changeStep = (id: string, update: (s: Step) => Step) =>
    edit((c) => ({ ...c, steps: c.steps.map((s) => (s.id === id ? update(s) : s)) }));
  const addStep = (kind: DemoStepKind) => {
    const step: Step = {
      id: handStepId(steps),
      kind,
      title: t('demoScriptUi.order.newTitle', { kind: t(`demoScriptUi.kinds.${kind}`) }),
      minutes: 5,
      purpose: '',
      talkingPoints: [],
    };
    edit((c) => {
      const at = selected ? c.steps.findIndex((s) => s.id === selected.id) + 1 : c.steps.length;
      return { ...c, steps: [...c.steps.slice(0, at), step, ...c.steps.slice(at)] };
    });
    setSelectedId(step.id);
  };
  const removeStep = (id: string) => {
    const index = steps.findIndex((s) => s.id === id);
    edit((c) => ({ ...c, steps: c.steps.filter((s) => s.id !== id) }));
    if (selected?.id === id) setSelectedId(steps[index + 1]?.id ?? steps[index - 1]?.id ?? null);
  };

  const deleteScript = async () => {
    try {
      await remove.mutateAsync({ id: detail.id });
      notifySuccess(t('demoScriptUi.editor.deleted', { title: content.title }));
      onBack();
    } catch (error) {
      notifyError(t('common.error'), error);
    }
  };

  const target = settings.totalMinutes;

  return (
    <Stack gap="md" data-testid="script-editor">
      <EditorTopBar
        testIdPrefix="script"
        backLabel={t('demoScriptUi.editor.back')}
        onBack={onBack}
        title={content.title || t('demoScriptUi.order.untitled')}
        isDemo={detail.isDemo}
        badges={
          <Tooltip label={t('demoScriptUi.editor.totalHint')} withinPortal>
            <Badge
              size="lg"
              variant="light"
              color="indigo"
              tt="none"
              leftSection={<IconClockHour4 size={14} />}
              style={{ flexShrink: 0 }}
              data-testid="script-total"
              data-minutes={total}
            >
              {t('demoScriptUi.editor.total', { n: total, clock: formatClock(total) })}
            </Badge>
          </Tooltip>
        }
        actions={
          <>
            <SaveIndicator
              status={draft.status}
              error={draft.error}
              textKey="demoScriptUi.save"
              heldText={held > 0 ? t('demoScriptUi.save.held', { n: held }) : null}
              saveWhenHeld={false}
              heldCount={held}
              statusTestId="script-save-status"
              saveNowTestId="script-save-now"
              onSave={() => void draft.flush()}
            />
            <Button
              variant="default"
              leftSection={<IconRefresh size={16} />}
              onClick={() => setRegenerating(true)}
              data-testid="script-regenerate-open"
            >
              {t('demoScriptUi.regenerate.open')}
            </Button>
            <Button
              leftSection={<IconFileExport size={16} />}
              onClick={() => setExporting(true)}
              data-testid="script-export-open"
            >
              {t('demoScriptUi.export.open')}
            </Button>
          </>
        }
        moreLabel={t('demoScriptUi.editor.more')}
        deleteLabel={t('demoScriptUi.editor.delete')}
        deleteTitle={t('demoScriptUi.editor.deleteTitle')}
        deleteConfirm={t('demoScriptUi.editor.deleteConfirm', { title: content.title })}
        onDelete={() => void deleteScript()}
      />

      {report && (
        <RegenerateReport report={report} steps={steps} onOpen={(id) => setSelectedId(id)} onClose={onDismissReport} />
      )}

      {held > 0 && (
        <Alert color="red" variant="light" icon={<IconAlertCircle size={18} />} data-testid="script-held">
          <Group gap="xs">
            <Text size="sm">{t('demoScriptUi.save.heldHint', { n: held })}</Text>
            {(() => {
              const first = steps.find((s) => problemCount(draft.problems, s.id) > 0);
              return first && first.id !== selected?.id ? (
                <Anchor component="button" type="button" size="sm" onClick={() => setSelectedId(first.id)}>
                  {t('demoScriptUi.report.open')}
                </Anchor>
              ) : null;
            })()}
          </Group>
        </Alert>
      )}

      <Paper withBorder radius="md" px="md" py="sm" bg="white" data-testid="script-header">
        <Stack gap="xs">
          <TextInput
            label={t('demoScriptUi.editor.titleLabel')}
            value={content.title}
            maxLength={LIMITS.title}
            error={draft.problems.title}
            onChange={(event) => {
              const title = event.currentTarget.value;
              edit((c) => ({ ...c, title }));
            }}
            data-testid="script-title-input"
          />
          <Group gap="lg" wrap="wrap" style={{ rowGap: 6 }}>
            <Fact label={t('demoScriptUi.editor.customer')}>
              <Text size="sm" lineClamp={1}>
                {customer?.name ?? t('demoScriptUi.list.noCustomer')}
              </Text>
            </Fact>
            <Fact label={t('demoScriptUi.editor.solution')}>
              <Text size="sm" lineClamp={1}>
                {solution
                  ? t('demoScriptUi.editor.solutionModules', { name: solution.name, n: modules.length })
                  : t('demoScriptUi.editor.noSolution')}
              </Text>
            </Fact>
            <Fact label={t('demoScriptUi.editor.audience')}>
              <Group gap={4} wrap="wrap" data-testid="script-audience">
                {settings.roles.map((role) => (
                  <Badge key={role} tt="none" variant="outline" color="gray" size="sm">
                    {audienceRoleLabel(role, locale)}
                  </Badge>
                ))}
              </Group>
            </Fact>
          </Group>
        </Stack>
      </Paper>

      <div className={classes.layout}>
        <div className={classes.side}>
          <Paper withBorder radius="md" bg="white" style={{ overflow: 'hidden' }} data-testid="step-order-panel">
            <Group justify="space-between" px="sm" py={8} className={classes.panelHead} wrap="nowrap">
              <Text size="sm" fw={600}>
                {t('demoScriptUi.order.title')}
              </Text>
              <Text size="xs" c="dimmed">
                {t('demoScriptUi.order.dragHint')}
              </Text>
            </Group>
            <RunningOrder
              steps={steps}
              selectedId={selected?.id ?? null}
              onSelect={setSelectedId}
              onMove={(from, to) => edit((c) => ({ ...c, steps: moveStep(c.steps, from, to) }))}
              onRemove={removeStep}
              mark={mark}
              problems={(s) => problemCount(draft.problems, s.id)}
              reported={reported}
            />
            <Stack gap={6} p="sm" className={classes.footer}>
              <Group justify="space-between" wrap="nowrap">
                <Text size="sm" fw={600} data-testid="order-total" data-minutes={total}>
                  {t('demoScriptUi.order.total', { n: total, clock: formatClock(total) })}
                </Text>
                <AddStepMenu onAdd={addStep} />
              </Group>
              <Text
                size="xs"
                c={target !== null && target !== total ? 'orange.8' : 'dimmed'}
                data-testid="order-target"
              >
                {target === null
                  ? t('demoScriptUi.order.targetAuto')
                  : total > target
                    ? t('demoScriptUi.order.over', { target, n: total - target })
                    : total < target
                      ? t('demoScriptUi.order.under', { target, n: target - total })
                      : t('demoScriptUi.order.onTarget', { target })}
              </Text>
              {draft.problems.steps && (
                <Text size="xs" c="red.7">
                  {draft.problems.steps}
                </Text>
              )}
            </Stack>
          </Paper>
        </div>

        {selected ? (
          <StepEditor
            key={selected.id}
            step={selected}
            start={starts[steps.indexOf(selected)] ?? 0}
            audience={settings.roles}
            problems={draft.problems}
            change={(update) => changeStep(selected.id, update)}
          />
        ) : (
          <Paper withBorder radius="md" p="xl" bg="white">
            <Text c="dimmed" ta="center">
              {t('demoScriptUi.editor.noSteps')}
            </Text>
          </Paper>
        )}
      </div>

      <RegenerateModal
        opened={regenerating}
        onCancel={() => setRegenerating(false)}
        detail={detail}
        title={content.title.trim() || settings.title}
        solution={solution}
        customerName={customer?.name ?? ''}
        held={held}
        flush={draft.flush}
        saveError={draft.error}
        onDone={(outcome) => {
          setRegenerating(false);
          onRegenerated(outcome, selected?.id ?? null);
        }}
      />
      <ExportModal
        opened={exporting}
        onClose={() => setExporting(false)}
        scriptId={detail.id}
        scriptLocale={settings.locale}
        flush={draft.flush}
      />
    </Stack>
  );
}

import { Alert, Anchor, Group, List, Stack, Text } from '@mantine/core';
import { IconCircleCheck, IconInfoCircle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { DemoStepField } from '../../../../../shared/demo-script/types';
import type { Step } from '../model/script-model';

/** What a regeneration did to the hand edits, kept on screen until dismissed. */
export interface RegenerateReportData {
  conflicts: { stepId: string; field: DemoStepField }[];
  removedEditedSteps: string[];
  /** The length asked for (null: automatic) and the length that came out. */
  target: number | null;
  total: number;
}

/**
 * 重新生成结果: each step where a hand edit was kept although the generator now writes something
 * else (with the fields), and each step edited by hand that the generator no longer produces but
 * was kept. A link opens the step.
 */
export function RegenerateReport({
  report,
  steps,
  onOpen,
  onClose,
}: {
  report: RegenerateReportData;
  steps: Step[];
  onOpen(stepId: string): void;
  onClose(): void;
}) {
  const { t } = useTranslation();
  const titleOf = (id: string) => steps.find((s) => s.id === id)?.title ?? id;
  const present = (id: string) => steps.some((s) => s.id === id);
  // One line per step, its fields in the order the editor shows them.
  const byStep = new Map<string, DemoStepField[]>();
  for (const c of report.conflicts) byStep.set(c.stepId, [...(byStep.get(c.stepId) ?? []), c.field]);
  const clean = byStep.size === 0 && report.removedEditedSteps.length === 0;
  const open = (id: string) =>
    present(id) ? (
      <Anchor component="button" type="button" size="sm" onClick={() => onOpen(id)} style={{ whiteSpace: 'nowrap' }}>
        {t('demoScriptUi.report.open')}
      </Anchor>
    ) : null;

  return (
    <Alert
      color={clean ? 'teal' : 'orange'}
      variant="light"
      icon={clean ? <IconCircleCheck size={20} /> : <IconInfoCircle size={20} />}
      title={clean ? t('demoScriptUi.report.cleanTitle') : t('demoScriptUi.report.title')}
      withCloseButton
      closeButtonLabel={t('common.close')}
      onClose={onClose}
      data-testid="regenerate-report"
    >
      <Stack gap="sm">
        <Text size="sm" data-testid="regenerate-report-total">
          {report.target === null || report.target === report.total
            ? t('demoScriptUi.report.total', { n: report.total })
            : t('demoScriptUi.report.totalDiffers', { n: report.total, target: report.target })}
        </Text>
        {clean && <Text size="sm">{t('demoScriptUi.report.clean')}</Text>}
        {byStep.size > 0 && (
          <Stack gap={4}>
            <Text size="sm" fw={600}>
              {t('demoScriptUi.report.conflictsTitle')}
            </Text>
            <Text size="xs" c="dimmed">
              {t('demoScriptUi.report.conflictsHint')}
            </Text>
            <List size="sm" spacing={4}>
              {[...byStep].map(([stepId, fields]) => (
                <List.Item key={stepId} data-testid="report-conflict" data-step-id={stepId}>
                  <Group gap="xs" wrap="nowrap">
                    <Text size="sm">
                      <Text span fw={600}>
                        {titleOf(stepId)}
                      </Text>
                      {t('common.colon')}
                      {fields.map((f) => t(`demoScriptUi.fields.${f}`)).join(t('demoScriptUi.report.join'))}
                    </Text>
                    {open(stepId)}
                  </Group>
                </List.Item>
              ))}
            </List>
          </Stack>
        )}
        {report.removedEditedSteps.length > 0 && (
          <Stack gap={4}>
            <Text size="sm" fw={600}>
              {t('demoScriptUi.report.removedTitle')}
            </Text>
            <Text size="xs" c="dimmed">
              {t('demoScriptUi.report.removedHint')}
            </Text>
            <List size="sm" spacing={4}>
              {report.removedEditedSteps.map((stepId) => (
                <List.Item key={stepId} data-testid="report-removed" data-step-id={stepId}>
                  <Group gap="xs" wrap="nowrap">
                    <Text size="sm" fw={600}>
                      {titleOf(stepId)}
                    </Text>
                    {open(stepId)}
                  </Group>
                </List.Item>
              ))}
            </List>
          </Stack>
        )}
      </Stack>
    </Alert>
  );
}

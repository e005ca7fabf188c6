import { Checkbox, Group, Paper, Progress, SimpleGrid, Stack, Text, Textarea, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { CONFIRMATION_QUESTIONS, confirmationProgress } from '../../../../../shared/opportunities/confirmation';
import { PURCHASE_CONDITIONS } from '../../../../../shared/opportunities/purchase-conditions';
import type { SectionProps } from './section-props';

/** Opportunity confirmation (seed 三) with progress, and the six purchase conditions (seed 六). */
export function ConfirmationSection({ detail, record, edit }: SectionProps) {
  const { t } = useTranslation();
  // Progress follows the answers as typed; the gate checks what is saved.
  const progress = confirmationProgress(record.confirmation);
  const threshold = detail.confirmation.threshold;
  const met = PURCHASE_CONDITIONS.filter((c) => record.conditions[c]).length;
  return (
    <SimpleGrid cols={{ base: 1, lg: 3 }} spacing="md" data-testid="section-confirmation">
      <Paper withBorder radius="md" p="md" style={{ gridColumn: 'span 2' }} id="opportunity-confirmation">
        <Group justify="space-between" mb={4}>
          <Title order={4}>{t('opportunityUi.tabs.confirmation')}</Title>
          <Text size="sm" fw={600} data-testid="confirmation-progress">
            {t('opportunityUi.confirmation.progress', {
              answered: progress.answered,
              total: progress.total,
              percent: progress.percent,
            })}
          </Text>
        </Group>
        <Text size="xs" c="dimmed" mb="xs">
          {t('opportunityUi.confirmation.intro', { threshold })}
        </Text>
        <Progress value={progress.percent} color={progress.percent >= threshold ? 'teal' : 'orange'} mb="md" />
        <Stack gap="sm">
          {CONFIRMATION_QUESTIONS.map((q) => (
            <Textarea
              key={q}
              label={t(`opportunities.questions.${q}`)}
              value={record.confirmation[q]}
              autosize
              minRows={1}
              maxLength={2000}
              onChange={(e) => {
                const value = e.currentTarget.value;
                edit((r) => ({ ...r, confirmation: { ...r.confirmation, [q]: value } }));
              }}
              data-testid="confirmation-answer"
              data-question={q}
            />
          ))}
        </Stack>
      </Paper>
      <Paper withBorder radius="md" p="md" id="opportunity-conditions" h="fit-content">
        <Group justify="space-between" mb={4}>
          <Title order={4}>{t('opportunityUi.confirmation.conditions')}</Title>
          <Text size="sm" fw={600} data-testid="conditions-progress">
            {t('opportunityUi.confirmation.conditionsProgress', { met })}
          </Text>
        </Group>
        <Text size="xs" c="dimmed" mb="md">
          {t('opportunityUi.confirmation.conditionsIntro')}
        </Text>
        <Stack gap="sm">
          {PURCHASE_CONDITIONS.map((c) => (
            <Checkbox
              key={c}
              label={t(`opportunities.conditions.${c}`)}
              checked={record.conditions[c]}
              onChange={(e) => {
                const checked = e.currentTarget.checked;
                edit((r) => ({ ...r, conditions: { ...r.conditions, [c]: checked } }));
              }}
              data-testid="condition"
              data-condition={c}
            />
          ))}
        </Stack>
      </Paper>
    </SimpleGrid>
  );
}

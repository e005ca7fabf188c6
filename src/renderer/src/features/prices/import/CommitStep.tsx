import { Alert, Group, Paper, Radio, SegmentedControl, Stack, Text, TextInput } from '@mantine/core';
import { IconAlertCircle, IconInfoCircle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { ImportAnalysis } from '../../../../../shared/api/prices';
import { useMethod } from '../../../api/queries';

export interface CommitChoices {
  mode: 'all' | 'valid-only';
  onDuplicate: 'update' | 'skip' | 'error';
  label: string;
}

/** Why the server refused to import: the message, and what to do about it. */
export interface Refusal {
  message: string;
  hint: string | null;
}

interface CommitStepProps {
  analysis: ImportAnalysis;
  viewedVersionId: number | null;
  choices: CommitChoices;
  onChange(changes: Partial<CommitChoices>): void;
  refusal: Refusal | null;
}

const DUPLICATE_CHOICES = ['update', 'skip', 'error'] as const;

/** Step 4: how to import (all or nothing, or only the correct rows), existing codes, the version's name. */
export function CommitStep({ analysis, viewedVersionId, choices, onChange, refusal }: CommitStepProps) {
  const { t } = useTranslation();
  const versions = useMethod('prices.versions', {});
  const labelOf = (id: number | null) => versions.data?.find((v) => v.id === id)?.label ?? null;
  const baseLabel = labelOf(analysis.baseVersionId);
  const viewedLabel = labelOf(viewedVersionId);

  return (
    <Stack gap="lg">
      {refusal && (
        <Alert
          color="red"
          icon={<IconAlertCircle size={18} />}
          title={t('prices.importer.commit.refusedTitle')}
          data-testid="import-refused"
        >
          <Text size="sm">{refusal.message}</Text>
          {refusal.hint && (
            <Text size="sm" mt={4}>
              {refusal.hint}
            </Text>
          )}
        </Alert>
      )}
      <Paper withBorder radius="md" p="lg">
        <Stack gap="lg">
          <Radio.Group
            label={t('prices.importer.commit.mode')}
            value={choices.mode}
            onChange={(value) => onChange({ mode: value === 'valid-only' ? 'valid-only' : 'all' })}
            data-testid="import-mode"
          >
            <Stack gap="sm" mt="xs">
              <Radio value="all" label={t('prices.importer.commit.modeAll')} data-testid="import-mode-all" />
              <Radio
                value="valid-only"
                label={t('prices.importer.commit.modeValid')}
                description={
                  analysis.invalidRows > 0
                    ? t('prices.importer.commit.modeValidHint', { count: analysis.invalidRows })
                    : undefined
                }
                data-testid="import-mode-valid-only"
              />
            </Stack>
          </Radio.Group>
          <Stack gap={6}>
            <Text size="sm" fw={500}>
              {t('prices.importer.commit.duplicate')}
            </Text>
            <Group>
              <SegmentedControl
                value={choices.onDuplicate}
                onChange={(value) => onChange({ onDuplicate: DUPLICATE_CHOICES.find((c) => c === value) ?? 'update' })}
                data={DUPLICATE_CHOICES.map((value) => ({
                  value,
                  label: t(`prices.importer.commit.onDuplicate.${value}`),
                }))}
                data-testid="import-on-duplicate"
              />
            </Group>
          </Stack>
          <TextInput
            label={t('prices.importer.commit.label')}
            placeholder={t('prices.importer.commit.labelPlaceholder')}
            value={choices.label}
            maxLength={60}
            maw={480}
            onChange={(event) => onChange({ label: event.currentTarget.value })}
            data-testid="import-label"
          />
        </Stack>
      </Paper>
      <Alert color="blue" variant="light" icon={<IconInfoCircle size={18} />}>
        <Text size="sm">
          {baseLabel !== null
            ? t('prices.importer.commit.base', { label: baseLabel })
            : t('prices.importer.commit.baseNone')}
        </Text>
        {viewedLabel !== null && viewedVersionId !== analysis.baseVersionId && baseLabel !== null && (
          <Text size="sm" mt={4}>
            {t('prices.importer.commit.notViewed', { viewed: viewedLabel, label: baseLabel })}
          </Text>
        )}
      </Alert>
    </Stack>
  );
}

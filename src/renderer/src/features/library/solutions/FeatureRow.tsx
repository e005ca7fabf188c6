import { ActionIcon, Group, Textarea, TextInput } from '@mantine/core';
import { IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { FeatureDraft } from './solution-draft';

interface FeatureRowProps {
  feature: FeatureDraft;
  nameError: string | undefined;
  descriptionError: string | undefined;
  onChange(patch: Partial<Pick<FeatureDraft, 'name' | 'description'>>, field: 'name' | 'description'): void;
  onRemove(): void;
}

/** One feature of a module: its name, its description and a remove button. */
export function FeatureRow({ feature, nameError, descriptionError, onChange, onRemove }: FeatureRowProps) {
  const { t } = useTranslation();
  return (
    <Group gap="xs" align="flex-start" wrap="nowrap" data-testid="feature">
      <TextInput
        placeholder={t('libraryUi.solutions.fields.featureName')}
        aria-label={t('libraryUi.solutions.fields.featureName')}
        value={feature.name}
        maxLength={60}
        size="xs"
        w={180}
        error={nameError}
        onChange={(event) => onChange({ name: event.currentTarget.value }, 'name')}
        data-testid="feature-name"
      />
      <Textarea
        placeholder={t('libraryUi.solutions.fields.featureDescription')}
        aria-label={t('libraryUi.solutions.fields.featureDescription')}
        value={feature.description}
        autosize
        minRows={1}
        maxRows={4}
        maxLength={500}
        size="xs"
        style={{ flex: 1 }}
        error={descriptionError}
        onChange={(event) => onChange({ description: event.currentTarget.value }, 'description')}
        data-testid="feature-description"
      />
      <ActionIcon
        variant="subtle"
        color="red"
        mt={4}
        aria-label={t('libraryUi.solutions.removeFeature')}
        onClick={onRemove}
      >
        <IconTrash size={14} />
      </ActionIcon>
    </Group>
  );
}

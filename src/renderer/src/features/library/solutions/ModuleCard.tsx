import { ActionIcon, Badge, Button, Group, Paper, Stack, Text, Textarea, TextInput, Tooltip } from '@mantine/core';
import { IconArrowDown, IconArrowUp, IconPlus, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import classes from '../Library.module.css';
import { errorAt } from '../library-model';
import { FeatureRow } from './FeatureRow';
import { ItemCodeField } from './ItemCodeField';
import { newKey, type FeatureDraft, type ModuleDraft } from './solution-draft';

interface ModuleCardProps {
  module: ModuleDraft;
  index: number;
  count: number;
  errors: Record<string, string>;
  /** A change to the module's own fields; `fixes` names the field whose error it clears. */
  onChange(patch: Partial<ModuleDraft>, fixes: string): void;
  /** A change to its features; `fixes` is "f.name" etc., or undefined for the whole list. */
  onChangeFeatures(update: (features: FeatureDraft[]) => FeatureDraft[], fixes?: string): void;
  onMove(to: number): void;
  onRemove(): void;
}

/** One module of a solution: name, catalogue code, description, move/remove, and its features. */
export function ModuleCard({ module, index, count, errors, ...handlers }: ModuleCardProps) {
  const { t } = useTranslation();
  const at = (field: string) => errorAt(errors, `modules.${index}.${field}`);

  return (
    <Paper withBorder radius="sm" p="sm" className={classes.module} data-testid="module">
      <Stack gap="xs">
        <Group gap="xs" align="flex-start" wrap="nowrap">
          <Badge variant="light" mt={30} style={{ flexShrink: 0 }}>
            {index + 1}
          </Badge>
          <TextInput
            label={t('libraryUi.solutions.fields.moduleName')}
            withAsterisk
            value={module.name}
            maxLength={60}
            error={at('name')}
            onChange={(event) => handlers.onChange({ name: event.currentTarget.value }, 'name')}
            style={{ flex: 1 }}
            data-testid="module-name"
          />
          <div style={{ width: 260 }}>
            <ItemCodeField
              value={module.itemCode}
              onChange={(itemCode) => handlers.onChange({ itemCode }, 'itemCode')}
              error={at('itemCode')}
              testId="module-item-code"
            />
          </div>
          <Group gap={2} mt={28} wrap="nowrap">
            <Tooltip label={t('libraryUi.common.moveUp')} withinPortal>
              <ActionIcon
                variant="subtle"
                color="gray"
                disabled={index === 0}
                aria-label={t('libraryUi.common.moveUp')}
                onClick={() => handlers.onMove(index - 1)}
              >
                <IconArrowUp size={16} />
              </ActionIcon>
            </Tooltip>
            <Tooltip label={t('libraryUi.common.moveDown')} withinPortal>
              <ActionIcon
                variant="subtle"
                color="gray"
                disabled={index === count - 1}
                aria-label={t('libraryUi.common.moveDown')}
                onClick={() => handlers.onMove(index + 1)}
              >
                <IconArrowDown size={16} />
              </ActionIcon>
            </Tooltip>
            <Tooltip label={t('libraryUi.solutions.removeModule')} withinPortal>
              <ActionIcon
                variant="subtle"
                color="red"
                aria-label={t('libraryUi.solutions.removeModule')}
                onClick={handlers.onRemove}
                data-testid="module-remove"
              >
                <IconTrash size={16} />
              </ActionIcon>
            </Tooltip>
          </Group>
        </Group>
        <Textarea
          label={t('libraryUi.solutions.fields.moduleDescription')}
          value={module.description}
          autosize
          minRows={1}
          maxRows={6}
          maxLength={1000}
          error={at('description')}
          onChange={(event) => handlers.onChange({ description: event.currentTarget.value }, 'description')}
          data-testid="module-description"
        />
        <Text size="sm" fw={500}>
          {t('libraryUi.solutions.features', { count: module.features.length })}
        </Text>
        {module.features.map((feature, f) => (
          <FeatureRow
            key={feature.key}
            feature={feature}
            nameError={at(`features.${f}.name`)}
            descriptionError={at(`features.${f}.description`)}
            onChange={(patch, field) =>
              handlers.onChangeFeatures(
                (list) => list.map((x, i) => (i === f ? { ...x, ...patch } : x)),
                `${f}.${field}`,
              )
            }
            onRemove={() => handlers.onChangeFeatures((list) => list.filter((_, i) => i !== f))}
          />
        ))}
        <Button
          variant="subtle"
          size="compact-xs"
          leftSection={<IconPlus size={12} />}
          style={{ alignSelf: 'flex-start' }}
          onClick={() => handlers.onChangeFeatures((list) => [...list, { key: newKey(), name: '', description: '' }])}
          data-testid="feature-add"
        >
          {t('libraryUi.solutions.addFeature')}
        </Button>
      </Stack>
    </Paper>
  );
}

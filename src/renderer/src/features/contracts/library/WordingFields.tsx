import { ActionIcon, Paper, SimpleGrid, Stack, Text, TextInput, Textarea, Tooltip } from '@mantine/core';
import { IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { ClauseWording } from '../../../../../shared/contract-drafts/types';
import { BodyHint } from '../clauses/ClauseEditForm';

/** One wording of a library clause: its key and label (shown in the contract's picker), heading and body. */
export function WordingFields({
  wording,
  index,
  errors,
  removable,
  onChange,
  onRemove,
}: {
  wording: ClauseWording;
  index: number;
  errors: Record<string, string>;
  removable: boolean;
  onChange(patch: Partial<ClauseWording>): void;
  onRemove(): void;
}) {
  const { t } = useTranslation();
  const at = (field: keyof ClauseWording) => errors[`wordings.${index}.${field}`];
  return (
    <Paper withBorder radius="md" p="sm" bg="gray.0" data-testid="wording" data-key={wording.key}>
      <Stack gap="xs">
        <SimpleGrid cols={2} spacing="xs">
          <TextInput
            label={t('contractUi.library.wordingKey')}
            description={index === 0 ? t('contractUi.library.defaultWording') : undefined}
            inputWrapperOrder={['label', 'input', 'description', 'error']}
            value={wording.key}
            maxLength={40}
            error={at('key')}
            onChange={(event) => onChange({ key: event.currentTarget.value })}
            data-testid="wording-key"
          />
          <TextInput
            label={t('contractUi.library.wordingLabel')}
            value={wording.label}
            maxLength={40}
            error={at('label')}
            onChange={(event) => onChange({ label: event.currentTarget.value })}
            rightSection={
              removable ? (
                <Tooltip label={t('contractUi.library.removeWording')} withinPortal>
                  <ActionIcon
                    variant="subtle"
                    color="red"
                    onClick={onRemove}
                    aria-label={t('contractUi.library.removeWording')}
                    data-testid="wording-remove"
                  >
                    <IconTrash size={14} />
                  </ActionIcon>
                </Tooltip>
              ) : null
            }
            data-testid="wording-label"
          />
        </SimpleGrid>
        <TextInput
          label={t('contractUi.clause.heading')}
          value={wording.heading}
          maxLength={80}
          error={at('heading')}
          onChange={(event) => onChange({ heading: event.currentTarget.value })}
          data-testid="wording-heading"
        />
        <Stack gap={4}>
          <Text size="sm" fw={500}>
            {t('contractUi.clause.body')}
          </Text>
          <Textarea
            value={wording.body}
            autosize
            minRows={4}
            maxRows={18}
            maxLength={20_000}
            error={at('body')}
            aria-label={t('contractUi.clause.body')}
            onChange={(event) => onChange({ body: event.currentTarget.value })}
            data-testid="wording-body"
          />
          <BodyHint />
        </Stack>
      </Stack>
    </Paper>
  );
}

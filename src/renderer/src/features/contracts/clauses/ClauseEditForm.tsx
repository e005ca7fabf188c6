import { Button, Group, List, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { IconCheck } from '@tabler/icons-react';
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { ContractFieldMenu, insertAtCaret } from './ContractFieldMenu';

/** How a clause body is written, shown next to every clause text box. */
export function BodyHint() {
  const { t } = useTranslation();
  return (
    <List size="xs" c="dimmed" spacing={0} data-testid="clause-hint">
      <List.Item>{t('contractUi.clause.hint.line')}</List.Item>
      <List.Item>{t('contractUi.clause.hint.item')}</List.Item>
      <List.Item>{t('contractUi.clause.hint.plain')}</List.Item>
      <List.Item>
        {t('contractUi.clause.hint.table', { schedule: '{{table.schedule}}', milestones: '{{table.milestones}}' })}
      </List.Item>
    </List>
  );
}

/** Heading and body of a clause in text boxes; every keystroke goes into the draft (saved by itself). */
export function ClauseEditForm({
  heading,
  body,
  errors,
  onChange,
  onDone,
}: {
  heading: string;
  body: string;
  errors: string[];
  onChange(patch: { heading?: string; body?: string }): void;
  onDone(): void;
}) {
  const { t } = useTranslation();
  const bodyRef = useRef<HTMLTextAreaElement>(null);
  const headingError = heading.trim() === '' ? t('err.contracts.heading') : undefined;
  const bodyError = body.trim() === '' ? t('err.contracts.body') : undefined;
  // The fields show their own problems; what else the server said is listed below them.
  const others = errors.filter((message) => message !== headingError && message !== bodyError);
  return (
    <Stack gap="xs" data-testid="clause-edit-form">
      <TextInput
        label={t('contractUi.clause.heading')}
        value={heading}
        maxLength={80}
        error={headingError}
        onChange={(event) => onChange({ heading: event.currentTarget.value })}
        data-testid="clause-heading-input"
      />
      <Stack gap={4}>
        <Group justify="space-between" align="flex-end">
          <Text size="sm" fw={500}>
            {t('contractUi.clause.body')}
          </Text>
          <ContractFieldMenu
            onInsert={(text, wholeLine) => onChange({ body: insertAtCaret(bodyRef.current, body, text, wholeLine) })}
          />
        </Group>
        <Textarea
          ref={bodyRef}
          value={body}
          autosize
          minRows={5}
          maxRows={24}
          maxLength={20_000}
          error={bodyError}
          onChange={(event) => onChange({ body: event.currentTarget.value })}
          aria-label={t('contractUi.clause.body')}
          data-testid="clause-body-input"
        />
        <BodyHint />
      </Stack>
      {others.length > 0 && (
        <Text size="xs" c="red.7">
          {others.join(' · ')}
        </Text>
      )}
      <Group justify="flex-end">
        <Button size="compact-sm" leftSection={<IconCheck size={14} />} onClick={onDone} data-testid="clause-done">
          {t('contractUi.clause.done')}
        </Button>
      </Group>
    </Stack>
  );
}

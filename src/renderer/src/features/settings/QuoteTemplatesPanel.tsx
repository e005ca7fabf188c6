import {
  Badge,
  Button,
  Group,
  Modal,
  Paper,
  SegmentedControl,
  Stack,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { IconPencil, IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { QuoteTemplate } from '../../../../shared/api/quotes';
import { CallError } from '../../api/client';
import { useAction, useMethod } from '../../api/queries';
import { ConfirmButton } from '../../components/ConfirmButton';
import { notifyError, notifySuccess } from '../../components/notify';

type Editing = { id?: number; kind: QuoteTemplate['kind']; name: string; body: string };

/** Reusable terms and notes: what a rep inserts into a quote instead of copy-pasting old ones. */
export function QuoteTemplatesPanel() {
  const { t } = useTranslation();
  const templates = useMethod('quoteTemplates.list', {});
  const save = useAction('quoteTemplates.save', ['quoteTemplates.list']);
  const remove = useAction('quoteTemplates.delete', ['quoteTemplates.list']);
  const [editing, setEditing] = useState<Editing | null>(null);
  const [errors, setErrors] = useState<Record<string, string>>({});

  const submit = async () => {
    if (!editing) return;
    try {
      await save.mutateAsync(editing);
      notifySuccess(t('quoteSettings.templateSaved'));
      setEditing(null);
    } catch (error) {
      if (error instanceof CallError) setErrors(error.error.fields);
      else notifyError(t('quoteSettings.saveFailed'), error);
    }
  };

  return (
    <Paper withBorder p="lg" radius="md" data-testid="quote-templates">
      <Group justify="space-between" mb={4}>
        <Title order={4}>{t('quoteSettings.templates')}</Title>
        <Button
          variant="light"
          leftSection={<IconPlus size={16} />}
          onClick={() => {
            setErrors({});
            setEditing({ kind: 'terms', name: '', body: '' });
          }}
        >
          {t('quoteSettings.addTemplate')}
        </Button>
      </Group>
      <Text size="sm" c="dimmed" mb="md">
        {t('quoteSettings.templatesHint')}
      </Text>
      <Stack gap="sm">
        {templates.data?.length === 0 && <Text c="dimmed">{t('quoteSettings.noTemplates')}</Text>}
        {templates.data?.map((template) => (
          <Paper key={template.id} withBorder p="sm" radius="sm">
            <Group justify="space-between" wrap="nowrap" align="flex-start">
              <Stack gap={4} style={{ minWidth: 0 }}>
                <Group gap="xs">
                  <Badge variant="light" color={template.kind === 'terms' ? 'indigo' : 'gray'}>
                    {t(`quoteSettings.templateKind.${template.kind}`)}
                  </Badge>
                  <Text fw={500}>{template.name}</Text>
                </Group>
                <Text size="sm" c="dimmed" style={{ whiteSpace: 'pre-line' }} lineClamp={3}>
                  {template.body}
                </Text>
              </Stack>
              <Group gap="xs" wrap="nowrap">
                <Button
                  size="xs"
                  variant="default"
                  leftSection={<IconPencil size={14} />}
                  onClick={() => {
                    setErrors({});
                    setEditing({ ...template });
                  }}
                >
                  {t('quoteSettings.editTemplate')}
                </Button>
                <ConfirmButton
                  size="xs"
                  variant="subtle"
                  color="red"
                  title={t('quoteSettings.deleteTemplate')}
                  message={t('quoteSettings.deleteTemplateConfirm', { name: template.name })}
                  onConfirm={async () => {
                    await remove.mutateAsync({ id: template.id });
                    notifySuccess(t('quoteSettings.templateDeleted'));
                  }}
                >
                  {t('quoteSettings.deleteTemplate')}
                </ConfirmButton>
              </Group>
            </Group>
          </Paper>
        ))}
      </Stack>
      <Modal
        opened={editing !== null}
        onClose={() => setEditing(null)}
        title={editing?.id ? t('quoteSettings.editTemplate') : t('quoteSettings.addTemplate')}
        size="lg"
      >
        {editing && (
          <Stack>
            <SegmentedControl
              value={editing.kind}
              onChange={(kind) => setEditing({ ...editing, kind: kind as Editing['kind'] })}
              data={[
                { value: 'terms', label: t('quoteSettings.templateKind.terms') },
                { value: 'notes', label: t('quoteSettings.templateKind.notes') },
              ]}
            />
            <TextInput
              label={t('quoteSettings.templateName')}
              value={editing.name}
              error={errors.name}
              onChange={(e) => setEditing({ ...editing, name: e.currentTarget.value })}
            />
            <Textarea
              label={t('quoteSettings.templateBody')}
              autosize
              minRows={5}
              value={editing.body}
              error={errors.body}
              onChange={(e) => setEditing({ ...editing, body: e.currentTarget.value })}
            />
            <Group justify="flex-end">
              <Button variant="default" onClick={() => setEditing(null)}>
                {t('quoteSettings.cancel')}
              </Button>
              <Button onClick={() => void submit()} loading={save.isPending}>
                {t('quoteSettings.saveTemplate')}
              </Button>
            </Group>
          </Stack>
        )}
      </Modal>
    </Paper>
  );
}

import { Alert, Button, Group, Modal, Stack, Text, TextInput } from '@mantine/core';
import { IconAlertTriangle, IconSend } from '@tabler/icons-react';
import { useState, type FormEvent } from 'react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { PriceListVersion } from '../../../../shared/api/prices';
import { CallError } from '../../api/client';
import { useAction } from '../../api/queries';
import { notifySuccess } from '../../components/notify';
import { todayIso } from './price-format';

/** Whether a label is still the one a new draft is given ("草稿 2026-12-07", in either language). */
function isDraftLabel(label: string, t: TFunction): boolean {
  const prefixes = ['zh-CN', 'en'].map((lng) => t('prices.draftLabel', { date: '', lng }).trim());
  return prefixes.some((prefix) => prefix !== '' && label.startsWith(prefix));
}

interface PublishFormProps {
  version: PriceListVersion;
  onClose(): void;
  onPublished(version: PriceListVersion): void;
}

function PublishForm({ version, onClose, onPublished }: PublishFormProps) {
  const { t } = useTranslation();
  const [date, setDate] = useState(todayIso);
  // A draft is named "草稿 <date>"; publishing is the moment to give it its real name, so a
  // published version never goes out called a draft: "2026-12-07 版" is proposed, to rename.
  const [label, setLabel] = useState(() =>
    isDraftLabel(version.label, t) ? t('prices.publish.suggestedLabel', { date: todayIso() }) : version.label,
  );
  const [fieldError, setFieldError] = useState<string | null>(null);
  const [refusal, setRefusal] = useState<string | null>(null);
  const publish = useAction('prices.publish', ['prices.versions', 'prices.compare', 'prices.search']);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setFieldError(null);
    setRefusal(null);
    try {
      const published = await publish.mutateAsync({
        versionId: version.id,
        effectiveDate: date.trim(),
        label: label.trim() || undefined,
      });
      notifySuccess(t('prices.notices.published', { label: published.label, date: published.effectiveDate }));
      onPublished(published);
    } catch (error) {
      const data = error instanceof CallError ? error.error : null;
      const onDate = data?.fields.effectiveDate;
      if (onDate) setFieldError(onDate);
      else setRefusal(data?.message ?? (error instanceof Error ? error.message : String(error)));
    }
  };

  return (
    <form onSubmit={(event) => void submit(event)} noValidate data-testid="publish-form">
      <Stack gap="md">
        <Text size="sm">{t('prices.publish.intro')}</Text>
        <TextInput
          label={t('prices.publish.label')}
          value={label}
          description={t('prices.publish.labelHint')}
          onChange={(event) => setLabel(event.currentTarget.value)}
          maw={320}
          data-testid="publish-label"
        />
        <TextInput
          label={t('prices.publish.effectiveDate')}
          description={t('prices.publish.dateHint')}
          placeholder="YYYY-MM-DD"
          value={date}
          onChange={(event) => setDate(event.currentTarget.value)}
          error={fieldError}
          maw={220}
          data-autofocus
          data-testid="publish-date"
        />
        {refusal && (
          <Alert color="red" icon={<IconAlertTriangle size={18} />} data-testid="publish-error">
            {refusal}
          </Alert>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose} data-testid="publish-cancel">
            {t('common.cancel')}
          </Button>
          <Button
            type="submit"
            loading={publish.isPending}
            leftSection={<IconSend size={16} />}
            data-testid="publish-confirm"
          >
            {t('prices.publish.confirm')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

interface PublishModalProps extends PublishFormProps {
  opened: boolean;
}

/** Publishing a draft: pick the effective date (today by default); the server refuses empty drafts. */
export function PublishModal({ opened, version, onClose, onPublished }: PublishModalProps) {
  const { t } = useTranslation();
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={t('prices.publish.title', { label: version.label })}
      centered
      styles={{ title: { fontWeight: 600 } }}
      data-testid="publish-modal"
    >
      {opened && <PublishForm key={version.id} version={version} onClose={onClose} onPublished={onPublished} />}
    </Modal>
  );
}

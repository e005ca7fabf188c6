import { Button, Group, Modal, Stack, Text, TextInput } from '@mantine/core';
import { IconCopy } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

const KEY = /^[a-z][a-z0-9-]*$/;

interface CopyProps {
  /** The clause copied: its heading as the row shows it. */
  heading: string;
  /** The key offered (not yet in the library). */
  suggestedKey: string;
  /** Keys the library or the other rows already use. */
  takenKeys: readonly string[];
  onCopy(copy: { key: string; heading: string }): void;
  onClose(): void;
}

function CopyForm({ heading, suggestedKey, takenKeys, onCopy, onClose }: CopyProps) {
  const { t } = useTranslation();
  const [key, setKey] = useState(suggestedKey);
  const [title, setTitle] = useState(`${heading}${t('contractTemplateUi.copyClause.headingSuffix')}`);
  const [tried, setTried] = useState(false);
  const trimmedKey = key.trim();
  const keyError =
    trimmedKey === ''
      ? t('err.required')
      : !KEY.test(trimmedKey)
        ? t('err.contracts.key')
        : takenKeys.includes(trimmedKey)
          ? t('contractTemplateUi.copyClause.keyTaken', { key: trimmedKey })
          : null;
  const headingError = title.trim() === '' ? t('err.contracts.heading') : null;
  const submit = () => {
    setTried(true);
    if (keyError === null && headingError === null) onCopy({ key: trimmedKey, heading: title.trim() });
  };
  return (
    <Stack gap="md" data-testid="template-copy-form">
      <Text size="sm" c="dimmed">
        {t('contractTemplateUi.copyClause.hint', { heading })}
      </Text>
      <TextInput
        label={t('contractTemplateUi.copyClause.heading')}
        value={title}
        maxLength={80}
        withAsterisk
        error={tried ? headingError : undefined}
        onChange={(event) => setTitle(event.currentTarget.value)}
        data-testid="template-copy-heading"
      />
      <TextInput
        label={t('contractTemplateUi.copyClause.key')}
        description={t('contractUi.library.keyHint')}
        value={key}
        maxLength={60}
        withAsterisk
        error={tried ? keyError : undefined}
        onChange={(event) => setKey(event.currentTarget.value)}
        data-testid="template-copy-key"
      />
      <Group justify="flex-end">
        <Button variant="default" onClick={onClose}>
          {t('common.cancel')}
        </Button>
        <Button leftSection={<IconCopy size={16} />} onClick={submit} data-testid="template-copy-confirm">
          {t('contractTemplateUi.copyClause.confirm')}
        </Button>
      </Group>
    </Stack>
  );
}

/** 复制为新条款: the row becomes a copy of its clause under a new key and heading, made when the template is saved. */
export function CopyClauseModal({ opened, ...props }: CopyProps & { opened: boolean }) {
  const { t } = useTranslation();
  return (
    <Modal
      opened={opened}
      onClose={props.onClose}
      title={t('contractTemplateUi.copyClause.title')}
      data-testid="template-copy"
    >
      {opened && <CopyForm {...props} />}
    </Modal>
  );
}

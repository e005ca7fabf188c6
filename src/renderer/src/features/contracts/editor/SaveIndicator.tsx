import { Button, Group, Loader, Text, Tooltip } from '@mantine/core';
import { IconAlertCircle, IconCheck, IconDeviceFloppy, IconPointFilled } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { SaveStatus } from './use-contract-draft';

/** Saved / unsaved / saving / failed, always in view; a failed or pending save can be tried now. */
export function SaveIndicator({
  status,
  held,
  error,
  onSave,
}: {
  status: SaveStatus;
  held: number;
  error: string | null;
  onSave(): void;
}) {
  const { t } = useTranslation();
  const content = {
    saved: { icon: <IconCheck size={14} />, color: 'teal.7', text: t('contractUi.save.saved') },
    dirty: {
      icon: <IconPointFilled size={14} />,
      color: 'orange.7',
      text: held > 0 ? t('contractUi.save.held', { n: held }) : t('contractUi.save.dirty'),
    },
    saving: { icon: <Loader size={12} />, color: 'dimmed', text: t('contractUi.save.saving') },
    failed: { icon: <IconAlertCircle size={14} />, color: 'red.7', text: t('contractUi.save.failed') },
  }[status];
  return (
    <Group gap={6} wrap="nowrap" data-testid="contract-save-status" data-status={status} data-held={held}>
      <Tooltip label={error ?? ''} disabled={!error} multiline maw={360} withinPortal>
        <Group gap={4} wrap="nowrap">
          <Text c={content.color} span style={{ display: 'inline-flex' }}>
            {content.icon}
          </Text>
          <Text size="sm" c={content.color} style={{ whiteSpace: 'nowrap' }}>
            {content.text}
          </Text>
        </Group>
      </Tooltip>
      {((status === 'dirty' && held === 0) || status === 'failed') && (
        <Button
          size="compact-xs"
          variant={status === 'failed' ? 'filled' : 'light'}
          color={status === 'failed' ? 'red' : undefined}
          leftSection={<IconDeviceFloppy size={12} />}
          onClick={onSave}
          data-testid="contract-save-now"
        >
          {status === 'failed' ? t('contractUi.save.retry') : t('contractUi.save.saveNow')}
        </Button>
      )}
    </Group>
  );
}

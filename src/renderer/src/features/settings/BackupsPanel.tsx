import { Button, Group, Paper, Stack, Text } from '@mantine/core';
import { IconDatabaseExport } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useAction, useMethod } from '../../api/queries';
import { notifyError, notifySuccess } from '../../components/notify';
import { BackupsTable } from './BackupsTable';
import { useRestore } from './use-restore';

export function BackupsPanel() {
  const { t } = useTranslation();
  const list = useMethod('backups.list', {});
  const create = useAction('backups.create', ['backups.list']);
  const restore = useRestore();
  return (
    <Paper withBorder p="lg" radius="md">
      <Stack gap="md">
        <Text size="sm" c="dimmed">
          {t('backups.intro')}
        </Text>
        <Group justify="space-between">
          <Text size="sm">
            <Text span c="dimmed">
              {t('backups.folder')}
              {t('common.colon')}
            </Text>
            <Text span ff="monospace" size="xs" data-testid="backups-dir">
              {list.data?.dir}
            </Text>
          </Text>
          <Button
            leftSection={<IconDatabaseExport size={16} />}
            loading={create.isPending}
            data-testid="backup-now"
            onClick={() =>
              create.mutate(
                {},
                {
                  onSuccess: (entry) => notifySuccess(t('backups.created', { file: entry.name })),
                  onError: (e) => notifyError(t('common.error'), e),
                },
              )
            }
          >
            {t('backups.backupNow')}
          </Button>
        </Group>
        <BackupsTable backups={list.data?.backups ?? []} onRestore={restore} />
      </Stack>
    </Paper>
  );
}

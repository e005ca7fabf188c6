import { Alert, Button, Container, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { IconAlertTriangle, IconRefresh } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { AppStatus } from '../../../../shared/api/database';
import { request } from '../../api/client';
import { useMethod } from '../../api/queries';
import { ConfirmButton } from '../../components/ConfirmButton';
import { notifyError } from '../../components/notify';
import { LanguageSwitch } from '../../components/LanguageSwitch';
import { BackupsTable } from '../settings/BackupsTable';
import { useRestore } from '../settings/use-restore';

type Unavailable = Extract<AppStatus, { state: 'unavailable' }>;

/** Shown instead of the workbench when the database cannot be opened: explain, offer a way out. */
export function DatabaseErrorScreen({ status }: { status: Unavailable }) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const backups = useMethod('backups.list', {});
  const restore = useRestore();
  const reason = t(`dbError.${status.reason}`, {
    detail: status.detail,
    found: status.foundVersion ?? '?',
    supported: status.supportedVersion,
  });
  const startFresh = async () => {
    await request('db.startFresh', {}).catch((e: unknown) => notifyError(t('common.error'), e));
    await client.invalidateQueries();
  };
  return (
    <Container size="md" py="xl" data-testid="db-error-screen">
      <Stack gap="lg">
        <Group justify="space-between">
          <Title order={2}>{t('app.title')}</Title>
          <LanguageSwitch />
        </Group>
        <Alert color="red" icon={<IconAlertTriangle />} title={t('dbError.title')}>
          <Stack gap={4}>
            <Text size="sm" data-testid="db-error-reason">
              {reason}
            </Text>
            <Text size="xs" ff="monospace">
              {t('dbError.path', { path: status.dbPath })}
            </Text>
            <Text size="sm">{t('dbError.untouched')}</Text>
          </Stack>
        </Alert>
        {status.reason !== 'newer-version' && status.reason !== 'locked' && (
          <Paper withBorder p="lg" radius="md">
            <Text size="sm" mb="md">
              {t('dbError.restoreHint')}
            </Text>
            <BackupsTable backups={backups.data?.backups ?? []} onRestore={restore} />
            <Group justify="flex-end" mt="md">
              <ConfirmButton
                variant="default"
                color="red"
                title={t('dbError.startFresh')}
                message={t('dbError.startFreshConfirm')}
                onConfirm={startFresh}
              >
                {t('dbError.startFresh')}
              </ConfirmButton>
            </Group>
          </Paper>
        )}
        <Group>
          <Button
            variant="light"
            leftSection={<IconRefresh size={16} />}
            onClick={() => void request('db.reopen', {}).finally(() => void client.invalidateQueries())}
          >
            {t('dbError.retry')}
          </Button>
        </Group>
      </Stack>
    </Container>
  );
}

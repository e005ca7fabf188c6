import { Badge, Button, Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { IconCloudCheck, IconLogout, IconRefresh } from '@tabler/icons-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { TeamStatus } from '../../../../shared/api/team';
import { request } from '../../api/client';
import { ConfirmButton } from '../../components/ConfirmButton';
import { formatDateTime } from '../../components/format';
import { notifyError, notifySuccess } from '../../components/notify';
import { LastSyncText } from './LastSyncText';
import { SyncResultAlert } from './SyncResultAlert';
import { refreshAfterSync } from './team-refresh';

function Fact({ label, children, testId }: { label: string; children: ReactNode; testId: string }) {
  return (
    <Stack gap={2}>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text size="sm" component="div" data-testid={testId}>
        {children}
      </Text>
    </Stack>
  );
}

/** Team mode: as whom on which server, the last sync, what waits to go up; sync now, or leave. */
export function TeamStatusCard({ status }: { status: TeamStatus }) {
  const { t, i18n } = useTranslation();
  const client = useQueryClient();
  const sync = useMutation({
    mutationFn: () => request('team.sync', {}),
    onSettled: (result) => refreshAfterSync(client, result ?? null),
  });
  const leave = useMutation({
    mutationFn: () => request('team.disconnect', {}),
    onSuccess: async () => {
      notifySuccess(t('teamUi.leave.done'));
      await client.invalidateQueries({ predicate: (q) => String(q.queryKey[0]).startsWith('team.') });
    },
    onError: (error) => notifyError(t('teamUi.leave.failed'), error),
  });
  const role = status.role ? t(`team.roles.${status.role}`) : '';

  return (
    <Paper withBorder p="lg" radius="md" data-testid="team-connected">
      <Stack gap="md">
        <Group justify="space-between" wrap="nowrap">
          <Group gap="xs">
            <IconCloudCheck size={20} stroke={1.6} color="var(--mantine-color-teal-7)" />
            <Title order={4}>{t('teamUi.status.title')}</Title>
            <Badge variant="light" color="indigo">
              {role}
            </Badge>
          </Group>
          <Group gap="sm">
            <Button
              leftSection={<IconRefresh size={16} />}
              loading={sync.isPending}
              onClick={() => sync.mutate()}
              data-testid="team-sync-now"
            >
              {t('teamUi.sync.now')}
            </Button>
            <ConfirmButton
              variant="light"
              color="red"
              leftSection={<IconLogout size={16} />}
              loading={leave.isPending}
              title={t('teamUi.leave.title')}
              message={t('teamUi.leave.confirm')}
              onConfirm={() => leave.mutate()}
              data-testid="team-leave"
            >
              {t('teamUi.leave.button')}
            </ConfirmButton>
          </Group>
        </Group>
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md" verticalSpacing="sm">
          <Fact label={t('teamUi.status.url')} testId="team-status-url">
            <Text span ff="monospace" size="xs" style={{ wordBreak: 'break-all' }}>
              {status.url}
            </Text>
          </Fact>
          <Fact label={t('teamUi.status.user')} testId="team-status-user">
            {status.displayName && status.displayName !== status.user
              ? `${status.displayName}（${status.user}）`
              : status.user}
          </Fact>
          <Fact label={t('teamUi.status.role')} testId="team-status-role">
            {role}
          </Fact>
          <Fact label={t('teamUi.status.since')} testId="team-status-since">
            {formatDateTime(status.connectedAt, i18n.language)}
          </Fact>
          <Fact label={t('teamUi.status.lastSync')} testId="team-last-sync">
            <LastSyncText lastSync={status.lastSync} />
          </Fact>
          <Fact label={t('teamUi.status.pending')} testId="team-pending">
            {t('teamUi.status.pendingValue', {
              deals: status.pending.deals,
              quotes: status.pending.quotes,
              contracts: status.pending.contracts,
              versions: status.pending.priceVersions,
            })}
          </Fact>
          {status.role === 'admin' && (
            <Fact label={t('teamUi.status.reference')} testId="team-pending-reference">
              {t('teamUi.status.referenceValue', { rules: status.pending.rules, library: status.pending.library })}
            </Fact>
          )}
        </SimpleGrid>
        <SyncResultAlert
          result={sync.isPending ? null : (sync.data ?? null)}
          error={sync.isPending ? null : sync.error}
        />
        <Text size="xs" c="dimmed">
          {t('teamUi.status.auto')}
        </Text>
      </Stack>
    </Paper>
  );
}

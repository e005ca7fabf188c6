import { Alert, Button, Center, Group, Loader, Paper, Stack, Text } from '@mantine/core';
import { IconChecklist, IconRefresh } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { request } from '../../api/client';
import { ApprovalCard } from './ApprovalCard';

/** The quotes waiting for this manager, read afresh from the team server each time the page opens. */
export function ApprovalsList() {
  const { t, i18n } = useTranslation();
  // The reasons come in the UI's language: another language is another read.
  const approvals = useQuery({
    queryKey: ['team.approvals', { locale: i18n.language }],
    queryFn: () => request('team.approvals', {}),
    staleTime: 0,
  });
  const rows = approvals.data ?? [];
  return (
    <Stack gap="md">
      <Group justify="space-between">
        <Text size="sm" c="dimmed" data-testid="approvals-count">
          {rows.length > 0 ? t('teamUi.approvals.count', { n: rows.length }) : ''}
        </Text>
        <Button
          variant="default"
          size="xs"
          leftSection={<IconRefresh size={14} />}
          loading={approvals.isFetching}
          onClick={() => void approvals.refetch()}
          data-testid="approvals-refresh"
        >
          {t('teamUi.approvals.refresh')}
        </Button>
      </Group>
      {approvals.error && (
        <Alert color="red" variant="light" title={t('teamUi.approvals.loadFailed')} data-testid="approvals-error">
          {approvals.error.message}
        </Alert>
      )}
      {approvals.isPending && (
        <Center p="xl">
          <Loader size="sm" />
        </Center>
      )}
      {approvals.data && rows.length === 0 && (
        <Paper withBorder p="xl" radius="md">
          <Stack align="center" gap="xs">
            <IconChecklist size={32} stroke={1.4} color="var(--mantine-color-gray-5)" />
            <Text c="dimmed" data-testid="approvals-empty">
              {t('teamUi.approvals.empty')}
            </Text>
          </Stack>
        </Paper>
      )}
      {rows.map((row) => (
        <ApprovalCard key={`${row.uid}:${row.digest}`} approval={row} />
      ))}
    </Stack>
  );
}

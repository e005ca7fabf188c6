import { Alert, Button, Center, Loader, Stack, Text, Title } from '@mantine/core';
import { IconInfoCircle, IconSettings } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useMethod } from '../../api/queries';
import { ApprovalsList } from './ApprovalsList';

/**
 * 待审批: a manager's page in team mode — the team's quotes waiting for a decision, read from the
 * server. In single-user mode, or for a user who is not a manager, it says where approvals happen.
 */
export function ApprovalsPage() {
  const { t } = useTranslation();
  const status = useMethod('team.status', {});
  const team = status.data;
  return (
    <Stack gap="md" maw={1100} data-testid="approvals-page">
      <Stack gap={2}>
        <Title order={2}>{t('teamUi.approvals.title')}</Title>
        <Text size="sm" c="dimmed" maw={760}>
          {t('teamUi.approvals.intro')}
        </Text>
      </Stack>
      {!team ? (
        <Center p="xl">{status.error ? <Text c="red">{status.error.message}</Text> : <Loader size="sm" />}</Center>
      ) : !team.connected || team.role !== 'manager' ? (
        <Alert color="blue" variant="light" icon={<IconInfoCircle size={20} />} data-testid="approvals-not-manager">
          <Text size="sm">
            {team.connected
              ? t('teamUi.approvals.notManager', { role: t(`team.roles.${team.role ?? 'rep'}`) })
              : t('teamUi.approvals.notConnected')}
          </Text>
          {!team.connected && (
            <Button
              mt="sm"
              size="xs"
              variant="light"
              leftSection={<IconSettings size={14} />}
              onClick={() => (window.location.hash = '#/settings/team')}
              data-testid="approvals-open-settings"
            >
              {t('teamUi.approvals.openSettings')}
            </Button>
          )}
        </Alert>
      ) : (
        <ApprovalsList />
      )}
    </Stack>
  );
}

import { Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ApprovalsList } from './ApprovalsList';
import { TeamGate } from './TeamGate';

/**
 * 待审批: a manager's page in team mode — the team's quotes waiting for a decision, read from the
 * server. In single-user mode, or for a user who is not a manager, it says where approvals happen.
 */
export function ApprovalsPage() {
  const { t } = useTranslation();
  return (
    <Stack gap="md" maw={1100} data-testid="approvals-page">
      <Stack gap={2}>
        <Title order={2}>{t('teamUi.approvals.title')}</Title>
        <Text size="sm" c="dimmed" maw={760}>
          {t('teamUi.approvals.intro')}
        </Text>
      </Stack>
      <TeamGate
        testId="approvals-not-manager"
        settingsTestId="approvals-open-settings"
        blockedBy={(team) =>
          !team.connected
            ? t('teamUi.approvals.notConnected')
            : team.role !== 'manager'
              ? t('teamUi.approvals.notManager', { role: t(`team.roles.${team.role ?? 'rep'}`) })
              : null
        }
      >
        <ApprovalsList />
      </TeamGate>
    </Stack>
  );
}

import { Alert, Button, Center, Loader, Text } from '@mantine/core';
import { IconInfoCircle, IconSettings } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { TeamStatus } from '../../../../shared/api/team';
import { useMethod } from '../../api/queries';

interface TeamGateProps {
  /** Why this machine cannot show the page yet (not connected, not a manager…), or null when it can. */
  blockedBy(team: TeamStatus): string | null;
  /** The test ids of the alert shown instead of the page, and of its button to the team settings. */
  testId: string;
  settingsTestId?: string;
  children: ReactNode;
}

/**
 * A team page's content, shown only once the team status says it can be: while the status loads a
 * spinner, and when the machine is not connected (or the user lacks the role) an alert that says
 * why, with a way to the team settings when connecting would help.
 */
export function TeamGate({ blockedBy, testId, settingsTestId, children }: TeamGateProps) {
  const { t } = useTranslation();
  const status = useMethod('team.status', {});
  const team = status.data;
  if (!team) {
    return <Center p="xl">{status.error ? <Text c="red">{status.error.message}</Text> : <Loader size="sm" />}</Center>;
  }
  const reason = blockedBy(team);
  if (reason === null) return <>{children}</>;
  return (
    <Alert color="blue" variant="light" icon={<IconInfoCircle size={20} />} data-testid={testId}>
      <Text size="sm">{reason}</Text>
      {!team.connected && (
        <Button
          mt="sm"
          size="xs"
          variant="light"
          leftSection={<IconSettings size={14} />}
          onClick={() => (window.location.hash = '#/settings/team')}
          data-testid={settingsTestId}
        >
          {t('teamUi.openSettings')}
        </Button>
      )}
    </Alert>
  );
}

import { Center, Loader, Paper, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useMethod } from '../../api/queries';
import { TeamConflicts } from './TeamConflicts';
import { TeamJoinForm } from './TeamJoinForm';
import { TeamStatusCard } from './TeamStatusCard';

/**
 * 设置 → 团队: single-user mode with the form to join a team server, or — once joined — who this
 * database is on which server, the last sync, what waits to go up, conflicts, and sync now / leave.
 */
export function TeamSettingsPanel() {
  const { t } = useTranslation();
  const status = useMethod('team.status', {});
  if (!status.data) {
    return <Center p="xl">{status.error ? <Text c="red">{status.error.message}</Text> : <Loader size="sm" />}</Center>;
  }
  const team = status.data;
  return (
    <Stack gap="md" data-testid="team-panel">
      <Text size="sm" c="dimmed">
        {t('teamUi.intro')}
      </Text>
      {team.connected ? (
        <>
          <TeamStatusCard status={team} />
          {team.conflicts.length > 0 && <TeamConflicts conflicts={team.conflicts} />}
        </>
      ) : (
        <Paper withBorder p="lg" radius="md">
          <TeamJoinForm />
        </Paper>
      )}
    </Stack>
  );
}

import { Badge, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { TeamStatus } from '../../../../shared/api/team';
import { formatDateTime } from '../../components/format';

/** The last sync as the status keeps it: when, whether it went through, and what it said. */
export function LastSyncText({ lastSync }: { lastSync: TeamStatus['lastSync'] }) {
  const { t, i18n } = useTranslation();
  if (!lastSync) return <Text size="sm">{t('teamUi.status.never')}</Text>;
  const at = formatDateTime(lastSync.finishedAt ?? lastSync.startedAt, i18n.language);
  if (lastSync.finishedAt === null) return <Text size="sm">{t('teamUi.status.running', { at })}</Text>;
  return (
    <>
      <Group gap={6} wrap="nowrap">
        <Badge size="sm" variant="light" color={lastSync.ok ? 'teal' : 'red'} data-testid="team-last-sync-state">
          {lastSync.ok ? t('teamUi.status.ok') : t('teamUi.status.failed')}
        </Badge>
        <Text size="sm">{at}</Text>
      </Group>
      {lastSync.ok && (
        <Text size="xs" c="dimmed" mt={2}>
          {t('teamUi.status.okDetail', {
            pushed: lastSync.pushed,
            pulled: lastSync.pulled,
            conflicts: lastSync.conflicts,
          })}
        </Text>
      )}
      {lastSync.message && (
        <Text
          size="xs"
          c={lastSync.ok ? 'orange.8' : 'red'}
          mt={2}
          style={{ whiteSpace: 'pre-wrap' }}
          data-testid="team-last-sync-message"
        >
          {lastSync.message}
        </Text>
      )}
    </>
  );
}

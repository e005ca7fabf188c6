import { Alert, List, Text } from '@mantine/core';
import { IconAlertTriangle, IconCircleCheck } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { SyncResult } from '../../../../shared/api/team';

/** What 立即同步 did: the counts, the conflicts it left and what the server refused; or why it failed. */
export function SyncResultAlert({ result, error }: { result: SyncResult | null; error: Error | null }) {
  const { t } = useTranslation();
  if (error) {
    return (
      <Alert color="red" variant="light" title={t('teamUi.sync.failed')} data-testid="team-sync-error">
        {error.message}
      </Alert>
    );
  }
  if (!result) return null;
  const troubled = result.conflicts.length > 0 || result.refused.length > 0;
  return (
    <Alert
      color={troubled ? 'orange' : 'teal'}
      variant="light"
      icon={troubled ? <IconAlertTriangle size={18} /> : <IconCircleCheck size={18} />}
      title={t('teamUi.sync.done', { ms: result.ms })}
      data-testid="team-sync-result"
    >
      <Text size="sm" data-testid="team-sync-counts">
        {t('teamUi.sync.counts', {
          pushed: result.pushed,
          pulled: result.pulled,
          versions: result.priceVersions,
          rules: result.rules,
          decisions: result.decisions,
        })}
      </Text>
      {result.conflicts.length > 0 && (
        <Text size="sm" mt={4} data-testid="team-sync-conflicts">
          {t('teamUi.sync.conflicts', { labels: result.conflicts.join(t('teamUi.sync.separator')) })}
        </Text>
      )}
      {result.refused.length > 0 && (
        <>
          <Text size="sm" mt={4}>
            {t('teamUi.sync.refused')}
          </Text>
          <List size="sm" data-testid="team-sync-refused">
            {result.refused.map((message) => (
              <List.Item key={message}>{message}</List.Item>
            ))}
          </List>
        </>
      )}
    </Alert>
  );
}

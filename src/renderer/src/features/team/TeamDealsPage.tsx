import { Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { TeamDealsView } from './TeamDealsView';
import { TeamGate } from './TeamGate';

/**
 * 团队商机: in team mode, the open deals the user may see on the server — a manager their team's —
 * where each stands and why. In single-user mode it says where the deals come from.
 */
export function TeamDealsPage() {
  const { t } = useTranslation();
  return (
    <Stack gap="md" maw={1280} data-testid="team-deals-page">
      <Stack gap={2}>
        <Title order={2}>{t('teamDeals.title')}</Title>
        <Text size="sm" c="dimmed" maw={820}>
          {t('teamDeals.intro')}
        </Text>
      </Stack>
      <TeamGate
        testId="team-deals-not-connected"
        blockedBy={(team) => (team.connected ? null : t('teamDeals.notConnected'))}
      >
        <TeamDealsView />
      </TeamGate>
    </Stack>
  );
}

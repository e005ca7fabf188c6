import { Alert, Button, Center, Loader, Stack, Text, Title } from '@mantine/core';
import { IconInfoCircle, IconSettings } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useMethod } from '../../api/queries';
import { TeamDealsView } from './TeamDealsView';

/**
 * 团队商机: in team mode, the open deals the user may see on the server — a manager their team's —
 * where each stands and why. In single-user mode it says where the deals come from.
 */
export function TeamDealsPage() {
  const { t } = useTranslation();
  const status = useMethod('team.status', {});
  const team = status.data;
  return (
    <Stack gap="md" maw={1280} data-testid="team-deals-page">
      <Stack gap={2}>
        <Title order={2}>{t('teamDeals.title')}</Title>
        <Text size="sm" c="dimmed" maw={820}>
          {t('teamDeals.intro')}
        </Text>
      </Stack>
      {!team ? (
        <Center p="xl">{status.error ? <Text c="red">{status.error.message}</Text> : <Loader size="sm" />}</Center>
      ) : !team.connected ? (
        <Alert color="blue" variant="light" icon={<IconInfoCircle size={20} />} data-testid="team-deals-not-connected">
          <Text size="sm">{t('teamDeals.notConnected')}</Text>
          <Button
            mt="sm"
            size="xs"
            variant="light"
            leftSection={<IconSettings size={14} />}
            onClick={() => (window.location.hash = '#/settings/team')}
          >
            {t('teamDeals.openSettings')}
          </Button>
        </Alert>
      ) : (
        <TeamDealsView />
      )}
    </Stack>
  );
}

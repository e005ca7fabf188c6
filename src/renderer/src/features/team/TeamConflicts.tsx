import { Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { TeamStatus } from '../../../../shared/api/team';
import { request } from '../../api/client';
import { formatDateTime } from '../../components/format';
import { notifyError, notifySuccess } from '../../components/notify';

type Conflict = TeamStatus['conflicts'][number];
type Keep = 'mine' | 'theirs';

/** Quotes changed here and on the server: neither was overwritten; the user chooses which to keep. */
export function TeamConflicts({ conflicts }: { conflicts: Conflict[] }) {
  const { t, i18n } = useTranslation();
  const client = useQueryClient();
  const resolve = useMutation({
    mutationFn: ({ conflict, keep }: { conflict: Conflict; keep: Keep }) =>
      request('team.resolve', { uid: conflict.uid, keep }),
    onSuccess: async (_status, { conflict, keep }) => {
      notifySuccess(
        t(keep === 'mine' ? 'teamUi.conflicts.resolvedMine' : 'teamUi.conflicts.resolvedTheirs', {
          label: conflict.label,
        }),
      );
      // Taking the server's version changes the quote here.
      await client.invalidateQueries({
        predicate: (q) => /^(team|quotes|opportunities|funnel)\./.test(String(q.queryKey[0])),
      });
    },
    onError: (error) => notifyError(t('teamUi.conflicts.failed'), error),
  });
  const busy = (conflict: Conflict, keep: Keep) =>
    resolve.isPending && resolve.variables.conflict.uid === conflict.uid && resolve.variables.keep === keep;

  return (
    <Paper withBorder p="lg" radius="md" data-testid="team-conflicts">
      <Group gap="xs" mb={4}>
        <IconAlertTriangle size={20} stroke={1.6} color="var(--mantine-color-orange-7)" />
        <Title order={4}>{t('teamUi.conflicts.title')}</Title>
      </Group>
      <Text size="sm" c="dimmed" mb="sm">
        {t('teamUi.conflicts.intro')}
      </Text>
      <Stack gap="xs">
        {conflicts.map((conflict) => (
          <Group
            key={conflict.uid}
            justify="space-between"
            wrap="nowrap"
            data-testid="team-conflict"
            data-label={conflict.label}
          >
            <Stack gap={0}>
              <Text fw={500} size="sm">
                {conflict.label}
              </Text>
              <Text size="xs" c="dimmed">
                {t('teamUi.conflicts.row', {
                  by: conflict.serverBy,
                  at: formatDateTime(conflict.serverAt, i18n.language),
                })}
              </Text>
            </Stack>
            <Group gap="xs" wrap="nowrap">
              <Button
                size="xs"
                loading={busy(conflict, 'mine')}
                disabled={resolve.isPending}
                onClick={() => resolve.mutate({ conflict, keep: 'mine' })}
                data-testid="team-keep-mine"
              >
                {t('teamUi.conflicts.keepMine')}
              </Button>
              <Button
                size="xs"
                variant="default"
                loading={busy(conflict, 'theirs')}
                disabled={resolve.isPending}
                onClick={() => resolve.mutate({ conflict, keep: 'theirs' })}
                data-testid="team-keep-theirs"
              >
                {t('teamUi.conflicts.keepTheirs')}
              </Button>
            </Group>
          </Group>
        ))}
      </Stack>
    </Paper>
  );
}

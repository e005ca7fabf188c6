import { Badge, Group, Paper, Stack, Text, Timeline, UnstyledButton } from '@mantine/core';
import {
  IconArrowBackUp,
  IconCircleDot,
  IconLockOpen,
  IconSend,
  IconShieldCheck,
  IconSignature,
  IconSparkles,
} from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { ContractDetail } from '../../../../../shared/api/contract-drafts';
import { formatDateTime } from '../../../components/format';
import { STATE_COLOR } from '../model/contract-model';
import classes from './editor.module.css';

const ICONS: Record<string, typeof IconSparkles> = {
  create: IconSparkles,
  submit: IconSend,
  approve: IconShieldCheck,
  return: IconArrowBackUp,
  sign: IconSignature,
  reopen: IconLockOpen,
};

/** 历史: the revisions (each opens read-only) and what happened, newest first, with who and why. */
export function HistoryCard({
  detail,
  onOpenRevision,
}: {
  detail: ContractDetail;
  onOpenRevision(revision: number): void;
}) {
  const { t, i18n } = useTranslation();
  const events = [...detail.events].reverse();
  return (
    <Paper withBorder radius="md" bg="white" style={{ overflow: 'hidden' }} data-testid="contract-history">
      <Group px="sm" py={8} className={classes.panelHead}>
        <Text size="sm" fw={600}>
          {t('contractUi.history.title')}
        </Text>
      </Group>
      <Stack gap="sm" p="sm">
        <Stack gap={4}>
          <Text size="xs" c="dimmed" fw={600}>
            {t('contractUi.history.revisions')}
          </Text>
          {[...detail.revisions].reverse().map((r) => (
            <UnstyledButton
              key={r.revision}
              onClick={() => onOpenRevision(r.revision)}
              className={classes.entry}
              px={6}
              py={4}
              bg={r.revision === detail.revision ? 'indigo.0' : undefined}
              style={{ borderRadius: 4 }}
              data-testid="history-revision"
              data-revision={r.revision}
            >
              <Group justify="space-between" wrap="nowrap">
                <Text size="sm" fw={r.revision === detail.revision ? 600 : 400}>
                  {t('contractUi.revision', { n: r.revision })}
                </Text>
                <Group gap={6} wrap="nowrap">
                  <Text size="xs" c="dimmed">
                    {formatDateTime(r.createdAt, i18n.language)}
                  </Text>
                  <Badge size="xs" variant="light" color={STATE_COLOR[r.state]}>
                    {t(`contracts.states.${r.state}`)}
                  </Badge>
                </Group>
              </Group>
            </UnstyledButton>
          ))}
        </Stack>
        <Stack gap={4}>
          <Text size="xs" c="dimmed" fw={600}>
            {t('contractUi.history.events')}
          </Text>
          <Timeline bulletSize={20} lineWidth={2} active={0}>
            {events.map((event, index) => {
              const Icon = ICONS[event.kind] ?? IconCircleDot;
              const known = i18n.exists(`contracts.events.${event.kind}`);
              return (
                <Timeline.Item
                  key={`${event.at}-${index}`}
                  bullet={<Icon size={12} />}
                  data-testid="history-event"
                  data-kind={event.kind}
                  title={
                    <Group gap={6} wrap="nowrap">
                      <Text size="sm" fw={600}>
                        {known ? t(`contracts.events.${event.kind}`) : event.kind}
                      </Text>
                      <Badge size="xs" variant="light" color="gray">
                        {t('contractUi.revision', { n: event.revision })}
                      </Badge>
                    </Group>
                  }
                >
                  <Text size="xs" c="dimmed">
                    {[formatDateTime(event.at, i18n.language), event.actor].filter(Boolean).join(' · ')}
                  </Text>
                  {event.comment && (
                    <Text size="xs" mt={2} style={{ whiteSpace: 'pre-wrap' }}>
                      {event.comment}
                    </Text>
                  )}
                </Timeline.Item>
              );
            })}
          </Timeline>
        </Stack>
      </Stack>
    </Paper>
  );
}

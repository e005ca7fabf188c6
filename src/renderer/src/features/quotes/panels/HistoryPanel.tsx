import { Badge, Group, Paper, Text, Timeline, Title } from '@mantine/core';
import {
  IconCheck,
  IconCircleDot,
  IconCopy,
  IconPencil,
  IconSend,
  IconThumbDown,
  IconThumbUp,
  IconClockOff,
  IconSparkles,
  IconX,
} from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { QuoteDetail } from '../../../../../shared/api/quotes';
import { formatDateTime } from '../../../components/format';

const ICONS: Record<string, typeof IconCheck> = {
  create: IconSparkles,
  edit: IconPencil,
  approvalWithdrawn: IconPencil,
  approve: IconCheck,
  reject: IconX,
  send: IconSend,
  accept: IconThumbUp,
  lose: IconThumbDown,
  expire: IconClockOff,
  revise: IconCopy,
};

/** 历史记录: what happened to the quote, newest first, over every revision. */
export function HistoryPanel({ events }: { events: QuoteDetail['events'] }) {
  const { t, i18n } = useTranslation();
  const newestFirst = [...events].reverse();
  return (
    <Paper withBorder radius="md" p="md" data-testid="history">
      <Title order={5} mb="sm">
        {t('quoteUi.history.title')}
      </Title>
      {newestFirst.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('quoteUi.history.empty')}
        </Text>
      ) : (
        <Timeline bulletSize={20} lineWidth={2} active={0}>
          {newestFirst.map((event, index) => {
            const Icon = ICONS[event.kind] ?? IconCircleDot;
            const known = i18n.exists(`quotes.events.${event.kind}`);
            return (
              <Timeline.Item
                key={`${event.at}-${index}`}
                bullet={<Icon size={12} />}
                data-testid="history-item"
                title={
                  <Group gap={6} wrap="nowrap">
                    <Text size="sm" fw={600}>
                      {known ? t(`quotes.events.${event.kind}`) : event.kind}
                    </Text>
                    <Badge size="xs" variant="light" color="gray">
                      {event.revision}
                    </Badge>
                  </Group>
                }
              >
                <Text size="xs" c="dimmed">
                  {[
                    formatDateTime(event.at, i18n.language),
                    event.actor,
                    event.fromState && event.toState
                      ? `${t(`quotes.states.${event.fromState}`)} → ${t(`quotes.states.${event.toState}`)}`
                      : event.toState
                        ? t(`quotes.states.${event.toState}`)
                        : '',
                  ]
                    .filter(Boolean)
                    .join(' · ')}
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
      )}
    </Paper>
  );
}

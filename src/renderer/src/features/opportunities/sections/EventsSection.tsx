import {
  ActionIcon,
  Badge,
  Button,
  Group,
  Paper,
  Select,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import { IconBolt, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { EVENT_STRENGTHS, SEED_EVENTS } from '../../../../../shared/opportunities/compelling-events';
import { nextId } from '../page/use-opportunity-draft';
import type { SectionProps } from './section-props';
import { DateField } from '../../../components/DateField';

/** Compelling events (强迫事件): the seed's eleven or one's own, with evidence, date and strength. */
export function EventsSection({ detail, record, edit, errors }: SectionProps) {
  const { t } = useTranslation();
  type Event = (typeof record.events)[number];
  const set = (id: string, patch: Partial<Event>) =>
    edit((r) => ({ ...r, events: r.events.map((e) => (e.id === id ? { ...e, ...patch } : e)) }));
  const kinds = [...SEED_EVENTS, 'custom' as const].map((k) => ({ value: k, label: t(`opportunities.events.${k}`) }));
  return (
    <Stack gap="md" data-testid="section-events">
      <Text size="sm" c="dimmed">
        {t('opportunityUi.events.intro')}
      </Text>
      {record.events.length === 0 && (
        <Text c="dimmed" size="sm">
          {t('opportunityUi.events.empty')}
        </Text>
      )}
      {record.events.map((e, i) => (
        <Paper key={e.id} withBorder radius="md" p="sm" data-testid="event-card">
          <Group justify="space-between" mb="xs">
            <Group gap="xs">
              <IconBolt size={16} />
              {detail.strongestEvent?.id === e.id && (
                <Badge color="red" variant="light" data-testid="event-strongest">
                  {t('opportunityUi.events.strongest')}
                </Badge>
              )}
            </Group>
            <ActionIcon
              variant="subtle"
              color="red"
              aria-label={t('opportunityUi.events.remove')}
              onClick={() => edit((r) => ({ ...r, events: r.events.filter((x) => x.id !== e.id) }))}
            >
              <IconTrash size={14} />
            </ActionIcon>
          </Group>
          <SimpleGrid cols={{ base: 1, md: 4 }}>
            <Select
              label={t('opportunityUi.events.kind')}
              data={kinds}
              value={e.kind}
              allowDeselect={false}
              onChange={(v) => v && set(e.id, { kind: v as Event['kind'] })}
              style={{ gridColumn: 'span 2' }}
              comboboxProps={{ withinPortal: true }}
              data-testid="event-kind"
            />
            <DateField
              label={t('opportunityUi.events.date')}
              value={e.date}
              error={errors[`record.events.${i}.date`]}
              onChange={(value) => set(e.id, { date: value })}
            />
            <Select
              label={t('opportunityUi.events.strength')}
              data={EVENT_STRENGTHS.map((s) => ({ value: s, label: t(`opportunities.strengths.${s}`) }))}
              value={e.strength}
              allowDeselect={false}
              onChange={(v) => v && set(e.id, { strength: v as Event['strength'] })}
              data-testid="event-strength"
            />
            {e.kind === 'custom' && (
              <TextInput
                label={t('opportunityUi.events.title')}
                value={e.title}
                maxLength={200}
                onChange={(ev) => set(e.id, { title: ev.currentTarget.value })}
                style={{ gridColumn: 'span 4' }}
                data-testid="event-title"
              />
            )}
            <Textarea
              label={t('opportunityUi.events.evidence')}
              value={e.evidence}
              maxLength={1000}
              autosize
              minRows={1}
              onChange={(ev) => set(e.id, { evidence: ev.currentTarget.value })}
              style={{ gridColumn: 'span 4' }}
              data-testid="event-evidence"
            />
          </SimpleGrid>
        </Paper>
      ))}
      <Button
        w="fit-content"
        size="xs"
        variant="light"
        leftSection={<IconBolt size={14} />}
        onClick={() =>
          edit((r) => ({
            ...r,
            events: [
              ...r.events,
              {
                id: nextId('e', r.events),
                kind: 'fastGrowth',
                title: '',
                evidence: '',
                date: new Date().toISOString().slice(0, 10),
                strength: 'medium',
              },
            ],
          }))
        }
        data-testid="event-add"
      >
        {t('opportunityUi.events.add')}
      </Button>
    </Stack>
  );
}

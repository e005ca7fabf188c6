import {
  Badge,
  Button,
  Group,
  Paper,
  SegmentedControl,
  Select,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  Timeline,
} from '@mantine/core';
import {
  IconArrowRight,
  IconBolt,
  IconFileText,
  IconFlag,
  IconMessage,
  IconPhone,
  IconPlus,
} from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { OpportunityDetail, TimelineEntry } from '../../../../../shared/api/opportunities';
import { CallError } from '../../../api/client';
import { useAction } from '../../../api/queries';
import { notifySuccess } from '../../../components/notify';
import { DateField } from '../../../components/DateField';

const ICONS: Partial<Record<TimelineEntry['kind'], typeof IconArrowRight>> = {
  stage: IconArrowRight,
  override: IconBolt,
  closed: IconFlag,
  note: IconMessage,
  contact: IconPhone,
  document: IconFileText,
  created: IconPlus,
};

function LogForm({ detail }: { detail: OpportunityDetail }) {
  const { t } = useTranslation();
  const log = useAction('opportunities.log', ['opportunities.get', 'opportunities.list']);
  const [kind, setKind] = useState<'note' | 'contact'>('contact');
  const [personId, setPersonId] = useState<string | null>(null);
  const [date, setDate] = useState(new Date().toISOString().slice(0, 10));
  const [text, setText] = useState('');
  const [error, setError] = useState<string | undefined>(undefined);
  return (
    <Paper withBorder radius="md" p="md" data-testid="timeline-log">
      <Stack gap="sm">
        <SegmentedControl
          value={kind}
          onChange={(v) => setKind(v as 'note' | 'contact')}
          data={(['contact', 'note'] as const).map((k) => ({
            value: k,
            label: t(`opportunityUi.timeline.kinds.${k}`),
          }))}
          data-testid="timeline-log-kind"
        />
        {kind === 'contact' && (
          <SimpleGrid cols={2}>
            <Select
              label={t('opportunityUi.timeline.person')}
              placeholder={t('opportunityUi.timeline.noPerson')}
              data={detail.record.people.map((p) => ({
                value: p.id,
                label: `${p.name}${p.title ? `（${p.title}）` : ''}`,
              }))}
              value={personId}
              onChange={setPersonId}
              clearable
              data-testid="timeline-log-person"
            />
            <DateField label={t('opportunityUi.timeline.date')} value={date} onChange={(value) => setDate(value)} />
          </SimpleGrid>
        )}
        <Textarea
          label={t('opportunityUi.timeline.text')}
          value={text}
          onChange={(e) => setText(e.currentTarget.value)}
          error={error}
          autosize
          minRows={2}
          maxLength={2000}
          data-testid="timeline-log-text"
        />
        <Button
          w="fit-content"
          loading={log.isPending}
          onClick={() =>
            void log
              .mutateAsync({
                id: detail.id,
                kind,
                text: text.trim(),
                personId: kind === 'contact' ? personId : null,
                date: kind === 'contact' ? date : '',
              })
              .then(() => {
                setText('');
                setError(undefined);
                notifySuccess(t('opportunityUi.timeline.logged'));
              })
              .catch((e: unknown) =>
                setError(e instanceof CallError ? (Object.values(e.error.fields)[0] ?? e.error.message) : String(e)),
              )
          }
          data-testid="timeline-log-add"
        >
          {t('opportunityUi.timeline.add')}
        </Button>
      </Stack>
    </Paper>
  );
}

/** The timeline (过程管理): every stage change, override, document event, note and contact, who and when. */
export function TimelineSection({ detail }: { detail: OpportunityDetail }) {
  const { t } = useTranslation();
  return (
    <SimpleGrid cols={{ base: 1, lg: 3 }} spacing="md" data-testid="section-timeline">
      <Paper withBorder radius="md" p="md" style={{ gridColumn: 'span 2' }}>
        {detail.timeline.length === 0 ? (
          <Text c="dimmed">{t('opportunityUi.timeline.empty')}</Text>
        ) : (
          <Timeline bulletSize={22} lineWidth={2} data-testid="timeline">
            {detail.timeline.map((e) => {
              const Icon = ICONS[e.kind] ?? IconMessage;
              return (
                <Timeline.Item
                  key={e.id}
                  bullet={<Icon size={12} />}
                  color={e.kind === 'override' ? 'orange' : e.kind === 'closed' ? 'red' : undefined}
                  data-testid="timeline-entry"
                  data-kind={e.kind}
                  title={
                    <Group gap="xs">
                      <Text size="sm" fw={500} data-testid="timeline-summary">
                        {e.summary}
                      </Text>
                      {e.kind === 'override' && (
                        <Badge size="xs" color="orange">
                          {t('opportunityUi.gate.override')}
                        </Badge>
                      )}
                    </Group>
                  }
                >
                  {e.text && (
                    <Text size="sm" c="dimmed" style={{ whiteSpace: 'pre-line' }}>
                      {e.text}
                    </Text>
                  )}
                  <Text size="xs" c="dimmed" mt={2}>
                    {e.at.slice(0, 16).replace('T', ' ')}
                    {e.actor ? ` · ${e.actor}` : ''}
                  </Text>
                </Timeline.Item>
              );
            })}
          </Timeline>
        )}
      </Paper>
      <LogForm detail={detail} />
    </SimpleGrid>
  );
}

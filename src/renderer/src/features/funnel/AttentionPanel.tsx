import { Badge, Group, Paper, ScrollArea, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { FunnelReport } from '../../../../shared/api/funnel';

const COLOR = { stale: 'orange', pastClose: 'red', stuckAtGate: 'grape' } as const;

/** The deals that need the manager: stale, past their close date, stuck at a gate, each with why. */
export function AttentionPanel({ report }: { report: FunnelReport }) {
  const { t } = useTranslation();
  const rules = report.rules;
  return (
    <Paper withBorder radius="md" p="md" data-testid="funnel-attention">
      <Stack gap="sm">
        <div>
          <Title order={4}>
            {t('funnelUi.attention.title')}
            {report.attention.length > 0 && (
              <Badge ml="xs" color="orange" variant="light" data-testid="funnel-attention-count">
                {report.attention.length}
              </Badge>
            )}
          </Title>
          <Text size="xs" c="dimmed">
            {t('funnelUi.attention.rule', { staleDays: rules.staleDays, stuckDays: rules.stuckDays })}
          </Text>
        </div>
        {report.attention.length === 0 ? (
          <Text c="dimmed" size="sm" data-testid="funnel-attention-empty">
            {t('funnelUi.attention.empty')}
          </Text>
        ) : (
          <ScrollArea.Autosize mah={360}>
            <Table highlightOnHover fz="sm">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('funnelUi.table.deal')}</Table.Th>
                  <Table.Th>{t('funnelUi.table.reasons')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {report.attention.map((a) => (
                  <Table.Tr
                    key={a.id}
                    onClick={() => (window.location.hash = `#/opportunities/${a.id}`)}
                    style={{ cursor: 'pointer' }}
                    data-testid="funnel-attention-row"
                  >
                    <Table.Td>
                      <Text size="sm" fw={500}>
                        {a.name}
                      </Text>
                      <Text size="xs" c="dimmed">
                        {a.customerName}
                        {a.owner ? ` · ${a.owner}` : ''} · {a.stage} {a.stageName}
                      </Text>
                    </Table.Td>
                    <Table.Td>
                      <Stack gap={2}>
                        {a.reasons.map((reason, i) => (
                          <Group key={reason} gap={6} wrap="nowrap">
                            <Badge size="xs" variant="light" color={COLOR[reason]}>
                              {t(`funnelUi.reasons.${reason}`)}
                            </Badge>
                            <Text size="xs">{a.messages[i]}</Text>
                          </Group>
                        ))}
                      </Stack>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </ScrollArea.Autosize>
        )}
      </Stack>
    </Paper>
  );
}

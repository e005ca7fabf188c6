import {
  Alert,
  Badge,
  Button,
  Center,
  Group,
  Loader,
  Paper,
  Select,
  SimpleGrid,
  Stack,
  Table,
  Text,
} from '@mantine/core';
import { IconAlertTriangle, IconRefresh, IconTargetArrow } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TeamDeals } from '../../../../shared/api/team';
import { formatYuan } from '../../../../shared/money';
import { request } from '../../api/client';
import { formatDateTime } from '../../components/format';

const numeric = { fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' } as const;

function Figure({ label, value, testId }: { label: string; value: string; testId: string }) {
  return (
    <Paper withBorder radius="md" p="md" data-testid={testId}>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text fw={700} size="xl" style={numeric}>
        {value}
      </Text>
    </Paper>
  );
}

type Deal = TeamDeals['deals'][number];

interface FiguresRow {
  key: string;
  label: string;
  count: number;
  amountFen: number;
  weightedFen: number;
}

/** Deals, amount and weighted amount per rep or per stage. */
function FiguresTable({
  title,
  first,
  rows,
  testId,
}: {
  title: string;
  first: string;
  rows: FiguresRow[];
  testId: string;
}) {
  const { t } = useTranslation();
  return (
    <Paper withBorder radius="md" p="md">
      <Text fw={600} size="sm" mb="xs">
        {title}
      </Text>
      <Table data-testid={testId}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{first}</Table.Th>
            <Table.Th ta="right">{t('teamDeals.columns.count')}</Table.Th>
            <Table.Th ta="right">{t('teamDeals.columns.amount')}</Table.Th>
            <Table.Th ta="right">{t('teamDeals.columns.weighted')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((r) => (
            <Table.Tr key={r.key}>
              <Table.Td>{r.label}</Table.Td>
              <Table.Td ta="right" style={numeric}>
                {r.count}
              </Table.Td>
              <Table.Td ta="right" style={numeric}>
                {formatYuan(r.amountFen)}
              </Table.Td>
              <Table.Td ta="right" style={numeric}>
                {formatYuan(r.weightedFen)}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Paper>
  );
}

/** Why the deal is where it is: what the next gate misses, and what needs the manager's attention. */
function WhyCell({ deal }: { deal: Deal }) {
  const { t } = useTranslation();
  return (
    <Stack gap={2}>
      {deal.attention.map((a) => (
        <Group key={a} gap={4} wrap="nowrap">
          <IconAlertTriangle size={14} color="var(--mantine-color-orange-6)" />
          <Text size="xs" c="orange.8">
            {a}
          </Text>
        </Group>
      ))}
      {deal.missing.length === 0 ? (
        <Text size="xs" c="teal.7">
          {t('teamDeals.gateMet')}
        </Text>
      ) : (
        deal.missing.map((m) => (
          <Text key={m} size="xs">
            · {m}
          </Text>
        ))
      )}
      {deal.nextStep !== '' && (
        <Text size="xs" c="dimmed">
          {t('teamDeals.nextStep', { text: deal.nextStep })}
        </Text>
      )}
    </Stack>
  );
}

/** The team's deals, read afresh from the server: key figures, per rep, per stage, then every deal. */
export function TeamDealsView() {
  const { t, i18n } = useTranslation();
  const [user, setUser] = useState<string | null>(null);
  // Stage names and the missing items come in the UI's language: another language is another read.
  const report = useQuery({
    queryKey: ['team.deals', { locale: i18n.language }],
    queryFn: () => request('team.deals', {}),
    staleTime: 0,
  });
  const data = report.data;
  const deals = (data?.deals ?? []).filter((d) => user === null || d.user === user);
  return (
    <Stack gap="md">
      <Group justify="space-between">
        <Text size="xs" c="dimmed" data-testid="team-deals-generated">
          {data ? t('teamDeals.generatedAt', { at: formatDateTime(data.generatedAt, i18n.language) }) : ''}
        </Text>
        <Button
          variant="default"
          size="xs"
          leftSection={<IconRefresh size={14} />}
          loading={report.isFetching}
          onClick={() => void report.refetch()}
          data-testid="team-deals-refresh"
        >
          {t('teamDeals.refresh')}
        </Button>
      </Group>
      {report.error && (
        <Alert color="red" variant="light" title={t('teamDeals.loadFailed')} data-testid="team-deals-error">
          {report.error.message}
        </Alert>
      )}
      {report.isPending && (
        <Center p="xl">
          <Loader size="sm" />
        </Center>
      )}
      {data && data.deals.length === 0 && (
        <Paper withBorder p="xl" radius="md">
          <Stack align="center" gap="xs">
            <IconTargetArrow size={32} stroke={1.4} color="var(--mantine-color-gray-5)" />
            <Text c="dimmed" data-testid="team-deals-empty">
              {t('teamDeals.empty')}
            </Text>
          </Stack>
        </Paper>
      )}
      {data && data.deals.length > 0 && (
        <>
          <SimpleGrid cols={3} spacing="md">
            <Figure label={t('teamDeals.kpi.open')} value={String(data.totals.count)} testId="team-deals-count" />
            <Figure
              label={t('teamDeals.kpi.amount')}
              value={formatYuan(data.totals.amountFen)}
              testId="team-deals-amount"
            />
            <Figure
              label={t('teamDeals.kpi.weighted')}
              value={formatYuan(data.totals.weightedFen)}
              testId="team-deals-weighted"
            />
          </SimpleGrid>
          <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="md">
            <FiguresTable
              title={t('teamDeals.byUser')}
              first={t('teamDeals.columns.user')}
              testId="team-deals-users"
              rows={data.users.map((u) => ({ key: u.user, label: u.userName, ...u }))}
            />
            <FiguresTable
              title={t('teamDeals.byStage')}
              first={t('teamDeals.columns.stage')}
              testId="team-deals-stages"
              rows={data.stages
                .filter((s) => s.count > 0)
                .map((s) => ({ key: String(s.stage), label: `${s.stage} ${s.name}`, ...s }))}
            />
          </SimpleGrid>
          <Paper withBorder radius="md" p="md">
            <Group mb="sm">
              <Select
                size="xs"
                w={200}
                label={t('teamDeals.filterUser')}
                placeholder={t('teamDeals.allUsers')}
                clearable
                value={user}
                onChange={setUser}
                data={data.users.map((u) => ({ value: u.user, label: u.userName }))}
                data-testid="team-deals-user-filter"
              />
            </Group>
            <Table striped verticalSpacing="xs" data-testid="team-deals-table">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('teamDeals.columns.user')}</Table.Th>
                  <Table.Th>{t('teamDeals.columns.deal')}</Table.Th>
                  <Table.Th>{t('teamDeals.columns.stage')}</Table.Th>
                  <Table.Th ta="right">{t('teamDeals.columns.amount')}</Table.Th>
                  <Table.Th ta="right">{t('teamDeals.columns.probability')}</Table.Th>
                  <Table.Th ta="right">{t('teamDeals.columns.weighted')}</Table.Th>
                  <Table.Th>{t('teamDeals.columns.close')}</Table.Th>
                  <Table.Th ta="right">{t('teamDeals.columns.days')}</Table.Th>
                  <Table.Th>{t('teamDeals.columns.why')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {deals.map((d) => (
                  <Table.Tr key={d.uid} data-testid="team-deal-row">
                    <Table.Td style={{ whiteSpace: 'nowrap' }}>{d.userName}</Table.Td>
                    <Table.Td>
                      <Text size="sm" fw={500}>
                        {d.name}
                      </Text>
                      <Text size="xs" c="dimmed">
                        {d.customerName}
                      </Text>
                      <Text size="xs" c="dimmed">
                        {t('teamDeals.documents', {
                          quotes: d.documents.quotes.length,
                          proposals: d.documents.proposals.length,
                          scripts: d.documents.demoScripts,
                          contracts: d.documents.contracts.length,
                        })}
                      </Text>
                    </Table.Td>
                    <Table.Td>
                      <Badge variant="light" radius="sm">
                        {d.stage} {d.stageName}
                      </Badge>
                    </Table.Td>
                    <Table.Td ta="right" style={numeric}>
                      {d.amountFen === null ? t('teamDeals.noAmount') : formatYuan(d.amountFen)}
                    </Table.Td>
                    <Table.Td ta="right" style={numeric}>
                      {d.probability}%
                    </Table.Td>
                    <Table.Td ta="right" style={numeric}>
                      {formatYuan(d.weightedFen)}
                    </Table.Td>
                    <Table.Td style={numeric}>{d.expectedClose || t('teamDeals.noClose')}</Table.Td>
                    <Table.Td ta="right" style={numeric}>
                      {t('teamDeals.days', { n: d.daysInStage })}
                    </Table.Td>
                    <Table.Td maw={360}>
                      <WhyCell deal={d} />
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Paper>
        </>
      )}
    </Stack>
  );
}

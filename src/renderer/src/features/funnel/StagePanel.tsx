import { BarChart } from '@mantine/charts';
import { Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { FunnelReport } from '../../../../shared/api/funnel';
import { formatYuan } from '../../../../shared/money';
import { chartYuan, yuanOf } from './money';
import { showDeals } from './show-deals';

type Stage = FunnelReport['stages'][number];

/** Count, amount and weighted amount per stage: a bar chart (a bar opens its deals) and the same figures as a table. */
export function StagePanel({ report }: { report: FunnelReport }) {
  const { t } = useTranslation();
  const label = (s: Stage) => t('funnelUi.filter.stage', { stage: s.stage, name: s.name });
  const open = (s: Stage) => showDeals(s.ids, label(s));
  const data = report.stages.map((s) => ({
    stage: `${s.stage} ${s.name}`,
    amount: yuanOf(s.amountFen),
    weighted: yuanOf(s.weightedFen),
    ids: s.ids,
    number: s.stage,
  }));
  const conversion = (stage: number) => report.conversions.find((c) => c.from === stage)?.percent ?? null;
  return (
    <Paper withBorder radius="md" p="md" data-testid="funnel-stages">
      <Stack gap="sm">
        <div>
          <Title order={4}>{t('funnelUi.stages.title')}</Title>
          <Text size="xs" c="dimmed">
            {t('funnelUi.stages.hint')}
          </Text>
        </div>
        <BarChart
          h={330}
          data={data}
          dataKey="stage"
          orientation="vertical"
          yAxisProps={{ width: 190, interval: 0 }}
          series={[
            { name: 'amount', label: t('funnelUi.stages.amount'), color: 'indigo.2' },
            { name: 'weighted', label: t('funnelUi.stages.weighted'), color: 'indigo.7' },
          ]}
          valueFormatter={chartYuan}
          withLegend
          barProps={{
            cursor: 'pointer',
            onClick: (bar: { payload?: { number?: number } }) => {
              const stage = report.stages.find((s) => s.stage === bar.payload?.number);
              if (stage) open(stage);
            },
          }}
          data-testid="funnel-stage-chart"
        />
        <Table highlightOnHover fz="sm" data-testid="funnel-stage-table">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('funnelUi.table.stage')}</Table.Th>
              <Table.Th ta="right">{t('funnelUi.table.count')}</Table.Th>
              <Table.Th ta="right">{t('funnelUi.table.amount')}</Table.Th>
              <Table.Th ta="right">{t('funnelUi.table.weighted')}</Table.Th>
              <Table.Th ta="right">{t('funnelUi.stages.conversion')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody style={{ fontVariantNumeric: 'tabular-nums' }}>
            {report.stages.map((s) => {
              const percent = conversion(s.stage);
              return (
                <Table.Tr
                  key={s.stage}
                  onClick={() => open(s)}
                  style={{ cursor: 'pointer' }}
                  data-testid="funnel-stage-row"
                  data-stage={s.stage}
                >
                  <Table.Td>
                    {s.stage} {s.name}
                  </Table.Td>
                  <Table.Td ta="right">{s.count}</Table.Td>
                  <Table.Td ta="right">{formatYuan(s.amountFen)}</Table.Td>
                  <Table.Td ta="right">{formatYuan(s.weightedFen)}</Table.Td>
                  <Table.Td ta="right" c="dimmed">
                    {percent === null ? '—' : `${percent.toFixed(1)}%`}
                  </Table.Td>
                </Table.Tr>
              );
            })}
            <Table.Tr fw={700}>
              <Table.Td>{t('funnelUi.table.total')}</Table.Td>
              <Table.Td ta="right">{report.totals.count}</Table.Td>
              <Table.Td ta="right" data-testid="funnel-stage-total-amount">
                {formatYuan(report.totals.amountFen)}
              </Table.Td>
              <Table.Td ta="right">{formatYuan(report.totals.weightedFen)}</Table.Td>
              <Table.Td />
            </Table.Tr>
          </Table.Tbody>
        </Table>
      </Stack>
    </Paper>
  );
}

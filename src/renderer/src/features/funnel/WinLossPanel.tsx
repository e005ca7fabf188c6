import { BarChart } from '@mantine/charts';
import { Paper, SegmentedControl, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FunnelReport } from '../../../../shared/api/funnel';
import { formatYuan } from '../../../../shared/money';
import { showDeals } from './show-deals';

type View = 'byCategory' | 'byCompetitor' | 'bySource';
type Outcome = FunnelReport['winLoss']['byCategory'][number];

/** Won / lost / abandoned over the period by loss category, competitor or source: stacked bars and a table. */
export function WinLossPanel({ report }: { report: FunnelReport }) {
  const { t } = useTranslation();
  const [view, setView] = useState<View>('byCategory');
  const wl = report.winLoss;
  const rows = wl[view];
  const open = (row: Outcome) =>
    showDeals(row.ids, t('funnelUi.filter.outcome', { label: row.label, outcome: t(`funnelUi.winLoss.${view}`) }));
  return (
    <Paper withBorder radius="md" p="md" data-testid="funnel-winloss">
      <Stack gap="sm">
        <Title order={4}>{t('funnelUi.winLoss.title')}</Title>
        <SegmentedControl
          value={view}
          onChange={(next) => setView(next as View)}
          data={(['byCategory', 'byCompetitor', 'bySource'] as const).map((v) => ({
            value: v,
            label: t(`funnelUi.winLoss.${v}`),
          }))}
          data-testid="funnel-winloss-view"
        />
        {rows.length === 0 ? (
          <Text c="dimmed" size="sm" ta="center" py="md" data-testid="funnel-winloss-empty">
            {t('funnelUi.winLoss.empty')}
          </Text>
        ) : (
          <>
            <BarChart
              h={Math.max(140, 44 * rows.length + 60)}
              data={rows.map((r) => ({ label: r.label, key: r.key, won: r.won, lost: r.lost, abandoned: r.abandoned }))}
              dataKey="label"
              type="stacked"
              orientation="vertical"
              yAxisProps={{ width: 140, interval: 0 }}
              xAxisProps={{ allowDecimals: false }}
              series={[
                { name: 'won', label: t('funnelUi.table.won'), color: 'teal.6' },
                { name: 'lost', label: t('funnelUi.table.lost'), color: 'red.6' },
                { name: 'abandoned', label: t('funnelUi.table.abandoned'), color: 'gray.5' },
              ]}
              withLegend
              barProps={{
                cursor: 'pointer',
                onClick: (bar: { payload?: { key?: string } }) => {
                  const row = rows.find((r) => r.key === bar.payload?.key);
                  if (row) open(row);
                },
              }}
              data-testid="funnel-winloss-chart"
            />
            <Table highlightOnHover fz="sm" data-testid="funnel-winloss-table">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('funnelUi.table.key')}</Table.Th>
                  <Table.Th ta="right">{t('funnelUi.table.won')}</Table.Th>
                  <Table.Th ta="right">{t('funnelUi.table.lost')}</Table.Th>
                  <Table.Th ta="right">{t('funnelUi.table.abandoned')}</Table.Th>
                  <Table.Th ta="right">{t('funnelUi.table.wonAmount')}</Table.Th>
                  <Table.Th ta="right">{t('funnelUi.table.lostAmount')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody style={{ fontVariantNumeric: 'tabular-nums' }}>
                {rows.map((r) => (
                  <Table.Tr
                    key={r.key}
                    onClick={() => open(r)}
                    style={{ cursor: 'pointer' }}
                    data-testid="funnel-winloss-row"
                  >
                    <Table.Td>{r.label}</Table.Td>
                    <Table.Td ta="right">{r.won}</Table.Td>
                    <Table.Td ta="right">{r.lost}</Table.Td>
                    <Table.Td ta="right">{r.abandoned}</Table.Td>
                    <Table.Td ta="right">{formatYuan(r.wonFen)}</Table.Td>
                    <Table.Td ta="right">{formatYuan(r.lostFen)}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </>
        )}
      </Stack>
    </Paper>
  );
}

import { BarChart } from '@mantine/charts';
import { Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { FunnelReport } from '../../../../shared/api/funnel';
import { formatYuan } from '../../../../shared/money';
import { chartYuan, yuanOf } from './money';
import { showDeals } from './show-deals';

type Category = 'committed' | 'bestCase' | 'pipeline';
const CATEGORIES: readonly Category[] = ['committed', 'bestCase', 'pipeline'];

/** The forecast by expected close month (committed ⊂ best case ⊂ pipeline), as bars and as a table. */
export function ForecastPanel({ report }: { report: FunnelReport }) {
  const { t } = useTranslation();
  const monthLabel = (month: string) => (month === '' ? t('funnel.noMonth') : month);
  const open = (month: FunnelReport['forecast'][number], category: Category) =>
    showDeals(
      month.ids[category],
      t('funnelUi.filter.month', { month: monthLabel(month.month), category: t(`funnel.forecast.${category}`) }),
    );
  const data = report.forecast.map((m) => ({
    month: monthLabel(m.month),
    key: m.month,
    committed: yuanOf(m.committedFen),
    bestCase: yuanOf(m.bestCaseFen),
    pipeline: yuanOf(m.pipelineFen),
  }));
  const rules = report.rules;
  return (
    <Paper withBorder radius="md" p="md" data-testid="funnel-forecast">
      <Stack gap="sm">
        <div>
          <Title order={4}>{t('funnelUi.forecast.title')}</Title>
          <Text size="xs" c="dimmed">
            {t('funnelUi.forecast.hint')} ·{' '}
            {t('funnelUi.forecast.rule', {
              stage: rules.committedStage,
              committed: rules.committedProbability,
              bestCase: rules.bestCaseProbability,
            })}
          </Text>
        </div>
        {report.forecast.length === 0 ? (
          <Text c="dimmed" ta="center" py="xl">
            {t('funnelUi.forecast.empty')}
          </Text>
        ) : (
          <>
            <BarChart
              h={260}
              data={data}
              dataKey="month"
              series={CATEGORIES.map((c, i) => ({
                name: c,
                label: t(`funnel.forecast.${c}`),
                color: ['teal.7', 'teal.4', 'gray.4'][i] ?? 'gray.4',
              }))}
              valueFormatter={chartYuan}
              withLegend
              barProps={(series) => ({
                cursor: 'pointer',
                onClick: (bar: { payload?: { key?: string } }) => {
                  const month = report.forecast.find((m) => m.month === bar.payload?.key);
                  if (month) open(month, series.name as Category);
                },
              })}
              data-testid="funnel-forecast-chart"
            />
            <Table highlightOnHover fz="sm" data-testid="funnel-forecast-table">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('funnelUi.table.month')}</Table.Th>
                  {CATEGORIES.map((c) => (
                    <Table.Th key={c} ta="right">
                      {t(`funnel.forecast.${c}`)}
                    </Table.Th>
                  ))}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody style={{ fontVariantNumeric: 'tabular-nums' }}>
                {report.forecast.map((m) => (
                  <Table.Tr key={m.month} data-testid="funnel-forecast-row">
                    <Table.Td>{monthLabel(m.month)}</Table.Td>
                    {CATEGORIES.map((c) => (
                      <Table.Td
                        key={c}
                        ta="right"
                        onClick={() => open(m, c)}
                        style={{ cursor: m.ids[c].length > 0 ? 'pointer' : undefined }}
                      >
                        {formatYuan(m[`${c}Fen`])}
                      </Table.Td>
                    ))}
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

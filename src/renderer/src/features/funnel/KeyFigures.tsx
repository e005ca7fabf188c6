import { Paper, SimpleGrid, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { FunnelReport } from '../../../../shared/api/funnel';
import { formatYuan } from '../../../../shared/money';

function Figure({ label, value, note, testId }: { label: string; value: string; note?: string; testId: string }) {
  return (
    <Paper withBorder radius="md" p="md" data-testid={testId}>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text fw={700} size="xl" style={{ fontVariantNumeric: 'tabular-nums' }} data-testid={`${testId}-value`}>
        {value}
      </Text>
      {note !== undefined && (
        <Text size="xs" c="dimmed">
          {note}
        </Text>
      )}
    </Paper>
  );
}

/** The four figures a manager reads first: open deals, their amount, weighted amount, win rate. */
export function KeyFigures({ report }: { report: FunnelReport }) {
  const { t } = useTranslation();
  const wl = report.winLoss;
  return (
    <SimpleGrid cols={{ base: 2, lg: 4 }} spacing="md">
      <Figure label={t('funnelUi.kpi.open')} value={String(report.totals.count)} testId="funnel-kpi-open" />
      <Figure label={t('funnelUi.kpi.amount')} value={formatYuan(report.totals.amountFen)} testId="funnel-kpi-amount" />
      <Figure
        label={t('funnelUi.kpi.weighted')}
        value={formatYuan(report.totals.weightedFen)}
        testId="funnel-kpi-weighted"
      />
      <Figure
        label={t('funnelUi.kpi.winRate')}
        value={wl.winRate === null ? '—' : `${wl.winRate.toFixed(1)}%`}
        note={
          wl.winRate === null
            ? t('funnelUi.kpi.noWinRate')
            : t('funnelUi.kpi.closed', { won: wl.won, lost: wl.lost, abandoned: wl.abandoned })
        }
        testId="funnel-kpi-winrate"
      />
    </SimpleGrid>
  );
}

import { Badge, Group, Paper, Progress, Stack, Text, Title } from '@mantine/core';
import { IconLock } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { formatPercentBp, formatYuan } from '../../../../../shared/money';
import type { PricedQuote } from '../../../../../shared/quotes/pricing';

interface MarginPanelProps {
  priced: PricedQuote | null;
  /** The minimum margin from the approval rules; null = no rule. */
  minMarginBp: number | null;
}

/** 毛利 (internal): margin, cost and gross profit; red under the minimum. Never on documents. */
export function MarginPanel({ priced, minMarginBp }: MarginPanelProps) {
  const { t } = useTranslation();
  const counted = priced?.lines.filter((l) => !l.optional) ?? [];
  const missingCost = counted.some((l) => l.costFen === null);
  const costFen = counted.reduce((sum, l) => sum + (l.costFen ?? 0), 0);
  const netFen = priced?.totalNetFen ?? 0;
  const margin = priced?.marginBp ?? null;
  const below = margin !== null && minMarginBp !== null && margin < minMarginBp;
  const color = margin === null ? 'gray' : below ? 'red' : margin < (minMarginBp ?? 0) + 1000 ? 'orange' : 'teal';

  return (
    <Paper
      withBorder
      radius="md"
      p="md"
      bg="orange.0"
      style={{ borderColor: 'var(--mantine-color-orange-3)', borderStyle: 'dashed' }}
      data-testid="margin-panel"
    >
      <Group justify="space-between" mb={4}>
        <Group gap={6}>
          <IconLock size={16} color="var(--mantine-color-orange-8)" />
          <Title order={5}>{t('quoteUi.margin.title')}</Title>
        </Group>
        <Badge color="orange" variant="filled" size="sm">
          {t('quoteUi.margin.internal')}
        </Badge>
      </Group>
      <Text size="xs" c="orange.9" mb="sm">
        {t('quoteUi.margin.notice')}
      </Text>
      <Stack gap={6}>
        <Group justify="space-between">
          <Text size="sm" c="dimmed">
            {t('quoteUi.margin.margin')}
          </Text>
          <Text
            size="lg"
            fw={700}
            c={below ? 'red.7' : undefined}
            style={{ fontVariantNumeric: 'tabular-nums' }}
            data-testid="margin-value"
            data-below={below || undefined}
          >
            {margin === null ? '—' : formatPercentBp(margin, 2)}
          </Text>
        </Group>
        {margin !== null && (
          <Progress value={Math.max(0, Math.min(100, margin / 100))} color={color} size="sm" aria-hidden />
        )}
        {minMarginBp !== null && (
          <Text size="xs" c={below ? 'red.7' : 'dimmed'} fw={below ? 600 : undefined} data-testid="margin-rule">
            {below
              ? t('quoteUi.margin.belowMin', { min: formatPercentBp(minMarginBp) })
              : t('quoteUi.margin.min', { min: formatPercentBp(minMarginBp) })}
          </Text>
        )}
        <Group justify="space-between">
          <Text size="sm" c="dimmed">
            {t('quoteUi.margin.cost')}
          </Text>
          <Text size="sm" style={{ fontVariantNumeric: 'tabular-nums' }} data-testid="margin-cost">
            {formatYuan(costFen)}
          </Text>
        </Group>
        <Group justify="space-between">
          <Text size="sm" c="dimmed">
            {t('quoteUi.margin.profit')}
          </Text>
          <Text size="sm" style={{ fontVariantNumeric: 'tabular-nums' }} data-testid="margin-profit">
            {missingCost ? '—' : formatYuan(netFen - costFen)}
          </Text>
        </Group>
        {missingCost && counted.length > 0 && (
          <Text size="xs" c="dimmed">
            {t('quoteUi.margin.unknown')}
          </Text>
        )}
      </Stack>
    </Paper>
  );
}

import { Divider, Group, Paper, SegmentedControl, Stack, Table, Text, TextInput, Title, Tooltip } from '@mantine/core';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { fenToYuanText, formatPercentBp, formatYuan } from '../../../../../shared/money';
import type { PricedQuote, QuoteDiscount } from '../../../../../shared/quotes/pricing';
import type { VatMode } from '../../../../../shared/quotes/quote';
import { rmbCapital } from '../../../../../shared/rmb-capital';
import { parseMoney, parsePercent } from '../model/cell-parse';
import type { LiveProblem } from '../model/live-pricing';
import { discountText, percentInputText } from '../model/quote-format';

/** 人民币大写, or a dash for an amount beyond what 大写 writes (1 万亿). */
function capitalText(fen: number): string {
  try {
    return rmbCapital(fen);
  } catch {
    return '—';
  }
}

interface TotalsPanelProps {
  priced: PricedQuote | null;
  discount: QuoteDiscount;
  vatMode: VatMode;
  editable: boolean;
  problems: LiveProblem[];
  serverError: string | undefined;
  onDiscount(discount: QuoteDiscount): void;
}

function Row({
  label,
  value,
  testId,
  strong,
  color,
}: {
  label: ReactNode;
  value: string;
  testId: string;
  strong?: boolean;
  color?: string;
}) {
  return (
    <Group justify="space-between" wrap="nowrap" gap="sm">
      <Text size={strong ? 'md' : 'sm'} fw={strong ? 700 : undefined} c={strong ? undefined : 'dimmed'}>
        {label}
      </Text>
      <Text
        size={strong ? 'xl' : 'sm'}
        fw={strong ? 700 : 500}
        c={color}
        style={{ fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' }}
        data-testid={testId}
      >
        {value}
      </Text>
    </Group>
  );
}

/** The whole-quote discount: none, a percentage, or the total the customer pays (抹零, 含税 only). */
function DiscountEditor({
  discount,
  vatMode,
  editable,
  baseFen,
  error,
  onDiscount,
}: {
  discount: QuoteDiscount;
  vatMode: VatMode;
  editable: boolean;
  baseFen: number;
  error: string | undefined;
  onDiscount(discount: QuoteDiscount): void;
}) {
  const { t } = useTranslation();
  const [percentText, setPercentText] = useState(discount.kind === 'percent' ? percentInputText(discount.bp) : '');
  const [targetText, setTargetText] = useState(discount.kind === 'targetTotal' ? fenToYuanText(discount.totalFen) : '');
  const [typingError, setTypingError] = useState<string | null>(null);

  const choose = (kind: string) => {
    setTypingError(null);
    if (kind === 'none') onDiscount({ kind: 'none' });
    if (kind === 'percent') {
      const parsed = parsePercent(percentText);
      onDiscount({ kind: 'percent', bp: parsed.ok ? parsed.value : 0 });
    }
    if (kind === 'targetTotal') {
      const parsed = parseMoney(targetText);
      const totalFen = parsed.ok ? parsed.value : baseFen;
      if (!parsed.ok) setTargetText(fenToYuanText(baseFen));
      onDiscount({ kind: 'targetTotal', totalFen });
    }
  };

  const kindLabel = (kind: 'none' | 'percent' | 'targetTotal') => t(`quoteUi.totals.discountKinds.${kind}`);
  const targetDisabled = vatMode !== 'inclusive';

  return (
    <Stack gap={6}>
      <SegmentedControl
        size="xs"
        fullWidth
        value={discount.kind}
        onChange={choose}
        disabled={!editable}
        data={[
          { value: 'none', label: kindLabel('none') },
          { value: 'percent', label: kindLabel('percent') },
          {
            value: 'targetTotal',
            disabled: targetDisabled && discount.kind !== 'targetTotal',
            label: targetDisabled ? (
              <Tooltip label={t('quoteUi.totals.targetInclusiveOnly')} withinPortal>
                <span>{kindLabel('targetTotal')}</span>
              </Tooltip>
            ) : (
              kindLabel('targetTotal')
            ),
          },
        ]}
        data-testid="whole-discount-kind"
      />
      {discount.kind === 'percent' && (
        <TextInput
          size="xs"
          label={t('quoteUi.totals.percentLabel')}
          rightSection="%"
          inputMode="decimal"
          value={percentText}
          readOnly={!editable}
          onChange={(event) => {
            const text = event.currentTarget.value;
            setPercentText(text);
            const parsed = parsePercent(text === '' ? '0' : text);
            setTypingError(parsed.ok ? null : t('quoteUi.grid.errors.percent'));
            if (parsed.ok) onDiscount({ kind: 'percent', bp: parsed.value });
          }}
          error={typingError ?? error}
          data-testid="whole-discount-percent"
        />
      )}
      {discount.kind === 'targetTotal' && (
        <TextInput
          size="xs"
          label={t('quoteUi.totals.targetLabel')}
          description={t('quoteUi.totals.targetHint')}
          leftSection="¥"
          inputMode="decimal"
          value={targetText}
          readOnly={!editable}
          onChange={(event) => {
            const text = event.currentTarget.value;
            setTargetText(text);
            const parsed = parseMoney(text);
            setTypingError(parsed.ok ? null : t('quoteUi.grid.errors.money'));
            if (parsed.ok) onDiscount({ kind: 'targetTotal', totalFen: parsed.value });
          }}
          error={typingError ?? error}
          data-testid="whole-discount-target"
        />
      )}
      {discount.kind === 'none' && error && (
        <Text size="xs" c="red.7">
          {error}
        </Text>
      )}
    </Stack>
  );
}

/** Live totals: list total, line and whole-quote discounts, net, tax, total, 大写 and VAT per rate. */
export function TotalsPanel({
  priced,
  discount,
  vatMode,
  editable,
  problems,
  serverError,
  onDiscount,
}: TotalsPanelProps) {
  const { t, i18n } = useTranslation();
  const counted = priced?.lines.filter((l) => !l.optional) ?? [];
  const lineDiscountFen = counted.reduce((sum, l) => sum + (l.listAmountFen - l.lineAmountFen), 0);
  const wholeDiscountFen = counted.reduce((sum, l) => sum + l.allocatedDiscountFen, 0);
  const baseFen = counted.reduce((sum, l) => sum + l.lineAmountFen, 0);
  const optionalFen = (priced?.lines ?? []).filter((l) => l.optional).reduce((sum, l) => sum + l.finalAmountFen, 0);
  const listTotal = priced?.listTotalFen ?? 0;
  const total = priced?.totalFen ?? 0;
  const discountError =
    serverError ??
    (problems.includes('targetAbove')
      ? t('quoteUi.totals.targetAbove', { amount: formatYuan(baseFen) })
      : problems.includes('targetInclusiveOnly')
        ? t('quoteUi.totals.targetInclusiveOnly')
        : undefined);
  const overallBp = listTotal > 0 ? Math.round(((listTotal - total) * 10_000) / listTotal) : 0;

  return (
    <Paper withBorder radius="md" p="md" data-testid="totals-panel">
      <Group justify="space-between" mb="sm">
        <Title order={5}>{t('quoteUi.totals.title')}</Title>
        <Text size="xs" c="dimmed">
          {t(`quoteUi.totals.mode.${vatMode}`)}
        </Text>
      </Group>
      <Stack gap={6}>
        <Row label={t('quoteUi.totals.listTotal')} value={formatYuan(listTotal)} testId="total-list" />
        <Row
          label={t('quoteUi.totals.lineDiscount')}
          value={lineDiscountFen === 0 ? formatYuan(0) : `-${formatYuan(lineDiscountFen)}`}
          testId="total-line-discount"
        />
        <Row
          label={t('quoteUi.totals.wholeDiscount')}
          value={wholeDiscountFen === 0 ? formatYuan(0) : `-${formatYuan(wholeDiscountFen)}`}
          testId="total-whole-discount"
        />
        <DiscountEditor
          discount={discount}
          vatMode={vatMode}
          editable={editable}
          baseFen={baseFen}
          error={discountError}
          onDiscount={onDiscount}
        />
        <Divider my={4} />
        <Row label={t('quoteUi.totals.net')} value={formatYuan(priced?.totalNetFen ?? 0)} testId="total-net" />
        <Row label={t('quoteUi.totals.tax')} value={formatYuan(priced?.totalTaxFen ?? 0)} testId="total-tax" />
        <Divider my={4} />
        <Row label={t('quoteUi.totals.total')} value={formatYuan(total)} testId="total-gross" strong />
        {overallBp > 0 && (
          <Text size="xs" c="dimmed" ta="right" data-testid="total-overall-discount">
            {t('quoteUi.totals.overall', { discount: discountText(overallBp, i18n.language) })}
          </Text>
        )}
        <Group justify="space-between" wrap="nowrap" gap="sm" align="flex-start">
          <Text size="sm" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
            {t('quoteUi.totals.capital')}
          </Text>
          <Text size="sm" ta="right" data-testid="total-capital">
            {capitalText(total)}
          </Text>
        </Group>
        {optionalFen > 0 && (
          <Text size="xs" c="dimmed" data-testid="total-optional">
            {t('quoteUi.totals.optionalTotal', { amount: formatYuan(optionalFen) })}
          </Text>
        )}
      </Stack>
      {priced && priced.vatSummary.length > 0 && (
        <>
          <Text size="sm" fw={600} mt="md" mb={4}>
            {t('quoteUi.totals.vatSummary')}
          </Text>
          <Table fz="xs" verticalSpacing={4} horizontalSpacing={6} withTableBorder data-testid="vat-summary">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('quoteUi.totals.vatColumns.rate')}</Table.Th>
                <Table.Th ta="right">{t('quoteUi.totals.vatColumns.net')}</Table.Th>
                <Table.Th ta="right">{t('quoteUi.totals.vatColumns.tax')}</Table.Th>
                <Table.Th ta="right">{t('quoteUi.totals.vatColumns.gross')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody style={{ fontVariantNumeric: 'tabular-nums' }}>
              {priced.vatSummary.map((row) => (
                <Table.Tr key={row.vatRateBp} data-rate={row.vatRateBp}>
                  <Table.Td>{formatPercentBp(row.vatRateBp)}</Table.Td>
                  <Table.Td ta="right">{formatYuan(row.netFen)}</Table.Td>
                  <Table.Td ta="right">{formatYuan(row.taxFen)}</Table.Td>
                  <Table.Td ta="right">{formatYuan(row.grossFen)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </>
      )}
    </Paper>
  );
}

import { Alert, Group, Paper, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { IconCalculator } from '@tabler/icons-react';
import Decimal from 'decimal.js';
import { useTranslation } from 'react-i18next';
import { formatYuan } from '../../../../../shared/money';
import { fill, proposalLabels } from '../../../../../shared/proposals/labels';
import {
  computeValue,
  ValueInputError,
  type ValueInputs,
  type ValueLine,
  type ValueResult,
} from '../../../../../shared/proposals/value';
import { errorAt } from '../model/proposal-model';
import type { SectionEditorProps } from './common';
import classes from './sections.module.css';

/** The inputs behind each benefit line, in the order the formula reads them. */
const LINES: {
  key: ValueLine['key'];
  fields: { field: keyof ValueInputs; unit: 'hours' | 'yuan' | 'percent' | 'days' }[];
}[] = [
  {
    key: 'labour',
    fields: [
      { field: 'hoursSavedPerMonth', unit: 'hours' },
      { field: 'hourlyCostYuan', unit: 'yuan' },
    ],
  },
  {
    key: 'inventory',
    fields: [
      { field: 'inventoryReductionYuan', unit: 'yuan' },
      { field: 'carryingCostPercent', unit: 'percent' },
    ],
  },
  { key: 'badDebt', fields: [{ field: 'badDebtReductionYuan', unit: 'yuan' }] },
  {
    key: 'collection',
    fields: [
      { field: 'annualCreditSalesYuan', unit: 'yuan' },
      { field: 'collectionDaysFaster', unit: 'days' },
      { field: 'financingRatePercent', unit: 'percent' },
    ],
  },
];

const money = (yuan: string) => formatYuan(new Decimal(yuan).times(100).toNumber());

/** The sums with the first bad input named (the others are still worked out from valid text). */
function compute(
  inputs: ValueInputs,
  investmentFen: number,
): { result: ValueResult | null; bad: keyof ValueInputs | null } {
  try {
    return { result: computeValue(inputs, investmentFen), bad: null };
  } catch (error) {
    if (error instanceof ValueInputError) return { result: null, bad: error.field };
    throw error;
  }
}

/** 客户价值测算 (算账): eight figures agreed with the customer, the yearly benefit and the payback, live. */
export function ValueEditor({ section, change, data, at }: SectionEditorProps<'value'>) {
  const { t } = useTranslation();
  const L = proposalLabels(data.locale).value;
  const investmentFen = data.quote?.priced.totalFen ?? 0;
  const { result, bad } = compute(section.inputs, investmentFen);
  const setInput = (field: keyof ValueInputs, value: string) =>
    change((s) => ({ ...s, inputs: { ...s.inputs, [field]: value.trim() } }));

  return (
    <Stack gap="md">
      <Text size="sm" c="dimmed">
        {t('libraryUi.value.intro')}
      </Text>
      {LINES.map((line) => {
        const computed = result?.lines.find((l) => l.key === line.key);
        return (
          <Paper key={line.key} withBorder radius="sm" p="sm" data-testid={`value-line-${line.key}`}>
            <Group justify="space-between" align="flex-start" wrap="nowrap" gap="md">
              <Stack gap={6} style={{ flex: 1, minWidth: 0 }}>
                <Text fw={600} size="sm">
                  {L.lines[line.key].label}
                </Text>
                <Group gap="xs" align="flex-start" grow>
                  {line.fields.map(({ field, unit }) => (
                    <TextInput
                      key={field}
                      label={t(`libraryUi.value.inputs.${field}`)}
                      value={section.inputs[field]}
                      inputMode="decimal"
                      size="sm"
                      rightSection={
                        <Text size="xs" c="dimmed">
                          {t(`libraryUi.value.units.${unit}`)}
                        </Text>
                      }
                      rightSectionWidth={unit === 'hours' ? 64 : 40}
                      error={
                        errorAt(data.errors, `${at}.inputs.${field}`) ??
                        (bad === field ? t('err.proposals.number') : undefined)
                      }
                      onChange={(event) => setInput(field, event.currentTarget.value)}
                      styles={{ input: { textAlign: 'right' } }}
                      data-testid={`value-${field}`}
                    />
                  ))}
                </Group>
                <Text className={classes.formula} data-testid={`value-formula-${line.key}`}>
                  {computed
                    ? `${fill(L.lines[line.key].formula, Object.fromEntries(computed.inputs.map((v, i) => [String(i), v])))} = ${money(computed.annualYuan)}`
                    : L.lines[line.key].formula.replace(/\{\{\d\}\}/g, '…')}
                </Text>
              </Stack>
              <Stack gap={0} align="flex-end" miw={130}>
                <Text size="xs" c="dimmed">
                  {t('libraryUi.value.perYear')}
                </Text>
                <Text fw={700} className={classes.money} data-testid={`value-amount-${line.key}`}>
                  {computed ? money(computed.annualYuan) : '—'}
                </Text>
              </Stack>
            </Group>
          </Paper>
        );
      })}
      {!data.quote && (
        <Alert variant="light" color="yellow" icon={<IconCalculator size={18} />}>
          {t('libraryUi.value.noQuote')}
        </Alert>
      )}
      <SimpleGrid cols={4} spacing="sm" data-testid="value-summary">
        <Stat label={L.annual} value={result ? money(result.annualBenefitYuan) : '—'} testId="value-annual" strong />
        <Stat label={L.investment} value={result ? money(result.investmentYuan) : '—'} testId="value-investment" />
        <Stat
          label={L.payback}
          value={result?.paybackMonths ? `${result.paybackMonths} ${L.months}` : L.paybackNone}
          hint={t('libraryUi.value.paybackFormula')}
          testId="value-payback"
        />
        <Stat
          label={L.threeYear}
          value={result?.threeYearReturnPercent ? `${result.threeYearReturnPercent}%` : L.paybackNone}
          hint={t('libraryUi.value.threeYearFormula')}
          testId="value-three-year"
        />
      </SimpleGrid>
    </Stack>
  );
}

function Stat({
  label,
  value,
  hint,
  strong,
  testId,
}: {
  label: string;
  value: string;
  hint?: string;
  strong?: boolean;
  testId: string;
}) {
  return (
    <Paper withBorder radius="sm" p="sm" bg={strong ? 'indigo.0' : undefined}>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text fw={700} size="lg" className={classes.money} ta="left" data-testid={testId}>
        {value}
      </Text>
      {hint && (
        <Text size="xs" c="dimmed" className={classes.formula}>
          {hint}
        </Text>
      )}
    </Paper>
  );
}

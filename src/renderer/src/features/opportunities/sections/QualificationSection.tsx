import {
  Alert,
  Badge,
  Checkbox,
  Group,
  NumberInput,
  Paper,
  Progress,
  Select,
  SimpleGrid,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { BUSINESSES, NATURES, PURCHASE_PLANS, type Verdict } from '../../../../../shared/opportunities/qualification';
import { numberOrNull, type SectionProps } from './section-props';

const VERDICT_COLOR: Record<Verdict, string> = { focus: 'teal', follow: 'yellow', notRecommended: 'red' };
const STATUS_COLOR: Record<string, string> = {
  good: 'teal',
  partial: 'yellow',
  weak: 'red',
  unknown: 'gray',
  excluded: 'red',
};

/** Six-factor customer qualification: the profile as edited, the score and verdict as saved, each factor explained. */
export function QualificationSection({ detail, record, edit, errors }: SectionProps) {
  const { t } = useTranslation();
  const q = record.qualification;
  const set = (patch: Partial<typeof q>) => edit((r) => ({ ...r, qualification: { ...r.qualification, ...patch } }));
  const result = detail.qualification;
  const note = (n: { key: string; params?: Record<string, string | number> | undefined }) => {
    const params: Record<string, string | number> = { ...(n.params ?? {}) };
    if (params.kind !== undefined) params.kindLabel = t(`opportunities.headcountKinds.${String(params.kind)}`);
    return t(`opportunities.notes.${n.key}`, params);
  };
  const num = (
    key: 'headcount' | 'salesWan' | 'grossProfitWan' | 'itBudgetWan' | 'branches',
    label: string,
    testId: string,
  ) => (
    <NumberInput
      label={label}
      value={q[key] ?? ''}
      min={0}
      allowDecimal={false}
      allowNegative={false}
      thousandSeparator=","
      placeholder={t('opportunityUi.qualification.unknown')}
      error={errors[`record.qualification.${key}`]}
      onChange={(value) => set({ [key]: numberOrNull(value) })}
      data-testid={testId}
    />
  );
  return (
    <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="md" data-testid="section-qualification">
      <Paper withBorder radius="md" p="md">
        <Title order={4}>{t('opportunityUi.qualification.profile')}</Title>
        <Text size="xs" c="dimmed" mb="sm">
          {t('opportunityUi.qualification.intro')}
        </Text>
        <SimpleGrid cols={2}>
          {num('headcount', t('opportunityUi.qualification.headcount'), 'qualify-headcount')}
          {num('salesWan', t('opportunityUi.qualification.sales'), 'qualify-sales')}
          {num('grossProfitWan', t('opportunityUi.qualification.profit'), 'qualify-profit')}
          {num('itBudgetWan', t('opportunityUi.qualification.itBudget'), 'qualify-it-budget')}
          <Select
            label={t('opportunityUi.qualification.nature')}
            data={NATURES.map((n) => ({ value: n, label: t(`opportunities.natures.${n}`) }))}
            value={q.nature || null}
            onChange={(next) => set({ nature: (next ?? '') as typeof q.nature })}
            clearable
            placeholder={t('opportunityUi.qualification.unknown')}
            data-testid="qualify-nature"
          />
          <Select
            label={t('opportunityUi.qualification.business')}
            data={BUSINESSES.map((b) => ({ value: b, label: t(`opportunities.businesses.${b}`) }))}
            value={q.business || null}
            onChange={(next) => set({ business: (next ?? '') as typeof q.business })}
            clearable
            placeholder={t('opportunityUi.qualification.unknown')}
            data-testid="qualify-business"
          />
          <TextInput
            label={t('opportunityUi.qualification.industry')}
            value={q.industry}
            maxLength={40}
            onChange={(e) => set({ industry: e.currentTarget.value })}
            data-testid="qualify-industry"
          />
          {num('branches', t('opportunityUi.qualification.branches'), 'qualify-branches')}
          <Select
            label={t('opportunityUi.qualification.plan')}
            data={PURCHASE_PLANS.map((p) => ({ value: p, label: t(`opportunities.purchasePlans.${p}`) }))}
            value={q.purchasePlan || null}
            onChange={(next) => set({ purchasePlan: (next ?? '') as typeof q.purchasePlan })}
            clearable
            placeholder={t('opportunityUi.qualification.unknown')}
            data-testid="qualify-plan"
          />
        </SimpleGrid>
        <Text size="sm" fw={500} mt="md" mb={6}>
          {t('opportunityUi.qualification.systems')}
        </Text>
        <Group>
          {(['finance', 'inventory', 'crm'] as const).map((s) => (
            <Checkbox
              key={s}
              label={t(`opportunities.systems.${s}`)}
              checked={q.systems[s]}
              onChange={(e) => set({ systems: { ...q.systems, [s]: e.currentTarget.checked } })}
              data-testid={`qualify-system-${s}`}
            />
          ))}
        </Group>
      </Paper>
      <Paper withBorder radius="md" p="md" data-testid="qualification-result">
        <Group justify="space-between" mb="xs">
          <Title order={4}>{t('opportunityUi.qualification.result')}</Title>
          <Group gap="xs">
            <Text fw={700} fz="lg" data-testid="qualification-score">
              {t('opportunityUi.qualification.score', { score: result.score })}
            </Text>
            <Badge size="lg" color={VERDICT_COLOR[result.verdict]} data-testid="qualification-verdict">
              {t(`opportunities.verdicts.${result.verdict}`)}
            </Badge>
          </Group>
        </Group>
        <Progress value={result.score} color={VERDICT_COLOR[result.verdict]} mb="sm" />
        {result.excludedBy && (
          <Alert color="red" mb="sm" data-testid="qualification-excluded">
            {t('opportunityUi.qualification.excluded', { reason: note(result.excludedBy) })}
          </Alert>
        )}
        <Table verticalSpacing={6}>
          <Table.Tbody>
            {result.factors.map((f) => (
              <Table.Tr key={f.factor} data-testid="qualification-factor" data-factor={f.factor}>
                <Table.Td w={110}>
                  <Text size="sm" fw={500}>
                    {t(`opportunities.factors.${f.factor}`)}
                  </Text>
                  <Badge size="xs" variant="light" color={STATUS_COLOR[f.status]}>
                    {t(`opportunities.factorStatuses.${f.status}`)}
                  </Badge>
                </Table.Td>
                <Table.Td w={60}>
                  <Text size="sm" style={{ fontVariantNumeric: 'tabular-nums' }}>
                    {t('opportunityUi.qualification.points', { points: f.points, max: f.max })}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Stack gap={0}>
                    {f.notes.map((n) => (
                      <Text key={n.key} size="xs" c="dimmed">
                        {note(n)}
                      </Text>
                    ))}
                  </Stack>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Paper>
    </SimpleGrid>
  );
}

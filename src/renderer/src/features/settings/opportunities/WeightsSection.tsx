import { Paper, Table, Text, Title } from '@mantine/core';
import { Fragment } from 'react';
import { useTranslation } from 'react-i18next';
import type { SettingsForm } from './settings-form';
import { WholeNumber } from './QualificationSection';

interface Row {
  /** Path under `weights`. */
  path: string;
  label: string;
  hint: string;
  unit?: string;
}

/** The win-probability weights: one row per factor, its points and what it means. */
export function WeightsSection({ form }: { form: SettingsForm }) {
  const { t } = useTranslation();
  const k = 'opportunitySettings.weights';
  const verdict = (v: string) => ({ verdict: t(`opportunities.verdicts.${v}`) });
  const strength = (s: string) => ({ strength: t(`opportunities.strengths.${s}`) });
  const simple = (path: string): Row => ({ path, label: t(`${k}.${path}`), hint: t(`${k}.${path}Hint`) });

  const groups: { title: string; rows: Row[] }[] = [
    {
      title: t(`${k}.qualification`),
      rows: (['focus', 'follow', 'notRecommended'] as const).map((v) => ({
        path: `qualification.${v}`,
        label: t(`${k}.verdict`, verdict(v)),
        hint: t(`${k}.verdictHint`, verdict(v)),
      })),
    },
    {
      title: t(`${k}.people`),
      rows: [
        simple('decisionMakerKnown'),
        simple('decisionMakerMissing'),
        simple('insiderKnown'),
        simple('insiderMissing'),
        simple('opponentWithInfluence'),
      ],
    },
    {
      title: t(`${k}.events`),
      rows: [
        ...(['strong', 'medium', 'weak'] as const).map((s) => ({
          path: `event.${s}`,
          label: t(`${k}.event`, strength(s)),
          hint: t(`${k}.eventHint`, strength(s)),
        })),
        simple('noEvent'),
      ],
    },
    {
      title: t(`${k}.conditions`),
      rows: [simple('perCondition'), { ...simple('min'), unit: '%' }, { ...simple('max'), unit: '%' }],
    },
  ];

  return (
    <Paper withBorder p="lg" radius="md">
      <Title order={4} mb={4}>
        {t(`${k}.title`)}
      </Title>
      <Text size="sm" c="dimmed" mb="sm">
        {t(`${k}.hint`)}
      </Text>
      <Table withRowBorders={false} verticalSpacing={4} layout="fixed">
        <colgroup>
          <col style={{ width: 240 }} />
          <col style={{ width: 150 }} />
          <col />
        </colgroup>
        <Table.Tbody>
          {groups.map((group) => (
            <Fragment key={group.title}>
              <Table.Tr>
                <Table.Td colSpan={3} pt="sm">
                  <Text size="sm" fw={600} c="dimmed">
                    {group.title}
                  </Text>
                </Table.Td>
              </Table.Tr>
              {group.rows.map((row) => (
                <Table.Tr key={row.path}>
                  <Table.Td>
                    <Text size="sm" component="label" htmlFor={`opp-weight-${row.path}`}>
                      {row.label}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <WholeNumber
                      id={`opp-weight-${row.path}`}
                      unit={row.unit}
                      data-testid={`opp-weight-${row.path}`}
                      {...form.getInputProps(`weights.${row.path}`)}
                    />
                  </Table.Td>
                  <Table.Td>
                    <Text size="xs" c="dimmed">
                      {row.hint}
                    </Text>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Fragment>
          ))}
        </Table.Tbody>
      </Table>
    </Paper>
  );
}

/** The share of confirmation questions the confirmation gate needs answered. */
export function ConfirmationSection({ form }: { form: SettingsForm }) {
  const { t } = useTranslation();
  const k = 'opportunitySettings.confirmation';
  return (
    <Paper withBorder p="lg" radius="md">
      <Title order={4} mb="sm">
        {t(`${k}.title`)}
      </Title>
      <WholeNumber
        label={t(`${k}.threshold`)}
        description={t(`${k}.thresholdHint`, { gate: t('opportunities.gates.confirmation') })}
        unit="%"
        allowNegative={false}
        maw={420}
        data-testid="opp-confirmation-threshold"
        {...form.getInputProps('confirmationThreshold')}
      />
    </Paper>
  );
}

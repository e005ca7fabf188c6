import { ActionIcon, Alert, Button, Group, Paper, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { IconAlertCircle, IconPlus, IconTrash, IconWand } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatPercentBp, formatYuan } from '../../../../../shared/money';
import { newLocalId } from '../../../../../shared/quotes/catalogue-line';
import type { MilestoneInput, PricedQuote } from '../../../../../shared/quotes/pricing';
import { parsePercent } from '../model/cell-parse';
import { percentInputText } from '../model/quote-format';

interface MilestonesEditorProps {
  milestones: MilestoneInput[];
  priced: PricedQuote | null;
  editable: boolean;
  /** Server errors: "milestones" and "milestones.<id>.label". */
  errors: Record<string, string>;
  onChange(milestones: MilestoneInput[], fixed?: string): void;
}

function PercentInput({
  bp,
  editable,
  onChange,
  testId,
}: {
  bp: number;
  editable: boolean;
  onChange(bp: number): void;
  testId: string;
}) {
  const { t } = useTranslation();
  const [text, setText] = useState(percentInputText(bp));
  const [error, setError] = useState(false);
  // Follows changes made elsewhere (补齐) without disturbing what is being typed.
  const [seen, setSeen] = useState(bp);
  if (bp !== seen) {
    setSeen(bp);
    const parsed = parsePercent(text);
    if (!parsed.ok || parsed.value !== bp) setText(percentInputText(bp));
  }
  return (
    <TextInput
      size="xs"
      w={90}
      rightSection="%"
      inputMode="decimal"
      value={text}
      readOnly={!editable}
      error={error ? t('quoteUi.grid.errors.percent') : undefined}
      onChange={(event) => {
        const next = event.currentTarget.value;
        setText(next);
        const parsed = parsePercent(next === '' ? '0' : next);
        setError(!parsed.ok);
        if (parsed.ok) {
          setSeen(parsed.value);
          onChange(parsed.value);
        }
      }}
      aria-label={t('quoteUi.milestones.percent')}
      data-testid={testId}
    />
  );
}

/** 付款节点: label and percentage per milestone, amounts live; the percentages must add up to 100 %. */
export function MilestonesEditor({ milestones, priced, editable, errors, onChange }: MilestonesEditorProps) {
  const { t } = useTranslation();
  const sum = milestones.reduce((total, m) => total + m.percentBp, 0);
  const wrongSum = milestones.length > 0 && sum !== 10_000;
  const total = priced?.totalFen ?? 0;
  const amountOf = new Map((priced?.milestones ?? []).map((m) => [m.id, m.amountFen]));
  const update = (id: string, patch: Partial<MilestoneInput>) =>
    onChange(
      milestones.map((m) => (m.id === id ? { ...m, ...patch } : m)),
      patch.label !== undefined ? `milestones.${id}` : 'milestones',
    );
  const last = milestones[milestones.length - 1];
  const rest = last ? 10_000 - (sum - last.percentBp) : 0;

  return (
    <Paper withBorder radius="md" p="md" data-testid="milestones">
      <Group justify="space-between" mb="sm">
        <Title order={5}>{t('quoteUi.milestones.title')}</Title>
        <Text size="sm" c={wrongSum ? 'red.7' : 'dimmed'} fw={wrongSum ? 600 : undefined} data-testid="milestones-sum">
          {t('quoteUi.milestones.sum', { percent: formatPercentBp(sum) })}
        </Text>
      </Group>
      {milestones.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('quoteUi.milestones.none')}
        </Text>
      ) : (
        <Table verticalSpacing={4} horizontalSpacing={6}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('quoteUi.milestones.label')}</Table.Th>
              <Table.Th w={100}>{t('quoteUi.milestones.percent')}</Table.Th>
              <Table.Th w={130} ta="right">
                {t('quoteUi.milestones.amount')}
              </Table.Th>
              {editable && <Table.Th w={36} />}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {milestones.map((m, index) => {
              const amount = amountOf.get(m.id) ?? Math.round((total * m.percentBp) / 10_000);
              return (
                <Table.Tr key={m.id} data-testid="milestone-row">
                  <Table.Td>
                    <TextInput
                      size="xs"
                      value={m.label}
                      readOnly={!editable}
                      maxLength={60}
                      placeholder={t('quoteUi.milestones.labelPlaceholder')}
                      onChange={(event) => update(m.id, { label: event.currentTarget.value })}
                      error={errors[`milestones.${m.id}.label`]}
                      aria-label={t('quoteUi.milestones.label')}
                      data-testid={`milestone-label-${index}`}
                    />
                  </Table.Td>
                  <Table.Td>
                    <PercentInput
                      bp={m.percentBp}
                      editable={editable}
                      onChange={(bp) => update(m.id, { percentBp: bp })}
                      testId={`milestone-percent-${index}`}
                    />
                  </Table.Td>
                  <Table.Td
                    ta="right"
                    c={wrongSum ? 'dimmed' : undefined}
                    style={{ fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' }}
                    data-testid={`milestone-amount-${index}`}
                  >
                    {wrongSum ? `≈ ${formatYuan(amount)}` : formatYuan(amount)}
                  </Table.Td>
                  {editable && (
                    <Table.Td>
                      <ActionIcon
                        variant="subtle"
                        color="gray"
                        size="sm"
                        onClick={() =>
                          onChange(
                            milestones.filter((x) => x.id !== m.id),
                            'milestones',
                          )
                        }
                        aria-label={t('quoteUi.milestones.remove')}
                      >
                        <IconTrash size={14} />
                      </ActionIcon>
                    </Table.Td>
                  )}
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      )}
      <Stack gap="xs" mt="sm">
        {(wrongSum || errors.milestones) && (
          <Alert
            color="red"
            variant="light"
            p="xs"
            icon={<IconAlertCircle size={16} />}
            data-testid="milestones-problem"
          >
            <Group justify="space-between" gap="xs">
              <Text size="sm">
                {wrongSum ? t('quoteUi.milestones.sumProblem', { percent: formatPercentBp(sum) }) : errors.milestones}
              </Text>
              {editable && wrongSum && last && rest >= 0 && (
                <Button
                  size="compact-xs"
                  variant="light"
                  color="red"
                  leftSection={<IconWand size={12} />}
                  onClick={() => update(last.id, { percentBp: rest })}
                  data-testid="milestones-fill"
                >
                  {t('quoteUi.milestones.fill', { percent: formatPercentBp(rest) })}
                </Button>
              )}
            </Group>
          </Alert>
        )}
        {editable && milestones.length < 12 && (
          <Group>
            <Button
              size="xs"
              variant="subtle"
              leftSection={<IconPlus size={14} />}
              onClick={() =>
                onChange(
                  [
                    ...milestones,
                    {
                      id: newLocalId('m'),
                      label: t('quoteUi.milestones.newLabel'),
                      percentBp: Math.max(0, 10_000 - sum),
                    },
                  ],
                  'milestones',
                )
              }
              data-testid="milestone-add"
            >
              {t('quoteUi.milestones.add')}
            </Button>
          </Group>
        )}
      </Stack>
    </Paper>
  );
}

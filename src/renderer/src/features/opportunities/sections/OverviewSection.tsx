import {
  ActionIcon,
  Button,
  Checkbox,
  Paper,
  Select,
  SimpleGrid,
  Stack,
  Table,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { BUDGET_FLEXIBILITIES, SOURCES } from '../../../../../shared/api/opportunities';
import { fenToYuanText, parseYuan } from '../../../../../shared/money';
import { nextId } from '../page/use-opportunity-draft';
import type { SectionProps } from './section-props';
import { DateField } from '../../../components/DateField';

/** A yuan amount typed as text, kept as fen; a wrong entry is named and not applied. */
function YuanInput({
  label,
  fen,
  onChange,
  error,
  testId,
}: {
  label: string;
  fen: number | null;
  onChange(fen: number | null): void;
  error?: string | undefined;
  testId: string;
}) {
  const { t } = useTranslation();
  const [text, setText] = useState(fen === null ? '' : fenToYuanText(fen));
  const [local, setLocal] = useState<string | undefined>(undefined);
  return (
    <TextInput
      label={label}
      value={text}
      inputMode="decimal"
      error={local ?? error}
      onChange={(event) => {
        const value = event.currentTarget.value;
        setText(value);
        if (value.trim() === '') {
          setLocal(undefined);
          onChange(null);
          return;
        }
        const parsed = parseYuan(value.replace(/[¥,，\s]/g, ''));
        if (parsed.ok) {
          setLocal(undefined);
          onChange(parsed.fen);
        } else setLocal(t('err.opportunities.amount'));
      }}
      data-testid={testId}
    />
  );
}

/** Lines of text, one per line (needs, pain points). */
function LinesInput({
  label,
  lines,
  onChange,
  testId,
}: {
  label: string;
  lines: string[];
  onChange(lines: string[]): void;
  testId: string;
}) {
  const { t } = useTranslation();
  const [text, setText] = useState(lines.join('\n'));
  return (
    <Textarea
      label={label}
      description={t('opportunityUi.overview.linesHint')}
      value={text}
      autosize
      minRows={3}
      onChange={(event) => {
        setText(event.currentTarget.value);
        onChange(
          event.currentTarget.value
            .split('\n')
            .map((l) => l.trim().slice(0, 300))
            .filter((l) => l !== '')
            .slice(0, 50),
        );
      }}
      data-testid={testId}
    />
  );
}

export function OverviewSection({ record, edit, errors }: SectionProps) {
  const { t } = useTranslation();
  const set = <K extends keyof typeof record>(key: K, value: (typeof record)[K]) =>
    edit((r) => ({ ...r, [key]: value }));
  const setBudget = (patch: Partial<typeof record.budget>) =>
    edit((r) => ({ ...r, budget: { ...r.budget, ...patch } }));
  const setCompetitor = (id: string, patch: Partial<(typeof record.competitors)[number]>) =>
    edit((r) => ({ ...r, competitors: r.competitors.map((c) => (c.id === id ? { ...c, ...patch } : c)) }));
  return (
    <Stack gap="md" data-testid="section-overview">
      <Paper withBorder radius="md" p="md">
        <Title order={4} mb="sm">
          {t('opportunityUi.overview.basics')}
        </Title>
        <SimpleGrid cols={{ base: 1, md: 3 }}>
          <TextInput
            label={t('opportunityUi.create.name')}
            value={record.name}
            maxLength={120}
            error={errors['record.name']}
            onChange={(e) => set('name', e.currentTarget.value)}
            data-testid="opportunity-field-name"
          />
          <TextInput
            label={t('opportunityUi.create.owner')}
            value={record.owner}
            maxLength={40}
            onChange={(e) => set('owner', e.currentTarget.value)}
            data-testid="opportunity-field-owner"
          />
          <Select
            label={t('opportunityUi.create.source')}
            data={SOURCES.map((s) => ({ value: s, label: t(`opportunities.sources.${s}`) }))}
            value={record.source || null}
            onChange={(next) => set('source', (next ?? '') as typeof record.source)}
            clearable
          />
          <YuanInput
            label={t('opportunityUi.create.amount')}
            fen={record.amountFen}
            onChange={(fen) => set('amountFen', fen)}
            error={errors['record.amountFen']}
            testId="opportunity-field-amount"
          />
          <DateField
            label={t('opportunityUi.create.close')}
            value={record.expectedClose}
            error={errors['record.expectedClose']}
            onChange={(value) => set('expectedClose', value)}
            data-testid="opportunity-field-close"
          />
          <div />
          <TextInput
            label={t('opportunityUi.overview.nextStep')}
            value={record.nextStep}
            maxLength={300}
            onChange={(e) => set('nextStep', e.currentTarget.value)}
            style={{ gridColumn: 'span 2' }}
            data-testid="opportunity-field-next-step"
          />
          <DateField
            label={t('opportunityUi.overview.nextStepDue')}
            value={record.nextStepDue}
            error={errors['record.nextStepDue']}
            onChange={(value) => set('nextStepDue', value)}
          />
        </SimpleGrid>
      </Paper>
      <SimpleGrid cols={{ base: 1, md: 2 }}>
        <LinesInput
          label={t('opportunityUi.overview.needs')}
          lines={record.needs}
          onChange={(v) => set('needs', v)}
          testId="opportunity-field-needs"
        />
        <LinesInput
          label={t('opportunityUi.overview.painPoints')}
          lines={record.painPoints}
          onChange={(v) => set('painPoints', v)}
          testId="opportunity-field-pain-points"
        />
      </SimpleGrid>
      <Paper withBorder radius="md" p="md">
        <Title order={4} mb="sm">
          {t('opportunityUi.overview.budget')}
        </Title>
        <SimpleGrid cols={{ base: 1, md: 2 }}>
          <YuanInput
            label={t('opportunityUi.overview.budgetAmount')}
            fen={record.budget.amountFen}
            onChange={(fen) => setBudget({ amountFen: fen })}
            error={errors['record.budget.amountFen']}
            testId="opportunity-field-budget"
          />
          <Select
            label={t('opportunityUi.overview.flexibility')}
            data={BUDGET_FLEXIBILITIES.map((f) => ({ value: f, label: t(`opportunities.flexibilities.${f}`) }))}
            value={record.budget.flexibility || null}
            onChange={(next) => setBudget({ flexibility: (next ?? '') as typeof record.budget.flexibility })}
            clearable
          />
          <Textarea
            label={t('opportunityUi.overview.computation')}
            value={record.budget.computation}
            autosize
            minRows={2}
            maxLength={1000}
            onChange={(e) => setBudget({ computation: e.currentTarget.value })}
          />
          <Textarea
            label={t('opportunityUi.overview.budgetProcess')}
            value={record.budget.budgetProcess}
            autosize
            minRows={2}
            maxLength={1000}
            onChange={(e) => setBudget({ budgetProcess: e.currentTarget.value })}
          />
          <Textarea
            label={t('opportunityUi.overview.approvalProcess')}
            value={record.budget.approvalProcess}
            autosize
            minRows={2}
            maxLength={1000}
            onChange={(e) => setBudget({ approvalProcess: e.currentTarget.value })}
          />
        </SimpleGrid>
      </Paper>
      <Paper withBorder radius="md" p="md" data-testid="opportunity-competitors">
        <Title order={4} mb="sm">
          {t('opportunityUi.overview.competitors')}
        </Title>
        {record.competitors.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('opportunityUi.overview.noCompetitors')}
          </Text>
        ) : (
          <Table verticalSpacing="xs">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('opportunityUi.overview.competitor')}</Table.Th>
                <Table.Th>{t('opportunityUi.overview.strengths')}</Table.Th>
                <Table.Th>{t('opportunityUi.overview.counter')}</Table.Th>
                <Table.Th>{t('opportunityUi.overview.active')}</Table.Th>
                <Table.Th />
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {record.competitors.map((c, i) => (
                <Table.Tr key={c.id}>
                  <Table.Td>
                    <TextInput
                      size="xs"
                      value={c.name}
                      maxLength={100}
                      error={errors[`record.competitors.${i}.name`]}
                      onChange={(e) => setCompetitor(c.id, { name: e.currentTarget.value })}
                    />
                  </Table.Td>
                  <Table.Td>
                    <TextInput
                      size="xs"
                      value={c.strengths}
                      maxLength={500}
                      onChange={(e) => setCompetitor(c.id, { strengths: e.currentTarget.value })}
                    />
                  </Table.Td>
                  <Table.Td>
                    <TextInput
                      size="xs"
                      value={c.counter}
                      maxLength={500}
                      onChange={(e) => setCompetitor(c.id, { counter: e.currentTarget.value })}
                    />
                  </Table.Td>
                  <Table.Td>
                    <Checkbox
                      checked={c.active}
                      onChange={(e) => setCompetitor(c.id, { active: e.currentTarget.checked })}
                    />
                  </Table.Td>
                  <Table.Td>
                    <ActionIcon
                      variant="subtle"
                      color="red"
                      onClick={() => edit((r) => ({ ...r, competitors: r.competitors.filter((x) => x.id !== c.id) }))}
                    >
                      <IconTrash size={14} />
                    </ActionIcon>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
        <Button
          mt="sm"
          size="xs"
          variant="light"
          leftSection={<IconPlus size={14} />}
          onClick={() =>
            edit((r) => ({
              ...r,
              competitors: [
                ...r.competitors,
                {
                  id: nextId('k', r.competitors),
                  name: t('opportunityUi.overview.competitor'),
                  strengths: '',
                  counter: '',
                  active: true,
                },
              ],
            }))
          }
        >
          {t('opportunityUi.overview.addCompetitor')}
        </Button>
      </Paper>
    </Stack>
  );
}

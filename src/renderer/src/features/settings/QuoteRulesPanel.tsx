import { ActionIcon, Button, Group, NumberInput, Paper, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { IconDeviceFloppy, IconPlus, IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { QuoteSettings } from '../../../../shared/api/quotes';
import { bpToPercentInput, parsePercentInput } from '../../../../shared/money';
import { CallError } from '../../api/client';
import { useAction, useMethod } from '../../api/queries';
import { notifyError, notifySuccess } from '../../components/notify';

/** The form's view of the settings: percentages as typed text, parsed exactly on save. */
interface Draft {
  numberPrefix: string;
  validityDays: number;
  preparedBy: string;
  minMargin: string;
  maxWholeDiscount: string;
  milestones: { label: string; percent: string }[];
}

function toDraft(settings: QuoteSettings): Draft {
  return {
    numberPrefix: settings.numberPrefix,
    validityDays: settings.validityDays,
    preparedBy: settings.preparedBy,
    minMargin: settings.minMarginBp === null ? '' : bpToPercentInput(settings.minMarginBp),
    maxWholeDiscount: settings.maxWholeDiscountBp === null ? '' : bpToPercentInput(settings.maxWholeDiscountBp),
    milestones: settings.defaultMilestones.map((m) => ({ label: m.label, percent: bpToPercentInput(m.percentBp) })),
  };
}

/** 设置 → 报价: numbering, validity, approval rules and the payment terms a new quote starts with. */
export function QuoteRulesPanel() {
  const settings = useMethod('quoteSettings.get', {});
  if (!settings.data) return null;
  return <QuoteRulesForm key={settings.dataUpdatedAt} settings={settings.data} />;
}

function QuoteRulesForm({ settings }: { settings: QuoteSettings }) {
  const { t } = useTranslation();
  const save = useAction('quoteSettings.save', ['quoteSettings.get', 'quotes.get']);
  const [draft, setDraft] = useState<Draft>(() => toDraft(settings));
  const [errors, setErrors] = useState<Record<string, string>>({});

  const set = (patch: Partial<Draft>) => setDraft({ ...draft, ...patch });
  const percentBp = (text: string) => (text.trim() === '' ? null : parsePercentInput(text));
  const milestoneSum = draft.milestones.reduce((sum, m) => sum + (parsePercentInput(m.percent) ?? 0), 0);

  const submit = async () => {
    const local: Record<string, string> = {};
    const minMarginBp = percentBp(draft.minMargin);
    const maxWholeDiscountBp = percentBp(draft.maxWholeDiscount);
    if (draft.minMargin.trim() !== '' && minMarginBp === null) local.minMarginBp = t('quoteSettings.percentInvalid');
    if (draft.maxWholeDiscount.trim() !== '' && maxWholeDiscountBp === null)
      local.maxWholeDiscountBp = t('quoteSettings.percentInvalid');
    draft.milestones.forEach((m, i) => {
      if (parsePercentInput(m.percent) === null)
        local[`defaultMilestones.${i}.percentBp`] = t('quoteSettings.percentInvalid');
    });
    setErrors(local);
    if (Object.keys(local).length > 0) return;
    try {
      await save.mutateAsync({
        numberPrefix: draft.numberPrefix.trim().toUpperCase(),
        validityDays: draft.validityDays,
        preparedBy: draft.preparedBy,
        minMarginBp,
        maxWholeDiscountBp,
        defaultMilestones: draft.milestones.map((m) => ({
          label: m.label,
          percentBp: parsePercentInput(m.percent) ?? 0,
        })),
      });
      notifySuccess(t('quoteSettings.saved'));
    } catch (error) {
      if (error instanceof CallError) setErrors(error.error.fields);
      notifyError(t('quoteSettings.saveFailed'), error);
    }
  };

  return (
    <Stack gap="md" data-testid="quote-rules">
      <Paper withBorder p="lg" radius="md">
        <Title order={4} mb="xs">
          {t('quoteSettings.numbering')}
        </Title>
        <Group align="flex-start" grow>
          <TextInput
            label={t('quoteSettings.numberPrefix')}
            value={draft.numberPrefix}
            onChange={(e) => set({ numberPrefix: e.currentTarget.value })}
            error={errors.numberPrefix}
            data-testid="quote-prefix"
          />
          <NumberInput
            label={t('quoteSettings.validityDays')}
            min={1}
            max={365}
            allowDecimal={false}
            value={draft.validityDays}
            onChange={(v) => set({ validityDays: typeof v === 'number' ? v : Number(v) || 0 })}
            error={errors.validityDays}
          />
          <TextInput
            label={t('quoteSettings.preparedBy')}
            value={draft.preparedBy}
            onChange={(e) => set({ preparedBy: e.currentTarget.value })}
            error={errors.preparedBy}
          />
        </Group>
        <Text size="xs" c="dimmed" mt="xs">
          {t('quoteSettings.numberPrefixHint')}
        </Text>
      </Paper>
      <Paper withBorder p="lg" radius="md">
        <Title order={4} mb={4}>
          {t('quoteSettings.approval')}
        </Title>
        <Text size="sm" c="dimmed" mb="sm">
          {t('quoteSettings.approvalHint')}
        </Text>
        <Group align="flex-start" grow>
          <TextInput
            label={t('quoteSettings.minMargin')}
            placeholder={t('quoteSettings.noRule')}
            value={draft.minMargin}
            onChange={(e) => set({ minMargin: e.currentTarget.value })}
            error={errors.minMarginBp}
            data-testid="quote-min-margin"
          />
          <TextInput
            label={t('quoteSettings.maxWholeDiscount')}
            placeholder={t('quoteSettings.noRule')}
            value={draft.maxWholeDiscount}
            onChange={(e) => set({ maxWholeDiscount: e.currentTarget.value })}
            error={errors.maxWholeDiscountBp}
            data-testid="quote-max-discount"
          />
        </Group>
      </Paper>
      <Paper withBorder p="lg" radius="md">
        <Title order={4} mb="sm">
          {t('quoteSettings.milestones')}
        </Title>
        <Table withRowBorders={false} verticalSpacing={4}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('quoteSettings.milestoneLabel')}</Table.Th>
              <Table.Th w={160}>{t('quoteSettings.milestonePercent')}</Table.Th>
              <Table.Th w={50} />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {draft.milestones.map((m, i) => (
              <Table.Tr key={i}>
                <Table.Td>
                  <TextInput
                    aria-label={t('quoteSettings.milestoneLabel')}
                    value={m.label}
                    error={errors[`defaultMilestones.${i}.label`]}
                    onChange={(e) => {
                      const label = e.currentTarget.value;
                      set({ milestones: draft.milestones.map((x, j) => (j === i ? { ...x, label } : x)) });
                    }}
                  />
                </Table.Td>
                <Table.Td>
                  <TextInput
                    aria-label={t('quoteSettings.milestonePercent')}
                    value={m.percent}
                    rightSection="%"
                    error={errors[`defaultMilestones.${i}.percentBp`]}
                    onChange={(e) => {
                      const percent = e.currentTarget.value;
                      set({ milestones: draft.milestones.map((x, j) => (j === i ? { ...x, percent } : x)) });
                    }}
                  />
                </Table.Td>
                <Table.Td>
                  <ActionIcon
                    variant="subtle"
                    color="red"
                    aria-label={t('quoteSettings.removeMilestone')}
                    onClick={() => set({ milestones: draft.milestones.filter((_, j) => j !== i) })}
                  >
                    <IconTrash size={16} />
                  </ActionIcon>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
        <Group justify="space-between" mt="xs">
          <Button
            variant="subtle"
            leftSection={<IconPlus size={16} />}
            onClick={() => set({ milestones: [...draft.milestones, { label: '', percent: '' }] })}
          >
            {t('quoteSettings.addMilestone')}
          </Button>
          <Text size="sm" c={milestoneSum === 10_000 || draft.milestones.length === 0 ? 'dimmed' : 'red'}>
            {t('quoteSettings.milestoneSum', { sum: bpToPercentInput(milestoneSum) })}
            {errors.defaultMilestones ? ` — ${errors.defaultMilestones}` : ''}
          </Text>
        </Group>
      </Paper>
      <Group>
        <Button
          leftSection={<IconDeviceFloppy size={16} />}
          onClick={() => void submit()}
          loading={save.isPending}
          data-testid="quote-rules-save"
        >
          {t('quoteSettings.save')}
        </Button>
      </Group>
    </Stack>
  );
}

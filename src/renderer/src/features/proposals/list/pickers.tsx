import { Group, Select, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatYuan } from '../../../../../shared/money';
import { useMethod } from '../../../api/queries';

interface PickerProps {
  value: number | null;
  onChange(value: number | null): void;
  error?: string;
  label?: string;
  testId: string;
  disabled?: boolean;
}

const toId = (value: string | null) => (value === null ? null : Number(value));

/** A customer by name, short name or contact. */
export function CustomerSelect({ value, onChange, error, label, testId, disabled }: PickerProps) {
  const { t } = useTranslation();
  const customers = useMethod('customers.list', { query: '' });
  const list = customers.data ?? [];
  const byId = new Map(list.map((c) => [String(c.id), c]));
  return (
    <Select
      label={label ?? t('libraryUi.pickers.customer')}
      placeholder={t('libraryUi.pickers.customerPlaceholder')}
      data={list.map((c) => ({ value: String(c.id), label: c.name }))}
      value={value === null ? null : String(value)}
      onChange={(next) => onChange(toId(next))}
      searchable
      clearable
      filter={({ options, search }) => {
        const needle = search.trim().toLowerCase();
        return options.filter((option) => {
          if (!('value' in option)) return false;
          const c = byId.get(option.value);
          return [option.label, c?.shortName, c?.contact].join(' ').toLowerCase().includes(needle);
        });
      }}
      nothingFoundMessage={t('libraryUi.pickers.none')}
      disabled={disabled}
      error={error}
      comboboxProps={{ withinPortal: true }}
      data-testid={testId}
    />
  );
}

/** An industry solution (archived ones only when already chosen). */
export function SolutionSelect({ value, onChange, error, label, testId }: PickerProps) {
  const { t } = useTranslation();
  const solutions = useMethod('library.solutions', { query: '', includeArchived: true });
  const list = (solutions.data ?? []).filter((s) => !s.archived || s.id === value);
  return (
    <Select
      label={label ?? t('libraryUi.pickers.solution')}
      placeholder={t('libraryUi.pickers.solutionPlaceholder')}
      data={list.map((s) => ({
        value: String(s.id),
        label: s.archived ? `${s.name} (${t('libraryUi.list.archived')})` : s.name,
      }))}
      value={value === null ? null : String(value)}
      onChange={(next) => onChange(toId(next))}
      searchable
      clearable
      nothingFoundMessage={t('libraryUi.pickers.none')}
      error={error}
      comboboxProps={{ withinPortal: true }}
      data-testid={testId}
    />
  );
}

/**
 * A quote of the customer (its latest revisions, from quotes.list), by number and title; the
 * revision already linked stays in the list even when a newer one exists.
 */
export function QuoteSelect({
  value,
  onChange,
  customerName,
  linkedLabel,
  error,
  label,
  testId,
}: PickerProps & { customerName: string | null; linkedLabel?: string }) {
  const { t } = useTranslation();
  const quotes = useMethod('quotes.list', { query: '', state: null });
  const list = (quotes.data ?? []).filter((q) => customerName !== null && q.customerName === customerName);
  const data = list.map((q) => ({
    value: String(q.revisionId),
    label: `${q.number}-${q.revision}${q.title ? ` ${q.title}` : ''}`,
    total: formatYuan(q.totalFen),
    state: t(`quotes.states.${q.state}`),
  }));
  if (value !== null && !data.some((d) => d.value === String(value))) {
    data.unshift({ value: String(value), label: linkedLabel ?? `#${value}`, total: '', state: '' });
  }
  const extra = new Map(data.map((d) => [d.value, d]));
  return (
    <Select
      label={label ?? t('libraryUi.pickers.quote')}
      placeholder={
        customerName === null
          ? t('libraryUi.pickers.quoteNeedsCustomer')
          : list.length === 0
            ? t('libraryUi.pickers.quoteNone')
            : t('libraryUi.pickers.quotePlaceholder')
      }
      data={data.map(({ value: v, label: l }) => ({ value: v, label: l }))}
      value={value === null ? null : String(value)}
      onChange={(next) => onChange(toId(next))}
      disabled={customerName === null && value === null}
      searchable
      clearable
      renderOption={({ option }) => {
        const info = extra.get(option.value);
        return (
          <Group gap="xs" justify="space-between" wrap="nowrap" w="100%">
            <Text size="sm" lineClamp={1}>
              {option.label}
            </Text>
            <Text size="xs" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
              {[info?.state, info?.total].filter(Boolean).join(' · ')}
            </Text>
          </Group>
        );
      }}
      nothingFoundMessage={t('libraryUi.pickers.none')}
      error={error}
      comboboxProps={{ withinPortal: true }}
      data-testid={testId}
    />
  );
}

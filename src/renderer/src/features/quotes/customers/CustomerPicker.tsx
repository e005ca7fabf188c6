import { ActionIcon, Button, Group, Select, Text, Tooltip } from '@mantine/core';
import { IconUserPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Customer } from '../../../../../shared/api/customers';
import { useMethod } from '../../../api/queries';
import { CustomerModal } from './CustomerModal';

interface CustomerPickerProps {
  value: number | null;
  onChange(customerId: number | null, customer: Customer | null): void;
  /** The customer as the quote knows it (shown while the list loads, or if it is not in it). */
  known?: Customer | null;
  label?: string;
  error?: string;
  disabled?: boolean;
  withAsterisk?: boolean;
  /** Only an icon for "new customer" (where the field is narrow). */
  compact?: boolean;
}

/** Choose a customer by typing part of the name or contact — or create one in place. */
export function CustomerPicker({
  value,
  onChange,
  known,
  label,
  error,
  disabled,
  withAsterisk,
  compact,
}: CustomerPickerProps) {
  const { t } = useTranslation();
  const customers = useMethod('customers.list', { query: '' });
  const [search, setSearch] = useState('');
  const [modal, setModal] = useState({ opened: false, session: 0, name: '' });
  const list = customers.data ?? [];
  const data = list.map((c) => ({ value: String(c.id), label: c.name }));
  if (known && !list.some((c) => c.id === known.id)) data.unshift({ value: String(known.id), label: known.name });
  const byId = new Map(list.map((c) => [c.id, c]));
  const openNew = () =>
    setModal((m) => ({
      opened: true,
      session: m.session + 1,
      name: list.some((c) => c.name === search) ? '' : search,
    }));

  return (
    <>
      <Group gap="xs" align="flex-end" wrap="nowrap">
        <Select
          label={label ?? t('quoteUi.customer.label')}
          placeholder={t('quoteUi.customer.placeholder')}
          withAsterisk={withAsterisk}
          searchable
          clearable
          data={data}
          value={value === null ? null : String(value)}
          searchValue={search}
          onSearchChange={setSearch}
          onChange={(next) => {
            const id = next === null ? null : Number(next);
            onChange(id, id === null ? null : (byId.get(id) ?? null));
          }}
          filter={({ options, search: text }) => {
            const needle = text.trim().toLowerCase();
            if (needle === '') return options;
            return options.filter((option) => {
              if (!('value' in option)) return false;
              const customer = byId.get(Number(option.value));
              const haystack = [option.label, customer?.shortName, customer?.contact].join(' ').toLowerCase();
              return haystack.includes(needle);
            });
          }}
          nothingFoundMessage={
            <Text size="sm" c="dimmed">
              {t('quoteUi.customer.none')}
            </Text>
          }
          error={error}
          disabled={disabled}
          style={{ flex: 1 }}
          data-testid="customer-picker"
          comboboxProps={{ withinPortal: true }}
        />
        {!disabled &&
          (compact ? (
            <Tooltip label={t('quoteUi.customer.new')} withinPortal>
              <ActionIcon
                variant="light"
                size={36}
                onClick={openNew}
                aria-label={t('quoteUi.customer.new')}
                data-testid="customer-new"
              >
                <IconUserPlus size={18} />
              </ActionIcon>
            </Tooltip>
          ) : (
            <Button
              variant="light"
              leftSection={<IconUserPlus size={16} />}
              onClick={openNew}
              data-testid="customer-new"
            >
              {t('quoteUi.customer.new')}
            </Button>
          ))}
      </Group>
      <CustomerModal
        opened={modal.opened}
        session={modal.session}
        initialName={modal.name}
        onClose={() => setModal((m) => ({ ...m, opened: false }))}
        onSaved={(customer) => {
          setModal((m) => ({ ...m, opened: false }));
          onChange(customer.id, customer);
        }}
      />
    </>
  );
}

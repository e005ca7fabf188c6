import { Autocomplete, Group, Text } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconSearch } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { PriceItem } from '../../../../../shared/api/prices';
import { formatYuan } from '../../../../../shared/money';
import { request } from '../../../api/client';

function useItemSearch(text: string) {
  return useQuery<PriceItem[]>({
    queryKey: ['prices.search', { text, limit: 15 }],
    queryFn: () => request('prices.search', { text, limit: 15 }),
    enabled: text !== '',
  });
}

/**
 * The catalogue item a module is sold as: type a code, a name or pinyin initials and pick from the
 * current price list (prices.search). The chosen item's name and price show under the field.
 */
export function ItemCodeField({
  value,
  onChange,
  error,
  testId,
}: {
  value: string;
  onChange(code: string): void;
  error?: string;
  testId?: string;
}) {
  const { t } = useTranslation();
  const [text] = useDebouncedValue(value.trim(), 200);
  const results = useItemSearch(text);
  const items = results.data ?? [];
  const byCode = new Map(items.map((item) => [item.code, item]));
  const match = byCode.get(value.trim());
  const description =
    value.trim() === ''
      ? t('libraryUi.solutions.itemCodeHint')
      : match
        ? `${match.name} · ${formatYuan(match.priceFen)}/${match.unit}`
        : results.isFetching || text !== value.trim()
          ? ' '
          : t('libraryUi.solutions.itemCodeUnknown');
  return (
    <Autocomplete
      label={t('libraryUi.solutions.fields.itemCode')}
      placeholder={t('libraryUi.solutions.itemCodePlaceholder')}
      leftSection={<IconSearch size={14} />}
      value={value}
      onChange={(next) => onChange(next.trim())}
      data={items.map((item) => item.code)}
      filter={({ options }) => options}
      renderOption={({ option }) => {
        const item = byCode.get(option.value);
        return (
          <Group gap="xs" wrap="nowrap">
            <Text size="sm" ff="monospace" style={{ whiteSpace: 'nowrap' }}>
              {option.value}
            </Text>
            <Text size="sm" c="dimmed" lineClamp={1}>
              {item?.name}
            </Text>
          </Group>
        );
      }}
      description={description}
      inputWrapperOrder={['label', 'input', 'description', 'error']}
      error={error}
      maxLength={60}
      comboboxProps={{ withinPortal: true, width: 360, position: 'bottom-start' }}
      data-testid={testId}
      styles={{ description: { color: match ? 'var(--mantine-color-teal-8)' : undefined } }}
    />
  );
}

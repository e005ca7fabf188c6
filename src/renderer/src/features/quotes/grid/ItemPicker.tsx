import { Badge, Group, Loader, Popover, Stack, Text, TextInput, UnstyledButton } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconSearch } from '@tabler/icons-react';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { forwardRef, useEffect, useId, useImperativeHandle, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { PriceItem } from '../../../../../shared/api/prices';
import { formatYuan } from '../../../../../shared/money';
import { discountBpToZhe } from '../../../../../shared/prices/catalogue';
import { request } from '../../../api/client';

const SEARCH_DEBOUNCE_MS = 120;
const LIMIT = 12;

export interface ItemPickerHandle {
  focus(): void;
}

interface ItemPickerProps {
  disabled?: boolean;
  /** The price-list version searched (the one in effect today). */
  versionLabel: string;
  /** The unit price a line would get (the list price in the quote's VAT mode). */
  priceOf(item: PriceItem): number;
  onPick(item: PriceItem): void;
}

/**
 * 添加项目 by search: code prefix, any Chinese in name or spec, or pinyin initials (xsgl → 销售管理).
 * ↑/↓ choose, Enter adds the highlighted item — also when Enter comes before the results (it
 * adds the best match once they arrive), so typing "ERP-SD⏎" never loses the keystroke.
 */
export const ItemPicker = forwardRef<ItemPickerHandle, ItemPickerProps>(function ItemPicker(
  { disabled, versionLabel, priceOf, onPick },
  ref,
) {
  const { t, i18n } = useTranslation();
  const inputRef = useRef<HTMLInputElement>(null);
  const listId = useId();
  const [text, setText] = useState('');
  const [open, setOpen] = useState(false);
  const [highlight, setHighlight] = useState(0);
  const [debounced] = useDebouncedValue(text.trim(), SEARCH_DEBOUNCE_MS);
  const submitPending = useRef(false);
  const search = useQuery({
    queryKey: ['prices.search', { text: debounced, limit: LIMIT }],
    queryFn: () => request('prices.search', { text: debounced, limit: LIMIT }),
    enabled: debounced !== '',
    placeholderData: keepPreviousData,
  });
  const results = debounced === '' ? [] : (search.data ?? []);
  const upToDate = debounced !== '' && debounced === text.trim() && search.isSuccess && !search.isPlaceholderData;

  useImperativeHandle(ref, () => ({ focus: () => inputRef.current?.focus() }), []);

  const pick = (item: PriceItem | undefined) => {
    if (!item || !item.active) return;
    onPick(item);
    setText('');
    setOpen(false);
    setHighlight(0);
  };

  // New results: highlight the best match; a pending Enter adds it.
  const resultsKey = upToDate ? `${debounced}:${results.map((r) => r.id).join(',')}` : '';
  useEffect(() => {
    if (!upToDate) return;
    const first = Math.max(
      0,
      results.findIndex((r) => r.active),
    );
    setHighlight(first);
    if (submitPending.current) {
      submitPending.current = false;
      pick(results[first]);
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps -- reacts to a new result list only
  }, [resultsKey]);

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.nativeEvent.isComposing) return;
    switch (event.key) {
      case 'ArrowDown':
      case 'ArrowUp': {
        event.preventDefault();
        setOpen(true);
        if (results.length === 0) return;
        const delta = event.key === 'ArrowDown' ? 1 : -1;
        setHighlight((h) => (h + delta + results.length) % results.length);
        break;
      }
      case 'Enter':
        event.preventDefault();
        if (text.trim() === '') return;
        if (upToDate) pick(results[highlight]);
        else submitPending.current = true;
        break;
      case 'Escape':
        if (open) setOpen(false);
        else setText('');
        submitPending.current = false;
        break;
      case 'Tab':
        setOpen(false);
        break;
    }
  };

  const zh = i18n.language.startsWith('zh');
  const showDropdown = open && text.trim() !== '';
  const activeId = results[highlight] ? `${listId}-${highlight}` : undefined;

  return (
    <Popover
      opened={showDropdown}
      position="bottom-start"
      width="target"
      trapFocus={false}
      returnFocus={false}
      shadow="md"
      withinPortal
      middlewares={{ flip: true, shift: true }}
    >
      <Popover.Target>
        <TextInput
          ref={inputRef}
          value={text}
          disabled={disabled}
          onChange={(event) => {
            setText(event.currentTarget.value);
            setOpen(true);
          }}
          onFocus={() => setOpen(true)}
          onBlur={() => setOpen(false)}
          onKeyDown={onKeyDown}
          placeholder={t('quoteUi.picker.placeholder')}
          leftSection={<IconSearch size={16} />}
          rightSection={search.isFetching ? <Loader size={14} /> : null}
          role="combobox"
          aria-label={t('quoteUi.picker.label')}
          aria-expanded={showDropdown}
          aria-controls={listId}
          aria-activedescendant={showDropdown ? activeId : undefined}
          aria-autocomplete="list"
          autoComplete="off"
          maxLength={100}
          data-testid="item-picker"
          style={{ flex: 1, minWidth: 260 }}
        />
      </Popover.Target>
      <Popover.Dropdown p={4} data-testid="item-picker-dropdown">
        <Stack gap={0} id={listId} role="listbox" aria-label={t('quoteUi.picker.label')}>
          {results.map((item, index) => (
            <UnstyledButton
              key={item.id}
              id={`${listId}-${index}`}
              role="option"
              aria-selected={index === highlight}
              aria-disabled={!item.active}
              tabIndex={-1}
              onMouseDown={(event) => event.preventDefault()}
              onMouseEnter={() => setHighlight(index)}
              onClick={() => pick(item)}
              px="sm"
              py={6}
              style={{
                borderRadius: 6,
                background: index === highlight ? 'var(--mantine-color-indigo-0)' : undefined,
                opacity: item.active ? 1 : 0.55,
                cursor: item.active ? 'pointer' : 'not-allowed',
              }}
              data-testid="item-picker-option"
              data-code={item.code}
              data-highlighted={index === highlight || undefined}
            >
              <Group justify="space-between" wrap="nowrap" gap="md">
                <Stack gap={0} style={{ minWidth: 0 }}>
                  <Group gap={8} wrap="nowrap">
                    <Text size="xs" ff="monospace" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
                      {item.code}
                    </Text>
                    <Text size="sm" fw={500} truncate>
                      {item.name}
                    </Text>
                    {!item.active && (
                      <Badge size="xs" color="gray" variant="light">
                        {t('quoteUi.picker.inactive')}
                      </Badge>
                    )}
                  </Group>
                  <Text size="xs" c="dimmed" truncate>
                    {item.spec}
                  </Text>
                </Stack>
                <Stack gap={0} align="flex-end" style={{ flexShrink: 0 }}>
                  <Text size="sm" style={{ fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' }}>
                    {formatYuan(priceOf(item))}
                    <Text span size="xs" c="dimmed">
                      {' '}
                      / {item.unit}
                    </Text>
                  </Text>
                  {item.floorDiscountBp > 0 && (
                    <Text size="xs" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
                      {t('quoteUi.picker.floor', {
                        floor: zh ? discountBpToZhe(item.floorDiscountBp) : `${item.floorDiscountBp / 100}%`,
                      })}
                    </Text>
                  )}
                </Stack>
              </Group>
            </UnstyledButton>
          ))}
          {upToDate && results.length === 0 && (
            <Text size="sm" c="dimmed" p="sm" data-testid="item-picker-empty">
              {t('quoteUi.picker.noMatch', { text: debounced })}
            </Text>
          )}
          {!upToDate && results.length === 0 && (
            <Text size="sm" c="dimmed" p="sm">
              {t('quoteUi.picker.searching')}
            </Text>
          )}
          <Text
            size="xs"
            c="dimmed"
            px="sm"
            pt={4}
            pb={2}
            style={{ borderTop: '1px solid var(--mantine-color-gray-2)' }}
          >
            {versionLabel ? `${t('quoteUi.picker.version', { label: versionLabel })} · ` : ''}
            {t('quoteUi.picker.hint')}
          </Text>
        </Stack>
      </Popover.Dropdown>
    </Popover>
  );
});

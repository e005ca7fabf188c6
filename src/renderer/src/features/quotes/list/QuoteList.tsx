import {
  Alert,
  Button,
  Center,
  Group,
  Loader,
  Paper,
  Select,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconFilePlus, IconSearch } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { QuoteDetail } from '../../../../../shared/api/quotes';
import { formatYuan } from '../../../../../shared/money';
import { QUOTE_STATES, type QuoteState } from '../../../../../shared/quotes/lifecycle';
import { useMethod } from '../../../api/queries';
import { formatDateTime } from '../../../components/format';
import { StateBadge } from '../editor/EditorHeader';
import { formatDate, todayIso } from '../model/quote-format';
import { ImportQuoteButton } from './ImportQuoteButton';
import { NewQuoteModal } from './NewQuoteModal';

function isState(value: string | null): value is QuoteState {
  return (QUOTE_STATES as readonly (string | null)[]).includes(value);
}

/** 报价: every quote (its latest revision), searchable, filterable by state; new and imported quotes. */
export function QuoteList({ onOpen }: { onOpen(revisionId: number): void }) {
  const { t, i18n } = useTranslation();
  const [search, setSearch] = useState('');
  const [query] = useDebouncedValue(search.trim(), 150);
  const [state, setState] = useState<QuoteState | null>(null);
  const [newOpened, setNewOpened] = useState(false);
  const quotes = useMethod('quotes.list', { query, state });
  const opened = (detail: QuoteDetail) => {
    setNewOpened(false);
    onOpen(detail.revisionId);
  };
  const filtered = query !== '' || state !== null;
  const today = todayIso();

  return (
    <Stack gap="md" data-testid="quote-list-page">
      <Group justify="space-between">
        <Title order={2}>{t('quoteUi.title')}</Title>
        <Group gap="sm">
          <ImportQuoteButton onImported={opened} />
          <Button leftSection={<IconFilePlus size={16} />} onClick={() => setNewOpened(true)} data-testid="quote-new">
            {t('quoteUi.list.new')}
          </Button>
        </Group>
      </Group>
      <Group gap="sm" wrap="nowrap">
        <TextInput
          placeholder={t('quoteUi.list.search')}
          aria-label={t('quoteUi.list.search')}
          leftSection={<IconSearch size={16} />}
          value={search}
          onChange={(event) => setSearch(event.currentTarget.value)}
          maxLength={100}
          style={{ flex: 1 }}
          data-testid="quote-search"
        />
        <Select
          aria-label={t('quoteUi.list.state')}
          placeholder={t('quoteUi.list.allStates')}
          data={QUOTE_STATES.map((value) => ({ value, label: t(`quotes.states.${value}`) }))}
          value={state}
          onChange={(value) => setState(isState(value) ? value : null)}
          clearable
          w={160}
          data-testid="quote-state-filter"
        />
      </Group>
      <Paper withBorder radius="md" style={{ overflow: 'hidden' }}>
        {quotes.error && <Alert color="red">{quotes.error.message}</Alert>}
        {!quotes.data && !quotes.error && (
          <Center h={160}>
            <Loader />
          </Center>
        )}
        {quotes.data && quotes.data.length === 0 && (
          <Text c="dimmed" ta="center" py={48} data-testid="quote-list-empty">
            {filtered ? t('quoteUi.list.noMatch') : t('quoteUi.list.empty')}
          </Text>
        )}
        {quotes.data && quotes.data.length > 0 && (
          <Table highlightOnHover verticalSpacing="sm" data-testid="quote-list">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('quoteUi.list.columns.number')}</Table.Th>
                <Table.Th>{t('quoteUi.list.columns.title')}</Table.Th>
                <Table.Th>{t('quoteUi.list.columns.customer')}</Table.Th>
                <Table.Th>{t('quoteUi.list.columns.state')}</Table.Th>
                <Table.Th ta="right">{t('quoteUi.list.columns.total')}</Table.Th>
                <Table.Th>{t('quoteUi.list.columns.validUntil')}</Table.Th>
                <Table.Th>{t('quoteUi.list.columns.updatedAt')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {quotes.data.map((quote) => (
                <Table.Tr
                  key={quote.quoteId}
                  onClick={() => onOpen(quote.revisionId)}
                  onKeyDown={(event) => {
                    if (event.key === 'Enter') onOpen(quote.revisionId);
                  }}
                  tabIndex={0}
                  style={{ cursor: 'pointer' }}
                  data-testid="quote-row"
                  data-number={quote.number}
                >
                  <Table.Td ff="monospace" fz="sm" style={{ whiteSpace: 'nowrap' }}>
                    {quote.number}-{quote.revision}
                  </Table.Td>
                  <Table.Td>
                    {quote.title || (
                      <Text span c="dimmed" size="sm">
                        {t('quoteUi.list.untitled')}
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td>
                    {quote.customerName || (
                      <Text span c="dimmed" size="sm">
                        {t('quoteUi.list.noCustomer')}
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td w={96} style={{ whiteSpace: 'nowrap' }}>
                    <StateBadge state={quote.state} size="sm" />
                  </Table.Td>
                  <Table.Td
                    ta="right"
                    style={{ fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' }}
                    data-testid="quote-row-total"
                  >
                    {formatYuan(quote.totalFen)}
                  </Table.Td>
                  <Table.Td
                    c={
                      quote.validUntil < today && ['draft', 'pending', 'approved', 'sent'].includes(quote.state)
                        ? 'red.7'
                        : undefined
                    }
                    style={{ whiteSpace: 'nowrap' }}
                  >
                    {formatDate(quote.validUntil, i18n.language)}
                  </Table.Td>
                  <Table.Td c="dimmed" fz="sm" style={{ whiteSpace: 'nowrap' }}>
                    {formatDateTime(quote.updatedAt, i18n.language)}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
      </Paper>
      <NewQuoteModal opened={newOpened} onClose={() => setNewOpened(false)} onCreated={opened} />
    </Stack>
  );
}

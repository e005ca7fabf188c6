import { Alert, Button, Center, Group, Loader, Paper, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { IconFilePlus, IconSearch } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { OutputOf } from '../../../../../shared/contract';
import { useMethod } from '../../../api/queries';
import { formatDateTime } from '../../../components/format';
import { MergeText } from '../../../components/rich-text/RichDocView';
import { previewText } from '../model/proposal-model';
import { NewProposalModal } from './NewProposalModal';

function Dimmed({ children }: { children: string }) {
  return (
    <Text span c="dimmed" size="sm">
      {children}
    </Text>
  );
}

/** 方案书: every proposal, most recently changed first, searchable; 新建方案书. */
export function ProposalList({ onOpen }: { onOpen(id: number): void }) {
  const { t, i18n } = useTranslation();
  const [search, setSearch] = useState('');
  const [newOpened, setNewOpened] = useState(false);
  const proposals = useMethod('proposals.list', {});
  const customers = useMethod('customers.list', { query: '' });
  const shortNames = new Map((customers.data ?? []).map((c) => [c.name, c.shortName || c.name]));
  const title = (p: OutputOf<'proposals.list'>[number]) =>
    previewText(p.title, {
      'customer.name': p.customerName,
      'customer.shortName': shortNames.get(p.customerName) ?? '',
      'solution.name': p.solutionName,
      'quote.number': p.quoteNumber,
    });
  const needle = search.trim().toLowerCase();
  const list = (proposals.data ?? []).filter(
    (p) =>
      needle === '' ||
      [title(p), p.customerName, p.solutionName, p.quoteNumber].some((s) => s.toLowerCase().includes(needle)),
  );

  return (
    <Stack gap="md" data-testid="proposal-list-page">
      <Group justify="space-between" align="flex-end">
        <Stack gap={2}>
          <Title order={2}>{t('libraryUi.proposals.title')}</Title>
          <Text size="sm" c="dimmed">
            {t('libraryUi.proposals.intro')}
          </Text>
        </Stack>
        <Button leftSection={<IconFilePlus size={16} />} onClick={() => setNewOpened(true)} data-testid="proposal-new">
          {t('libraryUi.proposals.new')}
        </Button>
      </Group>
      <TextInput
        placeholder={t('libraryUi.proposals.search')}
        aria-label={t('libraryUi.proposals.search')}
        leftSection={<IconSearch size={16} />}
        value={search}
        onChange={(event) => setSearch(event.currentTarget.value)}
        maxLength={100}
        data-testid="proposal-search"
      />
      <Paper withBorder radius="md" style={{ overflow: 'hidden' }}>
        {proposals.error && <Alert color="red">{proposals.error.message}</Alert>}
        {!proposals.data && !proposals.error && (
          <Center h={160}>
            <Loader />
          </Center>
        )}
        {proposals.data && list.length === 0 && (
          <Text c="dimmed" ta="center" py={48} data-testid="proposal-list-empty">
            {needle ? t('libraryUi.proposals.noMatch') : t('libraryUi.proposals.empty')}
          </Text>
        )}
        {list.length > 0 && (
          <Table highlightOnHover verticalSpacing="sm" data-testid="proposal-list">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('libraryUi.proposals.columns.title')}</Table.Th>
                <Table.Th>{t('libraryUi.proposals.columns.customer')}</Table.Th>
                <Table.Th>{t('libraryUi.proposals.columns.solution')}</Table.Th>
                <Table.Th>{t('libraryUi.proposals.columns.quote')}</Table.Th>
                <Table.Th>{t('libraryUi.proposals.columns.updatedAt')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {list.map((p) => (
                <Table.Tr
                  key={p.id}
                  onClick={() => onOpen(p.id)}
                  onKeyDown={(event) => {
                    if (event.key === 'Enter') onOpen(p.id);
                  }}
                  tabIndex={0}
                  style={{ cursor: 'pointer' }}
                  data-testid="proposal-row"
                  data-customer={p.customerName}
                >
                  <Table.Td fw={500}>
                    <MergeText text={title(p)} />
                  </Table.Td>
                  <Table.Td>{p.customerName || <Dimmed>{t('libraryUi.proposals.noCustomer')}</Dimmed>}</Table.Td>
                  <Table.Td>{p.solutionName || <Dimmed>{t('libraryUi.proposals.noSolution')}</Dimmed>}</Table.Td>
                  <Table.Td ff="monospace" fz="sm" style={{ whiteSpace: 'nowrap' }}>
                    {p.quoteNumber || <Dimmed>{t('libraryUi.proposals.noQuote')}</Dimmed>}
                  </Table.Td>
                  <Table.Td c="dimmed" fz="sm" style={{ whiteSpace: 'nowrap' }}>
                    {formatDateTime(p.updatedAt, i18n.language)}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
      </Paper>
      <NewProposalModal
        opened={newOpened}
        onClose={() => setNewOpened(false)}
        onCreated={(id) => {
          setNewOpened(false);
          onOpen(id);
        }}
      />
    </Stack>
  );
}

import { Table, Text } from '@mantine/core';
import { IconFilePlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMethod } from '../../../api/queries';
import { formatDateTime } from '../../../components/format';
import { ListPage } from '../../../components/ListPage';
import { MergeText } from '../../../components/rich-text/RichDocView';
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
  const [newOpened, setNewOpened] = useState(false);
  // Titles come filled in (shared/proposals/title.ts); a field still written as {{…}} is a typo, shown in red.
  const proposals = useMethod('proposals.list', {});

  return (
    <ListPage
      testIdPrefix="proposal"
      title={t('libraryUi.proposals.title')}
      intro={t('libraryUi.proposals.intro')}
      newLabel={t('libraryUi.proposals.new')}
      newIcon={<IconFilePlus size={16} />}
      onNew={() => setNewOpened(true)}
      searchLabel={t('libraryUi.proposals.search')}
      data={proposals.data}
      error={proposals.error}
      matches={(p, needle) =>
        [p.title, p.customerName, p.solutionName, p.quoteNumber].some((s) => s.toLowerCase().includes(needle))
      }
      empty={t('libraryUi.proposals.empty')}
      noMatch={t('libraryUi.proposals.noMatch')}
      columns={[
        { label: t('libraryUi.proposals.columns.title') },
        { label: t('libraryUi.proposals.columns.customer') },
        { label: t('libraryUi.proposals.columns.solution') },
        { label: t('libraryUi.proposals.columns.quote') },
        { label: t('libraryUi.proposals.columns.updatedAt') },
      ]}
      rowData={(p) => ({ 'data-customer': p.customerName, 'data-title': p.title })}
      cells={(p) => (
        <>
          <Table.Td fw={500} data-testid="proposal-row-title">
            <MergeText text={p.title} />
          </Table.Td>
          <Table.Td>{p.customerName || <Dimmed>{t('libraryUi.proposals.noCustomer')}</Dimmed>}</Table.Td>
          <Table.Td>{p.solutionName || <Dimmed>{t('libraryUi.proposals.noSolution')}</Dimmed>}</Table.Td>
          <Table.Td ff="monospace" fz="sm" style={{ whiteSpace: 'nowrap' }}>
            {p.quoteNumber || <Dimmed>{t('libraryUi.proposals.noQuote')}</Dimmed>}
          </Table.Td>
          <Table.Td c="dimmed" fz="sm" style={{ whiteSpace: 'nowrap' }}>
            {formatDateTime(p.updatedAt, i18n.language)}
          </Table.Td>
        </>
      )}
      onOpen={onOpen}
    >
      <NewProposalModal
        opened={newOpened}
        onClose={() => setNewOpened(false)}
        onCreated={(id) => {
          setNewOpened(false);
          onOpen(id);
        }}
      />
    </ListPage>
  );
}

import { Table, Text } from '@mantine/core';
import { IconPresentation } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMethod } from '../../../api/queries';
import { formatDateTime } from '../../../components/format';
import { ListPage } from '../../../components/ListPage';
import { formatClock } from '../model/script-model';
import { NewScriptModal } from './NewScriptModal';

/** 演示脚本: every demo script, most recently changed first, searchable; 新建演示脚本. */
export function ScriptList({ onOpen }: { onOpen(id: number): void }) {
  const { t, i18n } = useTranslation();
  const [newOpened, setNewOpened] = useState(false);
  const scripts = useMethod('demoScripts.list', {});

  return (
    <ListPage
      testIdPrefix="script"
      title={t('demoScriptUi.list.title')}
      intro={t('demoScriptUi.list.intro')}
      newLabel={t('demoScriptUi.create.title')}
      newIcon={<IconPresentation size={16} />}
      onNew={() => setNewOpened(true)}
      searchLabel={t('demoScriptUi.list.search')}
      data={scripts.data}
      error={scripts.error}
      matches={(s, needle) => [s.title, s.customerName].some((x) => x.toLowerCase().includes(needle))}
      empty={t('demoScriptUi.list.empty')}
      noMatch={t('demoScriptUi.list.noMatch')}
      columns={[
        { label: t('demoScriptUi.list.columns.title') },
        { label: t('demoScriptUi.list.columns.customer') },
        { label: t('demoScriptUi.list.columns.total'), right: true },
        { label: t('demoScriptUi.list.columns.steps'), right: true },
        { label: t('demoScriptUi.list.columns.updatedAt') },
      ]}
      rowData={(s) => ({ 'data-title': s.title, 'data-customer': s.customerName })}
      cells={(s) => (
        <>
          <Table.Td fw={500}>{s.title}</Table.Td>
          <Table.Td>
            {s.customerName || (
              <Text span c="dimmed" size="sm">
                {t('demoScriptUi.list.noCustomer')}
              </Text>
            )}
          </Table.Td>
          <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }} data-testid="script-row-total">
            {t('demoScriptUi.minutes', { n: s.totalMinutes })}
            <Text span size="xs" c="dimmed" ml={6}>
              ({formatClock(s.totalMinutes)})
            </Text>
          </Table.Td>
          <Table.Td ta="right" data-testid="script-row-steps">
            {s.steps}
          </Table.Td>
          <Table.Td c="dimmed" fz="sm" style={{ whiteSpace: 'nowrap' }}>
            {formatDateTime(s.updatedAt, i18n.language)}
          </Table.Td>
        </>
      )}
      onOpen={onOpen}
    >
      <NewScriptModal
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

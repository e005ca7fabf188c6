import { Alert, Button, Center, Group, Loader, Paper, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { IconPresentation, IconSearch } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMethod } from '../../../api/queries';
import { formatDateTime } from '../../../components/format';
import { formatClock } from '../model/script-model';
import { NewScriptModal } from './NewScriptModal';

/** 演示脚本: every demo script, most recently changed first, searchable; 新建演示脚本. */
export function ScriptList({ onOpen }: { onOpen(id: number): void }) {
  const { t, i18n } = useTranslation();
  const [search, setSearch] = useState('');
  const [newOpened, setNewOpened] = useState(false);
  const scripts = useMethod('demoScripts.list', {});
  const needle = search.trim().toLowerCase();
  const list = (scripts.data ?? []).filter(
    (s) => needle === '' || [s.title, s.customerName].some((x) => x.toLowerCase().includes(needle)),
  );

  return (
    <Stack gap="md" data-testid="script-list-page">
      <Group justify="space-between" align="flex-end">
        <Stack gap={2}>
          <Title order={2}>{t('demoScriptUi.list.title')}</Title>
          <Text size="sm" c="dimmed">
            {t('demoScriptUi.list.intro')}
          </Text>
        </Stack>
        <Button
          leftSection={<IconPresentation size={16} />}
          onClick={() => setNewOpened(true)}
          data-testid="script-new"
        >
          {t('demoScriptUi.create.title')}
        </Button>
      </Group>
      <TextInput
        placeholder={t('demoScriptUi.list.search')}
        aria-label={t('demoScriptUi.list.search')}
        leftSection={<IconSearch size={16} />}
        value={search}
        onChange={(event) => setSearch(event.currentTarget.value)}
        maxLength={100}
        data-testid="script-search"
      />
      <Paper withBorder radius="md" style={{ overflow: 'hidden' }}>
        {scripts.error && <Alert color="red">{scripts.error.message}</Alert>}
        {!scripts.data && !scripts.error && (
          <Center h={160}>
            <Loader />
          </Center>
        )}
        {scripts.data && list.length === 0 && (
          <Text c="dimmed" ta="center" py={48} data-testid="script-list-empty">
            {needle ? t('demoScriptUi.list.noMatch') : t('demoScriptUi.list.empty')}
          </Text>
        )}
        {list.length > 0 && (
          <Table highlightOnHover verticalSpacing="sm" data-testid="script-list">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('demoScriptUi.list.columns.title')}</Table.Th>
                <Table.Th>{t('demoScriptUi.list.columns.customer')}</Table.Th>
                <Table.Th ta="right">{t('demoScriptUi.list.columns.total')}</Table.Th>
                <Table.Th ta="right">{t('demoScriptUi.list.columns.steps')}</Table.Th>
                <Table.Th>{t('demoScriptUi.list.columns.updatedAt')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {list.map((s) => (
                <Table.Tr
                  key={s.id}
                  onClick={() => onOpen(s.id)}
                  onKeyDown={(event) => {
                    if (event.key === 'Enter') onOpen(s.id);
                  }}
                  tabIndex={0}
                  style={{ cursor: 'pointer' }}
                  data-testid="script-row"
                  data-title={s.title}
                  data-customer={s.customerName}
                >
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
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
      </Paper>
      <NewScriptModal
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

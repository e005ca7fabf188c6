import { Alert, Badge, Center, Group, Loader, Paper, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatYuan } from '../../../../../shared/money';
import { useMethod } from '../../../api/queries';
import { formatDateTime } from '../../../components/format';
import { STATE_COLOR } from '../model/contract-model';

/** Every contract, most recently changed first: where it came from, its state, total and non-standard clauses. */
export function ContractList({ onOpen }: { onOpen(id: number): void }) {
  const { t, i18n } = useTranslation();
  const contracts = useMethod('contracts.list', {});
  const list = contracts.data ?? [];
  return (
    <Paper withBorder radius="md" style={{ overflow: 'hidden' }} data-testid="contract-list-panel">
      {contracts.error && <Alert color="red">{contracts.error.message}</Alert>}
      {!contracts.data && !contracts.error && (
        <Center h={160}>
          <Loader />
        </Center>
      )}
      {contracts.data && list.length === 0 && (
        <Text c="dimmed" ta="center" py={48} px="xl" data-testid="contract-list-empty">
          {t('contractUi.list.empty')}
        </Text>
      )}
      {list.length > 0 && (
        <Table highlightOnHover verticalSpacing="sm" data-testid="contract-list">
          <Table.Thead style={{ whiteSpace: 'nowrap' }}>
            <Table.Tr>
              <Table.Th>{t('contractUi.list.columns.number')}</Table.Th>
              <Table.Th>{t('contractUi.list.columns.title')}</Table.Th>
              <Table.Th>{t('contractUi.list.columns.customer')}</Table.Th>
              <Table.Th>{t('contractUi.list.columns.quote')}</Table.Th>
              <Table.Th>{t('contractUi.list.columns.state')}</Table.Th>
              <Table.Th ta="right">{t('contractUi.list.columns.total')}</Table.Th>
              <Table.Th ta="right">{t('contractUi.list.columns.nonStandard')}</Table.Th>
              <Table.Th>{t('contractUi.list.columns.updatedAt')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {list.map((c) => (
              <Table.Tr
                key={c.id}
                onClick={() => onOpen(c.id)}
                onKeyDown={(event) => {
                  if (event.key === 'Enter') onOpen(c.id);
                }}
                tabIndex={0}
                style={{ cursor: 'pointer' }}
                data-testid="contract-row"
                data-number={c.number}
              >
                <Table.Td fw={600} style={{ whiteSpace: 'nowrap' }}>
                  {c.number}
                </Table.Td>
                <Table.Td>
                  <Text size="sm">{c.title}</Text>
                  {c.templateName !== c.title && (
                    <Text size="xs" c="dimmed">
                      {c.templateName}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td>{c.customerName}</Table.Td>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>{c.quoteNumber}</Table.Td>
                <Table.Td>
                  <Group gap={4} wrap="nowrap">
                    <Badge
                      color={STATE_COLOR[c.state]}
                      variant="light"
                      style={{ flexShrink: 0 }}
                      data-testid="contract-row-state"
                    >
                      {t(`contracts.states.${c.state}`)}
                    </Badge>
                    <Text size="xs" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
                      {t('contractUi.revision', { n: c.revision })}
                    </Text>
                  </Group>
                </Table.Td>
                <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }} data-testid="contract-row-total">
                  {formatYuan(c.totalFen)}
                </Table.Td>
                <Table.Td ta="right" data-testid="contract-row-non-standard">
                  {c.nonStandard === 0 ? (
                    <Text span size="sm" c="dimmed">
                      {t('contractUi.list.allStandard')}
                    </Text>
                  ) : (
                    <Badge color="orange" variant="light">
                      {c.nonStandard}
                    </Badge>
                  )}
                </Table.Td>
                <Table.Td c="dimmed" fz="sm" style={{ whiteSpace: 'nowrap' }}>
                  {formatDateTime(c.updatedAt, i18n.language)}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Paper>
  );
}

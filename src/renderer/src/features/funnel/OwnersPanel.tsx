import { Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { FunnelReport } from '../../../../shared/api/funnel';
import { formatYuan } from '../../../../shared/money';
import { showDeals } from './show-deals';

/** Every rep's open deals (过程管理: every rep's every deal), by weighted amount; a row opens them. */
export function OwnersPanel({ report }: { report: FunnelReport }) {
  const { t } = useTranslation();
  const name = (owner: string) => (owner === '' ? t('funnel.noOwner') : owner);
  return (
    <Paper withBorder radius="md" p="md" data-testid="funnel-owners">
      <Stack gap="sm">
        <Title order={4}>{t('funnelUi.owners.title')}</Title>
        {report.owners.length === 0 ? (
          <Text c="dimmed" size="sm">
            {t('funnelUi.forecast.empty')}
          </Text>
        ) : (
          <Table highlightOnHover fz="sm">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('funnelUi.table.owner')}</Table.Th>
                <Table.Th ta="right">{t('funnelUi.table.count')}</Table.Th>
                <Table.Th ta="right">{t('funnelUi.table.amount')}</Table.Th>
                <Table.Th ta="right">{t('funnelUi.table.weighted')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody style={{ fontVariantNumeric: 'tabular-nums' }}>
              {report.owners.map((o) => (
                <Table.Tr
                  key={o.owner}
                  onClick={() => showDeals(o.ids, t('funnelUi.filter.owner', { owner: name(o.owner) }))}
                  style={{ cursor: 'pointer' }}
                  data-testid="funnel-owner-row"
                >
                  <Table.Td>{name(o.owner)}</Table.Td>
                  <Table.Td ta="right">{o.count}</Table.Td>
                  <Table.Td ta="right">{formatYuan(o.amountFen)}</Table.Td>
                  <Table.Td ta="right">{formatYuan(o.weightedFen)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
      </Stack>
    </Paper>
  );
}

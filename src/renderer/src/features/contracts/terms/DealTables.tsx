import { Button, Collapse, Group, Paper, ScrollArea, Stack, Table, Text, Title } from '@mantine/core';
import { IconChevronDown, IconChevronRight } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ContractDetail } from '../../../../../shared/api/contract-drafts';
import { formatPercentBp, formatYuan } from '../../../../../shared/money';

/**
 * 付款节点 and 产品及服务明细 as the quote had them when the contract was drafted: read-only here,
 * the contract's {{table.milestones}} and {{table.schedule}} print them.
 */
export function DealTables({ detail }: { detail: ContractDetail }) {
  const { t } = useTranslation();
  const deal = detail.deal;
  // The schedule can be long: it opens on request, the milestones are always in view.
  const [showLines, setShowLines] = useState(false);
  return (
    <Paper withBorder radius="md" p="md" bg="white" data-testid="deal-tables">
      <Stack gap="md">
        <Stack gap={2}>
          <Title order={5}>{t('contractUi.deal.title')}</Title>
          <Text size="xs" c="dimmed">
            {t('contractUi.deal.frozen', { quote: deal.quoteNumber })}
          </Text>
        </Stack>
        <Stack gap={4}>
          <Text size="sm" fw={600}>
            {t('contractUi.deal.milestones')}
          </Text>
          {deal.milestones.length === 0 ? (
            <Text size="sm" c="dimmed">
              {t('contractUi.deal.noMilestones')}
            </Text>
          ) : (
            <Table withTableBorder fz="sm" verticalSpacing={6} data-testid="deal-milestones">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('contractUi.deal.columns.label')}</Table.Th>
                  <Table.Th>{t('contractUi.deal.columns.trigger')}</Table.Th>
                  <Table.Th ta="right">{t('contractUi.deal.columns.percent')}</Table.Th>
                  <Table.Th ta="right">{t('contractUi.deal.columns.amount')}</Table.Th>
                  <Table.Th>{t('contractUi.deal.columns.capital')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {deal.milestones.map((m, index) => (
                  <Table.Tr key={index} data-testid="deal-milestone">
                    <Table.Td>{m.label}</Table.Td>
                    <Table.Td c="dimmed">{t(`contractUi.deal.triggers.${m.trigger}`)}</Table.Td>
                    <Table.Td ta="right">{formatPercentBp(m.percentBp)}</Table.Td>
                    <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
                      {formatYuan(m.amountFen)}
                    </Table.Td>
                    <Table.Td fz="xs">{m.capital}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          )}
        </Stack>
        <Stack gap={4}>
          <Group justify="space-between">
            <Text size="sm" fw={600}>
              {t('contractUi.deal.schedule')}
            </Text>
            <Button
              variant="subtle"
              size="compact-sm"
              leftSection={showLines ? <IconChevronDown size={14} /> : <IconChevronRight size={14} />}
              onClick={() => setShowLines((v) => !v)}
              data-testid="deal-schedule-toggle"
            >
              {showLines ? t('contractUi.deal.hideLines') : t('contractUi.deal.showLines', { n: deal.lines.length })}
            </Button>
          </Group>
          <Collapse expanded={showLines}>
            <ScrollArea type="auto">
              <Table withTableBorder fz="sm" verticalSpacing={6} data-testid="deal-schedule">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t('contractUi.deal.columns.no')}</Table.Th>
                    <Table.Th>{t('contractUi.deal.columns.name')}</Table.Th>
                    <Table.Th>{t('contractUi.deal.columns.unit')}</Table.Th>
                    <Table.Th ta="right">{t('contractUi.deal.columns.quantity')}</Table.Th>
                    <Table.Th ta="right">{t('contractUi.deal.columns.vat')}</Table.Th>
                    <Table.Th ta="right">{t('contractUi.deal.columns.gross')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {deal.lines.map((line) => (
                    <Table.Tr key={`${line.no}-${line.code}`} data-testid="deal-line">
                      <Table.Td c="dimmed">{line.no}</Table.Td>
                      <Table.Td>
                        <Text size="sm">
                          {line.name}
                          {line.code && (
                            <Text span size="xs" c="dimmed" ml={6}>
                              {line.code}
                            </Text>
                          )}
                        </Text>
                        {line.spec && (
                          <Text size="xs" c="dimmed" lineClamp={1}>
                            {line.spec}
                          </Text>
                        )}
                      </Table.Td>
                      <Table.Td>{line.unit}</Table.Td>
                      <Table.Td ta="right">{line.quantity}</Table.Td>
                      <Table.Td ta="right">{formatPercentBp(line.vatRateBp)}</Table.Td>
                      <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
                        {formatYuan(line.grossFen)}
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
                <Table.Tfoot>
                  <Table.Tr>
                    <Table.Th colSpan={5} ta="right">
                      {t('contractUi.deal.total')}
                    </Table.Th>
                    <Table.Th ta="right" style={{ whiteSpace: 'nowrap' }}>
                      {formatYuan(deal.totalFen)}
                    </Table.Th>
                  </Table.Tr>
                </Table.Tfoot>
              </Table>
            </ScrollArea>
          </Collapse>
        </Stack>
      </Stack>
    </Paper>
  );
}

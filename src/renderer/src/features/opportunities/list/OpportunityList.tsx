import {
  Alert,
  Badge,
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
import { IconPackageImport, IconPlus, IconSearch } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { OpportunitySummary } from '../../../../../shared/api/opportunities';
import { formatYuan } from '../../../../../shared/money';
import { useMethod } from '../../../api/queries';
import { ImportPackageModal } from '../../packages/ImportPackageModal';
import { NewOpportunityModal } from './NewOpportunityModal';
import { MonthField } from '../../../components/DateField';

const STATUSES = ['open', 'won', 'lost', 'abandoned', 'closed', 'archived', 'all'] as const;
const SORTS = ['updated', 'stage', 'amount', 'close', 'probability', 'name'] as const;
type Status = (typeof STATUSES)[number];
type Sort = (typeof SORTS)[number];

function StatusBadge({ row }: { row: OpportunitySummary }) {
  const { t } = useTranslation();
  if (row.archived)
    return (
      <Badge color="gray" variant="light">
        {t('opportunities.statuses.archived')}
      </Badge>
    );
  if (row.status === 'open') return null;
  const color = row.status === 'won' ? 'teal' : row.status === 'lost' ? 'red' : 'gray';
  return (
    <Badge color={color} variant="light">
      {t(`opportunities.statuses.${row.status}`)}
    </Badge>
  );
}

/** 商机列表: every deal with its stage, probability and what it still needs; filters, sort, search. */
export function OpportunityList({
  onOpen,
  only = null,
  onClearOnly,
}: {
  onOpen(id: number): void;
  /** Only these deals (from a funnel figure), whatever their status. */
  only?: { ids: number[]; label: string } | null;
  onClearOnly?(): void;
}) {
  const { t } = useTranslation();
  const [query, setQuery] = useState('');
  const [stage, setStage] = useState<number | null>(null);
  const [owner, setOwner] = useState('');
  const [closeMonth, setCloseMonth] = useState('');
  const [status, setStatus] = useState<Status>(only ? 'all' : 'open');
  const [sort, setSort] = useState<Sort>('updated');
  const [creating, setCreating] = useState(false);
  const [importing, setImporting] = useState(false);
  const list = useMethod('opportunities.list', {
    query: query.trim(),
    stage,
    owner,
    closeMonth,
    status,
    sort,
    customerId: null,
    ids: only?.ids ?? null,
  });
  const settings = useMethod('opportunities.settings', {});
  const stages = settings.data?.stages ?? [];
  const rows = list.data?.rows;
  const { i18n } = useTranslation();
  const locale = i18n.language === 'en' ? 'en' : 'zh-CN';

  return (
    <Stack gap="md" data-testid="opportunities-list-page">
      <Group justify="space-between" align="flex-end">
        <Stack gap={2}>
          <Title order={2}>{t('opportunityUi.title')}</Title>
          <Text size="sm" c="dimmed">
            {t('opportunityUi.intro')}
          </Text>
        </Stack>
        <Group gap="sm">
          <Button
            variant="default"
            leftSection={<IconPackageImport size={16} />}
            onClick={() => setImporting(true)}
            data-testid="opportunities-import-package"
          >
            {t('packages.ui.import')}
          </Button>
          <Button
            leftSection={<IconPlus size={16} />}
            onClick={() => setCreating(true)}
            data-testid="opportunities-new"
          >
            {t('opportunityUi.new')}
          </Button>
        </Group>
      </Group>
      {only && (
        <Alert
          color="indigo"
          variant="light"
          withCloseButton
          closeButtonLabel={t('funnelUi.filter.clear')}
          onClose={onClearOnly}
          data-testid="opportunities-only"
        >
          <Group justify="space-between">
            <Text size="sm">{t('funnelUi.filter.showing', { label: only.label, count: only.ids.length })}</Text>
            <Button size="xs" variant="subtle" onClick={onClearOnly} data-testid="opportunities-only-clear">
              {t('funnelUi.filter.clear')}
            </Button>
          </Group>
        </Alert>
      )}
      <Group gap="sm" align="flex-end" wrap="wrap">
        <TextInput
          placeholder={t('opportunityUi.search')}
          aria-label={t('opportunityUi.search')}
          leftSection={<IconSearch size={16} />}
          value={query}
          onChange={(event) => setQuery(event.currentTarget.value)}
          maxLength={100}
          style={{ flex: 1, minWidth: 220 }}
          data-testid="opportunities-search"
        />
        <Select
          label={t('opportunityUi.filters.stage')}
          data={[
            { value: '', label: t('opportunityUi.filters.anyStage') },
            ...stages.map((s) => ({ value: String(s.number), label: `${s.number} ${s.name[locale]}` })),
          ]}
          value={stage === null ? '' : String(stage)}
          onChange={(next) => setStage(next ? Number(next) : null)}
          w={210}
          allowDeselect={false}
          data-testid="opportunities-filter-stage"
        />
        <Select
          label={t('opportunityUi.filters.owner')}
          data={[
            { value: '', label: t('opportunityUi.filters.anyOwner') },
            ...(list.data?.owners ?? []).map((o) => ({ value: o, label: o })),
          ]}
          value={owner}
          onChange={(next) => setOwner(next ?? '')}
          w={140}
          allowDeselect={false}
          data-testid="opportunities-filter-owner"
        />
        <MonthField
          label={t('opportunityUi.filters.month')}
          value={closeMonth}
          onChange={(value) => setCloseMonth(value)}
          w={160}
          data-testid="opportunities-filter-month"
        />
        <Select
          label={t('opportunityUi.filters.status')}
          data={STATUSES.map((s) => ({ value: s, label: t(`opportunityUi.filters.statuses.${s}`) }))}
          value={status}
          onChange={(next) => setStatus((next as Status | null) ?? 'open')}
          w={110}
          allowDeselect={false}
          data-testid="opportunities-filter-status"
        />
        <Select
          label={t('opportunityUi.filters.sort')}
          data={SORTS.map((s) => ({ value: s, label: t(`opportunityUi.filters.sorts.${s}`) }))}
          value={sort}
          onChange={(next) => setSort((next as Sort | null) ?? 'updated')}
          w={190}
          allowDeselect={false}
          data-testid="opportunities-sort"
        />
      </Group>
      <Paper withBorder radius="md" style={{ overflow: 'hidden' }}>
        {list.error && <Alert color="red">{list.error.message}</Alert>}
        {!rows && !list.error && (
          <Center h={160}>
            <Loader />
          </Center>
        )}
        {rows && rows.length === 0 && (
          <Text c="dimmed" ta="center" py={48} data-testid="opportunities-list-empty">
            {query || stage !== null || owner || closeMonth ? t('opportunityUi.noMatch') : t('opportunityUi.empty')}
          </Text>
        )}
        {rows && rows.length > 0 && (
          <Table highlightOnHover verticalSpacing="sm" data-testid="opportunities-list">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('opportunityUi.columns.name')}</Table.Th>
                <Table.Th>{t('opportunityUi.columns.stage')}</Table.Th>
                <Table.Th ta="right">{t('opportunityUi.columns.probability')}</Table.Th>
                <Table.Th ta="right">{t('opportunityUi.columns.amount')}</Table.Th>
                <Table.Th>{t('opportunityUi.columns.close')}</Table.Th>
                <Table.Th>{t('opportunityUi.columns.event')}</Table.Th>
                <Table.Th>{t('opportunityUi.columns.nextStep')}</Table.Th>
                <Table.Th>{t('opportunityUi.columns.attention')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.map((row) => (
                <Table.Tr
                  key={row.id}
                  onClick={() => onOpen(row.id)}
                  onKeyDown={(event) => {
                    if (event.key === 'Enter') onOpen(row.id);
                  }}
                  tabIndex={0}
                  style={{ cursor: 'pointer' }}
                  data-testid="opportunities-row"
                  data-id={row.id}
                  data-stage={row.stage}
                >
                  <Table.Td>
                    <Group gap={6} wrap="nowrap">
                      <Text fw={500} size="sm">
                        {row.name}
                      </Text>
                      <StatusBadge row={row} />
                    </Group>
                    <Text size="xs" c="dimmed">
                      {row.customerName}
                      {row.owner && <span style={{ whiteSpace: 'nowrap' }}> · {row.owner}</span>}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm" style={{ whiteSpace: 'nowrap' }} data-testid="opportunities-row-stage">
                      {row.stage} {row.stageName}
                    </Text>
                  </Table.Td>
                  <Table.Td ta="right">
                    <Text size="sm" fw={600} data-testid="opportunities-row-probability">
                      {row.probability}%
                    </Text>
                  </Table.Td>
                  <Table.Td ta="right">
                    <Text size="sm" style={{ fontVariantNumeric: 'tabular-nums' }}>
                      {row.amountFen === null ? '—' : formatYuan(row.amountFen)}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm" style={{ whiteSpace: 'nowrap' }}>
                      {row.expectedClose || '—'}
                    </Text>
                  </Table.Td>
                  <Table.Td maw={220}>
                    <Text size="sm" lineClamp={2}>
                      {row.strongestEvent || '—'}
                    </Text>
                  </Table.Td>
                  <Table.Td maw={220}>
                    <Text size="sm" lineClamp={2}>
                      {row.nextStep || '—'}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <Stack gap={4}>
                      {row.status === 'open' && row.stage < 8 && (
                        <Badge
                          color={row.missingCount > 0 ? 'orange' : 'teal'}
                          variant="light"
                          data-testid="opportunities-row-missing"
                        >
                          {row.missingCount > 0
                            ? t('opportunityUi.missingCount', { count: row.missingCount })
                            : t('opportunityUi.mayMoveOn')}
                        </Badge>
                      )}
                      {row.status === 'open' &&
                        row.warnings.map((w) => (
                          <Text key={w} size="xs" c="orange.8">
                            {w}
                          </Text>
                        ))}
                    </Stack>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
      </Paper>
      <ImportPackageModal
        opened={importing}
        onClose={() => setImporting(false)}
        onImported={(id) => {
          setImporting(false);
          onOpen(id);
        }}
      />
      <NewOpportunityModal
        opened={creating}
        onClose={() => setCreating(false)}
        onCreated={(id) => {
          setCreating(false);
          onOpen(id);
        }}
      />
    </Stack>
  );
}

import {
  Alert,
  Badge,
  Button,
  Center,
  Group,
  Loader,
  Modal,
  ScrollArea,
  Select,
  Stack,
  Table,
  Tabs,
  Text,
} from '@mantine/core';
import { IconArrowRight, IconFileSpreadsheet } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PriceItem, PriceListVersion, VersionComparison } from '../../../../shared/api/prices';
import { formatYuan } from '../../../../shared/money';
import { request } from '../../api/client';
import { useMethod } from '../../api/queries';
import { downloadFile } from '../../components/download';
import { notifyError, notifySuccess } from '../../components/notify';
import { deltaColor, signedPercent, signedYuan } from './price-format';
import { VersionOption } from './VersionSelect';

type Tab = 'added' | 'removed' | 'changed';
const TABS: Tab[] = ['added', 'removed', 'changed'];

/** The version to compare against: the newest published one older than `to`, else any other. */
export function defaultFromVersion(versions: PriceListVersion[], toId: number | null): number | null {
  const index = versions.findIndex((v) => v.id === toId);
  const older = versions.slice(index + 1);
  const others = versions.filter((v) => v.id !== toId);
  return (older.find((v) => v.status === 'published') ?? older[0] ?? others[0])?.id ?? null;
}

function ItemsTable({ items, testId }: { items: PriceItem[]; testId: string }) {
  const { t } = useTranslation();
  return (
    <Table stickyHeader striped highlightOnHover data-testid={testId}>
      <Table.Thead>
        <Table.Tr>
          <Table.Th w={130}>{t('prices.columns.code')}</Table.Th>
          <Table.Th>{t('prices.columns.name')}</Table.Th>
          <Table.Th>{t('prices.columns.spec')}</Table.Th>
          <Table.Th w={110}>{t('prices.columns.type')}</Table.Th>
          <Table.Th w={140} ta="right">
            {t('prices.compareView.price')}
          </Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {items.map((item) => (
          <Table.Tr key={item.id} data-code={item.code}>
            <Table.Td ff="monospace" fz="xs">
              {item.code}
            </Table.Td>
            <Table.Td>{item.name}</Table.Td>
            <Table.Td
              c="dimmed"
              fz="xs"
              maw={320}
              style={{ overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' }}
            >
              {item.spec}
            </Table.Td>
            <Table.Td>{t(`prices.types.${item.type}`)}</Table.Td>
            <Table.Td ta="right" style={{ fontVariantNumeric: 'tabular-nums' }}>
              {formatYuan(item.priceFen)}
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

function ChangesTable({ changes }: { changes: VersionComparison['changed'] }) {
  const { t } = useTranslation();
  const num = { fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' } as const;
  return (
    <Table stickyHeader striped highlightOnHover data-testid="compare-changed">
      <Table.Thead>
        <Table.Tr>
          <Table.Th w={130}>{t('prices.columns.code')}</Table.Th>
          <Table.Th>{t('prices.columns.name')}</Table.Th>
          <Table.Th ta="right">{t('prices.compareView.priceChange')}</Table.Th>
          <Table.Th ta="right">{t('prices.compare.delta')}</Table.Th>
          <Table.Th ta="right">{t('prices.compare.percent')}</Table.Th>
          <Table.Th>{t('prices.compare.fields')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {changes.map((change) => {
          const priceChanged = change.priceDeltaFen !== 0;
          return (
            <Table.Tr key={change.code} data-code={change.code}>
              <Table.Td ff="monospace" fz="xs">
                {change.code}
              </Table.Td>
              <Table.Td>{change.name}</Table.Td>
              <Table.Td ta="right" style={num} data-testid="compare-price">
                {priceChanged ? (
                  <>
                    <Text span inherit c="dimmed" td="line-through">
                      {formatYuan(change.before.priceFen)}
                    </Text>
                    {' → '}
                    <Text span inherit fw={600}>
                      {formatYuan(change.after.priceFen)}
                    </Text>
                  </>
                ) : (
                  formatYuan(change.after.priceFen)
                )}
              </Table.Td>
              <Table.Td ta="right" style={num} c={deltaColor(change.priceDeltaFen)} data-testid="compare-delta">
                {priceChanged ? signedYuan(change.priceDeltaFen) : '—'}
              </Table.Td>
              <Table.Td ta="right" style={num} c={deltaColor(change.priceDeltaFen)} data-testid="compare-percent">
                {priceChanged ? signedPercent(change.priceDeltaPercent) : '—'}
              </Table.Td>
              <Table.Td data-testid="compare-fields">
                {change.fields.map((field) => t(`prices.columns.${field}`)).join(t('prices.compareView.separator'))}
              </Table.Td>
            </Table.Tr>
          );
        })}
      </Table.Tbody>
    </Table>
  );
}

function Comparison({ fromId, toId }: { fromId: number; toId: number }) {
  const { t } = useTranslation();
  const comparison = useMethod('prices.compare', { fromVersionId: fromId, toVersionId: toId });
  const [tab, setTab] = useState<Tab | null>(null);
  if (comparison.error) return <Alert color="red">{comparison.error.message}</Alert>;
  const data = comparison.data;
  if (!data)
    return (
      <Center h={200}>
        <Loader />
      </Center>
    );
  const counts: Record<Tab, number> = {
    added: data.added.length,
    removed: data.removed.length,
    changed: data.changed.length,
  };
  const active = tab ?? TABS.find((candidate) => counts[candidate] > 0) ?? 'changed';
  return (
    <Stack gap="sm">
      <Text size="sm" c="dimmed" data-testid="compare-summary">
        {t('prices.compareView.summary', counts)}
      </Text>
      <Tabs value={active} onChange={(value) => setTab(TABS.find((candidate) => candidate === value) ?? null)}>
        <Tabs.List>
          {TABS.map((name) => (
            <Tabs.Tab
              key={name}
              value={name}
              data-testid={`compare-tab-${name}`}
              rightSection={
                <Badge
                  size="sm"
                  variant="light"
                  color={counts[name] > 0 ? 'indigo' : 'gray'}
                  circle={counts[name] < 10}
                >
                  {counts[name]}
                </Badge>
              }
            >
              {t(`prices.compare.${name}`)}
            </Tabs.Tab>
          ))}
        </Tabs.List>
        {TABS.map((name) => (
          <Tabs.Panel key={name} value={name} pt="sm">
            {counts[name] === 0 ? (
              <Text c="dimmed" size="sm" py="lg" ta="center">
                {t('prices.compareView.emptyTab')}
              </Text>
            ) : (
              <ScrollArea.Autosize mah="55vh" type="auto">
                {name === 'changed' ? (
                  <ChangesTable changes={data.changed} />
                ) : (
                  <ItemsTable items={name === 'added' ? data.added : data.removed} testId={`compare-${name}`} />
                )}
              </ScrollArea.Autosize>
            )}
          </Tabs.Panel>
        ))}
      </Tabs>
    </Stack>
  );
}

interface CompareModalProps {
  opened: boolean;
  versions: PriceListVersion[];
  /** The version on screen: compared "to" by default. */
  selectedId: number | null;
  onClose(): void;
}

function CompareBody({ versions, selectedId }: Pick<CompareModalProps, 'versions' | 'selectedId'>) {
  const { t } = useTranslation();
  const [toId, setToId] = useState<number | null>(selectedId);
  const [fromId, setFromId] = useState<number | null>(() => defaultFromVersion(versions, selectedId));
  const [exporting, setExporting] = useState(false);
  const data = versions.map((version) => ({ value: version.id, label: version.label }));
  const renderOption = ({ option }: { option: { value: number } }) => {
    const version = versions.find((v) => v.id === option.value);
    return version ? <VersionOption version={version} /> : null;
  };
  const ready = fromId !== null && toId !== null && fromId !== toId;

  const exportComparison = async () => {
    if (!ready) return;
    setExporting(true);
    try {
      const file = await request('prices.exportComparison', { fromVersionId: fromId, toVersionId: toId });
      downloadFile(file);
      notifySuccess(t('prices.notices.exported', { file: file.fileName }));
    } catch (error) {
      notifyError(t('common.error'), error);
    } finally {
      setExporting(false);
    }
  };

  return (
    <Stack gap="md">
      <Group align="flex-end" justify="space-between">
        <Group align="flex-end" gap="sm">
          <Select<number>
            label={t('prices.compareView.from')}
            data={data}
            value={fromId}
            onChange={setFromId}
            allowDeselect={false}
            renderOption={renderOption}
            w={240}
            comboboxProps={{ width: 340, position: 'bottom-start' }}
            data-testid="compare-from"
          />
          <IconArrowRight size={20} style={{ marginBottom: 8 }} color="var(--mantine-color-gray-6)" />
          <Select<number>
            label={t('prices.compareView.to')}
            data={data}
            value={toId}
            onChange={setToId}
            allowDeselect={false}
            renderOption={renderOption}
            w={240}
            comboboxProps={{ width: 340, position: 'bottom-start' }}
            data-testid="compare-to"
          />
        </Group>
        <Button
          variant="light"
          leftSection={<IconFileSpreadsheet size={18} />}
          disabled={!ready}
          loading={exporting}
          onClick={() => void exportComparison()}
          data-testid="compare-export"
        >
          {t('prices.compareView.export')}
        </Button>
      </Group>
      {ready ? (
        <Comparison key={`${fromId}-${toId}`} fromId={fromId} toId={toId} />
      ) : (
        <Text c="dimmed" size="sm">
          {t('prices.compareView.same')}
        </Text>
      )}
    </Stack>
  );
}

/** Two versions side by side: what was added, removed and changed, with price changes in ¥ and %. */
export function CompareModal({ opened, versions, selectedId, onClose }: CompareModalProps) {
  const { t } = useTranslation();
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={t('prices.compareView.title')}
      size="min(1100px, calc(100vw - 48px))"
      centered
      styles={{ title: { fontWeight: 600, fontSize: 'var(--mantine-font-size-lg)' } }}
      data-testid="compare-modal"
    >
      {opened && <CompareBody versions={versions} selectedId={selectedId} />}
    </Modal>
  );
}

import { Alert, Badge, Center, Group, Loader, Modal, ScrollArea, Stack, Table, Text, Title } from '@mantine/core';
import { IconArrowRight } from '@tabler/icons-react';
import type { TFunction } from 'i18next';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import type { RevisionDiffSchema } from '../../../../../shared/api/quotes';
import { formatPercentBp, formatYuan } from '../../../../../shared/money';
import type { QuoteDiscount } from '../../../../../shared/quotes/pricing';
import { useMethod } from '../../../api/queries';
import { deltaColor, signedYuan } from '../../prices/price-format';
import { discountText } from '../model/quote-format';

type Diff = z.infer<typeof RevisionDiffSchema>;
type DiffLine = Diff['added'][number];

function discountLabel(discount: QuoteDiscount, t: TFunction, language: string): string {
  switch (discount.kind) {
    case 'none':
      return t('quoteUi.totals.discountKinds.none');
    case 'percent':
      return `${t('quoteUi.totals.discountKinds.percent')} ${discountText(discount.bp, language) || '0%'}`;
    case 'targetTotal':
      return `${t('quoteUi.totals.discountKinds.targetTotal')} ${formatYuan(discount.totalFen)}`;
  }
}

function Change({ before, after }: { before: ReactNode; after: ReactNode }) {
  return (
    <Group gap={4} wrap="nowrap" style={{ whiteSpace: 'nowrap' }}>
      <Text span size="sm" c="dimmed" td="line-through">
        {before}
      </Text>
      <IconArrowRight size={12} />
      <Text span size="sm" fw={600}>
        {after}
      </Text>
    </Group>
  );
}

function LinesTable({ lines, testId }: { lines: DiffLine[]; testId: string }) {
  const { t, i18n } = useTranslation();
  return (
    <Table fz="sm" striped data-testid={testId}>
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t('quoteUi.grid.columns.code')}</Table.Th>
          <Table.Th>{t('quoteUi.grid.columns.name')}</Table.Th>
          <Table.Th ta="right">{t('quoteUi.grid.columns.quantity')}</Table.Th>
          <Table.Th ta="right">{t('quoteUi.grid.columns.discount')}</Table.Th>
          <Table.Th ta="right">{t('quoteUi.grid.columns.amount')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {lines.map((line) => (
          <Table.Tr key={line.id} data-code={line.code}>
            <Table.Td ff="monospace" fz="xs">
              {line.code}
            </Table.Td>
            <Table.Td>
              {line.name}
              {line.optional && (
                <Badge size="xs" ml={6} variant="light" color="gray">
                  {t('quoteUi.grid.optional')}
                </Badge>
              )}
            </Table.Td>
            <Table.Td ta="right">{line.quantity}</Table.Td>
            <Table.Td ta="right">{discountText(line.discountBp, i18n.language) || '—'}</Table.Td>
            <Table.Td ta="right" style={{ fontVariantNumeric: 'tabular-nums' }}>
              {formatYuan(line.finalAmountFen)}
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

function DiffBody({ diff }: { diff: Diff }) {
  const { t, i18n } = useTranslation();
  const field = (name: string) => t(`quoteUi.diff.fields.${name}`);
  const totals: { key: keyof Diff['totals']; label: string }[] = [
    { key: 'listTotal', label: t('quoteUi.totals.listTotal') },
    { key: 'discountTotal', label: t('quoteUi.diff.discountTotal') },
    { key: 'totalNet', label: t('quoteUi.totals.net') },
    { key: 'totalTax', label: t('quoteUi.totals.tax') },
    { key: 'total', label: t('quoteUi.totals.total') },
  ];
  return (
    <Stack gap="md">
      <Group gap="xs" data-testid="diff-summary">
        <Badge color="green" variant="light">
          {t('quoteUi.diff.addedCount', { n: diff.added.length })}
        </Badge>
        <Badge color="red" variant="light">
          {t('quoteUi.diff.removedCount', { n: diff.removed.length })}
        </Badge>
        <Badge color="blue" variant="light">
          {t('quoteUi.diff.changedCount', { n: diff.changed.length })}
        </Badge>
        {diff.termsChanged && (
          <Badge color="gray" variant="light">
            {t('quoteUi.diff.termsChanged')}
          </Badge>
        )}
      </Group>
      {diff.unchanged && <Alert color="gray">{t('quoteUi.diff.unchanged')}</Alert>}

      {diff.changed.length > 0 && (
        <Stack gap={4}>
          <Title order={6}>{t('quoteUi.diff.changed')}</Title>
          <Table fz="sm" striped data-testid="diff-changed">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('quoteUi.grid.columns.code')}</Table.Th>
                <Table.Th>{t('quoteUi.grid.columns.name')}</Table.Th>
                <Table.Th>{t('quoteUi.diff.what')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {diff.changed.map(({ before, after, fields }) => (
                <Table.Tr key={after.id} data-code={after.code}>
                  <Table.Td ff="monospace" fz="xs">
                    {after.code}
                  </Table.Td>
                  <Table.Td>{after.name}</Table.Td>
                  <Table.Td>
                    <Stack gap={2}>
                      {fields.includes('quantity') && (
                        <Group gap={6} wrap="nowrap">
                          <Text size="xs" c="dimmed" w={64}>
                            {field('quantity')}
                          </Text>
                          <Change before={before.quantity} after={after.quantity} />
                        </Group>
                      )}
                      {fields.includes('unitPrice') && (
                        <Group gap={6} wrap="nowrap">
                          <Text size="xs" c="dimmed" w={64}>
                            {field('unitPrice')}
                          </Text>
                          <Change before={formatYuan(before.unitPriceFen)} after={formatYuan(after.unitPriceFen)} />
                        </Group>
                      )}
                      {fields.includes('override') && (
                        <Group gap={6} wrap="nowrap">
                          <Text size="xs" c="dimmed" w={64}>
                            {field('override')}
                          </Text>
                          <Change
                            before={
                              before.unitPriceOverrideFen === null ? '—' : formatYuan(before.unitPriceOverrideFen)
                            }
                            after={after.unitPriceOverrideFen === null ? '—' : formatYuan(after.unitPriceOverrideFen)}
                          />
                        </Group>
                      )}
                      {fields.includes('discount') && (
                        <Group gap={6} wrap="nowrap">
                          <Text size="xs" c="dimmed" w={64}>
                            {field('discount')}
                          </Text>
                          <Change
                            before={discountText(before.discountBp, i18n.language) || '0%'}
                            after={discountText(after.discountBp, i18n.language) || '0%'}
                          />
                        </Group>
                      )}
                      {fields.includes('optional') && (
                        <Group gap={6} wrap="nowrap">
                          <Text size="xs" c="dimmed" w={64}>
                            {field('optional')}
                          </Text>
                          <Change
                            before={before.optional ? t('common.yes') : t('common.no')}
                            after={after.optional ? t('common.yes') : t('common.no')}
                          />
                        </Group>
                      )}
                      {fields.includes('amount') && (
                        <Group gap={6} wrap="nowrap">
                          <Text size="xs" c="dimmed" w={64}>
                            {field('amount')}
                          </Text>
                          <Change before={formatYuan(before.finalAmountFen)} after={formatYuan(after.finalAmountFen)} />
                        </Group>
                      )}
                    </Stack>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Stack>
      )}
      {diff.added.length > 0 && (
        <Stack gap={4}>
          <Title order={6}>{t('quoteUi.diff.added')}</Title>
          <LinesTable lines={diff.added} testId="diff-added" />
        </Stack>
      )}
      {diff.removed.length > 0 && (
        <Stack gap={4}>
          <Title order={6}>{t('quoteUi.diff.removed')}</Title>
          <LinesTable lines={diff.removed} testId="diff-removed" />
        </Stack>
      )}

      {(diff.discount || diff.validUntil || diff.vatMode) && (
        <Stack gap={4}>
          <Title order={6}>{t('quoteUi.diff.terms')}</Title>
          {diff.discount && (
            <Group gap="sm">
              <Text size="sm" c="dimmed" w={110}>
                {t('quoteUi.totals.wholeDiscount')}
              </Text>
              <Change
                before={discountLabel(diff.discount.before, t, i18n.language)}
                after={discountLabel(diff.discount.after, t, i18n.language)}
              />
            </Group>
          )}
          {diff.validUntil && (
            <Group gap="sm">
              <Text size="sm" c="dimmed" w={110}>
                {t('quoteUi.header.validUntil')}
              </Text>
              <Change before={diff.validUntil.before} after={diff.validUntil.after} />
            </Group>
          )}
          {diff.vatMode && (
            <Group gap="sm">
              <Text size="sm" c="dimmed" w={110}>
                {t('quoteUi.header.vatMode')}
              </Text>
              <Change
                before={t(`quoteUi.vatModes.${diff.vatMode.before}`)}
                after={t(`quoteUi.vatModes.${diff.vatMode.after}`)}
              />
            </Group>
          )}
        </Stack>
      )}

      <Stack gap={4}>
        <Title order={6}>{t('quoteUi.diff.totals')}</Title>
        <Table fz="sm" data-testid="diff-totals">
          <Table.Thead>
            <Table.Tr>
              <Table.Th />
              <Table.Th ta="right">{diff.from.revision}</Table.Th>
              <Table.Th ta="right">{diff.to.revision}</Table.Th>
              <Table.Th ta="right">{t('quoteUi.diff.delta')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody style={{ fontVariantNumeric: 'tabular-nums' }}>
            {totals.map(({ key, label }) => {
              const pair = diff.totals[key];
              const delta = pair.after - pair.before;
              return (
                <Table.Tr key={key} data-total={key}>
                  <Table.Td>{label}</Table.Td>
                  <Table.Td ta="right">{formatYuan(pair.before)}</Table.Td>
                  <Table.Td ta="right">{formatYuan(pair.after)}</Table.Td>
                  <Table.Td ta="right" c={deltaColor(delta)}>
                    {delta === 0 ? '—' : signedYuan(delta)}
                  </Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      </Stack>

      {diff.milestones.length > 0 && (
        <Stack gap={4}>
          <Title order={6}>{t('quoteUi.milestones.title')}</Title>
          <Table fz="sm" data-testid="diff-milestones">
            <Table.Tbody style={{ fontVariantNumeric: 'tabular-nums' }}>
              {diff.milestones.map((m, index) => (
                <Table.Tr key={index}>
                  <Table.Td>{m.label}</Table.Td>
                  <Table.Td>
                    <Change
                      before={
                        m.beforePercentBp === null
                          ? '—'
                          : `${formatPercentBp(m.beforePercentBp)} ${formatYuan(m.beforeAmountFen ?? 0)}`
                      }
                      after={
                        m.afterPercentBp === null
                          ? '—'
                          : `${formatPercentBp(m.afterPercentBp)} ${formatYuan(m.afterAmountFen ?? 0)}`
                      }
                    />
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Stack>
      )}
    </Stack>
  );
}

function DiffLoader({ fromRevisionId, toRevisionId }: { fromRevisionId: number; toRevisionId: number }) {
  const diff = useMethod('quotes.diff', { fromRevisionId, toRevisionId });
  if (diff.error) return <Alert color="red">{diff.error.message}</Alert>;
  if (!diff.data) {
    return (
      <Center h={160}>
        <Loader />
      </Center>
    );
  }
  return <DiffBody diff={diff.data} />;
}

interface RevisionDiffModalProps {
  opened: boolean;
  from: { revisionId: number; revision: string } | null;
  to: { revisionId: number; revision: string };
  number: string;
  onClose(): void;
}

/** 与上一版比较: lines added, removed and changed (before → after), discount, totals, milestones. */
export function RevisionDiffModal({ opened, from, to, number, onClose }: RevisionDiffModalProps) {
  const { t } = useTranslation();
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      size="min(1000px, calc(100vw - 48px))"
      title={
        from ? t('quoteUi.diff.title', { from: `${number}-${from.revision}`, to: `${number}-${to.revision}` }) : ''
      }
      scrollAreaComponent={ScrollArea.Autosize}
      data-testid="diff-modal"
    >
      {opened && from && <DiffLoader fromRevisionId={from.revisionId} toRevisionId={to.revisionId} />}
    </Modal>
  );
}

import { Badge, Button, Card, Group, SimpleGrid, Stack, Table, Text, Title, Tooltip } from '@mantine/core';
import { IconArchive, IconArrowLeft, IconArrowRight, IconFlag, IconRefresh, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { OpportunityDetail } from '../../../../../shared/api/opportunities';
import { formatYuan } from '../../../../../shared/money';
import { ConfirmButton } from '../../../components/ConfirmButton';
import { SaveIndicator } from '../../../components/SaveIndicator';
import { ExportPackageButton } from '../../packages/ExportPackageButton';
import { StagePath } from './StagePath';
import type { OpportunityDraft } from './use-opportunity-draft';

interface HeaderProps {
  detail: OpportunityDetail;
  draft: OpportunityDraft;
  onBack(): void;
  onMove(stage: number): void;
  onClose(): void;
  onReopen(): void;
  onArchive(archived: boolean): void;
  onDelete(): void;
}

/** Where the deal stands: stage path, probability with its factors, the strongest event, next step, the gate. */
export function OpportunityHeader({
  detail,
  draft,
  onBack,
  onMove,
  onClose,
  onReopen,
  onArchive,
  onDelete,
}: HeaderProps) {
  const { t } = useTranslation();
  const open = detail.status === 'open';
  const record = draft.content;
  const next = detail.stages.find((s) => s.number === detail.stage + 1);
  const statusColor = detail.status === 'won' ? 'teal' : detail.status === 'open' ? 'indigo' : 'red';
  return (
    <Stack gap="md" data-testid="opportunity-header">
      <Group justify="space-between" align="flex-start" wrap="nowrap">
        <Stack gap={4}>
          <Button
            variant="subtle"
            size="compact-sm"
            leftSection={<IconArrowLeft size={14} />}
            onClick={onBack}
            w="fit-content"
            px={4}
            data-testid="opportunity-back"
          >
            {t('opportunityUi.page.back')}
          </Button>
          <Group gap="sm">
            <Title order={2} data-testid="opportunity-name">
              {record.name}
            </Title>
            <Badge color={statusColor} variant="light" data-testid="opportunity-status">
              {t(`opportunities.statuses.${detail.status}`)}
            </Badge>
            {detail.archived && <Badge color="gray">{t('opportunityUi.page.archived')}</Badge>}
            {detail.isDemo && (
              <Badge color="orange" variant="light">
                {t('demo.badge')}
              </Badge>
            )}
          </Group>
          <Text size="sm" c="dimmed" data-testid="opportunity-customer">
            {detail.customer.name}
            {record.owner ? ` · ${record.owner}` : ''}
            {record.amountFen !== null ? ` · ${formatYuan(record.amountFen)}` : ''}
            {record.expectedClose ? ` · ${t('opportunityUi.columns.close')} ${record.expectedClose}` : ''}
          </Text>
          {detail.closing && (
            <Text size="sm" data-testid="opportunity-closing">
              {t('opportunityUi.closeDialog.closedAs', {
                outcome: t(`opportunityUi.closeDialog.outcomes.${detail.closing.outcome}`),
                category: t(`opportunities.categories.${detail.closing.category}`),
                reason: detail.closing.reason,
              })}
            </Text>
          )}
        </Stack>
        <Stack gap="xs" align="flex-end">
          <SaveIndicator
            status={draft.status}
            error={draft.error}
            textKey="opportunityUi.save"
            heldText={draft.held}
            saveWhenHeld
            statusTestId="opportunity-save-status"
            saveNowTestId="opportunity-save-now"
            onSave={() => void draft.flush()}
          />
          <Group gap="xs">
            {open ? (
              <Button
                size="xs"
                variant="light"
                color="red"
                leftSection={<IconFlag size={14} />}
                onClick={onClose}
                data-testid="opportunity-close"
              >
                {t('opportunityUi.actions.close')}
              </Button>
            ) : (
              <Button
                size="xs"
                variant="light"
                leftSection={<IconRefresh size={14} />}
                onClick={onReopen}
                data-testid="opportunity-reopen"
              >
                {t('opportunityUi.actions.reopen')}
              </Button>
            )}
            <ExportPackageButton id={detail.id} exportedBy={record.owner} />
            <Button
              size="xs"
              variant="default"
              leftSection={<IconArchive size={14} />}
              onClick={() => onArchive(!detail.archived)}
              data-testid="opportunity-archive"
            >
              {detail.archived ? t('opportunityUi.actions.unarchive') : t('opportunityUi.actions.archive')}
            </Button>
            <Tooltip label={t('opportunityUi.actions.notDeletable')} disabled={detail.deletable} multiline maw={280}>
              <span>
                <ConfirmButton
                  size="xs"
                  variant="default"
                  color="red"
                  disabled={!detail.deletable}
                  leftSection={<IconTrash size={14} />}
                  title={t('opportunityUi.actions.deleteTitle')}
                  message={t('opportunityUi.actions.deleteMessage', { name: record.name })}
                  onConfirm={onDelete}
                  data-testid="opportunity-delete"
                >
                  {t('opportunityUi.actions.delete')}
                </ConfirmButton>
              </span>
            </Tooltip>
          </Group>
        </Stack>
      </Group>

      <StagePath detail={detail} onMove={onMove} />

      <SimpleGrid cols={{ base: 1, md: 3 }} spacing="md">
        <Card withBorder radius="md" padding="sm" data-testid="opportunity-probability">
          <Group justify="space-between" align="baseline">
            <Text size="sm" fw={600}>
              {t('opportunityUi.page.probability')}
            </Text>
            <Text fz={28} fw={700} c="indigo" data-testid="opportunity-probability-percent">
              {detail.probability.percent}%
            </Text>
          </Group>
          <Table withRowBorders={false} verticalSpacing={1} fz="xs" data-testid="opportunity-probability-factors">
            <Table.Tbody>
              {detail.probability.factors.map((f) => (
                <Table.Tr key={f.key}>
                  <Table.Td
                    c={f.points < 0 ? 'red.7' : undefined}
                    ta="right"
                    w={44}
                    style={{ fontVariantNumeric: 'tabular-nums' }}
                  >
                    {f.points > 0 && f.key !== 'stage' ? '+' : ''}
                    {f.points}
                  </Table.Td>
                  <Table.Td>{f.label}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Card>
        <Card withBorder radius="md" padding="sm">
          <Stack gap={6}>
            <Text size="sm" fw={600}>
              {t('opportunityUi.page.strongestEvent')}
            </Text>
            {detail.strongestEvent ? (
              <Group gap="xs" wrap="nowrap" align="flex-start" data-testid="opportunity-strongest-event">
                <Badge
                  color={detail.strongestEvent.strength === 'strong' ? 'red' : 'orange'}
                  variant="light"
                  style={{ flexShrink: 0 }}
                >
                  {t(`opportunities.strengths.${detail.strongestEvent.strength}`)}
                </Badge>
                <Text size="sm">{detail.strongestEvent.label}</Text>
              </Group>
            ) : (
              <Text size="sm" c="dimmed" data-testid="opportunity-strongest-event">
                {t('opportunityUi.page.noEvent')}
              </Text>
            )}
            <Text size="sm" fw={600} mt={4}>
              {t('opportunityUi.page.nextStep')}
            </Text>
            <Text size="sm" c={record.nextStep ? undefined : 'dimmed'} data-testid="opportunity-next-step">
              {record.nextStep || t('opportunityUi.page.noNextStep')}
              {record.nextStepDue ? `（${t('opportunityUi.page.due', { date: record.nextStepDue })}）` : ''}
            </Text>
            {detail.peopleWarnings.map((w) => (
              <Text key={w.key} size="xs" c="orange.8" data-testid="opportunity-warning">
                {w.message}
              </Text>
            ))}
          </Stack>
        </Card>
        <Card withBorder radius="md" padding="sm" data-testid="opportunity-next-gate">
          <Stack gap={6}>
            {next && open ? (
              <>
                <Text size="sm" fw={600}>
                  {next.number} {next.name}
                </Text>
                <Text size="xs" c="dimmed">
                  {t('opportunityUi.page.milestone')}
                  {t('common.colon')}
                  {next.milestone}
                </Text>
                {detail.nextGate?.met ? (
                  <Badge color="teal" variant="light">
                    {t('opportunityUi.mayMoveOn')}
                  </Badge>
                ) : (
                  <Stack gap={2}>
                    {detail.nextGate?.missing.map((m, i) => (
                      <Text key={`${m.key}-${i}`} size="xs" c="orange.8">
                        · {m.message}
                      </Text>
                    ))}
                  </Stack>
                )}
                <Button
                  size="xs"
                  mt={4}
                  rightSection={<IconArrowRight size={14} />}
                  onClick={() => onMove(next.number)}
                  data-testid="opportunity-advance"
                >
                  {t('opportunityUi.actions.advance', { name: next.name })}
                </Button>
              </>
            ) : (
              <Text size="sm" c="dimmed">
                {detail.stages.find((s) => s.number === detail.stage)?.success}
              </Text>
            )}
          </Stack>
        </Card>
      </SimpleGrid>
    </Stack>
  );
}

import { ActionIcon, Badge, Button, Group, Menu, Paper, Stack, Text, Title, Tooltip } from '@mantine/core';
import {
  IconArrowBackUp,
  IconArrowLeft,
  IconDots,
  IconFileExport,
  IconLockOpen,
  IconSend,
  IconShieldCheck,
  IconSignature,
  IconTrash,
} from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ContractAction } from '../../../../../shared/contract-drafts/types';
import type { ContractDetail } from '../../../../../shared/api/contract-drafts';
import { formatYuan } from '../../../../../shared/money';
import { STATE_COLOR } from '../model/contract-model';
import classes from './editor.module.css';

const ACTION_ICON: Record<ContractAction, typeof IconSend> = {
  submit: IconSend,
  approve: IconShieldCheck,
  return: IconArrowBackUp,
  sign: IconSignature,
  reopen: IconLockOpen,
};

/** The way forward is a filled button; stepping back (退回, 重新打开) is outlined. */
const BACKWARDS: readonly ContractAction[] = ['return', 'reopen'];

export function ContractStateBadge({
  state,
  size = 'md',
}: {
  state: ContractDetail['state'];
  size?: 'sm' | 'md' | 'lg';
}) {
  const { t } = useTranslation();
  return (
    <Badge color={STATE_COLOR[state]} variant="light" size={size} data-testid="contract-state" data-state={state}>
      {t(`contracts.states.${state}`)}
    </Badge>
  );
}

function Fact({ label, children, testId }: { label: string; children: ReactNode; testId?: string }) {
  const { t } = useTranslation();
  return (
    <Group gap={4} wrap="nowrap" style={{ minWidth: 0 }}>
      <Text size="sm" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
        {label}
        {t('common.colon')}
      </Text>
      <Text size="sm" lineClamp={1} data-testid={testId}>
        {children}
      </Text>
    </Group>
  );
}

interface EditorHeaderProps {
  detail: ContractDetail;
  saveIndicator: ReactNode;
  deletable: boolean;
  onBack(): void;
  onAction(action: ContractAction): void;
  onExport(): void;
  onDelete(): void;
}

/** Number, 第 N 版, state, where it came from (template, quote, customer), the total and 大写, and what can be done now. */
export function EditorHeader({
  detail,
  saveIndicator,
  deletable,
  onBack,
  onAction,
  onExport,
  onDelete,
}: EditorHeaderProps) {
  const { t } = useTranslation();
  return (
    <Paper withBorder radius="md" px="md" py="sm" bg="white" data-testid="contract-header">
      <Stack gap="xs">
        <Group justify="space-between" wrap="nowrap" gap="sm">
          <Group gap="sm" wrap="nowrap" style={{ minWidth: 0 }}>
            <Tooltip label={t('contractUi.editor.back')}>
              <ActionIcon
                variant="default"
                size="lg"
                onClick={onBack}
                aria-label={t('contractUi.editor.back')}
                data-testid="contract-back"
              >
                <IconArrowLeft size={18} />
              </ActionIcon>
            </Tooltip>
            <Title order={3} style={{ whiteSpace: 'nowrap' }} data-testid="contract-number">
              {detail.number}
            </Title>
            <Badge variant="outline" color="gray" size="lg" tt="none" data-testid="contract-revision">
              {t('contractUi.revision', { n: detail.revision })}
            </Badge>
            <ContractStateBadge state={detail.state} size="lg" />
            {saveIndicator}
          </Group>
          <Group gap="xs" wrap="nowrap">
            <Button
              variant="default"
              leftSection={<IconFileExport size={16} />}
              onClick={onExport}
              data-testid="contract-export-open"
            >
              {t('contractUi.export.open')}
            </Button>
            {detail.allowedActions.map((action) => {
              const Icon = ACTION_ICON[action];
              return (
                <Button
                  key={action}
                  variant={BACKWARDS.includes(action) ? 'default' : 'filled'}
                  color={action === 'approve' ? 'teal' : action === 'sign' ? 'green' : undefined}
                  leftSection={<Icon size={16} />}
                  onClick={() => onAction(action)}
                  data-testid={`contract-action-${action}`}
                >
                  {t(`contracts.actions.${action}`)}
                </Button>
              );
            })}
            {deletable && (
              <Menu position="bottom-end" withinPortal shadow="md">
                <Menu.Target>
                  <ActionIcon variant="default" size="lg" aria-label={t('contractUi.editor.more')}>
                    <IconDots size={18} />
                  </ActionIcon>
                </Menu.Target>
                <Menu.Dropdown>
                  <Menu.Item
                    color="red"
                    leftSection={<IconTrash size={14} />}
                    onClick={onDelete}
                    data-testid="contract-delete"
                  >
                    {t('contractUi.editor.delete')}
                  </Menu.Item>
                </Menu.Dropdown>
              </Menu>
            )}
          </Group>
        </Group>
        <Group justify="space-between" align="flex-end" wrap="wrap" gap="sm">
          <Group gap="lg" wrap="wrap" style={{ rowGap: 4 }}>
            <Fact label={t('contractUi.editor.template')} testId="contract-template">
              {detail.template.name}
            </Fact>
            <Fact label={t('contractUi.editor.quote')} testId="contract-quote">
              {detail.quote.number}
            </Fact>
            <Fact label={t('contractUi.editor.customer')} testId="contract-customer">
              {detail.deal.customer.name}
            </Fact>
          </Group>
          <Stack gap={0} align="flex-end">
            <Group gap={6} wrap="nowrap" align="baseline">
              <Text size="sm" c="dimmed">
                {t('contractUi.editor.total')}
              </Text>
              <Text fw={700} fz="xl" data-testid="contract-total">
                {formatYuan(detail.deal.totalFen)}
              </Text>
            </Group>
            <Text size="sm" c="dimmed" className={classes.capital} data-testid="contract-capital">
              {detail.deal.totalCapital}
            </Text>
          </Stack>
        </Group>
      </Stack>
    </Paper>
  );
}

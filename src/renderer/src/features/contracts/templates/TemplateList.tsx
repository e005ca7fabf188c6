import {
  Alert,
  Badge,
  Button,
  Center,
  Group,
  Loader,
  Paper,
  SimpleGrid,
  Stack,
  Table,
  Text,
  Title,
} from '@mantine/core';
import { IconCopy, IconLock, IconPencil, IconTrash } from '@tabler/icons-react';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { articleNumber } from '../../../../../shared/contract-drafts/clause-text';
import { UNNUMBERED_CATEGORIES } from '../../../../../shared/contract-drafts/types';
import type { ContractTemplate } from '../../../../../shared/api/contract-drafts';
import { formatPercentBp } from '../../../../../shared/money';
import { request } from '../../../api/client';
import { useMethod } from '../../../api/queries';
import { ConfirmButton } from '../../../components/ConfirmButton';
import { notifyError, notifySuccess } from '../../../components/notify';

function StartingTerms({ template }: { template: ContractTemplate }) {
  const { t } = useTranslation();
  const terms = template.terms;
  const blank = t('contractUi.templates.blank');
  const rows: [string, string][] = [
    [t('contracts.fields.contract.signingPlace'), terms.signingPlace || blank],
    [t('contracts.fields.contract.signingDate'), terms.signingDate || blank],
    [t('contracts.fields.terms.implementationDays'), String(terms.implementationDays)],
    [t('contracts.fields.terms.paymentDays'), String(terms.paymentDays)],
    [t('contracts.fields.terms.warrantyMonths'), String(terms.warrantyMonths)],
    [t('contracts.fields.terms.maintenanceRate'), formatPercentBp(terms.maintenanceRateBp)],
    [t('contracts.fields.terms.liabilityCap'), formatPercentBp(terms.liabilityCapBp)],
    [t('contracts.fields.terms.disputeBody'), terms.disputeBody],
    ...(template.kind === 'trial'
      ? [[t('contracts.fields.terms.trialDays'), String(terms.trialDays)] as [string, string]]
      : []),
    [t('contracts.fields.terms.copies'), String(terms.copies)],
  ];
  return (
    <Table fz="sm" verticalSpacing={4} withTableBorder data-testid="template-terms">
      <Table.Tbody>
        {rows.map(([label, value]) => (
          <Table.Tr key={label}>
            <Table.Td c="dimmed" w="50%">
              {label}
            </Table.Td>
            <Table.Td>{value}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

/** "第一条" … for the numbered clauses (parties and signatures are not numbered). */
function templateNumbers(template: ContractTemplate): Map<number, string> {
  const numbered = template.clauses.filter((c) => !UNNUMBERED_CATEGORIES.includes(c.category));
  return new Map(numbered.map((c, i) => [c.clauseId, articleNumber(i + 1, template.lang)]));
}

interface CardActions {
  onEdit(id: number): void;
  onCopy(template: ContractTemplate): void;
  onDelete(template: ContractTemplate): void;
}

/** 编辑 / 复制 / 删除 on a template card. */
function TemplateActions({ template, actions }: { template: ContractTemplate; actions: CardActions }) {
  const { t } = useTranslation();
  return (
    <Group gap="xs" wrap="nowrap">
      <Button
        size="xs"
        variant="light"
        leftSection={<IconPencil size={14} />}
        onClick={() => actions.onEdit(template.id)}
        data-testid="template-edit"
      >
        {t('contractTemplateUi.edit')}
      </Button>
      <Button
        size="xs"
        variant="default"
        leftSection={<IconCopy size={14} />}
        onClick={() => actions.onCopy(template)}
        data-testid="template-copy-open"
      >
        {t('contractTemplateUi.copy')}
      </Button>
      <ConfirmButton
        size="xs"
        variant="subtle"
        color="red"
        leftSection={<IconTrash size={14} />}
        title={t('contractTemplateUi.deleteTitle')}
        message={t('contractTemplateUi.deleteConfirm', { name: template.name })}
        onConfirm={() => actions.onDelete(template)}
        data-testid="template-delete"
      >
        {t('contractTemplateUi.delete')}
      </ConfirmButton>
    </Group>
  );
}

function TemplateCard({
  template,
  labels,
  actions,
}: {
  template: ContractTemplate;
  labels: Map<string, string>;
  actions: CardActions;
}) {
  const { t } = useTranslation();
  const numbers = templateNumbers(template);
  return (
    <Paper withBorder radius="md" p="md" bg="white" data-testid="template-card" data-key={template.key}>
      <Stack gap="sm">
        <Group justify="space-between" wrap="nowrap">
          <Group gap="xs">
            <Title order={4} data-testid="template-card-name">
              {template.name}
            </Title>
            <Badge variant="light">{t(`language.${template.lang}`)}</Badge>
            <Badge variant="light" color="grape">
              {t(`contracts.kinds.${template.kind}`)}
            </Badge>
          </Group>
          <TemplateActions template={template} actions={actions} />
        </Group>
        <Text size="sm" c="dimmed">
          {template.description}
        </Text>
        <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="lg">
          <Stack gap={4}>
            <Text size="sm" fw={600}>
              {t('contractUi.templates.clauses', { n: template.clauses.length })}
            </Text>
            {template.clauses.map((c) => {
              const wording = labels.get(`${c.clauseId}:${c.wording}`);
              return (
                <Group key={c.clauseId} gap={6} wrap="nowrap" data-testid="template-clause">
                  <Text size="sm" c="dimmed" w={72} style={{ flexShrink: 0 }}>
                    {numbers.get(c.clauseId) ?? ''}
                  </Text>
                  <Text size="sm">{c.heading}</Text>
                  {c.mandatory && (
                    <IconLock
                      size={13}
                      color="var(--mantine-color-gray-6)"
                      aria-label={t('contractUi.clause.mandatory')}
                    />
                  )}
                  {wording && (
                    <Badge size="xs" variant="outline" color="indigo" tt="none">
                      {wording}
                    </Badge>
                  )}
                </Group>
              );
            })}
            <Group gap={4} mt={4}>
              <IconLock size={12} color="var(--mantine-color-gray-6)" />
              <Text size="xs" c="dimmed">
                {t('contractUi.templates.lockHint')}
              </Text>
            </Group>
          </Stack>
          <Stack gap={4}>
            <Text size="sm" fw={600}>
              {t('contractUi.templates.terms')}
            </Text>
            <StartingTerms template={template} />
          </Stack>
        </SimpleGrid>
      </Stack>
    </Paper>
  );
}

/**
 * 合同模板: which clauses each contract starts with, in which order and wording, and its starting
 * key terms; each can be edited, copied (the copy opens in the editor) or deleted.
 */
export function TemplateList({ onEdit }: { onEdit(id: number): void }) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const refresh = () => client.invalidateQueries({ queryKey: ['contractTemplates.list'] });
  const actions: CardActions = {
    onEdit,
    onCopy: async (template) => {
      try {
        const copy = await request('contractTemplates.copy', { id: template.id });
        notifySuccess(t('contractTemplateUi.copied', { name: copy.template.name }));
        await refresh();
        onEdit(copy.template.id);
      } catch (error) {
        notifyError(t('common.error'), error);
      }
    },
    onDelete: async (template) => {
      try {
        await request('contractTemplates.delete', { id: template.id });
        notifySuccess(t('contractTemplateUi.deleted', { name: template.name }));
        await refresh();
      } catch (error) {
        notifyError(t('common.error'), error);
      }
    },
  };
  const templates = useMethod('contractTemplates.list', {});
  const clauses = useMethod('clauses.list', {});
  // Only clauses with a choice of wording show which one the template takes.
  const labels = new Map(
    (clauses.data ?? [])
      .filter((c) => c.wordings.length > 1)
      .flatMap((c) => c.wordings.map((w) => [`${c.id}:${w.key}`, w.label] as const)),
  );
  if (templates.error) return <Alert color="red">{templates.error.message}</Alert>;
  if (!templates.data) {
    return (
      <Center h={160}>
        <Loader />
      </Center>
    );
  }
  return (
    <Stack gap="md" data-testid="template-list">
      <Text size="sm" c="dimmed">
        {t('contractUi.templates.intro')}
      </Text>
      {templates.data.map((template) => (
        <TemplateCard key={template.id} template={template} labels={labels} actions={actions} />
      ))}
    </Stack>
  );
}

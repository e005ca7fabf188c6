import { Alert, Badge, Center, Group, Loader, Paper, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { IconLock } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { articleNumber } from '../../../../../shared/contract-drafts/clause-text';
import { UNNUMBERED_CATEGORIES } from '../../../../../shared/contract-drafts/types';
import type { ContractTemplate } from '../../../../../shared/contract/contract-drafts';
import { formatPercentBp } from '../../../../../shared/money';
import { useMethod } from '../../../api/queries';

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

function TemplateCard({ template, labels }: { template: ContractTemplate; labels: Map<string, string> }) {
  const { t } = useTranslation();
  const numbers = templateNumbers(template);
  return (
    <Paper withBorder radius="md" p="md" bg="white" data-testid="template-card" data-key={template.key}>
      <Stack gap="sm">
        <Group gap="xs">
          <Title order={4}>{template.name}</Title>
          <Badge variant="light">{t(`language.${template.lang}`)}</Badge>
          <Badge variant="light" color="grape">
            {t(`contracts.kinds.${template.kind}`)}
          </Badge>
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

/** 合同模板: which clauses each contract starts with, in which order and wording, and its starting key terms. */
export function TemplateList() {
  const { t } = useTranslation();
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
        <TemplateCard key={template.id} template={template} labels={labels} />
      ))}
    </Stack>
  );
}

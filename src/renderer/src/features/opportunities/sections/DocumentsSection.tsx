import { Anchor, Badge, Button, Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { OpportunityDetail } from '../../../../../shared/api/opportunities';
import { formatYuan } from '../../../../../shared/money';

export type NewDocument = 'quote' | 'proposal' | 'demoScript' | 'contract';

function DocumentCard({
  title,
  count,
  onNew,
  newLabel,
  disabled,
  testId,
  children,
}: {
  title: string;
  count: number;
  onNew(): void;
  newLabel: string;
  disabled: boolean;
  testId: string;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <Paper withBorder radius="md" p="md" data-testid={testId}>
      <Group justify="space-between" mb="sm">
        <Title order={5}>
          {title} <Badge variant="light">{count}</Badge>
        </Title>
        <Button
          size="compact-xs"
          variant="light"
          leftSection={<IconPlus size={12} />}
          onClick={onNew}
          disabled={disabled}
          data-testid={`${testId}-new`}
        >
          {newLabel}
        </Button>
      </Group>
      <Stack gap={6}>
        {count === 0 ? (
          <Text size="sm" c="dimmed">
            {t('opportunityUi.documents.none')}
          </Text>
        ) : (
          children
        )}
      </Stack>
    </Paper>
  );
}

/** The opportunity's quotes, proposals, demo scripts and contracts, each opening in its editor. */
export function DocumentsSection({ detail, onNew }: { detail: OpportunityDetail; onNew(kind: NewDocument): void }) {
  const { t } = useTranslation();
  const d = detail.documents;
  const closed = detail.status !== 'open';
  const row = (key: string, href: string, label: string, meta: ReactNode) => (
    <Group key={key} justify="space-between" wrap="nowrap" data-testid="document-row">
      <Anchor href={href} size="sm">
        {label}
      </Anchor>
      <Group gap={6} wrap="nowrap">
        {meta}
      </Group>
    </Group>
  );
  return (
    <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md" data-testid="section-documents">
      <DocumentCard
        title={t('opportunityUi.documents.quotes')}
        count={d.quotes.length}
        onNew={() => onNew('quote')}
        newLabel={t('opportunityUi.documents.newQuote')}
        disabled={closed}
        testId="documents-quotes"
      >
        {d.quotes.map((q) =>
          row(`q${q.revisionId}`, `#/quotes/${q.revisionId}`, `${q.number}-${q.revision} ${q.title}`, [
            <Badge key="s" size="sm" variant="light" style={{ flexShrink: 0 }}>
              {t(`quotes.states.${q.state}`)}
            </Badge>,
            <Text key="t" size="sm" style={{ fontVariantNumeric: 'tabular-nums' }}>
              {formatYuan(q.totalFen)}
            </Text>,
          ]),
        )}
      </DocumentCard>
      <DocumentCard
        title={t('opportunityUi.documents.proposals')}
        count={d.proposals.length}
        onNew={() => onNew('proposal')}
        newLabel={t('opportunityUi.documents.newProposal')}
        disabled={closed}
        testId="documents-proposals"
      >
        {d.proposals.map((p) =>
          row(
            `p${p.id}`,
            `#/proposals/${p.id}`,
            p.title,
            <Text size="xs" c="dimmed">
              {t('opportunityUi.documents.deviationRows', { count: p.deviationRows })}
            </Text>,
          ),
        )}
      </DocumentCard>
      <DocumentCard
        title={t('opportunityUi.documents.demoScripts')}
        count={d.demoScripts.length}
        onNew={() => onNew('demoScript')}
        newLabel={t('opportunityUi.documents.newDemoScript')}
        disabled={closed}
        testId="documents-demo-scripts"
      >
        {d.demoScripts.map((s) =>
          row(
            `s${s.id}`,
            `#/demoScripts/${s.id}`,
            s.title,
            <Text size="xs" c="dimmed">
              {t('opportunityUi.documents.minutes', { count: s.totalMinutes })}
            </Text>,
          ),
        )}
      </DocumentCard>
      <DocumentCard
        title={t('opportunityUi.documents.contracts')}
        count={d.contracts.length}
        onNew={() => onNew('contract')}
        newLabel={t('opportunityUi.documents.newContract')}
        disabled={closed}
        testId="documents-contracts"
      >
        {d.contracts.map((c) =>
          row(`c${c.id}`, `#/contracts/${c.id}`, `${c.number} ${c.title}`, [
            <Badge key="s" size="sm" variant="light">
              {t(`contracts.states.${c.state}`)}
            </Badge>,
            <Text key="t" size="sm" style={{ fontVariantNumeric: 'tabular-nums' }}>
              {formatYuan(c.totalFen)}
            </Text>,
          ]),
        )}
      </DocumentCard>
    </SimpleGrid>
  );
}

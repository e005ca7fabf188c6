import { Alert, Anchor, List, Text } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { MergeProblem } from '../../../../../shared/contract-drafts/merge';

/**
 * Merge fields that will not resolve, each with what it stands for and the clause it is in:
 * the draft goes to legal and exports with them as marked blanks; legal's approval waits for them.
 */
export function ProblemsAlert({ problems, onJump }: { problems: MergeProblem[]; onJump(clauseId: string): void }) {
  const { t, i18n } = useTranslation();
  if (problems.length === 0) return null;
  return (
    <Alert
      color="orange"
      icon={<IconAlertTriangle size={20} />}
      title={t('contractUi.problems.title', { n: problems.length })}
      data-testid="contract-problems"
    >
      <Text size="sm" mb={4}>
        {t('contractUi.problems.intro')}
      </Text>
      <List size="sm" spacing={2}>
        {problems.map((p) => (
          <List.Item key={`${p.clauseId}-${p.field}`} data-testid="contract-problem" data-field={p.field}>
            {p.problem === 'empty' && i18n.exists(`contracts.fields.${p.field}`)
              ? t('contractUi.problems.empty', { label: t(`contracts.fields.${p.field}`), field: `{{${p.field}}}` })
              : t('contractUi.problems.unknown', { field: `{{${p.field}}}` })}
            <Anchor component="button" size="sm" ml={8} onClick={() => onJump(p.clauseId)}>
              {t('contractUi.problems.inClause', { heading: p.heading })}
            </Anchor>
          </List.Item>
        ))}
      </List>
    </Alert>
  );
}

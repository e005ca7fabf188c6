import { Group, Text } from '@mantine/core';
import { IconArrowRight, IconGitCompare } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { PendingApproval } from '../../../../shared/api/team';
import { formatYuan } from '../../../../shared/money';

type Diff = NonNullable<PendingApproval['diff']>;

/** What changed since the revision before: the total before → after and how many lines moved. */
export function RevisionDiffSummary({ diff, from }: { diff: Diff; from: string }) {
  const { t } = useTranslation();
  const total = diff.totals.total;
  return (
    <Group gap="xs" wrap="wrap" data-testid="approval-diff">
      <IconGitCompare size={16} stroke={1.6} color="var(--mantine-color-dimmed)" />
      <Text size="sm" c="dimmed" data-testid="approval-diff-from">
        {t('teamUi.approvals.diff', { from })}
        {t('common.colon')}
      </Text>
      {diff.unchanged ? (
        <Text size="sm">{t('teamUi.approvals.diffUnchanged')}</Text>
      ) : (
        <>
          <Group gap={4} wrap="nowrap">
            <Text
              size="sm"
              c="dimmed"
              td={total.before === total.after ? undefined : 'line-through'}
              data-testid="approval-diff-before"
            >
              {formatYuan(total.before)}
            </Text>
            <IconArrowRight size={12} />
            <Text size="sm" fw={600} data-testid="approval-diff-after">
              {formatYuan(total.after)}
            </Text>
          </Group>
          <Text size="sm" data-testid="approval-diff-lines">
            {t('teamUi.approvals.diffLines', {
              changed: diff.changed.length,
              added: diff.added.length,
              removed: diff.removed.length,
            })}
          </Text>
        </>
      )}
    </Group>
  );
}

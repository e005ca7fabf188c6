import { Badge, Button, Group, List, Paper, Stack, Text, Textarea } from '@mantine/core';
import { IconAlertTriangle, IconCheck, IconX } from '@tabler/icons-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { PendingApproval } from '../../../../shared/api/team';
import { formatPercentBp, formatYuan } from '../../../../shared/money';
import { request } from '../../api/client';
import { formatDateTime } from '../../components/format';
import { notifyError, notifySuccess } from '../../components/notify';
import { RevisionDiffSummary } from './RevisionDiffSummary';

type Decision = 'approved' | 'rejected';

function Figure({ label, value, testId }: { label: string; value: string; testId: string }) {
  return (
    <Stack gap={0} align="flex-end">
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text fw={700} size="lg" style={{ fontVariantNumeric: 'tabular-nums' }} data-testid={testId}>
        {value}
      </Text>
    </Stack>
  );
}

function Meta({ label, children, testId }: { label: string; children: ReactNode; testId: string }) {
  const { t } = useTranslation();
  return (
    <Text size="sm" c="dimmed">
      {label}
      {t('common.colon')}
      <Text span inherit c="var(--mantine-color-text)" data-testid={testId}>
        {children}
      </Text>
    </Text>
  );
}

/**
 * One quote waiting for the manager: who, for whom, how much, the margin, why it needs approval
 * and what changed since the revision before; a comment, and 批准 / 驳回 bound to the content
 * shown (its digest), so a quote changed since is refused rather than approved unseen.
 */
export function ApprovalCard({ approval }: { approval: PendingApproval }) {
  const { t, i18n } = useTranslation();
  const client = useQueryClient();
  const [comment, setComment] = useState('');
  const decide = useMutation({
    mutationFn: (decision: Decision) =>
      request('team.decide', { quote: approval.uid, decision, comment, digest: approval.digest }),
    onSuccess: (result) =>
      notifySuccess(
        t(result.decision === 'approved' ? 'teamUi.approvals.approved' : 'teamUi.approvals.rejected', {
          label: result.label,
        }),
      ),
    onError: (error) => notifyError(t('teamUi.approvals.decideFailed'), error),
    // Decided or refused (e.g. changed since), the list is read again from the server.
    onSettled: () => client.invalidateQueries({ queryKey: ['team.approvals'] }),
  });
  const busy = (decision: Decision) => decide.isPending && decide.variables === decision;

  return (
    <Paper withBorder p="lg" radius="md" data-testid="approval-row" data-label={approval.label}>
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start" wrap="nowrap">
          <Stack gap={2} style={{ minWidth: 0 }}>
            <Group gap="xs">
              <Text fw={700} ff="monospace" data-testid="approval-label">
                {approval.label}
              </Text>
              <Badge size="sm" variant="light" color="yellow">
                {t('quotes.states.pending')}
              </Badge>
            </Group>
            <Text fw={500}>{approval.title}</Text>
            <Group gap="lg" wrap="wrap">
              <Meta label={t('teamUi.approvals.customer')} testId="approval-customer">
                {approval.customerName || t('teamUi.approvals.noCustomer')}
              </Meta>
              <Meta label={t('teamUi.approvals.rep')} testId="approval-owner">
                {approval.ownerName}
              </Meta>
              <Meta label={t('teamUi.approvals.submitted')} testId="approval-submitted">
                {formatDateTime(approval.submittedAt, i18n.language)}
              </Meta>
            </Group>
          </Stack>
          <Group gap="xl" wrap="nowrap">
            <Figure
              label={t('teamUi.approvals.margin')}
              value={
                approval.marginBp === null ? t('teamUi.approvals.noMargin') : formatPercentBp(approval.marginBp, 2)
              }
              testId="approval-margin"
            />
            <Figure label={t('teamUi.approvals.total')} value={formatYuan(approval.totalFen)} testId="approval-total" />
          </Group>
        </Group>
        {approval.reasons.length > 0 && (
          <Paper bg="yellow.0" p="sm" radius="sm">
            <Group gap={6} mb={4}>
              <IconAlertTriangle size={16} color="var(--mantine-color-yellow-8)" />
              <Text size="sm" fw={500}>
                {t('teamUi.approvals.reasons')}
              </Text>
            </Group>
            <List size="sm" spacing={2}>
              {approval.reasons.map((reason) => (
                <List.Item key={reason} data-testid="approval-reason">
                  {reason}
                </List.Item>
              ))}
            </List>
          </Paper>
        )}
        {approval.diff && approval.previousRevision && (
          <RevisionDiffSummary diff={approval.diff} from={approval.previousRevision} />
        )}
        <Textarea
          label={t('teamUi.approvals.comment')}
          placeholder={t('teamUi.approvals.commentPlaceholder')}
          value={comment}
          onChange={(e) => setComment(e.currentTarget.value)}
          maxLength={500}
          autosize
          minRows={2}
          data-testid="approval-comment"
        />
        <Group justify="flex-end" gap="sm">
          <Button
            variant="light"
            color="red"
            leftSection={<IconX size={16} />}
            loading={busy('rejected')}
            disabled={decide.isPending}
            onClick={() => decide.mutate('rejected')}
            data-testid="approval-reject"
          >
            {t('teamUi.approvals.reject')}
          </Button>
          <Button
            color="teal"
            leftSection={<IconCheck size={16} />}
            loading={busy('approved')}
            disabled={decide.isPending}
            onClick={() => decide.mutate('approved')}
            data-testid="approval-approve"
          >
            {t('teamUi.approvals.approve')}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}

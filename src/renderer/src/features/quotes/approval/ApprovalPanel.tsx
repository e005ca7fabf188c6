import { Alert, Anchor, Button, Group, List, Stack, Text } from '@mantine/core';
import { IconAlertTriangle, IconCircleCheck, IconShieldCheck } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { QuoteDetail } from '../../../../../shared/api/quotes';
import type { ApprovalReason } from '../../../../../shared/quotes/approval';
import { formatDateTime } from '../../../components/format';
import { reasonText } from '../model/quote-format';

interface ApprovalPanelProps {
  detail: QuoteDetail;
  /** Live: the reasons of the content on screen (saved or not). */
  reasons: ApprovalReason[];
  canApprove: boolean;
  /** Edits not saved yet: an approved quote being changed loses its approval. */
  dirty: boolean;
  onApprove(): void;
  onJump(lineId: string): void;
}

/**
 * 待审批 with every reason (the offending lines are marked in the grid and one click away), or the
 * approval record: who approved, when, and what they said.
 */
export function ApprovalPanel({ detail, reasons, canApprove, dirty, onApprove, onJump }: ApprovalPanelProps) {
  const { t, i18n } = useTranslation();
  const approval = detail.approval;
  // An approved quote shows what was approved; once it changes, it needs approval again.
  const stillApproved = approval !== null && detail.state !== 'draft' && detail.state !== 'pending' && !dirty;
  const showReasons = detail.editable && reasons.length > 0 && !stillApproved;

  return (
    <Stack gap="sm">
      {showReasons && (
        <Alert
          color="yellow"
          variant="light"
          icon={<IconAlertTriangle size={20} />}
          title={t('quoteUi.approval.pendingTitle', { n: reasons.length })}
          data-testid="approval-pending"
        >
          <Group justify="space-between" align="flex-end" wrap="nowrap" gap="md">
            <Stack gap={4}>
              <Text size="sm">{t('quoteUi.approval.pendingIntro')}</Text>
              <List size="sm" spacing={2}>
                {reasons.map((reason, index) => (
                  <List.Item key={index} data-testid="approval-reason">
                    {reasonText(reason, t)}
                    {reason.kind === 'belowFloor' && (
                      <Anchor component="button" size="xs" ml={8} onClick={() => onJump(reason.lineId)}>
                        {t('quoteUi.approval.jump')}
                      </Anchor>
                    )}
                  </List.Item>
                ))}
              </List>
            </Stack>
            {canApprove && (
              <Button
                color="yellow.8"
                leftSection={<IconShieldCheck size={16} />}
                onClick={onApprove}
                style={{ flexShrink: 0 }}
                data-testid="approval-open"
              >
                {t('quoteUi.approval.approve')}
              </Button>
            )}
          </Group>
        </Alert>
      )}
      {approval && stillApproved && (
        <Alert
          color="teal"
          variant="light"
          icon={<IconCircleCheck size={20} />}
          title={t('quoteUi.approval.recordTitle')}
          data-testid="approval-record"
        >
          <Text size="sm" data-testid="approval-record-text">
            {t('quoteUi.approval.record', { by: approval.by, at: formatDateTime(approval.at, i18n.language) })}
          </Text>
          {reasons.length > 0 && (
            <Text size="sm" mt={4} data-testid="approval-approved-reasons">
              {t('quoteUi.approval.approvedReasons', {
                reasons: reasons.map((r) => reasonText(r, t)).join(t('quoteUi.common.separator')),
              })}
            </Text>
          )}
          {approval.comment && (
            <Text size="sm" mt={4} c="dimmed" style={{ whiteSpace: 'pre-wrap' }} data-testid="approval-comment">
              {t('quoteUi.approval.commentQuote', { comment: approval.comment })}
            </Text>
          )}
          {detail.editable && detail.state === 'approved' && (
            <Text size="xs" mt={4} c="dimmed">
              {t('quoteUi.approval.withdrawNotice')}
            </Text>
          )}
        </Alert>
      )}
    </Stack>
  );
}

import { Alert, Button, Group, List, Modal, Stack, TextInput, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconShieldCheck } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { QuoteDetail } from '../../../../../shared/api/quotes';
import type { ApprovalReason } from '../../../../../shared/quotes/approval';
import { CallError, request } from '../../../api/client';
import { notifyError, notifySuccess } from '../../../components/notify';
import { quoteRef, reasonText } from '../model/quote-format';

const APPROVER_KEY = 'presales.quotes.approver';

interface ApproveModalProps {
  opened: boolean;
  detail: QuoteDetail;
  reasons: ApprovalReason[];
  /** Saves pending edits first: what is approved is what is on screen. */
  flush(): Promise<boolean>;
  onClose(): void;
  onApproved(detail: QuoteDetail): void;
}

function ApproveForm({ detail, reasons, flush, onClose, onApproved }: Omit<ApproveModalProps, 'opened'>) {
  const { t } = useTranslation();
  const form = useForm({
    mode: 'controlled',
    initialValues: { by: window.localStorage.getItem(APPROVER_KEY) ?? '', comment: '' },
    validate: { by: (value: string) => (value.trim() === '' ? t('err.required') : null) },
  });
  const submit = form.onSubmit(async (values) => {
    if (!(await flush())) {
      notifyError(t('common.error'), new Error(t('quoteUi.save.failedBefore')));
      return;
    }
    try {
      const approved = await request('quotes.approve', {
        revisionId: detail.revisionId,
        by: values.by.trim(),
        comment: values.comment.trim(),
      });
      window.localStorage.setItem(APPROVER_KEY, values.by.trim());
      notifySuccess(t('quoteUi.approval.done', { ref: quoteRef(detail), by: values.by.trim() }));
      onApproved(approved);
    } catch (error) {
      if (error instanceof CallError && Object.keys(error.error.fields).length > 0) {
        form.setErrors(error.error.fields);
      } else {
        notifyError(t('common.error'), error);
      }
    }
  });
  return (
    <form onSubmit={submit} noValidate data-testid="approve-form">
      <Stack gap="sm">
        {reasons.length > 0 && (
          <Alert color="yellow" variant="light" title={t('quoteUi.approval.reviewing')}>
            <List size="sm" spacing={2}>
              {reasons.map((reason, index) => (
                <List.Item key={index}>{reasonText(reason, t)}</List.Item>
              ))}
            </List>
          </Alert>
        )}
        <TextInput
          label={t('quoteUi.approval.approver')}
          withAsterisk
          maxLength={40}
          data-autofocus
          data-testid="approve-by"
          {...form.getInputProps('by')}
        />
        <Textarea
          label={t('quoteUi.approval.comment')}
          autosize
          minRows={2}
          maxLength={500}
          data-testid="approve-comment"
          {...form.getInputProps('comment')}
        />
        <Group justify="flex-end" mt="xs">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button
            type="submit"
            color="teal"
            loading={form.submitting}
            leftSection={<IconShieldCheck size={16} />}
            data-testid="approve-confirm"
          >
            {t('quoteUi.approval.confirm')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/** 审批: the approver's name (required) and a comment; approves the content as saved. */
export function ApproveModal({ opened, onClose, ...rest }: ApproveModalProps) {
  const { t } = useTranslation();
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={t('quoteUi.approval.modalTitle', { ref: quoteRef(rest.detail) })}
      size="lg"
      data-testid="approve-modal"
    >
      {opened && <ApproveForm {...rest} onClose={onClose} />}
    </Modal>
  );
}

import { Button, Group, Modal, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { QuoteDetail } from '../../../../../shared/api/quotes';
import { request } from '../../../api/client';
import { notifyError, notifySuccess } from '../../../components/notify';
import { quoteRef } from '../model/quote-format';

export type LifecycleAction = 'send' | 'accept' | 'lose' | 'expire';

interface ActionModalProps {
  action: LifecycleAction | null;
  detail: QuoteDetail;
  flush(): Promise<boolean>;
  onClose(): void;
  onDone(detail: QuoteDetail): void;
}

function ActionForm({ action, detail, flush, onClose, onDone }: ActionModalProps & { action: LifecycleAction }) {
  const { t } = useTranslation();
  const [by, setBy] = useState('');
  const [comment, setComment] = useState('');
  const [busy, setBusy] = useState(false);
  const run = async () => {
    setBusy(true);
    try {
      if (!(await flush())) throw new Error(t('quoteUi.save.failedBefore'));
      const next = await request('quotes.act', {
        revisionId: detail.revisionId,
        action,
        by: by.trim(),
        comment: comment.trim(),
      });
      notifySuccess(t('quoteUi.actions.done', { ref: quoteRef(detail), state: t(`quotes.states.${next.state}`) }));
      onDone(next);
    } catch (error) {
      notifyError(t('common.error'), error);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Stack gap="sm">
      <Text size="sm">{t(`quoteUi.actions.confirm.${action}`)}</Text>
      <TextInput
        label={t('quoteUi.actions.by')}
        value={by}
        maxLength={40}
        onChange={(e) => setBy(e.currentTarget.value)}
      />
      <Textarea
        label={t('quoteUi.actions.comment')}
        value={comment}
        autosize
        minRows={2}
        maxLength={500}
        onChange={(e) => setComment(e.currentTarget.value)}
      />
      <Group justify="flex-end" mt="xs">
        <Button variant="default" onClick={onClose}>
          {t('common.cancel')}
        </Button>
        <Button
          color={action === 'lose' || action === 'expire' ? 'red' : 'indigo'}
          loading={busy}
          onClick={() => void run()}
          data-testid="action-confirm"
        >
          {t(`quotes.actions.${action}`)}
        </Button>
      </Group>
    </Stack>
  );
}

/** 发送 / 接受 / 未中标 / 过期, each confirmed (with an optional note) before it happens. */
export function ActionModal(props: ActionModalProps) {
  const { t } = useTranslation();
  const { action, onClose } = props;
  return (
    <Modal
      opened={action !== null}
      onClose={onClose}
      title={action ? t('quoteUi.actions.title', { action: t(`quotes.actions.${action}`) }) : ''}
      data-testid="action-modal"
    >
      {action && <ActionForm {...props} action={action} />}
    </Modal>
  );
}

import { Alert, Button, Group, Modal, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ContractAction } from '../../../../../shared/contract-drafts/types';
import type { ContractDetail } from '../../../../../shared/api/contract-drafts';
import { request } from '../../../api/client';
import { notifySuccess } from '../../../components/notify';

/** The last name typed as 经办人, offered again next time (legal and sales are often the same few people). */
export const ACTOR_KEY = 'presales.contracts.actor';

const ACTION_COLOR: Record<ContractAction, string> = {
  submit: 'indigo',
  approve: 'teal',
  return: 'orange',
  sign: 'green',
  reopen: 'orange',
};

interface ActionModalProps {
  action: ContractAction | null;
  detail: ContractDetail;
  /** Saves pending edits first: what legal sees is what is on screen. */
  flush(): Promise<boolean>;
  onClose(): void;
  onDone(detail: ContractDetail): void;
}

function ActionForm({ action, detail, flush, onClose, onDone }: ActionModalProps & { action: ContractAction }) {
  const { t } = useTranslation();
  const [refusal, setRefusal] = useState<string | null>(null);
  const form = useForm({
    mode: 'controlled',
    initialValues: { by: window.localStorage.getItem(ACTOR_KEY) ?? '', comment: '' },
    validate: { by: (value: string) => (value.trim() === '' ? t('err.required') : null) },
  });
  const submit = form.onSubmit(async (values) => {
    setRefusal(null);
    if (!(await flush())) {
      setRefusal(t('contractUi.save.saveFirst'));
      return;
    }
    try {
      const next = await request('contracts.act', {
        id: detail.id,
        action,
        by: values.by.trim(),
        comment: values.comment.trim(),
      });
      window.localStorage.setItem(ACTOR_KEY, values.by.trim());
      notifySuccess(
        t('contractUi.actions.done', {
          number: next.number,
          state: t(`contracts.states.${next.state}`),
          revision: next.revision,
        }),
      );
      onDone(next);
    } catch (error) {
      setRefusal(error instanceof Error ? error.message : String(error));
    }
  });
  return (
    <form onSubmit={submit} noValidate data-testid="contract-action-form">
      <Stack gap="sm">
        <Text size="sm">{t(`contractUi.actions.confirm.${action}`)}</Text>
        <TextInput
          label={t('contractUi.actions.by')}
          withAsterisk
          maxLength={40}
          data-autofocus
          data-testid="contract-action-by"
          {...form.getInputProps('by')}
        />
        <Textarea
          label={t('contractUi.actions.comment')}
          autosize
          minRows={2}
          maxLength={500}
          data-testid="contract-action-comment"
          {...form.getInputProps('comment')}
        />
        {refusal && (
          <Alert color="red" variant="light" data-testid="contract-action-error">
            {refusal}
          </Alert>
        )}
        <Group justify="flex-end" mt="xs">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button
            type="submit"
            color={ACTION_COLOR[action]}
            loading={form.submitting}
            data-testid="contract-action-confirm"
          >
            {t(`contracts.actions.${action}`)}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/** 提交法务审核 / 审核通过 / 退回修改 / 登记签署 / 重新打开: who does it (经办人) and a note. */
export function ActionModal(props: ActionModalProps) {
  const { t } = useTranslation();
  const { action, onClose } = props;
  return (
    <Modal
      opened={action !== null}
      onClose={onClose}
      title={
        action
          ? t('contractUi.actions.title', { action: t(`contracts.actions.${action}`), number: props.detail.number })
          : ''
      }
      data-testid="contract-action-modal"
    >
      {action && <ActionForm {...props} action={action} />}
    </Modal>
  );
}

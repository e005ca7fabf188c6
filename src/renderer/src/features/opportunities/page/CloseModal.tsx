import { Alert, Button, Group, Modal, SegmentedControl, Select, Stack, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  CLOSE_OUTCOMES,
  LOSS_CATEGORIES,
  WIN_CATEGORIES,
  type OpportunityDetail,
} from '../../../../../shared/api/opportunities';
import { CallError } from '../../../api/client';
import { useAction } from '../../../api/queries';
import { MissingList, type GateLink } from './MissingList';

type Outcome = (typeof CLOSE_OUTCOMES)[number];

function CloseForm({ detail, onClose, onLink, flush }: CloseModalProps) {
  const { t } = useTranslation();
  const close = useAction('opportunities.close', ['opportunities.get', 'opportunities.list']);
  const [outcome, setOutcome] = useState<Outcome>('lost');
  const [category, setCategory] = useState<string>('other');
  const [reason, setReason] = useState('');
  const [override, setOverride] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [message, setMessage] = useState<string | null>(null);
  const categories = outcome === 'won' ? WIN_CATEGORIES : LOSS_CATEGORIES;
  const blocked = outcome === 'won' && !detail.winGate.met;

  const submit = async () => {
    await flush();
    try {
      await close.mutateAsync({
        id: detail.id,
        outcome,
        category: category as 'other',
        reason: reason.trim(),
        ...(blocked && override.trim() !== '' ? { override: override.trim() } : {}),
      });
      onClose();
    } catch (e) {
      if (e instanceof CallError && Object.keys(e.error.fields).length > 0) setErrors(e.error.fields);
      else setMessage(e instanceof Error ? e.message : String(e));
    }
  };

  return (
    <Stack gap="md" data-testid="close-form">
      <SegmentedControl
        value={outcome}
        onChange={(next) => {
          setOutcome(next as Outcome);
          setCategory('other');
        }}
        data={CLOSE_OUTCOMES.map((o) => ({ value: o, label: t(`opportunityUi.closeDialog.outcomes.${o}`) }))}
        data-testid="close-outcome"
      />
      {blocked && (
        <Alert color="orange" title={t('opportunityUi.closeDialog.winGate')}>
          <MissingList missing={detail.winGate.missing} onLink={onLink} />
        </Alert>
      )}
      <Select
        label={t('opportunityUi.closeDialog.category')}
        data={categories.map((c) => ({ value: c, label: t(`opportunities.categories.${c}`) }))}
        value={category}
        onChange={(next) => setCategory(next ?? 'other')}
        allowDeselect={false}
        comboboxProps={{ withinPortal: true }}
        data-testid="close-category"
      />
      <Textarea
        label={t('opportunityUi.closeDialog.reason')}
        value={reason}
        onChange={(event) => setReason(event.currentTarget.value)}
        error={errors.reason}
        withAsterisk
        autosize
        minRows={2}
        maxLength={1000}
        data-testid="close-reason"
      />
      {blocked && (
        <Textarea
          label={t('opportunityUi.gate.overrideReason')}
          description={t('opportunityUi.gate.overrideHint')}
          value={override}
          onChange={(event) => setOverride(event.currentTarget.value)}
          error={errors.override}
          autosize
          minRows={2}
          maxLength={1000}
          data-testid="close-override"
        />
      )}
      {message !== null && (
        <Alert color="red" style={{ whiteSpace: 'pre-line' }}>
          {message}
        </Alert>
      )}
      <Group justify="flex-end">
        <Button variant="default" onClick={onClose}>
          {t('common.cancel')}
        </Button>
        <Button
          color={outcome === 'won' ? 'teal' : 'red'}
          loading={close.isPending}
          disabled={blocked && override.trim() === ''}
          onClick={() => void submit()}
          data-testid="close-submit"
        >
          {t('opportunityUi.closeDialog.submit')}
        </Button>
      </Group>
    </Stack>
  );
}

interface CloseModalProps {
  detail: OpportunityDetail;
  onClose(): void;
  onLink(link: GateLink): void;
  flush(): Promise<boolean>;
}

/** Closing as won (the signing gate, or a reason to pass it), lost or abandoned, with a category and reason. */
export function CloseModal({ opened, ...props }: CloseModalProps & { opened: boolean }) {
  const { t } = useTranslation();
  return (
    <Modal
      opened={opened}
      onClose={props.onClose}
      title={t('opportunityUi.closeDialog.title')}
      size="lg"
      data-testid="close-modal"
    >
      {opened && <CloseForm {...props} />}
    </Modal>
  );
}

/** Reopening a closed opportunity, with the reason. */
export function ReopenModal({
  detail,
  opened,
  onClose,
}: {
  detail: OpportunityDetail;
  opened: boolean;
  onClose(): void;
}) {
  const { t } = useTranslation();
  const reopen = useAction('opportunities.reopen', ['opportunities.get', 'opportunities.list']);
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | undefined>(undefined);
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={t('opportunityUi.closeDialog.reopenTitle')}
      data-testid="reopen-modal"
    >
      <Stack gap="md">
        <Textarea
          label={t('opportunityUi.closeDialog.reopenReason')}
          value={reason}
          onChange={(event) => setReason(event.currentTarget.value)}
          error={error}
          autosize
          minRows={2}
          data-testid="reopen-reason"
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button
            loading={reopen.isPending}
            onClick={() =>
              void reopen
                .mutateAsync({ id: detail.id, reason: reason.trim() })
                .then(onClose)
                .catch((e: unknown) =>
                  setError(e instanceof CallError ? (e.error.fields.reason ?? e.error.message) : String(e)),
                )
            }
            data-testid="reopen-submit"
          >
            {t('opportunityUi.actions.reopen')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
